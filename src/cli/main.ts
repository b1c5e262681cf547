#!/usr/bin/env node
import { parseArgs } from "./args/parseArgs";
import { terminalSafe } from "./output/terminalSafe";
import { writeInSlices } from "./output/writeInSlices";
import { runCli } from "./runCli";
import { cliText } from "./text";

const argv = process.argv.slice(2);
const lang = () => {
  const parsed = parseArgs(argv);
  return parsed.ok ? parsed.value.lang : parsed.problem.lang;
};

// A reader that stops early (`thidua validate … | head`, quitting `less`) closes the pipe: the rest of
// the output is simply not wanted, and the run ends with its own status, never a stack trace.
let stdoutClosed = false;
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (!stdoutClosed && error.code !== "EPIPE") {
    process.stderr.write(`${terminalSafe(cliText(lang()).unexpected(error.message), true)}\n`);
    process.exitCode = 2;
  }
  stdoutClosed = true;
});
let stderrClosed = false;
process.stderr.on("error", () => {
  stderrClosed = true;
});

const io = {
  out: (text: string) => void (stdoutClosed || writeInSlices(text, false, (chunk) => process.stdout.write(chunk))),
  err: (line: string) => void (stderrClosed || process.stderr.write(`${terminalSafe(line, true)}\n`)),
  write: (chunk: string) => void (stdoutClosed || process.stdout.write(terminalSafe(chunk))),
};

runCli(argv, io).then(
  (status) => {
    process.exitCode = process.exitCode || status;
  },
  (error: unknown) => {
    // A bug, not bad input: still one line, never a stack trace in front of the user.
    io.err(cliText(lang()).unexpected(error instanceof Error ? error.message : String(error)));
    process.exitCode = 2;
  },
);
