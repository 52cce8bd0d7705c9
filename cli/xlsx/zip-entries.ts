// The entries of a zip archive (an .xlsx package) from its central directory, and one entry's bytes inflated in
// bounded chunks: works on a Uint8Array only (no Node API), so the browser pane can use the same reader.
import { Inflate } from 'fflate';

export type ZipEntry = {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localOffset: number;
};

/** Why an archive cannot be read: the reader turns it into a read failure, never a crash. */
export class ZipError extends Error {
  constructor(
    readonly kind: 'not_a_zip' | 'encrypted' | 'too_large',
    message: string,
  ) {
    super(message);
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** An .xlsx holds a few dozen parts; a listing of tens of thousands is not a workbook anyone made by hand. */
const MAX_ENTRIES = 20_000;
/** Compressed bytes handed to the inflater at a time: deflate expands at most ~1032:1, so a piece of output is at most ~4 MB. */
const FEED = 4 * 1024;

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

/** The central directory's entries by name (names as stored, e.g. 'xl/worksheets/sheet1.xml'). */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  // The end-of-central-directory record is in the last 22 + 65,535 (comment) bytes.
  const floor = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= floor; i--) {
    if (u32(bytes, i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('not_a_zip', 'no end of central directory (truncated or not a zip archive)');
  const count = u16(bytes, eocd + 10);
  const size = u32(bytes, eocd + 12);
  const offset = u32(bytes, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipError('not_a_zip', 'zip64 archive (an .xlsx is never this large)');
  if (count > MAX_ENTRIES) throw new ZipError('too_large', `${count} entries in the archive`);
  if (offset + size > bytes.length) throw new ZipError('not_a_zip', 'central directory lies outside the file (truncated archive)');

  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder('utf-8');
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) throw new ZipError('not_a_zip', 'damaged central directory');
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    if (at + 46 + nameLength > bytes.length) throw new ZipError('not_a_zip', 'damaged central directory');
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, {
      name,
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      localOffset: u32(bytes, at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Inflates one entry, handing each piece of output to `take` as it comes, and stops with a ZipError once the
 * output passes `limit` bytes: a zip bomb costs at most `limit` bytes of work, never its declared or real size.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, limit: number, take: (chunk: Uint8Array) => void): void {
  if (entry.flags & 1) throw new ZipError('encrypted', `${entry.name} is encrypted`);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL) throw new ZipError('not_a_zip', `${entry.name}: damaged local header`);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipError('not_a_zip', `${entry.name} is cut short (truncated archive)`);
  let total = 0;
  const count = (chunk: Uint8Array) => {
    total += chunk.length;
    if (total > limit) throw new ZipError('too_large', `${entry.name} inflates to more than ${Math.round(limit / 1048576)} MB`);
    take(chunk);
  };
  if (entry.method === 0) {
    for (let i = start; i < end; i += FEED) count(bytes.subarray(i, Math.min(end, i + FEED)));
    return;
  }
  if (entry.method !== 8) throw new ZipError('not_a_zip', `${entry.name}: compression method ${entry.method} is not used by .xlsx`);
  const inflater = new Inflate((chunk) => count(chunk));
  try {
    for (let i = start; i < end; i += FEED) inflater.push(bytes.subarray(i, Math.min(end, i + FEED)), i + FEED >= end);
    if (start === end) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    // fflate's own errors carry a numeric code; anything else came from `take` and goes up as it is.
    if (!(e instanceof Error) || typeof (e as { code?: unknown }).code !== 'number') throw e;
    throw new ZipError('not_a_zip', `${entry.name} cannot be inflated: ${e instanceof Error ? e.message : String(e)}`);
  }
}
