// One zip entry streamed through a strict XML parser (saxes): inflated, decoded and parsed piece by piece, so a
// part is never held whole; a DOCTYPE's entities are never expanded (saxes refuses an undefined entity).
import { SaxesParser } from 'saxes';
import { inflateEntry, ZipError, type ZipEntry } from './zip-entries';

export type XmlHandlers = {
  /** name without its namespace prefix ('x:c' → 'c'); attributes keyed as written. */
  open?: (name: string, attributes: Record<string, string>) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
};

/** A part whose XML is not well formed: the reader reports the file as damaged. */
export class XmlError extends Error {}

const localName = (name: string) => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/** Nesting deeper than this is no spreadsheet (a worksheet is 4 to 6 levels deep): refused before it costs memory. */
const MAX_DEPTH = 64;

/** The parts of a package and what reading them may still cost (kept apart to avoid a module cycle). */
export type XmlSource = { bytes: Uint8Array; limit: number; left: { bytes: number; elements: number } };

export function streamXml(source: XmlSource, entry: ZipEntry, on: XmlHandlers): void {
  const parser = new SaxesParser({ position: false });
  let failure: Error | null = null;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('doctype', () => {
    // SpreadsheetML never carries a DOCTYPE; one is how entity expansion attacks begin.
    failure ??= new XmlError(`${entry.name} declares a DOCTYPE`);
  });
  let depth = 0;
  const open = on.open;
  parser.on('opentag', (tag) => {
    if (++depth > MAX_DEPTH) throw new ZipError('too_large', `${entry.name} nests elements more than ${MAX_DEPTH} deep`);
    // Parsing time follows the number of elements more than the bytes ('<row/>' × millions): bound both.
    if (--source.left.elements < 0) throw new ZipError('too_large', `${entry.name}: too many XML elements in the workbook`);
    if (open) open(localName(tag.name), tag.attributes as Record<string, string>);
  });
  const close = on.close;
  parser.on('closetag', (tag) => {
    depth--;
    if (close) close(localName(tag.name));
  });
  if (on.text) {
    parser.on('text', on.text);
    parser.on('cdata', on.text);
  }
  const decoder = new TextDecoder('utf-8');
  // A part stops at its own limit or at what is left for the workbook, whichever comes first.
  const limit = Math.min(source.limit, source.left.bytes);
  inflateEntry(source.bytes, entry, limit, (chunk) => {
    source.left.bytes -= chunk.length;
    if (failure) throw new XmlError(`${entry.name}: ${failure.message}`);
    parser.write(decoder.decode(chunk, { stream: true }));
  });
  if (!failure) parser.write(decoder.decode());
  if (!failure) parser.close();
  const found = failure as Error | null;
  if (found) throw found instanceof XmlError ? found : new XmlError(`${entry.name}: ${found.message}`);
}
