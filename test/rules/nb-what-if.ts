import { createRegistry, parseIsoDate, type Context } from "../../policies";

/** A built-in profile with one value replaced (a derived profile, validated by the registry), on a date. */
export function whatIf(base: string, path: string, value: number | string | boolean, asOf = "2024-03-15"): Context {
  const profile = createRegistry().derive({
    id: `${base}-what-if`,
    extends: base,
    names: { zh: `${base}（假设 ${path}）`, en: `${base}, what-if ${path}` },
    reason: "test what-if",
    overrides: { [path]: { value, reason: `what-if: ${path} = ${String(value)}` } },
  });
  return { profile, asOf: parseIsoDate(asOf) };
}
