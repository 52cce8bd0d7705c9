// Excel's limits on what a workbook may hold, applied in one place: every host writes cell text and sheet names
// through these, so no renderer has to remember them (a longer cell or a bad sheet name makes Excel repair the file).

/** Characters (UTF-16 units) a cell may hold. */
export const CELL_TEXT_MAX = 32_767;
/** Characters in a sheet name. */
export const SHEET_NAME_MAX = 31;
/** The days a date cell can hold (serial 1 to 2958465): what check reads and what a form's date cell accepts. */
export const DATE_MIN = '1900-01-01';
export const DATE_MAX = '9999-12-31';

/**
 * Characters XML 1.0 cannot carry (C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF; a lone
 * surrogate). A workbook holding one is not well formed, and Excel or LibreOffice drops what follows.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Cuts to `max` UTF-16 units with an ellipsis, never between the two halves of a surrogate pair. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** Text as a cell can hold it: characters XML cannot carry removed, at most 32,767 characters. */
export function cellText(text: string): string {
  return clipText(xmlSafe(text), CELL_TEXT_MAX);
}

/** Excel's reserved sheet name (its change-tracking history sheet), in any case. */
const RESERVED_SHEET = /^history$/i;
const SHEET_FORBIDDEN = /[:\\/?*[\]]/g;

/**
 * A name Excel accepts for a sheet: no : \ / ? * [ ], no apostrophe at either end, not 'History', not blank,
 * at most 31 characters; unique (case-insensitively) among `taken`, which it joins.
 */
export function safeSheetName(wanted: string, taken: Set<string> = new Set(), fallback = 'Sheet'): string {
  const clean = (s: string) =>
    xmlSafe(s.normalize('NFC'))
      .replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ')
      .replace(SHEET_FORBIDDEN, '-')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^'+|'+$/g, '')
      .trim();
  let name = clipName(clean(wanted));
  if (name === '' || RESERVED_SHEET.test(name)) name = name === '' ? fallback : `${name} (1)`;
  let unique = name;
  for (let i = 2; taken.has(unique.toLowerCase()); i++) {
    const suffix = ` (${i})`;
    unique = `${clipName(name, SHEET_NAME_MAX - suffix.length)}${suffix}`;
  }
  taken.add(unique.toLowerCase());
  return unique;
}

function clipName(name: string, max = SHEET_NAME_MAX): string {
  let cut = name.length <= max ? name : name.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  // Cutting may leave a space or an apostrophe at the end.
  return cut.replace(/[\s']+$/, '');
}

/** Whether Excel would accept this sheet name as it is. */
export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= SHEET_NAME_MAX &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    !RESERVED_SHEET.test(name) &&
    xmlSafe(name) === name
  );
}

/** Excel's limits on a data validation's messages: the API refuses longer ones, and a file holding one is corrupt. */
export const VALIDATION_TEXT_MAX = { title: 32, prompt: 255, error: 225 } as const;

/** A validation's prompt and error as Excel can hold them: XML-safe, each cut to its limit. */
export function validationTexts(v: { prompt?: { title: string; text: string }; error?: { title: string; text: string } }): {
  prompt?: { title: string; text: string };
  error?: { title: string; text: string };
} {
  const cut = (text: string, max: number) => clipText(xmlSafe(text), max);
  return {
    ...(v.prompt ? { prompt: { title: cut(v.prompt.title, VALIDATION_TEXT_MAX.title), text: cut(v.prompt.text, VALIDATION_TEXT_MAX.prompt) } } : {}),
    ...(v.error ? { error: { title: cut(v.error.title, VALIDATION_TEXT_MAX.title), text: cut(v.error.text, VALIDATION_TEXT_MAX.error) } } : {}),
  };
}
