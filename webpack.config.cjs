// Builds the Excel add-in into dist/: one page (taskpane.html) hosting both the task pane and the
// LAND custom functions in the shared runtime (manifest.xml), the functions metadata in English
// and zh-CN, Office.js copied from node_modules (this machine has no CDN), the icons, and the
// pane's styles as stylesheets (griffel.css: Fluent UI's and ours, extracted at build time;
// fluent-theme.css: the theme's tokens as CSS variables).
//
//   npx webpack --mode production                     → dist/
//   npx webpack serve --mode development              → https://localhost:3000
//   --env outDir=/tmp/x  --env taskpaneOnly  --env noMinify  --env officeJs=loader|full|none   (tests use these)
const fs = require("node:fs");
const os = require("node:os");
const zlib = require("node:zlib");
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");

const DEV_PORT = 3000;
const FUNCTIONS_ENTRY = "./functions/entry.ts";
/** File names manifest.xml points at (https://localhost:3000/<name>). */
const OUTPUT_FILES = {
  page: "taskpane.html",
  functionsScript: "functions.js",
  metadata: "functions.json",
  metadataZhCN: "functions.zh-CN.json",
};
const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const DEV_CERTS_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

/** HyperFormula is GPL-3.0-only and belongs to the CLI; a bundle that pulls it in fails the build. */
class NoHyperFormulaPlugin {
  apply(compiler) {
    compiler.hooks.afterCompile.tap("NoHyperFormulaPlugin", (compilation) => {
      for (const module of compilation.modules) {
        const resource = module.resource ?? "";
        if (/[\\/]node_modules[\\/]hyperformula[\\/]/.test(resource))
          compilation.errors.push(
            new webpack.WebpackError(`HyperFormula must not be bundled into the add-in (GPL; CLI only): pulled in as ${resource}`),
          );
      }
    });
  }
}

/**
 * functions.json and functions.zh-CN.json from the formula table (functions/metadata.ts: one
 * module per function in functions/land/, the same table the Excel entry registers). With
 * `writeReference`, also rewrites docs/FUNCTIONS-REFERENCE.md when the table has changed
 * (builds into dist/ do; test builds into an outDir leave it, so a stale file fails its test).
 */
class FunctionsMetadataPlugin {
  constructor({ writeReference }) {
    this.writeReference = writeReference;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionsMetadataPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          try {
            const { buildMetadata } = requireTypeScript("./functions/metadata.ts");
            const { en, zhCN } = buildMetadata();
            compilation.emitAsset(OUTPUT_FILES.metadata, new webpack.sources.RawSource(en));
            compilation.emitAsset(OUTPUT_FILES.metadataZhCN, new webpack.sources.RawSource(zhCN));
            if (this.writeReference) {
              const { writeReference, REFERENCE_FILE } = requireTypeScript("./functions/generate.ts");
              if (writeReference()) console.log(`rewrote ${path.relative(__dirname, REFERENCE_FILE)} from functions/land/`);
            }
          } catch (e) {
            // A build error, not a crash: the dev server keeps serving and reports it.
            compilation.errors.push(new webpack.WebpackError(`${OUTPUT_FILES.metadata} not built: ${e instanceof Error ? e.message : e}`));
          }
        },
      );
    });
  }
}

/**
 * Text only the build reads: a LAND function's help and examples go into functions.json (the
 * metadata plugin and functions/build-zh-CN.ts read the sources, not the bundle) and the
 * reference docs; nothing at run time reads them, so the bundle leaves them out.
 */
const BUILD_ONLY_PROPERTIES = new Set(["help", "examples"]);

/** A TypeScript transformer (ts-loader `before`) that drops BUILD_ONLY_PROPERTIES from object literals under functions/. */
function withoutBuildOnlyText() {
  const ts = require("typescript");
  const functionsDir = path.join(__dirname, "functions") + path.sep;
  return (context) => (sourceFile) => {
    if (!path.resolve(sourceFile.fileName).startsWith(functionsDir)) return sourceFile;
    const visit = (node) => {
      if (ts.isObjectLiteralExpression(node)) {
        const kept = node.properties.filter((p) => !(ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && BUILD_ONLY_PROPERTIES.has(p.name.text)));
        if (kept.length !== node.properties.length) node = context.factory.updateObjectLiteralExpression(node, kept);
      }
      return ts.visitEachChild(node, visit, context);
    };
    return ts.visitNode(sourceFile, visit);
  };
}

/**
 * A shipped profile as the page needs it (policies/profiles.ts bundles every file): each rule's
 * `summary` is a one-line note for the file's reader that nothing on the page shows, so it stays out.
 */
function bundledProfile(text) {
  const profile = JSON.parse(text);
  for (const rule of Object.values(profile.rules ?? {})) delete rule.summary;
  return profile;
}

/** The pane's Fluent theme as a stylesheet the page links (taskpane.html), see FluentThemeStylesheetPlugin. */
const THEME_STYLESHEET = "fluent-theme.css";

/**
 * Writes webLightTheme's tokens as CSS variables on :root (Fluent's own createCSSRuleFromTheme, the
 * way it documents for applying a theme statically). The pane's FluentProvider then takes an empty
 * theme (taskpane/mount.tsx), so the theme's palettes and their construction stay out of the script.
 */
class FluentThemeStylesheetPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FluentThemeStylesheetPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "FluentThemeStylesheetPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const { createCSSRuleFromTheme, webLightTheme } = require("@fluentui/react-components");
        compilation.emitAsset(THEME_STYLESHEET, new webpack.sources.RawSource(createCSSRuleFromTheme(":root", webLightTheme)));
      });
    });
  }
}

/**
 * React's modules as Preact's compatibility layer provides them, for every import in the bundle
 * (ours and Fluent UI's). jest.config.cjs maps the same modules, so the tests render what ships.
 * `react-dom` covers `react-dom/client`; `$` keeps `react` from matching `react-…` packages.
 */
const PREACT_FOR_REACT = {
  react$: "preact/compat",
  "react/jsx-runtime": "preact/jsx-runtime",
  "react/jsx-dev-runtime": "preact/jsx-dev-runtime",
  "react-dom": "preact/compat",
};

/** Chunk names of the pane's tabs that load on first use (taskpane/App.tsx's webpackChunkName comments). */
const LAZY_TAB_PREFIX = "tab-";
const isLazyTab = (chunk) => (chunk.name ?? "").startsWith(LAZY_TAB_PREFIX);
/** Whether every chunk a module is in is a lazily loaded tab. */
const inLazyTabsOnly = (module, chunkGraph) => [...chunkGraph.getModuleChunksIterable(module)].every(isLazyTab);

/** Gzip budget of the script the shared-runtime page loads besides Office.js (issue 11: ≤ 220 KB). */
const PAGE_SCRIPT_BUDGET_KB = 220;

/**
 * Prints how much script the shared-runtime page loads (its .js files, gzipped at level 9, Office.js
 * aside): at start (the entry points), when the pane is first shown (the chunks the entry points
 * import: the pane's UI with its first tab), each lazily loaded tab on its first use (the chunks the
 * pane imports, taskpane/App.tsx, beyond what is loaded by then) and everything together (each file
 * once). Writes the figures to script-weight.json. The budget is what the page loads until the pane
 * is up (at start, and with the pane shown): over it is a warning. A tab's code comes when the analyst
 * opens that tab, so the total is reported beside the budget, not held to it. Stylesheets are listed, not counted.
 */
class ScriptWeightPlugin {
  constructor(entries, budgetKB = PAGE_SCRIPT_BUDGET_KB) {
    this.entries = entries;
    this.budgetKB = budgetKB;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ScriptWeightPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "ScriptWeightPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const gzipOf = (file) => {
          const bytes = compilation.getAsset(file).source.buffer();
          return { file, bytes: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
        };
        const kb = (n) => Math.round(n / 102.4) / 10;
        const budget = this.budgetKB * 1024;
        const sum = (xs) => xs.reduce((n, s) => n + s.gzip, 0);
        const scriptsOf = (g) => g.getFiles().filter((f) => f.endsWith(".js"));
        const childrenOf = (gs) => [...new Set(gs.flatMap((g) => [...g.childrenIterable]))];
        const groups = this.entries.map((name) => compilation.entrypoints.get(name)).filter(Boolean);
        const initial = new Set(groups.flatMap(scriptsOf));
        // When the pane is first shown: what the entry points import (taskpane/index.tsx: the pane's UI).
        const shownGroups = childrenOf(groups);
        const shown = new Set(shownGroups.flatMap(scriptsOf).filter((f) => !initial.has(f)));
        // Each tab the pane loads on first use (taskpane/App.tsx), opened first: its chunks beyond those loaded by then.
        const loaded = new Set([...initial, ...shown]);
        const tabs = childrenOf(shownGroups).map((g) => {
          const tabScripts = scriptsOf(g).filter((f) => !loaded.has(f)).map(gzipOf);
          return { chunk: g.name ?? scriptsOf(g).join("+"), gzip: sum(tabScripts), gzipKB: kb(sum(tabScripts)), scripts: tabScripts };
        });
        // Everything the page can fetch, each file once (any further async chunk included).
        const everything = new Set([...loaded, ...tabs.flatMap((t) => t.scripts.map((s) => s.file))]);
        for (const g of groups) for (const chunk of g.getEntrypointChunk().getAllAsyncChunks()) for (const f of chunk.files) if (f.endsWith(".js")) everything.add(f);
        const scripts = [...initial].map(gzipOf);
        const lazy = [...shown].map(gzipOf);
        const gzip = sum(scripts);
        const lazyGzip = sum(lazy);
        const totalGzip = sum([...everything].map(gzipOf));
        // Stylesheets (griffel.css) are listed beside the scripts, not counted in the script weight.
        const linked = groups.flatMap((g) => g.getFiles()).concat(compilation.getAsset(THEME_STYLESHEET) ? [THEME_STYLESHEET] : []);
        const stylesheets = [...new Set(linked.filter((f) => f.endsWith(".css")))].map(gzipOf);
        const report = {
          page: OUTPUT_FILES.page,
          gzip,
          gzipKB: kb(gzip),
          budgetKB: this.budgetKB,
          withinBudget: gzip <= budget,
          scripts,
          whenShown: { gzip: lazyGzip, gzipKB: kb(lazyGzip), scripts: lazy },
          paneShownKB: kb(gzip + lazyGzip),
          paneShownWithinBudget: gzip + lazyGzip <= budget,
          tabs,
          totalGzip,
          totalKB: kb(totalGzip),
          totalWithinBudget: totalGzip <= budget,
          stylesheets,
        };
        compilation.emitAsset("script-weight.json", new webpack.sources.RawSource(JSON.stringify(report, null, 2)));
        const list = (xs) => xs.map((s) => `${s.file} ${kb(s.gzip)} KB`).join(", ");
        const line =
          `${OUTPUT_FILES.page} loads ${report.gzipKB} KB gzip of script at start besides Office.js (budget ${this.budgetKB} KB): ${list(scripts)}` +
          (lazy.length ? `; the pane's UI adds ${report.whenShown.gzipKB} KB when the pane is first shown (${list(lazy)}): ${report.paneShownKB} KB` : "") +
          tabs.map((t) => `; tab ${t.chunk} adds ${t.gzipKB} KB on first use (${list(t.scripts)})`).join("") +
          `; ${report.totalKB} KB in all` +
          (stylesheets.length ? ` (stylesheets, not script: ${list(stylesheets)})` : "");
        console.log(line);
        if (!report.withinBudget) compilation.warnings.push(new webpack.WebpackError(`${line}: over budget`));
        else if (!report.paneShownWithinBudget) compilation.warnings.push(new webpack.WebpackError(`${line}: within budget at start, over it when the pane is shown`));
      });
    });
  }
}

/** Loads a TypeScript module afresh (the dev server rebuilds after edits: no stale project modules). */
function requireTypeScript(file) {
  for (const key of Object.keys(require.cache))
    if (key.startsWith(__dirname + path.sep) && !key.includes(`${path.sep}node_modules${path.sep}`) && key !== __filename) delete require.cache[key];
  const { register } = require("tsx/cjs/api");
  const unregister = register();
  try {
    return require(path.resolve(__dirname, file));
  } finally {
    unregister();
  }
}

/** Office.js files Excel needs: the loader, Excel hosts, strings, telemetry; no debug builds, no other hosts. */
function officeJsPatterns(mode) {
  if (mode === "none") return [];
  if (mode === "loader") return [{ from: path.join(OFFICE_JS_DIR, "office.js"), to: "office-js/office.js" }];
  return [
    {
      from: OFFICE_JS_DIR,
      to: "office-js",
      globOptions: {
        ignore: ["**/*.debug.js", "**/{word,outlook,powerpoint,onenote,project,access,visio}*", "**/wordios*", "**/office-vsdoc.js"],
      },
    },
  ];
}

/** https with the Office dev certificates when installed (trusted by Excel); otherwise a self-signed one. */
function httpsServer() {
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const paths = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(DEV_CERTS_DIR, f)]));
  if (Object.values(paths).every((p) => fs.existsSync(p)))
    return { type: "https", options: Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, fs.readFileSync(p)])) };
  console.warn(
    `No Office dev certificates in ${DEV_CERTS_DIR}: serving a self-signed certificate Excel will not trust.\n` +
      "Install them once with `npx office-addin-dev-certs install` (needs admin rights).",
  );
  return { type: "https" };
}

module.exports = function landrulesWebpackConfig(env = {}, argv = {}) {
  const production = argv.mode === "production";
  const outDir = env.outDir ? path.resolve(env.outDir) : path.resolve(__dirname, "dist");
  const withFunctions = !env.taskpaneOnly && fs.existsSync(path.resolve(__dirname, FUNCTIONS_ENTRY));
  const entry = { taskpane: "./taskpane/index.tsx" };
  if (withFunctions) entry.functions = FUNCTIONS_ENTRY;

  return {
    mode: production ? "production" : "development",
    context: __dirname,
    entry,
    output: { path: outDir, filename: "[name].js", clean: true },
    devtool: "source-map",
    optimization: {
      minimize: production && !env.noMinify,
      // One page, one runtime: the functions and the pane share one copy of each module (the
      // engine, the profile registry with its what-if profiles, the active-profile listeners).
      runtimeChunk: withFunctions ? "single" : false,
      // (Without the functions, no shared chunk; splitChunks stays on for the griffel.css chunk
      // GriffelCSSExtractionPlugin adds, whose fallback without it fails in mini-css-extract.)
      // What only the pane's lazily loaded tabs use (taskpane/App.tsx: chunks named tab-*) stays out of
      // the shared chunk, which the page loads at start; what tabs share goes to a tab-common-<those tabs> chunk, fetched with the first of them opened.
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          defaultVendors: false,
          default: false,
          ...(withFunctions ? { shared: { name: "shared", minChunks: 2, chunks: "all", test: (module, { chunkGraph }) => !inLazyTabsOnly(module, chunkGraph), enforce: true } } : {}),
          tabCommon: { name: (module, chunks) => `${LAZY_TAB_PREFIX}common-${chunks.map((c) => c.name.slice(LAZY_TAB_PREFIX.length)).sort().join("-")}`, minChunks: 2, chunks: isLazyTab, enforce: true, priority: -10 },
        },
      },
    },
    resolve: {
      // The pane is written against React's API and rendered by Preact's compatibility layer
      // (PREACT_FOR_REACT): the same components at 10 KB of script instead of react-dom's 44 KB.
      alias: PREACT_FOR_REACT,
      extensions: [".ts", ".tsx", ".js", ".json"],
      // `.js` in an import names the TypeScript source (what tsc's nodenext resolution asks for in a dynamic import).
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
    },
    module: {
      rules: [
        // Fluent UI's styles come compiled ahead of time (__styles with their CSS rules as strings);
        // the extraction loader moves those strings into griffel.css, leaving class names in the script.
        { test: /\.js$/, include: /[\\/]node_modules[\\/]@fluentui[\\/]/, use: GriffelCSSExtractionPlugin.loader },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Last runs first: TypeScript → JavaScript, our makeStyles compiled ahead of time
          // (@griffel/webpack-loader, so no CSS-in-JS runtime ships), then their CSS extracted too.
          use: [
            GriffelCSSExtractionPlugin.loader,
            "@griffel/webpack-loader",
            {
              loader: "ts-loader",
              options: {
                // `npm run typecheck` checks types; the bundle only needs the JavaScript.
                transpileOnly: true,
                compilerOptions: { noEmit: false, module: "es2022", moduleResolution: "bundler", sourceMap: true },
                getCustomTransformers: () => ({ before: [withoutBuildOnlyText()] }),
              },
            },
          ],
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
        { test: /\.json$/, include: path.join(__dirname, "policies", "profiles"), type: "json", parser: { parse: bundledProfile } },
      ],
    },
    plugins: [
      new NoHyperFormulaPlugin(),
      // One stylesheet, griffel.css, linked from taskpane.html (CSS is not script: it costs the
      // page no script weight). Griffel orders its rules itself, so mini-css-extract's order warnings are moot.
      new MiniCssExtractPlugin({ ignoreOrder: true }),
      new GriffelCSSExtractionPlugin({ unstable_attachToEntryPoint: "taskpane" }),
      new FluentThemeStylesheetPlugin(),
      // The weight is the page's as shipped: a development or unminified build (the workbench's pane) would only mislead.
      ...(production && !env.noMinify ? [new ScriptWeightPlugin(withFunctions ? ["functions", "taskpane"] : ["taskpane"])] : []),
      ...(withFunctions
        ? [new FunctionsMetadataPlugin({ writeReference: !env.outDir })]
        : []),
      // Shared runtime: one page loads the functions first (they register with Excel), then the pane.
      new HtmlWebpackPlugin({
        filename: OUTPUT_FILES.page,
        template: "./taskpane/taskpane.html",
        chunks: withFunctions ? ["functions", "taskpane"] : ["taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets", noErrorOnMissing: true },
          { from: "manifest.xml", to: "manifest.xml" },
          ...officeJsPatterns(env.officeJs ?? "full"),
        ],
      }),
    ],
    performance: { hints: false },
    // Only `webpack serve` needs the server (and its certificates).
    ...(env.WEBPACK_SERVE
      ? {
          devServer: {
            port: DEV_PORT,
            headers: { "Access-Control-Allow-Origin": "*" },
            server: httpsServer(),
            static: false,
            client: { overlay: { warnings: false } },
          },
        }
      : {}),
  };
};

module.exports.NoHyperFormulaPlugin = NoHyperFormulaPlugin;
module.exports.ScriptWeightPlugin = ScriptWeightPlugin;
module.exports.PAGE_SCRIPT_BUDGET_KB = PAGE_SCRIPT_BUDGET_KB;
module.exports.OUTPUT_FILES = OUTPUT_FILES;
module.exports.THEME_STYLESHEET = THEME_STYLESHEET;
module.exports.DEV_ORIGIN = `https://localhost:${DEV_PORT}`;
