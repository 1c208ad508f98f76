#!/usr/bin/env node
// npm run start:excel — serves the add-in at https://localhost:3000 (webpack dev server) and
// tells you exactly how to load it into Excel here. Sideloading is automatic only if you opt in
// with LANDRULES_SIDELOAD=1, which runs office-addin-debugging through npx (it is not a
// dependency: it breaks a clean install on some machines).
//
//   node scripts/start-excel.cjs            serve, and print the sideload steps for this machine
//   node scripts/start-excel.cjs --steps    print the steps only
//   LANDRULES_SIDELOAD=1 npm run start:excel   serve and sideload into desktop Excel via npx
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const DEV_URL = "https://localhost:3000/taskpane.html";
const CERTS_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

/** Where desktop Excel is installed on this machine, or null (Linux has only Excel on the web). */
function findExcel(platform = process.platform, env = process.env, exists = fs.existsSync) {
  const candidates =
    platform === "win32"
      ? [env.ProgramFiles, env["ProgramFiles(x86)"]]
          .filter(Boolean)
          .flatMap((base) => ["Office16", "Office15"].map((v) => path.win32.join(base, "Microsoft Office", "root", v, "EXCEL.EXE")))
      : platform === "darwin"
        ? ["/Applications/Microsoft Excel.app"]
        : [];
  return candidates.find((c) => exists(c)) ?? null;
}

/** The manual sideload steps for a platform, Chinese first then English, numbered. */
function sideloadSteps(platform = process.platform, manifest = MANIFEST, home = os.homedir()) {
  const certs = fs.existsSync(path.join(CERTS_DIR, "localhost.crt"))
    ? []
    : [
        `安装并信任本机开发证书（需管理员权限，只需一次）：npx office-addin-dev-certs install\n   Install and trust the localhost dev certificate once (needs admin rights): npx office-addin-dev-certs install`,
      ];
  const open = `确认浏览器能打开 ${DEV_URL}（证书受信任）\n   Check that ${DEV_URL} opens in a browser without a certificate warning`;
  const after = `在 Excel 中点击“开始 ▸ 政策规则”打开任务窗格，选择政策配置；单元格中输入 =LAND. 查看函数\n   In Excel, Home ▸ Land rules opens the task pane (choose a profile); type =LAND. in a cell to see the functions`;
  let load;
  if (platform === "win32") {
    const dir = path.win32.dirname(manifest);
    load = [
      `把 ${dir} 设为共享文件夹（右键 ▸ 属性 ▸ 共享），记下网络路径，例如 \\\\${os.hostname()}\\landrules\n   Share the folder ${dir} (right-click ▸ Properties ▸ Sharing) and note its network path, e.g. \\\\${os.hostname()}\\landrules`,
      `Excel ▸ 文件 ▸ 选项 ▸ 信任中心 ▸ 信任中心设置 ▸ 受信任的加载项目录：添加该网络路径，勾选“显示在菜单中”，重启 Excel\n   Excel ▸ File ▸ Options ▸ Trust Center ▸ Trust Center Settings ▸ Trusted Add-in Catalogs: add that path, tick "Show in Menu", restart Excel`,
      `开始 ▸ 加载项 ▸ 更多加载项（旧版：插入 ▸ 我的加载项）▸ 共享文件夹 ▸ 产业用地政策规则 ▸ 添加\n   Home ▸ Add-ins ▸ More Add-ins (older: Insert ▸ My Add-ins) ▸ SHARED FOLDER ▸ landrules ▸ Add`,
    ];
  } else if (platform === "darwin") {
    const wef = path.posix.join(home, "Library/Containers/com.microsoft.Excel/Data/Documents/wef");
    load = [
      `把 manifest.xml 复制到 Excel 的 wef 文件夹 / Copy manifest.xml into Excel's wef folder:\n   mkdir -p "${wef}" && cp "${manifest}" "${wef}/"`,
      `重启 Excel，打开工作簿 ▸ 开始 ▸ 加载项（旧版：插入 ▸ 我的加载项）▸ 开发者加载项 ▸ 产业用地政策规则\n   Restart Excel, open a workbook ▸ Home ▸ Add-ins (older: Insert ▸ My Add-ins) ▸ Developer Add-ins ▸ landrules`,
    ];
  } else {
    load = [
      `此系统没有桌面版 Excel：用 Excel 网页版打开工作簿 ▸ 开始 ▸ 加载项 ▸ 更多加载项 ▸ 我的加载项 ▸ 上传我的加载项 ▸ 选择 ${manifest}\n   No desktop Excel here: in Excel on the web open a workbook ▸ Home ▸ Add-ins ▸ More Add-ins ▸ My Add-ins ▸ Upload My Add-in ▸ choose ${manifest}`,
    ];
  }
  return [...certs, open, ...load, after].map((s, i) => `${i + 1}. ${s}`);
}

function run(command, args) {
  const child = spawn(command, args, { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
}

function main(argv = process.argv.slice(2), env = process.env) {
  const excel = findExcel();
  if (env.LANDRULES_SIDELOAD === "1") {
    if (!excel) console.warn("未找到桌面版 Excel / no desktop Excel found; office-addin-debugging may fail.");
    run("npx", ["--yes", "office-addin-debugging", "start", MANIFEST, "desktop", "--app", "excel", "--dev-server", "npm run dev-server", "--dev-server-port", "3000"]);
    return;
  }
  console.log(excel ? `找到 Excel / Excel found: ${excel}` : "未找到桌面版 Excel / no desktop Excel on this machine");
  console.log("\n加载本加载项 / To load the add-in:\n" + sideloadSteps().join("\n") + "\n");
  console.log("自动旁加载 / To sideload automatically instead: LANDRULES_SIDELOAD=1 npm run start:excel\n");
  if (argv.includes("--steps")) return;
  run("npx", ["webpack", "serve", "--mode", "development"]);
}

module.exports = { findExcel, sideloadSteps };

if (require.main === module) main();
