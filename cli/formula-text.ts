// How formulas sit in an .xlsx, and how HyperFormula needs them.
//
// Excel stores a JavaScript custom function under `_xldudf_` followed by its namespace and
// name joined by an underscore: `=LAND.TIER(…)` is saved as `_xldudf_LAND_TIER(…)`. Microsoft
// describes the prefix in OfficeDev/Excel-Custom-Functions#108 ("For Javascript Custom
// Functions, we by default save out with a different prefix '_xldudf'"), and files in the wild
// show the namespace_name form (`_xldudf_CX_GET(…)`, `_xldudf_optionsamurai_stock(…)`, any
// case). When Excel loses track of the add-in it can also write an external-book reference in
// front, `[2]!_xldudf_…` (OfficeDev/office-js#2568), and a function whose registration was
// lost entirely becomes `_xldudf_<digits>(…)`, which names nothing we can recover.
// Newer built-ins are stored with `_xlfn.` (and `_xlws.`) in front, e.g. `_xlfn.SEQUENCE`.

const STORED_LAND = /(?:\[\d+\]!)?_xldudf_LAND_([A-Z][A-Z0-9]*)\s*\(/gi;
const FUTURE_PREFIX = /_xl(?:fn|ws)\./gi;
const LOST_UDF = /_xldudf_\d+\s*\(/i;
// Excel writes the logical constants bare (`IF(A1,TRUE,FALSE)`); HyperFormula knows them only as TRUE() and FALSE().
const BARE_LOGICAL = /(?<![\w.!$'])(TRUE|FALSE)\b(?!\s*\()/gi;

/** The formula cut into code and string literals ("…", with "" for a quote inside). */
function pieces(formula: string): { code: boolean; text: string }[] {
  const out: { code: boolean; text: string }[] = [];
  const literal = /"(?:[^"]|"")*"?/g;
  let last = 0;
  for (const m of formula.matchAll(literal)) {
    if (m.index > last) out.push({ code: true, text: formula.slice(last, m.index) });
    out.push({ code: false, text: m[0] });
    last = m.index + m[0].length;
  }
  if (last < formula.length) out.push({ code: true, text: formula.slice(last) });
  return out;
}

const codeOf = (formula: string) => pieces(formula).filter((p) => p.code).map((p) => p.text).join(" ");

// A reference into another workbook, as Excel stores it: `[1]Sheet!A1`, `'[1]企业 数据'!A1` (the
// link's index, then a sheet name); not `[2]!_xldudf_…`, the lost add-in's prefix, which has none.
const OTHER_WORKBOOK = /\[\d+\][^\]!]+!/;

/** Whether the formula reads a cell of another workbook (an external link), outside string literals. */
export function refersToOtherWorkbook(stored: string): boolean {
  return OTHER_WORKBOOK.test(codeOf(stored));
}

// A function call in a formula's code: a name (Excel's, `_xlfn.`-less, or a namespaced LAND.X) and its parenthesis.
const CALL = /(?<![\w.$'!])([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g;

/** The functions a formula calls that the engine has not registered (`known`, upper case): WPS's DISPIMG, a lost add-in's, … */
export function unknownFunctions(stored: string, known: ReadonlySet<string>): string[] {
  const code = codeOf(toEngineFormula(stored));
  return [...new Set([...code.matchAll(CALL)].map((m) => m[1]!.toUpperCase()))].filter((name) => !known.has(name));
}

/** The formula as HyperFormula reads it: `_xldudf_LAND_X(` → `LAND.X(`, `_xlfn.` dropped, bare TRUE → TRUE(); strings untouched. */
export function toEngineFormula(stored: string): string {
  return pieces(stored)
    .map((p) =>
      p.code
        ? p.text
            .replace(STORED_LAND, (_, name: string) => `LAND.${name.toUpperCase()}(`)
            .replace(FUTURE_PREFIX, "")
            .replace(BARE_LOGICAL, (_, word: string) => `${word.toUpperCase()}()`)
        : p.text,
    )
    .join("");
}

/** Whether the formula holds a custom function Excel saved without its name (nothing to map it to). */
export function hasLostFunction(stored: string): boolean {
  return LOST_UDF.test(codeOf(stored));
}

/** Whether the formula calls a LAND function, typed or as stored. */
export function callsLand(stored: string): boolean {
  return /\bLAND\.[A-Z]/i.test(codeOf(toEngineFormula(stored)));
}
