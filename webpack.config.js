// Builds the task pane into dist/: taskpane.html + taskpane.js and its on-demand chunks, the icons, the IE11 fallback and the
// manifest. Office.js is never bundled: taskpane.html loads it from Microsoft's CDN.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { contentSecurityPolicy } = require("./scripts/csp.js");

const urlDev = "https://localhost:3000/";
// Where the built add-in is hosted; the manifest in dist/ points there.
const urlProd = process.env.ADDIN_PUBLIC_URL || "https://thidua.example.com/";

/** Office's trusted localhost certificate; if it cannot be installed (no sudo), the generated one, untrusted. */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const fs = require("fs");
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const files = { ca: "ca.crt", key: "localhost.key", cert: "localhost.crt" };
    if (!Object.values(files).every((file) => fs.existsSync(path.join(dir, file)))) throw error;
    console.warn(
      `The development certificate could not be trusted (${error.message.split("\n")[0]}). ` +
        "Serving with it anyway; run `npx office-addin-dev-certs install` with administrator rights so Excel accepts it.",
    );
    return Object.fromEntries(Object.entries(files).map(([key, file]) => [key, fs.readFileSync(path.join(dir, file))]));
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  return {
    devtool: dev ? "source-map" : false,
    entry: { taskpane: "./src/taskpane/index.tsx", commands: "./src/commands/commands.ts" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Views and engines used after the pane opens (ranking, configuration, import, templates, samples,
      // SheetJS) are chunks loaded on demand, from wherever taskpane.js itself was loaded: localhost:3000
      // in development, the add-in's host in production, dist/ in the tests. The engine's worker
      // (`new Worker(new URL(…, import.meta.url))` in src/taskpane/engine/startWorker.ts) is a chunk of its
      // own too, "thidua-engine", downloaded the first time a job runs; it loads its own parts the same way.
      // Chunk names carry a hash of their content: Office caches add-in files, and an old taskpane.js
      // must never load a new chunk of the same name (office-js #6523). taskpane.js keeps its name (the
      // manifest and the tests know it) and is asked for with the build's hash (`hash: true` below);
      // taskpane.html itself must be served with `Cache-Control: no-cache` (README, deployment).
      chunkFilename: "[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Types are checked by `npm run lint`; the bundle only needs ES modules for tree shaking.
            options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: dev } },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        hash: true,
        csp: contentSecurityPolicy({ dev: serving }),
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        csp: contentSecurityPolicy({ dev: serving }),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/fallback/trident-fallback.js", to: "trident-fallback.js" },
          { from: "src/taskpane/fallback/syntax-probe.js", to: "syntax-probe.js" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : content.toString().replaceAll(urlDev, urlProd)),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: serving
      ? {
          static: { directory: path.resolve(__dirname, "dist") },
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
        }
      : undefined,
  };
};
