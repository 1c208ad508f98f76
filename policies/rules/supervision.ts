import type { Dec } from "../engine/decimal";
import { valueError } from "../engine/errors";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";

export type Zone = "core" | "multi" | "town";

const ZONE_WORDS: Record<string, Zone> = {
  core: "core", 开发区核心区: "core", 核心区: "core",
  multi: "multi", 一区多园: "multi", 开发区一区多园: "multi",
  town: "town", 其他镇街: "town", 镇街: "town", other: "town",
};

export function parseZone(text: unknown, argument = "zone"): Zone {
  const z = text === null || text === undefined ? undefined : ZONE_WORDS[String(text).trim().toLowerCase()];
  if (z) return z;
  throw valueError(
    argument,
    `应为 core（开发区核心区）、multi（一区多园）或 town（其他镇街），收到 "${String(text ?? "")}"`,
    `expected core (开发区核心区), multi (一区多园) or town (其他镇街), got "${String(text ?? "")}"`,
  );
}

/** 增城 二(六)17: the minimum 亩均税收 for a 工改工 project by zone; pilots carry the higher line. */
export function minTaxPerMu(ctx: Context, zone: Zone, pilot: boolean): RuleResult<Dec> {
  const ev = new Evaluation(ctx, ["ZC-GGG"], { zh: "“工改工”亩均税收要求", en: "工改工 tax-per-mu requirement" })
    .input("zone", zone)
    .input("pilot", pilot);
  const name = `minTax.${pilot ? "pilot" : "other"}.${zone}`;
  const value = ev.num(name);
  ev.decide(`${pilot ? "pilot" : "other 工改工"} in ${zone} → ${name} = ${value.toFixed()} 万元/亩 (不低于, inclusive)`);
  return ev.done(value);
}
