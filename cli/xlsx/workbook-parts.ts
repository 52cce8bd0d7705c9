// The small parts of an .xlsx a reader needs before the sheets: relationships, sheet list, date system,
// number formats by style, shared strings and the saved time.
import { streamXml } from './xml-stream';
import type { ZipEntry } from './zip-entries';

/** limit: uncompressed bytes of one part; left: uncompressed bytes still allowed for the whole workbook. */
export type Part = { bytes: Uint8Array; entries: Map<string, ZipEntry>; limit: number; left: { bytes: number; elements: number } };

/** A part by name; OPC names are case-insensitive, and some writers differ from the relationship's case. */
export function findEntry(entries: Map<string, ZipEntry>, name: string): ZipEntry | null {
  const exact = entries.get(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  for (const [k, v] of entries) if (k.toLowerCase() === lower) return v;
  return null;
}

/** A relationship target resolved against the folder of the part that names it ('worksheets/sheet1.xml' → 'xl/…'). */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

export type Relationship = { id: string; type: string; target: string };

export function readRels(part: Part, relsName: string, ownerPart: string): Relationship[] {
  const entry = findEntry(part.entries, relsName);
  if (!entry) return [];
  const rels: Relationship[] = [];
  streamXml(part, entry, {
    open(name, a) {
      if (name === 'Relationship' && a.Target !== undefined && a.TargetMode !== 'External') {
        rels.push({ id: a.Id ?? '', type: a.Type ?? '', target: resolveTarget(ownerPart, a.Target) });
      }
    },
  });
  return rels;
}

export type SheetRef = { name: string; part: string };
export type WorkbookInfo = { sheets: SheetRef[]; date1904: boolean };

export function readWorkbook(part: Part, workbookPart: string): WorkbookInfo | null {
  const entry = findEntry(part.entries, workbookPart);
  if (!entry) return null;
  const folder = workbookPart.split('/').slice(0, -1).join('/');
  const relsName = `${folder ? `${folder}/` : ''}_rels/${workbookPart.split('/').pop()}.rels`;
  const rels = new Map(readRels(part, relsName, workbookPart).map((r) => [r.id, r]));
  const listed: { name: string; rid: string }[] = [];
  let date1904 = false;
  streamXml(part, entry, {
    open(name, a) {
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      if (name === 'sheet') {
        // The relationship id's prefix is whatever the writer bound the namespace to ('r:id' usually).
        const key = Object.keys(a).find((k) => k === 'id' || k.endsWith(':id'));
        listed.push({ name: a.name ?? '', rid: key ? a[key] : '' });
      }
    },
  });
  const sheets: SheetRef[] = [];
  for (const s of listed) {
    const rel = rels.get(s.rid);
    // Chart sheets and dialog sheets hold no cells.
    if (rel && /\/worksheet$/.test(rel.type)) sheets.push({ name: s.name, part: rel.target });
  }
  return { sheets, date1904 };
}

/** Excel's built-in number formats by id (ECMA-376 §18.8.30), as ExcelJS names them. */
const BUILT_IN_FORMATS: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** The number format of each cell style index (`<c s="3">`), null for General. */
export function readStyles(part: Part, stylesPart: string | null): (string | null)[] {
  const entry = stylesPart ? findEntry(part.entries, stylesPart) : null;
  if (!entry) return [];
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  let inCellXfs = false;
  streamXml(part, entry, {
    open(name, a) {
      if (name === 'numFmt' && a.numFmtId !== undefined && a.formatCode !== undefined) custom.set(Number(a.numFmtId), a.formatCode);
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) xfIds.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return xfIds.map((id) => {
    const code = custom.get(id) ?? BUILT_IN_FORMATS[id] ?? null;
    return code === null || code === '' || code.toLowerCase() === 'general' ? null : code;
  });
}

/** `_x000D_` is the file format's escape for a character XML cannot carry (and `_x005F_` for a literal underscore). */
export function decodeEscapes(text: string): string {
  return text.indexOf('_x') < 0 ? text : text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Shared strings: plain (`<si><t>`) and rich text (`<si><r><t>` runs joined); phonetic guides (`<rPh>`) are
 * not part of the text. `maxChars` bounds the total, so a 30 MB table costs at most that.
 */
export function readSharedStrings(part: Part, sstPart: string | null, maxChars: number): string[] {
  const entry = sstPart ? findEntry(part.entries, sstPart) : null;
  if (!entry) return [];
  const strings: string[] = [];
  let current: string[] | null = null;
  let inT = false;
  let phonetic = 0;
  let chars = 0;
  streamXml(part, entry, {
    open(name) {
      if (name === 'si') current = [];
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && phonetic === 0) inT = true;
    },
    close(name) {
      if (name === 't') inT = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si' && current) {
        strings.push(decodeEscapes(current.join('')));
        current = null;
      }
    },
    text(t) {
      if (!inT || !current) return;
      chars += t.length;
      if (chars > maxChars) throw new LimitError(`shared strings hold more than ${maxChars} characters`);
      current.push(t);
    },
  });
  return strings;
}

/** A workbook larger than the reader's bounds: reported as a read failure 'too_large'. */
export class LimitError extends Error {}

/** docProps/core.xml `dcterms:modified`, or null. */
export function readModified(part: Part, corePart: string | null): Date | null {
  const entry = corePart ? findEntry(part.entries, corePart) : null;
  if (!entry) return null;
  let inModified = false;
  let text = '';
  streamXml(part, entry, {
    open(name) {
      inModified = name === 'modified';
    },
    close() {
      inModified = false;
    },
    text(t) {
      if (inModified && text.length < 100) text += t;
    },
  });
  const d = new Date(text.trim());
  return text.trim() && !Number.isNaN(d.getTime()) ? d : null;
}
