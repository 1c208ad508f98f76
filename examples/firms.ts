import { Random, round } from "./random";

// Synthetic enterprises: names, credit codes and per-firm figures shaped like a county's
// 亩均 data (skewed sizes and productivities), with none of them real.

const CORES = ["华达", "宏业", "新锐", "东方", "金信", "恒通", "永利", "鑫源", "中科", "博雅", "联创", "天成", "远航", "佳禾", "瑞丰", "汇宝", "腾飞", "盛世", "长江", "星海", "立德", "明辉", "泰和", "嘉信", "海川", "启明", "安达", "正邦", "晨光", "卓越"];
const TRADES = ["精密机械", "电子科技", "新材料", "汽车零部件", "服装", "食品", "塑胶制品", "五金制品", "光电", "生物科技", "包装印刷", "家具", "智能装备", "化工", "纺织", "电器", "模具", "医疗器械"];

/** GB 32100-2015 check character of the unified social credit code. */
const CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCode(r: Random, region: string): string {
  let body = `91${region}`;
  while (body.length < 17) body += CODE_CHARS[r.int(0, 9 + (body.length > 9 ? 21 : 0))];
  const sum = [...body].reduce((s, ch, i) => s + CODE_CHARS.indexOf(ch) * CODE_WEIGHTS[i]!, 0);
  return body + CODE_CHARS[(31 - (sum % 31)) % 31];
}

// Branch offices (分公司) by town: how a large table keeps its names distinct.
const BRANCHES = ["新塘", "永宁", "石滩", "中新", "朱村", "仙村", "荔城", "增江", "小楼", "正果", "派潭", "荔湖", "宁西", "东区", "北区", "南区", "西区", "城东", "城西", "城南", "城北", "开发区", "高新区", "保税区", "港区", "临港", "滨海", "江南", "江北", "河东"];
const NAME_ROOM = CORES.length * TRADES.length * 2 * (1 + CORES.length) * (1 + BRANCHES.length);

/**
 * n distinct names; a taken one gets a two-word 字号 instead, and a taken two-word one a
 * branch (分公司) — room for the 100,000-firm tables bench/ generates.
 */
export function firmNames(r: Random, place: string, n: number): string[] {
  // Drawing stops being cheap well before the room is full: keep to half of it.
  if (n > NAME_ROOM / 2) throw new Error(`at most ${Math.floor(NAME_ROOM / 2)} distinct names`);
  const names = new Set<string>();
  while (names.size < n) {
    const [core, trade, kind] = [r.pick(CORES), r.pick(TRADES), r.chance(0.2) ? "股份" : ""];
    const single = `${place}${core}${trade}${kind}有限公司`;
    if (!names.has(single)) {
      names.add(single);
      continue;
    }
    const double = `${place}${core}${r.pick(CORES)}${trade}${kind}有限公司`;
    names.add(names.has(double) ? `${double}${r.pick(BRANCHES)}分公司` : double);
  }
  return [...names];
}

/** One firm's year, in the units of the enterprise table (万元, 亩, 吨标煤, 吨, 人). */
export interface Firm {
  name: string;
  code: string;
  area_mu: number;
  output: number;
  revenue: number;
  value_added: number;
  tax: number;
  energy_tce: number;
  emissions_t: number;
  employees: number;
  rd: number;
  retrofit: number;
  certifications: number;
}

export function firm(r: Random, name: string, code: string): Firm {
  const area = round(Math.min(Math.max(r.logNormal(25, 0.8), 3), 400), 2);
  const output = round(area * r.logNormal(350, 0.7), 1);
  const revenue = round(output * r.between(0.85, 1.1), 1);
  const energy = round(output / r.between(0.8, 6), 1);
  return {
    name,
    code,
    area_mu: area,
    output,
    revenue,
    value_added: round(output * r.between(0.18, 0.32), 1),
    tax: round(output * r.between(0.02, 0.07), 1),
    energy_tce: energy,
    emissions_t: round(energy * r.between(0.002, 0.02), 2),
    employees: Math.max(5, Math.round(area * r.between(2, 12))),
    rd: round(revenue * r.between(0, 0.06), 1),
    retrofit: r.chance(0.5) ? round(area * r.between(5, 80), 1) : 0,
    certifications: r.pick([0, 0, 0, 1, 1, 2, 2, 3, 4, 6]),
  };
}

const FULL_WIDTH_OFFSET = 0xff10 - 0x30;

/** 1234.5 → "１２３４．５": how numbers arrive from some reporting systems. */
export function fullWidth(x: number): string {
  return String(x).replace(/[0-9.]/g, (c) => (c === "." ? "．" : String.fromCharCode(c.charCodeAt(0) + FULL_WIDTH_OFFSET)));
}

/** 12345.6 → "12,345.6": numbers pasted as text with thousands separators. */
export function grouped(x: number): string {
  const [int, frac] = String(x).split(".");
  return int!.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac ? `.${frac}` : "");
}
