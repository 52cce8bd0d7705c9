// The report draft as .docx bytes (Nghị định 30/2020/NĐ-CP layout): pure, so Node, the pane and the sidebar share it.
// Every piece of text goes in as a text run: no field, hyperlink or instruction is ever built from what an office wrote.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HighlightColor,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphOptions,
  type ISectionOptions,
} from 'docx';
import type { Block, ReportPlan, Run, Table as TablePlan } from '../report-doc/report-plan';

/** Twips in a millimetre: Word measures the page in twentieths of a point. */
const MM = 56.6929;
const twips = (mm: number) => Math.round(mm * MM);

/** A4, and the margins ND 30/2020 sets: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const PAGE = { widthMm: 210, heightMm: 297, topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 } as const;
/** Body 14 pt (ND 30 allows 13–14), tables 12 pt: sizes in half-points. */
export const FONT = { name: 'Times New Roman', body: 28, small: 26, table: 24, note: 22 } as const;

const MARGIN = { top: twips(PAGE.topMm), bottom: twips(PAGE.bottomMm), left: twips(PAGE.leftMm), right: twips(PAGE.rightMm), header: twips(10), footer: twips(10) };
const PORTRAIT_TEXT = twips(PAGE.widthMm - PAGE.leftMm - PAGE.rightMm);
const LANDSCAPE_TEXT = twips(PAGE.heightMm - PAGE.leftMm - PAGE.rightMm);
const INDENT = twips(10);

/** Characters XML 1.0 cannot carry (control characters, unpaired surrogates, U+FFFE/FFFF) are dropped, never escaped. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

type RunStyle = { size?: number; bold?: boolean; italic?: boolean };

/** One plan run as text runs: a line break in an office's text stays a line break, a tab a space. */
function runs(list: Run[], style: RunStyle = {}): TextRun[] {
  return list.flatMap((r) =>
    xmlSafe(r.text)
      .replace(/\t/g, ' ')
      .split(/\r\n|\r|\n/)
      .map(
        (line, i) =>
          new TextRun({
            text: line,
            break: i > 0 ? 1 : undefined,
            bold: r.bold ?? style.bold,
            italics: r.italic ?? style.italic,
            size: style.size,
            // A gap for a person to fill is highlighted so nobody signs it blank.
            highlight: r.placeholder ? HighlightColor.YELLOW : undefined,
          }),
      ),
  );
}

function centred(list: Run[], style: RunStyle, extra: IParagraphOptions = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, ...extra, children: runs(list, style) });
}

/** The short rule under the issuer, the motto and the title (ND 30): its own empty paragraph, so the text keeps its width. */
function rule(indent: number): Paragraph {
  return new Paragraph({
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    indent: { left: indent, right: indent },
    spacing: { before: 0, after: 0, line: 120, lineRule: LineRuleType.EXACT },
    children: [],
  });
}

const NO_BORDERS = TableBorders.NONE;
const NO_CELL_BORDERS = { top: NO_BORDERS.top, bottom: NO_BORDERS.bottom, left: NO_BORDERS.left, right: NO_BORDERS.right };

function layoutTable(widths: number[], cells: Paragraph[][]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ children: cells.map((children, c) => new TableCell({ children, width: { size: widths[c], type: WidthType.DXA }, borders: NO_CELL_BORDERS, margins: { left: 0, right: 0 } })) })],
  });
}

/** Left the issuer (a rule under a People's Committee, a star under a Party committee), right the national or Party heading. */
function headerBlock(plan: ReportPlan): Table {
  const left = Math.round(PORTRAIT_TEXT * 0.34);
  const right = PORTRAIT_TEXT - left;
  const issuer = plan.issuer.map((line) => centred(line, { size: FONT.small, bold: true }));
  const mark = plan.format === 'dang-uy' ? centred([{ text: '*' }], { size: FONT.small }) : rule(Math.round(left * 0.33));
  // The state heading is two lines (12 pt, then the 14 pt motto); the Party's one 14 pt line. The last is underlined.
  const nation = plan.nation.map((line, i) => centred([{ text: line, bold: true }], { size: plan.nation.length > 1 && i === 0 ? FONT.table : FONT.body }));
  return layoutTable(
    [left, right],
    [
      [...issuer, mark, centred(plan.number, { size: FONT.small }, { spacing: { before: 120, after: 0 } })],
      [...nation, rule(Math.round(right * (plan.nation.length > 1 ? 0.2 : 0.18))), centred(plan.placeDate, { size: FONT.small, italic: true }, { spacing: { before: 120, after: 0 } })],
    ],
  );
}

const ROLE: Record<string, { style: RunStyle; options: IParagraphOptions }> = {
  body: { style: {}, options: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT } } },
  heading1: { style: { bold: true }, options: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT }, spacing: { before: 120, after: 120 }, keepNext: true } },
  heading2: { style: { bold: true }, options: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT }, keepNext: true } },
  item: { style: {}, options: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT } } },
  closing: { style: {}, options: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT }, spacing: { before: 120, after: 240 } } },
  note: { style: { italic: true, size: FONT.table }, options: { alignment: AlignmentType.LEFT } },
};

function dataTable(t: TablePlan, textWidth: number): Array<Paragraph | Table> {
  const total = t.columns.reduce((a, c) => a + c.width, 0);
  const widths = t.columns.map((c) => Math.floor((c.width / total) * textWidth));
  const align = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
  const cellOf = (children: Paragraph[], start: number, span: number) =>
    new TableCell({
      children,
      columnSpan: span > 1 ? span : undefined,
      width: { size: widths.slice(start, start + span).reduce((a, b) => a + b, 0), type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 60, right: 60, top: 20, bottom: 20 },
    });
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map((c, i) => cellOf([new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: runs([{ text: c.title }], { size: FONT.table, bold: true }) })], i, 1)),
  });
  const body = t.rows.map((row) => {
    let col = 0;
    return new TableRow({
      cantSplit: true,
      children: row.map((c) => {
        const span = c.span ?? 1;
        // A section row (spanning cells) stays on the page of its first item.
        const made = cellOf([new Paragraph({ alignment: align[c.align ?? 'left'], spacing: { after: 0 }, keepNext: row.some((x) => (x.span ?? 1) > 1), children: runs(c.runs, { size: FONT.table, bold: c.bold }) })], col, span);
        col += span;
        return made;
      }),
    });
  });
  return [
    new Paragraph({ keepNext: true, pageBreakBefore: t.newPage, spacing: { before: 240, after: 120 }, children: runs([{ text: t.caption }], { bold: true }) }),
    new Table({ width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, rows: [head, ...body] }),
  ];
}

/**
 * A paragraph whose text holds line breaks becomes one paragraph per line: a justified line ended by a manual break
 * would be stretched across the page, and an office's own line breaks are kept either way.
 */
function lines(list: Run[]): Run[][] {
  const out: Run[][] = [[]];
  for (const r of list) {
    r.text.split(/\r\n|\r|\n/).forEach((piece, i) => {
      if (i > 0) out.push([]);
      out[out.length - 1].push({ ...r, text: piece });
    });
  }
  return out;
}

function blocks(list: Block[], textWidth: number): Array<Paragraph | Table> {
  return list.flatMap((b) => {
    if (b.kind === 'table') return dataTable(b, textWidth);
    const role = ROLE[b.role];
    return lines(b.runs).map((line) => new Paragraph({ ...role.options, children: runs(line, role.style) }));
  });
}

function signatureBlock(plan: ReportPlan): Table {
  const left = Math.round(PORTRAIT_TEXT * 0.45);
  const recipients = [
    new Paragraph({ spacing: { after: 0 }, children: runs([{ text: plan.recipients.title }], { size: FONT.table, bold: true, italic: true }) }),
    ...plan.recipients.lines.map((l) => new Paragraph({ spacing: { after: 0 }, children: runs(l, { size: FONT.note }) })),
  ];
  const sign = [
    ...plan.signature.lines.map((l) => centred([{ text: l }], { size: FONT.body, bold: true })),
    ...[0, 1, 2, 3].map(() => centred([{ text: '' }], {})),
    centred(plan.signature.name, { size: FONT.body, bold: true }),
  ];
  return layoutTable([left, PORTRAIT_TEXT - left], [recipients, sign]);
}

/** Page numbers at the top centre from page 2 on (ND 30): the first page's header is empty. */
function pageHeader(): Header {
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: FONT.body })] })] });
}

export async function renderReportDocx(plan: ReportPlan): Promise<Uint8Array> {
  const size = { width: twips(PAGE.widthMm), height: twips(PAGE.heightMm) };
  const portrait: ISectionOptions = {
    properties: { titlePage: true, page: { size: { ...size, orientation: PageOrientation.PORTRAIT }, margin: MARGIN, pageNumbers: { start: 1 } } },
    headers: { default: pageHeader(), first: new Header({ children: [new Paragraph({ children: [] })] }) },
    children: [
      headerBlock(plan),
      new Paragraph({ spacing: { after: 0 }, children: [] }),
      ...plan.title.map((line, i) => centred(line, { size: FONT.body, bold: true }, { spacing: { before: i === 0 ? 240 : 0, after: i === plan.title.length - 1 ? 120 : 0 } })),
      rule(Math.round(PORTRAIT_TEXT * 0.38)),
      new Paragraph({ spacing: { after: 0 }, children: [] }),
      ...blocks(plan.body, PORTRAIT_TEXT),
      signatureBlock(plan),
    ],
  };
  const landscape: ISectionOptions = {
    properties: { page: { size: { ...size, orientation: PageOrientation.LANDSCAPE }, margin: MARGIN } },
    headers: { default: pageHeader() },
    children: [...plan.appendix.title.map((line) => centred(line, { size: FONT.body })), ...blocks(plan.appendix.blocks, LANDSCAPE_TEXT)],
  };
  const doc = new Document({
    creator: 'nq57',
    title: xmlSafe(plan.title.map((l) => l.map((r) => r.text).join('')).join(' ')),
    styles: { default: { document: { run: { font: FONT.name, size: FONT.body }, paragraph: { spacing: { after: 120, line: 276 } } } } },
    sections: [portrait, landscape],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
