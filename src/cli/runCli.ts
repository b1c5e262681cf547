import { parseArgs } from "./args/parseArgs";
import type { CliIo } from "./io";
import { cliText } from "./text";

/**
 * Runs `thidua` with the words after the program name and resolves to the exit status (docs/outputs.md#command-line):
 * 0 done, 1 validate found errors, 2 unusable input or a wrong command line.
 *
 * @example await runCli(["rank", "samples/thon-na-lau.xlsx", "--json"], io) === 0
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    const text = cliText(parsed.problem.lang);
    if (parsed.problem.kind === "help") {
      io.out(text.usage);
      return 0;
    }
    io.err(text.usageProblem(parsed.problem));
    return 2;
  }
  const options = parsed.value;
  // Loaded on demand: ExcelJS takes a while to load, and --help or a typo should answer at once.
  switch (options.command) {
    case "indicators":
      return (await import("./commands/indicatorsCommand")).indicatorsCommand(options, io);
    case "validate":
      return (await import("./commands/validateCommand")).validateCommand(options, io);
    case "rank":
      return (await import("./commands/rankCommand")).rankCommand(options, io);
    case "template":
      return (await import("./commands/templateCommand")).templateCommand(options, io);
  }
}
