// Hostile and extreme workbooks, generated on the spot (no binary fixture is kept): what an office's file or a
// zipped folder of reports can hold. The tests read each one (bounded, an issue, the file unchanged); the bench
// times each one.
import { Deflate, unzipSync, zipSync, type Zippable } from 'fflate';

export type HostileFile = { name: string; bytes: Uint8Array; /** what a reader must do with it */ expect: 'read' | 'refuse' };

const enc = new TextEncoder();
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** XML text escaped; office text is not trusted even here. */
export function xmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text as Excel stores it: a literal `_xHHHH_` with its underscore escaped, characters XML cannot carry as `_xHHHH_`. */
export function excelText(s: string): string {
  return xmlText(
    s
      .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_')
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\r]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`),
  );
}

/** An inline-string cell (no shared strings needed). */
export function textCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${excelText(text)}</t></is></c>`;
}

/** A sheet of rows of text (null for an empty cell), as Excel would store it. */
export function textSheet(rows: (string | null)[][]): string {
  const col = (c: number) => (c < 26 ? String.fromCharCode(65 + c) : String.fromCharCode(64 + Math.floor(c / 26)) + String.fromCharCode(65 + (c % 26)));
  return sheetXml(rows.map((row, r) => `<row r="${r + 1}">${row.map((v, c) => (v === null ? '' : textCell(`${col(c)}${r + 1}`, v))).join('')}</row>`).join(''));
}

export function numberCell(ref: string, n: number, style = 0): string {
  return `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${n}</v></c>`;
}

/** The first rows of a report: who sent it, so a reader that gets this far can say whose it is. */
export const REPORT_ROWS = `<row r="1">${textCell('A1', 'Đơn vị báo cáo:')}${textCell('B1', 'Đơn vị lạ')}</row><row r="2">${numberCell('A2', 42)}</row>`;

export function sheetXml(sheetData: string, opts: { before?: string; after?: string } = {}): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${R_NS}">${opts.before ?? ''}<sheetData>${sheetData}</sheetData>${opts.after ?? ''}</worksheet>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="164"/></cellXfs></styleSheet>`;

/** A minimal but complete .xlsx package around the given sheet parts (raw XML strings or bytes). */
export function workbookBytes(sheets: Array<{ name: string; xml: string | Uint8Array }>, extra: { sharedStrings?: string | Uint8Array; date1904?: boolean } = {}): Uint8Array {
  const files: Zippable = {};
  const sheetList = sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const rels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${R_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  const n = sheets.length;
  files['[Content_Types].xml'] = enc.encode(
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${extra.sharedStrings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}</Types>`,
  );
  files['_rels/.rels'] = enc.encode(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  files['xl/workbook.xml'] = enc.encode(`<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${R_NS}"><workbookPr${extra.date1904 ? ' date1904="1"' : ''}/><sheets>${sheetList}</sheets></workbook>`);
  files['xl/_rels/workbook.xml.rels'] = enc.encode(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}<Relationship Id="rId${n + 1}" Type="${R_NS}/styles" Target="styles.xml"/>${extra.sharedStrings ? `<Relationship Id="rId${n + 2}" Type="${R_NS}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`,
  );
  files['xl/styles.xml'] = enc.encode(STYLES);
  sheets.forEach((s, i) => { files[`xl/worksheets/sheet${i + 1}.xml`] = typeof s.xml === 'string' ? enc.encode(s.xml) : s.xml; });
  if (extra.sharedStrings) files['xl/sharedStrings.xml'] = typeof extra.sharedStrings === 'string' ? enc.encode(extra.sharedStrings) : extra.sharedStrings;
  return zipSync(files, { level: 6 });
}

/** A zip whose one entry is `body` deflated: the repeated piece is compressed as it is produced, never held whole. */
function deflated(head: string, piece: string, times: number, tail: string): Uint8Array {
  const out: Uint8Array[] = [];
  const d = new Deflate({ level: 9 }, (chunk) => out.push(chunk));
  d.push(enc.encode(head));
  const block = enc.encode(piece.repeat(Math.max(1, Math.floor(65536 / piece.length))));
  const per = Math.max(1, Math.floor(65536 / piece.length));
  for (let i = 0; i < times; i += per) d.push(block);
  d.push(enc.encode(tail), true);
  const size = out.reduce((a, c) => a + c.length, 0);
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of out) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

/**
 * A zip with one deflated entry whose central directory declares a small size (as a bomb does): built by hand,
 * since a zip library writes the true size.
 */
function zipWithRawEntry(name: string, compressed: Uint8Array, declaredSize: number, others: Zippable): Uint8Array {
  const base = zipSync(others, { level: 0 });
  // Parse the small archive's central directory and append our entry before it.
  const view = new DataView(base.buffer, base.byteOffset, base.byteLength);
  const eocd = base.length - 22;
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  const count = view.getUint16(eocd + 10, true);
  const nameBytes = enc.encode(name);
  const local = new Uint8Array(30 + nameBytes.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(8, 8, true);
  lv.setUint32(18, compressed.length, true);
  lv.setUint32(22, declaredSize, true);
  lv.setUint16(26, nameBytes.length, true);
  local.set(nameBytes, 30);
  const central = new Uint8Array(46 + nameBytes.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(4, 20, true);
  cv.setUint16(6, 20, true);
  cv.setUint16(10, 8, true);
  cv.setUint32(20, compressed.length, true);
  cv.setUint32(24, declaredSize, true);
  cv.setUint16(28, nameBytes.length, true);
  cv.setUint32(42, cdOffset, true);
  central.set(nameBytes, 46);
  const entryStart = cdOffset;
  const newCdOffset = entryStart + local.length + compressed.length;
  const parts = [base.subarray(0, cdOffset), local, compressed, base.subarray(cdOffset, cdOffset + cdSize), central];
  const eocdOut = new Uint8Array(22);
  const ev = new DataView(eocdOut.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, count + 1, true);
  ev.setUint16(10, count + 1, true);
  ev.setUint32(12, cdSize + central.length, true);
  ev.setUint32(16, newCdOffset, true);
  parts.push(eocdOut);
  const total = parts.reduce((a, p) => a + p.length, 0);
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return bytes;
}

/** The rest of a workbook package (everything but sheet 1), for the hand-built zip above. */
function packageWithout(sheetName: string): Zippable {
  const full = workbookBytes([{ name: sheetName, xml: sheetXml('') }]);
  const files = unzipSync(full);
  delete files['xl/worksheets/sheet1.xml'];
  return files;
}

const WHOLE = 'A1:XFD1048576';

/** Every hostile workbook, by name. Sizes are those of the issue's probe (30 MB of shared strings, …). */
export function hostileCorpus(): HostileFile[] {
  const files: HostileFile[] = [];
  const add = (name: string, bytes: Uint8Array, expect: HostileFile['expect']) => files.push({ name, bytes, expect });

  add(
    'whole-sheet-validation.xlsx',
    workbookBytes([{ name: 'Báo cáo', xml: sheetXml(REPORT_ROWS, { after: `<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${WHOLE}"><formula1>"Đạt,Không đạt"</formula1></dataValidation></dataValidations>` }) }]),
    'read',
  );
  add(
    'whole-sheet-conditional-format.xlsx',
    workbookBytes([{ name: 'Báo cáo', xml: sheetXml(REPORT_ROWS, { after: `<conditionalFormatting sqref="${WHOLE}"><cfRule type="expression" dxfId="0" priority="1"><formula>A1&lt;&gt;""</formula></cfRule></conditionalFormatting>` }) }]),
    'read',
  );
  add(
    'declared-million-rows.xlsx',
    workbookBytes([{ name: 'Báo cáo', xml: sheetXml(`${REPORT_ROWS}<row r="1048576" spans="1:16384" s="1" customFormat="1"/>`, { before: `<dimension ref="${WHOLE}"/><cols><col min="1" max="16384" width="9" style="1"/></cols>` }) }]),
    'read',
  );
  add('value-at-XFD1048576.xlsx', workbookBytes([{ name: 'Báo cáo', xml: sheetXml(`${REPORT_ROWS}<row r="1048576">${numberCell('XFD1048576', 1)}</row>`) }]), 'read');
  add('merge-whole-sheet.xlsx', workbookBytes([{ name: 'Báo cáo', xml: sheetXml(REPORT_ROWS, { after: `<mergeCells count="1"><mergeCell ref="${WHOLE}"/></mergeCells>` }) }]), 'read');
  add(
    'merge-whole-sheet-far-value.xlsx',
    workbookBytes([{ name: 'Báo cáo', xml: sheetXml(`${REPORT_ROWS}<row r="1048576">${numberCell('XFD1048576', 1)}</row>`, { after: `<mergeCells count="1"><mergeCell ref="${WHOLE}"/></mergeCells>` }) }]),
    'read',
  );

  // 30 MB of shared strings: 300,000 strings of 100 characters, one of them used.
  const piece = `<si><t>${'x'.repeat(100)}</t></si>`;
  const sst = deflated(`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}">`, piece, 300_000, '</sst>');
  add('shared-strings-30mb.xlsx', zipWithRawEntry('xl/sharedStrings.xml', sst, 30 * 1024 * 1024, packageWithSharedStrings()), 'read');

  // Entity expansion ("billion laughs") in a sheet part.
  const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]><worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>`;
  add('xml-entities.xlsx', workbookBytes([{ name: 'Báo cáo', xml: laughs }]), 'refuse');
  // An external entity (XXE): a file path the reader must never open.
  add('xml-external-entity.xlsx', workbookBytes([{ name: 'Báo cáo', xml: `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row></sheetData></worksheet>` }]), 'refuse');
  add('deep-xml.xlsx', workbookBytes([{ name: 'Báo cáo', xml: sheetXml(`<row r="1">${'<x>'.repeat(200_000)}${'</x>'.repeat(200_000)}</row>`) }]), 'refuse');

  // A zip bomb: a sheet part declared as 1 kB that inflates to 64 MB (about 500:1; past every bound of the reader).
  const bomb = deflated(`<?xml version="1.0"?><worksheet xmlns="${NS}"><sheetData>`, '<row/>', (64 * 1024 * 1024) / 6, '</sheetData></worksheet>');
  add('zip-bomb-text.xlsx', zipWithRawEntry('xl/worksheets/sheet1.xml', deflated(`<?xml version="1.0"?><worksheet xmlns="${NS}"><sheetData><row><c t="inlineStr"><is><t>`, 'x', 64 * 1024 * 1024, '</t></is></c></row></sheetData></worksheet>'), 1024, packageWithout('Báo cáo')), 'refuse');
  add('zip-bomb.xlsx', zipWithRawEntry('xl/worksheets/sheet1.xml', bomb, 1024, packageWithout('Báo cáo')), 'refuse');

  // Three and a half million cells of a number: a real but absurd sheet, past the element bound.
  const manyCells = deflated(`<?xml version="1.0"?><worksheet xmlns="${NS}"><sheetData><row r="1">`, '<c><v>1</v></c>', 3_500_000, '</row></sheetData></worksheet>');
  add('millions-of-cells.xlsx', zipWithRawEntry('xl/worksheets/sheet1.xml', manyCells, 1024, packageWithout('Báo cáo')), 'refuse');

  const good = workbookBytes([{ name: 'Báo cáo', xml: sheetXml(REPORT_ROWS) }]);
  add('truncated.xlsx', good.subarray(0, Math.floor(good.length / 2)), 'refuse');
  add('truncated-tail.xlsx', good.subarray(0, good.length - 10), 'refuse');
  add('wrong-type-pdf.xlsx', enc.encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n'), 'refuse');
  add('wrong-type-png.xlsx', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), 'refuse');
  add('wrong-type-csv.xlsx', enc.encode('STT,Chỉ tiêu,Kết quả\n1,Tỷ lệ,80\n'), 'refuse');
  add('wrong-type-docx.xlsx', zipSync({ '[Content_Types].xml': enc.encode('<Types/>'), 'word/document.xml': enc.encode('<w:document xmlns:w="x"/>') }), 'refuse');
  add('wrong-type-zip-of-xml.xlsx', zipSync({ 'xl/workbook.xml': enc.encode('not xml at all <<<') }), 'refuse');
  add('malformed-sheet-xml.xlsx', workbookBytes([{ name: 'Báo cáo', xml: `<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1"><v>1</v></row>` }]), 'refuse');
  return files;
}

function packageWithSharedStrings(): Zippable {
  const full = workbookBytes([{ name: 'Báo cáo', xml: sheetXml(`${REPORT_ROWS}<row r="3"><c r="A3" t="s"><v>0</v></c></row>`) }], { sharedStrings: `<sst xmlns="${NS}"/>` });
  const files = unzipSync(full);
  delete files['xl/sharedStrings.xml'];
  return files;
}
