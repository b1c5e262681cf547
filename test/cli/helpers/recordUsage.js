// Preloaded into a `thidua` run by the tests of hostile inputs (node --require): when the process ends,
// writes its resource usage (maxRSS in kilobytes) to the file named by THIDUA_USAGE_FILE.
// On Linux the peak is the process's own (VmHWM): getrusage's maxRSS keeps, across exec, the peak of the
// test runner that spawned it, which passes the bound by itself once the runner has built large files.
const { readFileSync, writeFileSync } = require("node:fs");

function ownPeakKb() {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync("/proc/self/status", "utf8"));
    return match === null ? null : Number(match[1]);
  } catch {
    return null;
  }
}

process.on("exit", () => {
  if (!process.env.THIDUA_USAGE_FILE) return;
  const usage = process.resourceUsage();
  writeFileSync(process.env.THIDUA_USAGE_FILE, JSON.stringify({ ...usage, maxRSS: ownPeakKb() ?? usage.maxRSS }));
});
