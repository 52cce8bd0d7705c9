// The commune report draft as plain data (contract §6): header block, title, body, appendix, recipients, signature.
// A renderer turns it into .docx; the plan itself knows no file format, so every face builds the same document.
import { z } from 'zod';

/**
 * A piece of text. `placeholder`: a gap only a person can fill (the report number, the leadership prose), shown
 * marked so nobody signs it unfilled. `office`: written by an office or the plan, so kept as text, never interpreted.
 */
export const Run = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  placeholder: z.boolean().optional(),
  office: z.boolean().optional(),
});
export type Run = z.infer<typeof Run>;

export const ParagraphRole = z.enum(['body', 'heading1', 'heading2', 'item', 'closing', 'note']);
export type ParagraphRole = z.infer<typeof ParagraphRole>;

export const Paragraph = z.object({ kind: z.literal('paragraph'), role: ParagraphRole, runs: z.array(Run) });
export type Paragraph = z.infer<typeof Paragraph>;

export const TableCell = z.object({
  runs: z.array(Run),
  /** How many columns the cell spans (a section row spans the whole table). */
  span: z.number().int().positive().optional(),
  align: z.enum(['left', 'center', 'right']).optional(),
  bold: z.boolean().optional(),
});
export type TableCell = z.infer<typeof TableCell>;

export const Table = z.object({
  kind: z.literal('table'),
  caption: z.string(),
  /** Column titles and relative widths (they are scaled to the page). */
  columns: z.array(z.object({ title: z.string(), width: z.number().positive() })),
  rows: z.array(z.array(TableCell)),
  /** Starts on a fresh page, as each 'Biểu' of an appendix does. */
  newPage: z.boolean().optional(),
});
export type Table = z.infer<typeof Table>;

export const Block = z.discriminatedUnion('kind', [Paragraph, Table]);
export type Block = z.infer<typeof Block>;

export const ReportPlan = z.object({
  lang: z.enum(['vi', 'en']),
  /** 'ubnd': the People's Committee (Nghị định 30/2020); 'dang-uy': the Party committee (Hướng dẫn 36-HD/VPTW). */
  format: z.enum(['ubnd', 'dang-uy']),
  /** Left of the heading: the issuing body, one line each ('ỦY BAN NHÂN DÂN', 'XÃ THỐNG NHẤT'). */
  issuer: z.array(z.array(Run)),
  /** Right of the heading: the national heading and motto. */
  nation: z.array(z.string()),
  /** 'Số: …/BC-UBND'. */
  number: z.array(Run),
  /** 'Thống Nhất, ngày 15 tháng 7 năm 2026'. */
  placeDate: z.array(Run),
  /** 'BÁO CÁO', then the summary line(s) naming the plan and the period. */
  title: z.array(z.array(Run)),
  body: z.array(Block),
  recipients: z.object({ title: z.string(), lines: z.array(z.array(Run)) }),
  signature: z.object({ lines: z.array(z.string()), name: z.array(Run) }),
  /** On landscape pages after the signature. */
  appendix: z.object({ title: z.array(z.array(Run)), blocks: z.array(Block) }),
});
export type ReportPlan = z.infer<typeof ReportPlan>;
