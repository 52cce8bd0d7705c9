// One zip entry streamed through a strict XML parser (saxes): inflated, decoded and parsed piece by piece, so a
// part is never held whole; a DOCTYPE's entities are never expanded (saxes refuses an undefined entity).
import { SaxesParser } from 'saxes';
import { inflateEntry, type ZipEntry } from './zip-entries';

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

export function streamXml(bytes: Uint8Array, entry: ZipEntry, limit: number, on: XmlHandlers): void {
  const parser = new SaxesParser({ position: false });
  let failure: Error | null = null;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('doctype', () => {
    // SpreadsheetML never carries a DOCTYPE; one is how entity expansion attacks begin.
    failure ??= new XmlError(`${entry.name} declares a DOCTYPE`);
  });
  if (on.open) {
    const open = on.open;
    parser.on('opentag', (tag) => open(localName(tag.name), tag.attributes as Record<string, string>));
  }
  if (on.close) {
    const close = on.close;
    parser.on('closetag', (tag) => close(localName(tag.name)));
  }
  if (on.text) {
    parser.on('text', on.text);
    parser.on('cdata', on.text);
  }
  const decoder = new TextDecoder('utf-8');
  inflateEntry(bytes, entry, limit, (chunk) => {
    if (failure) throw new XmlError(`${entry.name}: ${failure.message}`);
    parser.write(decoder.decode(chunk, { stream: true }));
  });
  if (!failure) parser.write(decoder.decode());
  if (!failure) parser.close();
  const found = failure as Error | null;
  if (found) throw found instanceof XmlError ? found : new XmlError(`${entry.name}: ${found.message}`);
}
