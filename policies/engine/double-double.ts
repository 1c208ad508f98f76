// Fast arithmetic that gives the same doubles as the exact decimal path (decimal.ts, 50 digits)
// or says it cannot: a value is carried as a double-double (hi + lo, ~106 bits) with a bound on
// its distance from the exact value; the nearest double is read off only when no rounding
// midpoint lies within that bound. Dekker/Knuth error-free transformations; no FMA needed.
import { dec, type Dec } from "./decimal";

/** Relative error a double-double operation may add: 2⁻¹⁰⁰ = 64u² (u = 2⁻⁵³), over 4× the published bounds (≤ 15u² for ÷, 3u² for +). */
export const DD_EPS = 2 ** -100;
/** The exact decimal path rounds each operation to 50 significant digits: at most this much, relatively. */
export const DEC_EPS = 1e-49;

const SPLIT = 134217729; // 2^27 + 1

/** A double-double: hi = fl(hi + lo). Mutable registers, so a row's arithmetic allocates nothing. */
export class DD {
  hi = 0;
  lo = 0;

  set(hi: number, lo: number): this {
    // quick two-sum: |hi| ≥ |lo|
    const s = hi + lo;
    this.lo = lo - (s - hi);
    this.hi = s;
    return this;
  }

  /** this + (bh, bl), accurate addition. */
  add(bh: number, bl: number): this {
    let s = this.hi + bh;
    let v = s - this.hi;
    let e = this.hi - (s - v) + (bh - v);
    const t = this.lo + bl;
    v = t - this.lo;
    const f = this.lo - (t - v) + (bl - v);
    e += t;
    let h = s + e;
    e = e - (h - s);
    s = h;
    e += f;
    h = s + e;
    this.lo = e - (h - s);
    this.hi = h;
    return this;
  }

  /** this × (bh, bl). */
  mul(bh: number, bl: number): this {
    const p = this.hi * bh;
    const e = twoProductError(this.hi, bh, p) + (this.hi * bl + this.lo * bh);
    return this.set(p, e);
  }

  /** this ÷ (bh, bl). */
  div(bh: number, bl: number): this {
    const q1 = this.hi / bh;
    // r = this − q1 × b, as a double-double
    const p = q1 * bh;
    const pe = twoProductError(q1, bh, p) + q1 * bl;
    const s = this.hi - p;
    const v = s - this.hi;
    let e = this.hi - (s - v) + (-p - v);
    e = e - pe + this.lo;
    const q2 = (s + e) / bh;
    return this.set(q1, q2);
  }
}

/** The rounding error of p = fl(a × b): a × b = p + error exactly (Dekker's split). */
function twoProductError(a: number, b: number, p: number): number {
  let c = SPLIT * a;
  const ah = c - (c - a);
  const al = a - ah;
  c = SPLIT * b;
  const bh = c - (c - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/**
 * a ÷ b for integers a, b given as exact doubles, into `out`: hi is IEEE's correctly rounded
 * quotient, lo the remainder's share. |a − fl(q·b)| is exact (Sterbenz), so lo is good to ~2⁻¹⁰⁶.
 */
export function quotientOf(a: number, b: number, out: DD): DD {
  const q = a / b;
  const p = q * b;
  const r = a - p - twoProductError(q, b, p);
  return out.set(q, r / b);
}

// Below this a double's neighbours are not a whole ulp apart (subnormals); values here are never that small.
const SMALLEST = 2 ** -1000;
const BITS = new Float64Array(1);
const WORDS = new Uint32Array(BITS.buffer);
// The word with the sign, exponent and top mantissa bits (little-endian hosts, as every JS engine here).
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/**
 * The double nearest to a value known to lie within ±err of hi + lo, or NaN when the interval
 * could hold a midpoint between two doubles (then only exact arithmetic can say). The doubles
 * next to a normal hi are one ulp away, except toward zero from a power of two (half an ulp).
 */
export function nearestDouble(hi: number, lo: number, err: number): number {
  if (!Number.isFinite(hi) || !Number.isFinite(err) || Math.abs(hi) < SMALLEST) return NaN;
  BITS[0] = hi;
  const high = WORDS[HIGH]!;
  const ulp = 2 ** (((high >>> 20) & 0x7ff) - 1075);
  const powerOfTwo = (high & 0xfffff) === 0 && WORDS[1 - HIGH] === 0;
  // lo measured away from zero
  const away = hi > 0 ? lo : -lo;
  const toward = powerOfTwo ? ulp / 2 : ulp;
  return away + err < ulp / 2 && err - away < toward / 2 ? hi : NaN;
}

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
/** Mantissas below this are exact doubles with room for one multiplication by a small factor. */
export const MAX_MANTISSA = 1e15;

/**
 * x's decimal places p when its shortest text (what decimal.js reads from a number) is
 * m × 10⁻ᵖ with an integer |m| < 10¹⁵, else −1. Two decimals of at most 15 significant digits
 * are further apart than a double's spacing, so the one that rounds to x is String(x)'s value.
 */
export function decimalPlaces(x: number): number {
  if (!Number.isFinite(x)) return -1;
  for (let p = 0; p <= 15; p++) {
    const m = Math.round(x * POW10[p]!);
    if (Math.abs(m) >= MAX_MANTISSA) return -1;
    if (m / POW10[p]! === x) return p;
  }
  return -1;
}

/** The integer m of x = m × 10⁻ᵖ (p from decimalPlaces). */
export function mantissa(x: number, p: number): number {
  return Math.round(x * POW10[p]!);
}

/** 10ᵏ for 0 ≤ k ≤ 22, exact. */
export function pow10(k: number): number {
  return POW10[k]!;
}

/** m × 10ᵉ as the nearest double, for |m| < 2⁵³ and |e| ≤ 22 (one correctly rounded operation). */
export function scaled(m: number, e: number): number {
  return e >= 0 ? m * POW10[e]! : m / POW10[-e]!;
}

/** An exact decimal as m × 10^e with |m| < 10¹⁵ and e ≤ 0, or null when it has more digits. */
export function decimalParts(x: Dec): { m: number; e: number } | null {
  const d = x.toNumber();
  const p = decimalPlaces(d);
  if (p < 0 || !dec(d).eq(x)) return null;
  return { m: mantissa(d, p), e: -p };
}

const DECIMAL_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * A decimal (a number's shortest text, what decimal.js reads from it, or a decimal text) as an
 * exact integer m in `out` (a double-double holds integers below 2¹⁰⁶: up to 31 digits) and
 * the power k with the decimal = m × 10ᵏ; returns k, or NaN when out of that reach or |k| > 22.
 */
export function decimalInto(x: number | string, out: DD): number {
  const m = DECIMAL_TEXT.exec(typeof x === "number" ? String(x) : x);
  if (!m) return NaN;
  const [, sign, whole = "", fraction = "", exp = "0"] = m;
  const digits = (whole + fraction).replace(/^0+(?=\d)/, "");
  const k = Number(exp) - fraction.length;
  if (digits === "" || digits.length > 31 || Math.abs(k) > 22) return NaN;
  const s = sign === "-" ? -1 : 1;
  // 8 digits at a time: each step's product and sum are exact in a double-double.
  const first = digits.length % 8 || 8;
  out.set(s * Number(digits.slice(0, first)), 0);
  for (let i = first; i < digits.length; i += 8) out.mul(1e8, 0).add(s * Number(digits.slice(i, i + 8)), 0);
  return k;
}
