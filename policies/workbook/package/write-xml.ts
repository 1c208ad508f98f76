// Small, exact edits of OOXML parts as text: the writer touches only the elements it adds or
// changes, so everything else in a part stays as its author wrote it. Bytes in, no Node APIs.

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8");

export const utf8 = (text: string): Uint8Array => encoder.encode(text);
export const text = (bytes: Uint8Array): string => decoder.decode(bytes);

// Characters XML 1.0 cannot hold: C0 controls but tab, LF, CR; lone surrogates are left to the encoder.
const NOT_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]/g;
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

// Anything escapeXml changes; most text has none of it, and is returned as it is without a copy.
const NEEDS_ESCAPE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff&<>"]/;

/** Text for element content or an attribute value. */
export function escapeXml(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(NOT_XML, "").replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}

export function unescapeXml(value: string): string {
  return value.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-f]+|#\d+);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k === "lt") return "<";
    if (k === "gt") return ">";
    if (k === "amp") return "&";
    if (k === "quot") return '"';
    if (k === "apos") return "'";
    return String.fromCodePoint(k.startsWith("#x") ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10));
  });
}

/** `<t>` with xml:space="preserve" when the text has edge or inner whitespace Excel must keep. */
export function tElement(value: string): string {
  const clean = escapeXml(value);
  return /^\s|\s$|[\t\n\r]/.test(clean) ? `<t xml:space="preserve">${clean}</t>` : `<t>${clean}</t>`;
}

/** An attribute of a start tag (the text from `<` to `>`), unescaped; undefined when absent. */
export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(/[:.]/g, "\\$&")}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  if (!m) return undefined;
  return unescapeXml(m[2] ?? m[3] ?? "");
}

/** The start tag with the attribute set (added before the tag's end) or, for undefined, removed. */
export function setAttr(tag: string, name: string, value: string | undefined): string {
  const re = new RegExp(`\\s${name.replace(/[:.]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`);
  if (value === undefined) return tag.replace(re, "");
  const text = ` ${name}="${escapeXml(value)}"`;
  if (re.test(tag)) return tag.replace(re, text);
  return tag.replace(/\s*(\/?)>$/, `${text}$1>`);
}

/** Each element `<name …/>` or `<name …>…</name>` (not nested in itself), with where it is. */
export function elements(xml: string, name: string, from = 0, to = xml.length): { start: number; end: number; xml: string; tag: string }[] {
  const out: { start: number; end: number; xml: string; tag: string }[] = [];
  const open = new RegExp(`<${name}(?=[\\s/>])[^>]*>`, "g");
  open.lastIndex = from;
  const close = `</${name}>`;
  for (let m = open.exec(xml); m && m.index < to; m = open.exec(xml)) {
    const tag = m[0];
    let end = m.index + tag.length;
    if (!tag.endsWith("/>")) {
      const c = xml.indexOf(close, end);
      if (c < 0) break;
      end = c + close.length;
    }
    out.push({ start: m.index, end, xml: xml.slice(m.index, end), tag });
    open.lastIndex = end;
  }
  return out;
}

/** The first element of that name, or undefined. */
export function element(xml: string, name: string): { start: number; end: number; xml: string; tag: string } | undefined {
  return elements(xml, name)[0];
}

/** The content between an element's start and end tags ("" for a self-closed one). */
export function inner(el: { xml: string; tag: string }): string {
  return el.tag.endsWith("/>") ? "" : el.xml.slice(el.tag.length, el.xml.lastIndexOf("</"));
}

/** The string with [start, end) replaced. */
export function splice(xml: string, start: number, end: number, insert: string): string {
  return xml.slice(0, start) + insert + xml.slice(end);
}

/**
 * Appends children to a counted collection element such as `<fonts count="2">…</fonts>`,
 * creating it at `createAt` when absent; returns the new part and the index of each child
 * (an identical existing child is reused, so re-runs do not grow the part).
 */
export function appendCounted(xml: string, name: string, child: string, children: readonly string[], createAt: (xml: string) => number): { xml: string; indices: number[] } {
  const el = element(xml, name);
  const existing = el ? elements(el.xml, child).filter((c) => !isNested(el.xml, c.start, child)).map((c) => c.xml) : [];
  const all = [...existing];
  const indices = children.map((c) => {
    const at = all.indexOf(c);
    if (at >= 0) return at;
    all.push(c);
    return all.length - 1;
  });
  if (all.length === existing.length) return { xml, indices };
  const added = all.slice(existing.length).join("");
  if (!el) {
    const at = createAt(xml);
    return { xml: splice(xml, at, at, `<${name} count="${all.length}">${added}</${name}>`), indices };
  }
  const tag = setAttr(el.tag.endsWith("/>") ? el.tag.replace(/\s*\/>$/, ">") : el.tag, "count", String(all.length));
  const body = el.tag.endsWith("/>") ? "" : el.xml.slice(el.tag.length, el.xml.length - `</${name}>`.length);
  return { xml: splice(xml, el.start, el.end, `${tag}${body}${added}</${name}>`), indices };
}

/** Whether the child element at `at` sits inside another element of the same name (e.g. nested <xf>: never in styles, but cheap to rule out). */
function isNested(xml: string, at: number, name: string): boolean {
  const before = xml.slice(0, at);
  const opens = (before.match(new RegExp(`<${name}(?=[\\s>])[^>]*[^/]>`, "g")) ?? []).length;
  const closes = (before.match(new RegExp(`</${name}>`, "g")) ?? []).length;
  return opens > closes;
}

/** Inserts `insert` before the first of the named elements present (schema order), else before `fallback`. */
export function insertBefore(xml: string, names: readonly string[], fallback: string, insert: string): string {
  let at = -1;
  for (const n of names) {
    const m = new RegExp(`<${n}(?=[\\s/>])`).exec(xml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = xml.lastIndexOf(fallback);
  if (at < 0) throw new Error(`no place for ${insert.slice(0, 40)}: ${fallback} missing`);
  return splice(xml, at, at, insert);
}
