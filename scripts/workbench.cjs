#!/usr/bin/env node
// The workbench: builds it (webpack.workbench.cjs) and serves it on this machine until Ctrl-C.
//
//   node scripts/workbench.cjs [--port N] [--out DIR]     (npm run workbench)
//   node scripts/workbench.cjs --build-only --out DIR     build and stop (the journey tests)
//   LANDRULES_WORKBENCH_PORT=N                            the port to try first (default 8080)
//
// Used by scripts/start.cjs after the CLI walkthrough and by the journey tests (test/workbench).
const fs = require("node:fs");
const http = require("node:http");
const os = require("node:os");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const DEFAULT_PORT = 8080;
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Builds the workbench into `outDir` (emptied first). Resolves with the build's duration; rejects with its errors. */
function buildWorkbench(outDir, { mode = "development" } = {}) {
  const webpack = require("webpack");
  const makeConfig = require(path.join(ROOT, "webpack.workbench.cjs"));
  fs.rmSync(outDir, { recursive: true, force: true });
  const started = Date.now();
  return new Promise((resolve, reject) => {
    webpack(makeConfig({ outDir }, { mode }), (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true, errorDetails: false })));
      resolve({ ms: Date.now() - started });
    });
  });
}

/** Serves `dir` on the loopback interface; port 0 picks a free one; a taken port tries the next. */
function serveWorkbench(dir, { port = DEFAULT_PORT, host = "127.0.0.1", tries = 20 } = {}) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (pathname.endsWith("/")) pathname += "index.html";
    const file = path.resolve(root, "." + pathname);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("404");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    let attempt = 0;
    const listen = (p) => server.listen(p, host);
    server.on("error", (e) => {
      if (e.code === "EADDRINUSE" && port !== 0 && ++attempt < tries) listen(port + attempt);
      else reject(e);
    });
    server.on("listening", () => {
      const address = server.address();
      resolve({ server, url: `http://${host}:${address.port}/` });
    });
    listen(port);
  });
}

async function main(argv = process.argv.slice(2), env = process.env) {
  const arg = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const outDir = path.resolve(arg("--out") ?? path.join(os.tmpdir(), "landrules-workbench"));
  const port = Number(arg("--port") ?? env.LANDRULES_WORKBENCH_PORT ?? DEFAULT_PORT);
  console.log(`正在构建工作台 / building the workbench → ${outDir} …`);
  const { ms } = await buildWorkbench(outDir);
  console.log(`构建用时 / built in ${(ms / 1000).toFixed(1)} s`);
  if (argv.includes("--build-only")) return null;
  const { url } = await serveWorkbench(outDir, { port });
  console.log(`\n工作台 / workbench: ${url}`);
  console.log("在浏览器中打开：左侧是由 HyperFormula 计算的工作簿（含 LAND 函数），右侧是真实的任务窗格（Excel 替身）。");
  console.log("Open it in a browser: the workbook grid (HyperFormula, LAND functions) on the left, the real task pane on the right (an Excel stand-in).");
  console.log("按 Ctrl-C 停止 / Ctrl-C to stop.");
  return url;
}

if (require.main === module)
  main().catch((e) => {
    console.error(`工作台未能启动 / the workbench did not start: ${e instanceof Error ? e.message : e}`);
    process.exitCode = 1;
  });

module.exports = { buildWorkbench, serveWorkbench, main };
