// Renders the add-in's icons (assets/icon-<size>.png) with the system Chromium: the character 地
// (land) on the product's teal. Run once after changing the design: node assets/make-icons.cjs
const path = require("node:path");
const { chromium } = require("playwright-core");

const SIZES = [16, 32, 64, 80, 128];
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function iconHtml(size) {
  const radius = Math.round(size * 0.18);
  const font = Math.round(size * 0.72);
  return `<!doctype html><html><body style="margin:0;background:transparent">
    <div style="width:${size}px;height:${size}px;border-radius:${radius}px;background:#0F6E63;color:#fff;
      display:flex;align-items:center;justify-content:center;font:700 ${font}px/1 'Noto Sans CJK SC','Noto Sans CJK',sans-serif">地</div>
  </body></html>`;
}

async function main() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage();
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(iconHtml(size));
      const file = path.join(__dirname, `icon-${size}.png`);
      await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      console.log(`wrote ${file}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
