#!/usr/bin/env node
// npm start — with desktop Excel on this machine, loads the add-in (npm run start:excel).
// Without it (Linux, a server, a machine without Office), walks through the headless CLI on
// the example workbooks: the profiles, a ranked tier sheet, a check report and a recalculated
// formulas workbook, saying where each output went and what it shows.
//
// Then, without Excel, it builds and serves the workbench (workbench/README.md): the real task
// pane beside a workbook grid computed by HyperFormula with the LAND functions, in any browser.
// It prints the URL and serves until Ctrl-C.
//
//   npm start                 Excel if installed, else the CLI walkthrough and the workbench
//   npm start -- --cli        the CLI walkthrough (and the workbench) even where Excel is installed
//   LANDRULES_NO_EXCEL=1 npm start   the same
//   npm start -- --no-workbench      the walkthrough only (LANDRULES_NO_WORKBENCH=1 the same)
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const BIN = path.join(ROOT, "bin", "landrules.cjs");
const EXAMPLES = path.join(ROOT, "examples");
// A fixed evaluation date, so the walkthrough reads the same on every day: on it the Wenzhou
// text (in force to 2025-06-30) is still in force, and the 增城 text is a draft, as always.
const AS_OF = "2024-03-15";

function excelHere() {
  const startExcel = path.join(__dirname, "start-excel.cjs");
  if (!fs.existsSync(startExcel)) return null;
  return require(startExcel).findExcel();
}

function landrules(args) {
  console.log(`\n$ landrules ${args.map((a) => (/[\s"=]/.test(a) ? JSON.stringify(a) : a)).join(" ")}`);
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: "inherit" });
  return r.status ?? 1;
}

function step(n, title) {
  console.log(`\n━━ ${n}. ${title} ━━`);
}

function walkthrough() {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "landrules-"));
  const file = (name) => path.join(out, name);
  const example = (name) => path.relative(ROOT, path.join(EXAMPLES, name));
  console.log("未检测到桌面版 Excel：演示命令行 landrules（与加载项同一规则引擎、同一公式）。");
  console.log("No desktop Excel here: a walkthrough of the landrules CLI (the add-in's rules engine and formulas, headless).");
  console.log(`输出目录 / outputs go to: ${out}；评价日 / evaluation date ${AS_OF}`);

  step(1, "政策配置 / Profiles");
  landrules(["profiles", "--as-of", AS_OF]);
  console.log("↑ 每个配置的依据文件、在评价日的状态（现行有效 / 征求意见稿 / 已失效）和有效期。");
  console.log("  Each profile's document, its standing on the date (in force / draft / expired) and its window.");

  step(2, "亩均效益分档 / Ranked tier sheet (增城 二(一)2)");
  const tiers = file("tiers-zengcheng.xlsx");
  const tierCode = landrules(["tiers", example("enterprises-zengcheng.xlsx"), "--profile", "zengcheng", "--as-of", AS_OF, "--out", tiers]);
  console.log(`↑ ${tiers}：新工作表“亩均评价_zengcheng”——每家企业的亩均指标、综合得分、排名和档次；`);
  console.log("  A 档不超过 20%、D 档不超过 5%，并列同档；未上传或造假的企业直接 D 档并注明条款。原数据表不变。");
  console.log("  A new sheet: per-mu indicators, score, rank and tier for each firm; A ≤ 20%, D ≤ 5%, ties share a tier;");
  console.log("  firms that did not submit or falsified data are D with the clause. The data sheet is untouched.");

  step(3, "核查报告 / Check report (增城 二(六)17、二(四)10、二(一)2)");
  const check = file("check-zengcheng.xlsx");
  const checkCode = landrules(["check", example("submissions-zengcheng.xlsx"), "--profile", "zengcheng", "--as-of", AS_OF, "--out", check, "--mark"]);
  console.log(`↑ ${check}：新工作表“核查报告_zengcheng”——每条问题的行、列、企业、取值、要求、规则编号与条款、中英文说明；`);
  console.log("  示例中有意设置的问题（见该工作簿的“说明”页）都应出现；恰在界限上的行（如容积率正好 2.0）应通过。");
  console.log("  --mark 还在副本的数据表中给问题单元格加底色和批注（数值不变）。/ --mark also colours the offending cells of the copy and adds a note (values unchanged).");
  console.log("  退出码 1 表示发现了问题。/ Every planted finding (listed on the workbook's 说明 sheet) appears; rows exactly");
  console.log("  on an inclusive boundary (FAR 2.0) pass. Exit code 1 means findings exist.");

  step(4, "公式重算 / Formulas recalculated without Excel (HyperFormula)");
  const recalc = file("formulas-recalculated.xlsx");
  const recalcCode = landrules(["recalc", example("formulas.xlsx"), "--profile", "zengcheng", "--as-of", AS_OF, "--out", recalc]);
  console.log(`↑ ${recalc}：每个 LAND 公式（含 Excel 保存形式 _xldudf_LAND_…）和普通公式都已计算，结果写为缓存值，公式保留。`);
  console.log("  “函数示例”页的“结果”列应与“预期”列一致；#NUM! / #N/A 是示例本身预期的错误。");
  console.log("  Every LAND formula (typed, or as Excel stores it) and every ordinary formula computed; results cached, formulas kept.");
  console.log("  On 函数示例 the Result column matches Expected; the #NUM! and #N/A there are the examples' expected errors.");

  step(5, "单个公式 / One formula");
  landrules(["eval", "=LAND.MU(666.67)"]);
  landrules(["eval", '=LAND.BUILDMONTHS(100000, "wenzhou")', "--as-of", AS_OF]);

  const ok = tierCode === 0 && checkCode === 1 && recalcCode === 0;
  console.log(`\n${ok ? "完成" : "有步骤未按预期结束"} / ${ok ? "done" : "a step did not end as expected"}. 输出 / outputs: ${out}`);
  console.log("在有 Excel 的电脑上，npm start 会改为加载加载项（npm run start:excel）。/ Where Excel is installed, npm start loads the add-in instead.");
  return ok ? 0 : 1;
}

/** Builds and serves the workbench; resolves once its URL is printed (the server keeps the process alive). */
async function workbench() {
  step(6, "工作台 / The workbench: the task pane and the LAND functions in a browser, without Excel");
  return require("./workbench.cjs").main();
}

function main(argv = process.argv.slice(2), env = process.env) {
  const forceCli = argv.includes("--cli") || env.LANDRULES_NO_EXCEL === "1";
  const excel = forceCli ? null : excelHere();
  if (excel) {
    console.log(`找到 Excel / Excel found: ${excel} → npm run start:excel（不用 Excel：npm start -- --cli / without Excel: npm start -- --cli）`);
    const r = spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "start:excel"], { cwd: ROOT, stdio: "inherit" });
    return r.status ?? 1;
  }
  return walkthrough();
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const code = main(argv);
  const withWorkbench = !excelHere() || argv.includes("--cli") || process.env.LANDRULES_NO_EXCEL === "1";
  if (argv.includes("--no-workbench") || process.env.LANDRULES_NO_WORKBENCH === "1" || !withWorkbench) process.exitCode = code;
  else
    workbench().then(
      () => (process.exitCode = code),
      (e) => {
        console.error(`工作台未能启动 / the workbench did not start: ${e instanceof Error ? e.message : e}`);
        process.exitCode = 1;
      },
    );
}

module.exports = { main };
