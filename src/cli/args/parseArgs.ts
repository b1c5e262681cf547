import * as path from "node:path";

/** The commands of docs/outputs.md#command-line. */
export type Command = "indicators" | "validate" | "rank" | "template";
export type Lang = "vi" | "en";

export interface CliOptions {
  command: Command;
  files: string[];
  sheet: string | null;
  village: string | null;
  targets: string | null;
  config: string | null;
  out: string | null;
  json: boolean;
  lang: Lang;
  /** template: every --village given, in order. */
  villages: string[];
  /** template: --period, null when not given. */
  period: "year" | "half" | null;
  /** template: --out-dir. */
  outDir: string | null;
  /** template: --assign, write the "Giao chỉ tiêu" sheet instead of the templates. */
  assign: boolean;
}

/** Why a command line cannot be run; `value` names the offending word. */
export type UsageProblem =
  | { kind: "help"; lang: Lang }
  | { kind: "no-command" | "unknown-command" | "unknown-option" | "missing-value" | "bad-lang" | "no-file" | "one-file" | "out-is-input" | "bad-period" | "missing-option" | "unexpected-file"; value: string; lang: Lang };

type ValueOption = "sheet" | "village" | "targets" | "config" | "out" | "lang" | "period" | "out-dir";

const VALUE_OPTIONS: Record<Command, readonly ValueOption[]> = {
  indicators: ["sheet", "lang"],
  validate: ["targets", "config", "sheet", "village", "lang"],
  rank: ["targets", "config", "out", "lang"],
  template: ["targets", "village", "config", "period", "out-dir", "lang"],
};

/**
 * Parses `thidua <command> <file>… [--option value]…` (also `--option=value`); `--` ends the options.
 *
 * @example
 * parseArgs(["rank", "a.xlsx", "b.xlsx", "--json"])
 * // { ok: true, value: { command: "rank", files: ["a.xlsx", "b.xlsx"], json: true, lang: "vi", … } }
 */
export function parseArgs(argv: readonly string[]): { ok: true; value: CliOptions } | { ok: false; problem: UsageProblem } {
  const lang = findLang(argv);
  const fail = (kind: Exclude<UsageProblem["kind"], "help">, value: string) => ({ ok: false as const, problem: { kind, value, lang } });
  if (argv.some((arg) => arg === "--help" || arg === "-h") || argv.length === 0 || argv[0] === "help") {
    return { ok: false, problem: { kind: "help", lang } };
  }
  const [command, ...rest] = argv;
  if (command.startsWith("-")) return fail("no-command", command);
  if (!isCommand(command)) return fail("unknown-command", command);
  const options: CliOptions = { command, files: [], sheet: null, village: null, targets: null, config: null, out: null, json: false, lang: "vi", villages: [], period: null, outDir: null, assign: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    // "--" ends the options: every word after it is a file, even one that starts with "--".
    if (arg === "--") {
      options.files.push(...rest.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--")) {
      options.files.push(arg);
      continue;
    }
    const [flag, inlineValue] = splitFlag(arg);
    if (flag === "json") {
      options.json = true;
      continue;
    }
    if (flag === "assign" && command === "template" && inlineValue === undefined) {
      options.assign = true;
      continue;
    }
    if (!(VALUE_OPTIONS[command] as readonly string[]).includes(flag)) return fail("unknown-option", arg);
    const value = inlineValue ?? rest[++i];
    if (value === undefined || (inlineValue === undefined && value.startsWith("--"))) return fail("missing-value", `--${flag}`);
    if (flag === "lang") {
      if (value !== "vi" && value !== "en") return fail("bad-lang", value);
      options.lang = value;
    } else if (flag === "period") {
      if (value !== "year" && value !== "half") return fail("bad-period", value);
      options.period = value;
    } else if (flag === "out-dir") {
      options.outDir = value;
    } else {
      if (flag === "village" && command === "template") options.villages.push(value);
      options[flag as Exclude<ValueOption, "lang" | "period" | "out-dir">] = value;
    }
  }
  if (command === "template") return templateOptions(options, fail);
  if (options.files.length === 0) return fail("no-file", command);
  if (command !== "rank" && options.files.length > 1) return fail("one-file", options.files[1]);
  // Writing the ranking over a village's report, the targets or the configuration would destroy them.
  const inputs = [...options.files, options.targets, options.config].filter((file): file is string => file !== null);
  if (options.out !== null && inputs.some((file) => sameFile(file, options.out!))) return fail("out-is-input", options.out);
  return { ok: true, value: options };
}

function isCommand(word: string): word is Command {
  return word === "indicators" || word === "validate" || word === "rank" || word === "template";
}

// `template` takes --targets and writes into --out-dir; its files, if any, are the villages' reports, which
// say which indicators the templates hold (docs/outputs.md#which-indicators-go-into-a-template).
function templateOptions(
  options: CliOptions,
  fail: (kind: "missing-option", value: string) => { ok: false; problem: UsageProblem },
): { ok: true; value: CliOptions } | { ok: false; problem: UsageProblem } {
  if (options.targets === null) return fail("missing-option", "--targets");
  if (options.outDir === null) return fail("missing-option", "--out-dir");
  return { ok: true, value: options };
}

/** Whether two paths name the same file; Windows and macOS ignore case in file names. */
function sameFile(a: string, b: string): boolean {
  const fold = (file: string) => (process.platform === "win32" || process.platform === "darwin" ? path.resolve(file).toLowerCase() : path.resolve(file));
  return fold(a) === fold(b);
}

function splitFlag(arg: string): [string, string | undefined] {
  const body = arg.slice(2);
  const equals = body.indexOf("=");
  return equals < 0 ? [body, undefined] : [body.slice(0, equals), body.slice(equals + 1)];
}

/** The language for messages, read before anything else so that even usage errors speak it. */
function findLang(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--lang" && argv[i + 1] === "en") return "en";
    if (argv[i] === "--lang=en") return "en";
  }
  return "vi";
}
