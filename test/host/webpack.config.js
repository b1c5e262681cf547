// Bundles the host emulator's page script (and ExcelJS's browser build) into `host.js`.
const path = require("path");

module.exports = (outputDir) => ({
  mode: "development",
  devtool: false,
  entry: path.resolve(__dirname, "hostPage.ts"),
  output: { path: outputDir, filename: "host.js" },
  resolve: {
    extensions: [".ts", ".js"],
    alias: { exceljs$: path.resolve(__dirname, "../../node_modules/exceljs/dist/exceljs.min.js") },
  },
  module: {
    noParse: /exceljs\.min\.js$/,
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext" } } },
      },
    ],
  },
  performance: { hints: false },
});
