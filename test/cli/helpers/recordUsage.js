// Preloaded into a `thidua` run by the tests of hostile inputs (node --require): when the process ends,
// writes its resource usage (maxRSS in kilobytes) to the file named by THIDUA_USAGE_FILE.
const { writeFileSync } = require("node:fs");

process.on("exit", () => {
  if (process.env.THIDUA_USAGE_FILE) writeFileSync(process.env.THIDUA_USAGE_FILE, JSON.stringify(process.resourceUsage()));
});
