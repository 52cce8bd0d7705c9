// The nastiest office text we could find: what XML cannot carry, the file format's own escapes, markup, formulas,
// terminal escapes, bidi overrides, astral characters, Excel's length limit.
export const NASTY: string[] = [
  'U+FFFF _xFFFF_ literal',
  'escape of NUL _x0000_ and of underscore _x005F_ and _x005f_x0041_',
  'C0 \u0000\u0001\u0002\u0008\u000B\u000C\u000E\u001F end',
  'non-characters \uFFFE\uFFFF end',
  'lone surrogates \uD800 \uDFFF end',
  'C1 \u0080\u0085\u009B\u009F end',
  'ESC \u001B[2J\u001B]0;owned\u0007\u001B[31mred\u001B[0m',
  'bidi \u202Egnp.exe\u202C \u2066isolate\u2069 \u200F',
  ']]> <![CDATA[x]]> <script>alert(1)</script> &amp; &lt; "\'',
  '=HYPERLINK("http://evil.invalid","bấm") +1 -1 @SUM(A1) \t=1+1',
  "Phòng 'Kinh tế' ' leading and trailing '",
  'emoji 👍🏽 ZWJ 👩‍👩‍👧 combining a\u0301 Vietnamese Khó khăn, vướng mắc',
  '\r\nCRLF\r\nlines\n',
];

/** A Khó khăn at Excel's limit and past it. */
export const LONG_TEXT = 'Khó khăn '.repeat(4000);
