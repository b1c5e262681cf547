// Bundles the Office simulator (and ExcelJS's browser build) into one script that the end-to-end test
// serves in place of Office.js from Microsoft's CDN.
const path = require("path");

module.exports = (outputDir) => ({
  mode: "development",
  devtool: false,
  entry: path.resolve(__dirname, "officeHarness.ts"),
  output: { path: outputDir, filename: "office-simulator.js" },
  resolve: {
    extensions: [".ts", ".js"],
    alias: { exceljs$: path.resolve(__dirname, "../../../node_modules/exceljs/dist/exceljs.min.js") },
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
