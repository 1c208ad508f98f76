// An XML part parsed as it inflates, with saxes: a strict, maintained streaming parser in plain
// JavaScript (no Node APIs), so a sheet never exists as one string or one tree.
import { SaxesParser } from "saxes";
import { malformed } from "./read-errors";
import type { PartSink } from "./read-zip";

export interface XmlHandlers {
  /** An element opens: its local name (any namespace prefix dropped) and attributes as written. */
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** The local part of a qualified name: `x:row` → `row` (some writers prefix the main namespace). */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute whatever its prefix: `r:id`, `ns2:id`… by local name. */
export function attribute(attributes: Readonly<Record<string, string>>, local: string): string | undefined {
  if (local in attributes) return attributes[local];
  for (const key in attributes) if (localName(key) === local) return attributes[key];
  return undefined;
}

/** A sink that decodes UTF-8 and feeds saxes; a parse error names the part. */
export function xmlSink(part: string, handlers: XmlHandlers, isDone: () => boolean = () => false): PartSink {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const decoder = new TextDecoder("utf-8");
  // The first error ends the parse: saxes would go on, reporting every later character.
  parser.on("error", (e) => {
    throw malformed(part, e.message.split("\n")[0]!);
  });
  parser.on("opentag", (tag) => handlers.open(localName(tag.name), tag.attributes as Record<string, string>));
  if (handlers.close) {
    const close = handlers.close;
    parser.on("closetag", (tag) => close(localName(tag.name)));
  }
  if (handlers.text) {
    const text = handlers.text;
    parser.on("text", text);
    parser.on("cdata", text);
  }
  return {
    chunk(data) {
      parser.write(decoder.decode(data, { stream: true }));
    },
    end() {
      if (isDone()) return;
      parser.write(decoder.decode());
      parser.close();
    },
    get done() {
      return isDone();
    },
  };
}

/** A whole small part parsed at once (workbook.xml, rels, styles). */
export function parseXml(part: string, bytes: Uint8Array, handlers: XmlHandlers): void {
  const sink = xmlSink(part, handlers);
  sink.chunk(bytes);
  sink.end();
}

/** How many strings are copied at once by ownStrings' callers: small enough to be brief, large enough that the copy is cheap. */
export const OWN_BATCH = 8192;

/**
 * Replaces strings[from…] by copies that keep nothing else alive. saxes hands out slices of the
 * text it was given, and V8 keeps a slice's whole parent (a decoded chunk, markup and all) for
 * as long as the slice lives: 1,048,575 firms' shared strings held 200 MB instead of 100. One
 * JSON round trip makes fresh strings of exactly the same text (lone surrogates included).
 */
export function ownStrings(strings: string[], from: number): void {
  const copies = JSON.parse(JSON.stringify(strings.slice(from))) as string[];
  for (let i = 0; i < copies.length; i++) strings[from + i] = copies[i]!;
}
