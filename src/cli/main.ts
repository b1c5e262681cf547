#!/usr/bin/env node
import { parseArgs } from "./args/parseArgs";
import { terminalSafe } from "./output/terminalSafe";
import { runCli } from "./runCli";
import { cliText } from "./text";

const argv = process.argv.slice(2);
const io = {
  out: (text: string) => void process.stdout.write(`${terminalSafe(text)}\n`),
  err: (line: string) => void process.stderr.write(`${terminalSafe(line, true)}\n`),
};

runCli(argv, io).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    // A bug, not bad input: still one line, never a stack trace in front of the user.
    const parsed = parseArgs(argv);
    const lang = parsed.ok ? parsed.value.lang : parsed.problem.lang;
    io.err(cliText(lang).unexpected(error instanceof Error ? error.message : String(error)));
    process.exitCode = 2;
  },
);
