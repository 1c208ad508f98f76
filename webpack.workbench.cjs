// Builds the workbench (workbench/README.md): the add-in without Excel.
//   <outDir>/index.html, workbench.js   the grid page: HyperFormula with the LAND functions, exceljs
//   <outDir>/pane/…                     the task pane page exactly as webpack.config.cjs builds it
//                                       (functions + task pane, under its no-HyperFormula guard),
//                                       with the Excel stand-in emitted as its office-js/office.js
//   <outDir>/examples/*.xlsx            the example workbooks the page can open
// The page frames the pane; the stand-in in the pane works on the page's workbook.
//
//   npx webpack --config webpack.workbench.cjs --mode development      → dist-workbench/
//   --env outDir=/tmp/x   --env sourceMaps
// Nothing here is part of the Excel add-in build (npm run build uses webpack.config.cjs only).
const fs = require("node:fs");
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const addinConfig = require("./webpack.config.cjs");

const EXAMPLES_DIR = path.resolve(__dirname, "examples");
const STAND_IN_ENTRY = "./workbench/excel/pane.ts";

function exampleWorkbooks() {
  return fs
    .readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith(".xlsx"))
    .sort();
}

const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: "ts-loader",
    options: {
      transpileOnly: true,
      compilerOptions: { noEmit: false, module: "es2022", moduleResolution: "bundler", sourceMap: false },
    },
  },
};

module.exports = function workbenchWebpackConfig(env = {}, argv = {}) {
  const mode = argv.mode === "production" ? "production" : "development";
  const outDir = env.outDir ? path.resolve(env.outDir) : path.resolve(__dirname, "dist-workbench");
  const devtool = env.sourceMaps ? "source-map" : false;

  // The pane: the add-in's own config, unchanged but for where it writes and the stand-in entry.
  const pane = addinConfig({ outDir: path.join(outDir, "pane"), officeJs: "none", noMinify: true }, { mode });
  pane.name = "pane";
  pane.devtool = devtool;
  pane.entry = { ...pane.entry, "office-js/office": STAND_IN_ENTRY };

  const page = {
    name: "page",
    mode,
    context: __dirname,
    entry: { workbench: "./workbench/page/main.tsx" },
    // Not cleaned: the pane build writes into pane/ beside it (scripts/workbench.cjs empties the folder first).
    output: { path: outDir, filename: "[name].js", clean: false },
    devtool,
    optimization: { minimize: false },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // exceljs's browser build carries its own Node shims (stream, buffer, zlib).
      alias: { exceljs$: require.resolve("exceljs/dist/exceljs.min.js") },
    },
    module: { noParse: /exceljs\.min\.js$/, rules: [tsRule] },
    plugins: [
      new webpack.DefinePlugin({ WORKBENCH_EXAMPLES: JSON.stringify(exampleWorkbooks()) }),
      new HtmlWebpackPlugin({ filename: "index.html", template: "./workbench/page/index.html", chunks: ["workbench"] }),
      new CopyWebpackPlugin({ patterns: [{ from: "examples/*.xlsx", to: "examples/[name][ext]" }] }),
    ],
    performance: { hints: false },
  };
  return [page, pane];
};

module.exports.exampleWorkbooks = exampleWorkbooks;
