// An .xlsx package (bytes) into Grids, within fixed bounds of work and memory. No Node API: the browser pane can
// hand it the bytes of a file input just as the command line hands it a file's bytes.
import type { Grid } from '../../shared';
import { readSheetGrid } from './sheet-grid';
import { findEntry, LimitError, readModified, readRels, readSharedStrings, readStyles, readWorkbook, type Part } from './workbook-parts';
import { XmlError } from './xml-stream';
import { ZipError, zipEntries } from './zip-entries';

export type ReadFailureReason = 'not_found' | 'not_a_workbook' | 'encrypted' | 'empty' | 'too_large' | 'permission_denied';
export type ReadFailure = { reason: ReadFailureReason; detail: string };
/** savedAt: when the workbook was last saved (docProps/core.xml dcterms:modified), ISO in Vietnam time, or null. */
export type ReadResult = { ok: true; grids: Grid[]; savedAt: string | null } | { ok: false; failure: ReadFailure };

/** What one workbook may cost. Real reports are far below each (a 100,000-row report: ~15 MB of sheet XML). */
export type ReadLimits = {
  /** Uncompressed bytes of any one part (a zip bomb stops here). */
  partBytes: number;
  /** Uncompressed bytes of all parts read: the strict XML parser takes about 1 s for 13 MB here. */
  totalBytes: number;
  /** XML elements in all parts read (about 1 million a second here): a 100,000-row report of 8 columns has 1.7 to 2.2 million. */
  elements: number;
  /** Cells kept in the whole workbook, values and formatted blanks (a 100,000-row report of 8 columns: 800,000). */
  cells: number;
  /** Characters in the shared-strings table. */
  sharedChars: number;
  merges: number;
};

export const DEFAULT_LIMITS: ReadLimits = {
  partBytes: 48 * 1024 * 1024,
  totalBytes: 48 * 1024 * 1024,
  elements: 3_000_000,
  cells: 1_000_000,
  sharedChars: 48 * 1024 * 1024,
  merges: 200_000,
};

/** OLE compound file signature: password-protected .xlsx (an encrypted package) and old .xls files. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Every zip archive (and so every .xlsx) starts with a local file header `PK\x03\x04`. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (bytes: Uint8Array, prefix: number[]) => bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

function fail(reason: ReadFailureReason, detail: string): ReadResult {
  return { ok: false, failure: { reason, detail } };
}

export function readXlsxBytes(bytes: Uint8Array, file: string, limits: ReadLimits = DEFAULT_LIMITS): ReadResult {
  if (bytes.length === 0) return fail('empty', `${file} is an empty file (0 bytes)`);
  if (startsWith(bytes, OLE_SIGNATURE)) {
    return fail('encrypted', `${file} is encrypted or old .xls (an OLE compound file, not an .xlsx package): remove the password or save it as .xlsx`);
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) return fail('not_a_workbook', `${file} is not an .xlsx workbook`);
  try {
    return readPackage(bytes, file, limits);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (e instanceof ZipError) {
      if (e.kind === 'encrypted') return fail('encrypted', `${file}: ${message}`);
      if (e.kind === 'too_large') return fail('too_large', `${file}: ${message}`);
      return fail('not_a_workbook', `${file} cannot be opened as an .xlsx workbook: ${message}`);
    }
    if (e instanceof LimitError) return fail('too_large', `${file}: ${message}`);
    if (e instanceof XmlError) return fail('not_a_workbook', `${file} holds a damaged part: ${message}`);
    // saxes reports malformed XML with its own Error; anything else here is still a file we cannot read.
    return fail('not_a_workbook', `${file} cannot be read: ${message}`);
  }
}

function readPackage(bytes: Uint8Array, file: string, limits: ReadLimits): ReadResult {
  const part: Part = { bytes, entries: zipEntries(bytes), limit: limits.partBytes, left: { bytes: limits.totalBytes, elements: limits.elements } };
  const root = readRels(part, '_rels/.rels', '');
  const workbookPart = root.find((r) => /\/officeDocument$/.test(r.type))?.target ?? 'xl/workbook.xml';
  const corePart = root.find((r) => /\/core-properties$/.test(r.type))?.target ?? 'docProps/core.xml';
  if (!findEntry(part.entries, workbookPart)) return fail('not_a_workbook', `${file} is a zip archive without a workbook part`);
  const workbook = readWorkbook(part, workbookPart);
  if (!workbook || workbook.sheets.length === 0) return fail('not_a_workbook', `${file} holds no worksheets`);

  const folder = workbookPart.split('/').slice(0, -1).join('/');
  const rels = readRels(part, `${folder ? `${folder}/` : ''}_rels/${workbookPart.split('/').pop()}.rels`, workbookPart);
  const target = (type: RegExp) => rels.find((r) => type.test(r.type))?.target ?? null;
  const formats = readStyles(part, target(/\/styles$/));
  const strings = readSharedStrings(part, target(/\/sharedStrings$/), limits.sharedChars);
  const budget = { cells: limits.cells, merges: limits.merges };

  const grids: Grid[] = [];
  for (const sheet of workbook.sheets) {
    const entry = findEntry(part.entries, sheet.part);
    // A sheet listed without its part: ExcelJS and Excel show it empty.
    if (!entry) {
      grids.push({ name: sheet.name, file, values: [], formats: [], merges: [] });
      continue;
    }
    grids.push(readSheetGrid(part, entry, sheet.name, file, { strings, formats, date1904: workbook.date1904, budget }));
  }
  if (grids.every((g) => g.values.length === 0)) return fail('empty', `${file} holds no values in any sheet`);
  return { ok: true, grids, savedAt: savedTime(readModified(part, corePart)) };
}

/** The workbook's own saved time as ISO 8601 with the Vietnam offset (+07:00), or null when absent or invalid. */
export function savedTime(d: unknown): string | null {
  if (!(d instanceof Date) || Number.isNaN(d.getTime())) return null;
  const local = new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 19);
  return `${local}+07:00`;
}
