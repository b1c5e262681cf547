import path from "path";
import webpack from "webpack";

/**
 * Bundles the Office simulator for the browser into `outputDir/office-simulator.js`.
 *
 * @example await buildHarness("test-artifacts/e2e")
 */
export function buildHarness(outputDir: string): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require("../harness/webpack.config.js")(path.resolve(outputDir));
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(path.join(path.resolve(outputDir), "office-simulator.js"));
    });
  });
}
