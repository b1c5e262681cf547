/** What a reading of JSON text found before it is parsed: where it stops being JSON, and keys written twice. */
export interface JsonScan {
  /** Offset of the first character that is not valid JSON there, or null when the text is JSON. */
  error: number | null;
  /** Each key written again in the same object: its field path ("indicators[0].weight") and offset. */
  duplicates: { field: string; position: number }[];
}

type Frame = { kind: "object"; keys: Set<string>; key: string } | { kind: "array"; index: number };

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ["true", "false", "null"];
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const HEX4 = /[0-9a-fA-F]{4}/y;

/**
 * Reads JSON text without building it, to say exactly where it goes wrong (the parser's own message does
 * not always give a position) and which keys are written twice (`JSON.parse` silently keeps the last).
 * Iterative, so any depth of nesting is read without exhausting the stack.
 *
 * @example scanJson('{"cap": 1.2,, "year": 2024}').error === 12
 * @example scanJson('{"cap": 1, "cap": 2}').duplicates // [{ field: "cap", position: 11 }]
 */
export function scanJson(text: string): JsonScan {
  const duplicates: JsonScan["duplicates"] = [];
  const stack: Frame[] = [];
  let i = 0;
  const n = text.length;
  const skipSpace = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return;
      i++;
    }
  };
  /** Reads a string at i (on its opening quote); its content, or null when it is not a valid string. */
  const readString = (): string | null => {
    const start = ++i;
    let escaped = false;
    while (i < n) {
      const c = text[i];
      if (c === '"') {
        const raw = text.slice(start, i++);
        if (!escaped) return raw;
        try {
          return JSON.parse(`"${raw}"`) as string;
        } catch {
          return raw;
        }
      }
      if (c.charCodeAt(0) < 0x20) return null;
      if (c === "\\") {
        escaped = true;
        const next = text[i + 1];
        if (next === "u") {
          HEX4.lastIndex = i + 2;
          if (!HEX4.test(text)) return null;
          i += 6;
          continue;
        }
        if (next === undefined || !ESCAPES.has(next)) {
          i++;
          return null;
        }
        i += 2;
        continue;
      }
      i++;
    }
    return null;
  };
  const fail = (): JsonScan => ({ error: Math.min(i, n), duplicates });

  // expect: "value" (a value must come), "key" (a key or the end of an object), "after" (a value just ended)
  let expect: "value" | "key" | "firstKey" | "firstValue" | "after" = "value";
  for (;;) {
    skipSpace();
    if (expect === "after") {
      const top = stack[stack.length - 1];
      if (top === undefined) return i < n ? fail() : { error: null, duplicates };
      const c = text[i];
      if (c === ",") {
        i++;
        if (top.kind === "array") top.index++;
        expect = top.kind === "object" ? "key" : "value";
      } else if ((c === "}" && top.kind === "object") || (c === "]" && top.kind === "array")) {
        i++;
        stack.pop();
      } else return fail();
      continue;
    }
    if (i >= n) return fail();
    if (expect === "key" || expect === "firstKey") {
      if (expect === "firstKey" && text[i] === "}") {
        i++;
        stack.pop();
        expect = "after";
        continue;
      }
      if (text[i] !== '"') return fail();
      const keyAt = i;
      const key = readString();
      if (key === null) return fail();
      const top = stack[stack.length - 1] as Extract<Frame, { kind: "object" }>;
      if (top.keys.has(key)) duplicates.push({ field: fieldPath(stack, key), position: keyAt });
      top.keys.add(key);
      top.key = key;
      skipSpace();
      if (text[i] !== ":") return fail();
      i++;
      expect = "value";
      continue;
    }
    const c = text[i];
    if (expect === "firstValue" && c === "]") {
      i++;
      stack.pop();
      expect = "after";
      continue;
    }
    if (c === "{") {
      i++;
      stack.push({ kind: "object", keys: new Set(), key: "" });
      expect = "firstKey";
    } else if (c === "[") {
      i++;
      stack.push({ kind: "array", index: 0 });
      expect = "firstValue";
    } else if (c === '"') {
      if (readString() === null) return fail();
      expect = "after";
    } else if (c === "-" || (c >= "0" && c <= "9")) {
      NUMBER.lastIndex = i;
      const match = NUMBER.exec(text);
      if (match === null) return fail();
      i += match[0].length;
      expect = "after";
    } else {
      const literal = LITERALS.find((word) => text.startsWith(word, i));
      if (literal === undefined) return fail();
      i += literal.length;
      expect = "after";
    }
  }
}

// "indicators[0].weight": the path to a key written twice, as the configuration's findings name fields.
function fieldPath(stack: readonly Frame[], key: string): string {
  let path = "";
  stack.forEach((frame, depth) => {
    const last = depth === stack.length - 1;
    if (frame.kind === "array") path += `[${frame.index}]`;
    else if (!last) path += path === "" ? frame.key : `.${frame.key}`;
  });
  return path === "" ? key : `${path}.${key}`;
}
