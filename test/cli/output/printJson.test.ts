import fc from "fast-check";
import { printJson } from "../../../src/cli/output/printJson";

function printed(value: unknown, pieces: boolean): string {
  let text = "";
  const io = { out: (line: string) => void (text += `${line}\n`), err: () => undefined, ...(pieces ? { write: (chunk: string) => void (text += chunk) } : {}) };
  printJson(io, value);
  return text;
}

describe("printJson", () => {
  it("writes in pieces exactly the bytes JSON.stringify(value, null, 2) writes whole", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(printed(value, true)).toBe(`${JSON.stringify(value, null, 2)}\n`);
      }),
    );
  });

  it.each([
    ["fields left out and lists holding null", { a: undefined, b: [undefined, () => 1, 2], c: { d: undefined } }],
    ["empty lists and objects at every depth", { a: [], b: {}, c: [[], {}], d: [{ e: [] }] }],
    ["dates and text that needs escapes", { when: new Date(Date.UTC(2024, 11, 10)), name: "Nà \"Lầu\"\n\u001b", list: [new Date(0)] }],
    ["a top list of many elements, some left out", Array.from({ length: 1000 }, (_, i) => (i % 7 === 0 ? undefined : { i, when: i % 3 ? undefined : new Date(i) }))],
    ["a long list under a key that needs escapes", { 'k"\u001b\n': Array.from({ length: 600 }, (_, i) => [i, undefined, { a: [] }]) }],
    ["a report of many rows", { village: "Nà Lầu", indicators: Array.from({ length: 30_000 }, (_, i) => ({ id: `I${i}`, name: `Chỉ tiêu ${i}`, target: i, nested: { a: [i] } })) }],
  ])("writes %s as JSON.stringify does", (_, value) => {
    expect(printed(value, true)).toBe(`${JSON.stringify(value, null, 2)}\n`);
    expect(printed(value, false)).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });
});
