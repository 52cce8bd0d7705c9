// Checks the hand-transcribed example plans: counts per section, unique codes, NFC text and
// no leftover OCR garbage.
import { type ExamplePlan, type IndicatorRow, type SectionRow, type TaskRow, isSectionRow } from './example-plan';
import { caoMinh2026 } from './cao-minh-2026';
import { thongNhat4888 } from './thong-nhat-4888';

type Counts = Record<string, { indicators?: number; groups?: number; tasks?: number }>;

/** Rows grouped under the section row above them. */
function bySection<R extends IndicatorRow | TaskRow>(rows: Array<SectionRow | R>): Map<string, R[]> {
  const out = new Map<string, R[]>();
  let current: R[] | undefined;
  for (const row of rows) {
    if (isSectionRow(row)) {
      expect(out.has(row.section)).toBe(false); // each section appears once
      current = [];
      out.set(row.section, current);
    } else {
      expect(current).toBeDefined(); // every row sits under a section row
      current!.push(row as R);
    }
  }
  return out;
}

const isGroupHeading = (r: IndicatorRow) => r.unit === '' && r.target === '';

function indicatorCounts(plan: ExamplePlan): Counts {
  const out: Counts = {};
  for (const [section, rows] of bySection<IndicatorRow>(plan.indicators)) {
    out[section] = {
      indicators: rows.filter((r) => !isGroupHeading(r)).length,
      groups: rows.filter(isGroupHeading).length,
    };
  }
  return out;
}

function taskCounts(plan: ExamplePlan): Counts {
  const out: Counts = {};
  for (const [section, rows] of bySection<TaskRow>(plan.tasks)) out[section] = { tasks: rows.length };
  return out;
}

/** Every string field of the plan (recursively), with a path for messages. */
function strings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

// Letters of Vietnamese (with every tone mark), digits and the punctuation the plans use.
const VI_LETTERS =
  'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ' +
  'bcdfghjklmnpqrstvwxz';
const ALLOWED = new RegExp(
  `^[${VI_LETTERS}${VI_LETTERS.toUpperCase()}0-9 \\n,.;:()/%&“”…≥–\\-]*$`,
  'u',
);

// ASCII-folded (diacritics lost) forms of words that occur in these plans, as whole words.
// None of them is a correct spelling in this text ('so' is allowed: 'so với'; lone 'xa' and
// 'ban' are too: 'từ xa', 'Ủy ban', so only their folded contexts are listed).
const FOLDED_WORDS = [
  'Phong', 'phong ban', 'cac phong', 'Van', 'van', 'hoa', 'Xa', 'UBND xa', 'hoi xa', 'tinh xa', 'hoi', 'Trung tam', 'Phuc vu', 'phuc vu',
  'hanh chinh', 'cong', 'Cong', 'dan', 'don vi', 'dia ban', 'tren', 'thuoc', 'Kinh te', 'Tram',
  'Y te', 'y te', 'khoa hoc', 'nghe', 'chuyen', 'doi', 'sang tao', 'trien khai', 'Trien khai',
  'thuc hien', 'Ke hoach', 'ke hoach', 'nhiem vu', 'Thang', 'Nam 2025', 'Nam 2026', 'nam', 'Quy I', 'Quy II', 'Quy III', 'Quy IV', 'Quy 1', 'HDND', 'Thuong xuyen',
  'Hang nam', 'Hang', 'dien tu', 'thong tin', 'Ty le', 'Ti le', 'chi tieu', 'muc tieu', 'Chi tieu',
  'va', 'cac', 'Cac', 'ban chuyen', 'xuyen', 'lien', 'su dung', 'ung dung', 'xay dung', 'noi dung', 'ho so', 'Ho so', 'tai', 'ky', 'Den',
];
const foldedRe = new RegExp(
  `(^|[^\\p{L}])(${FOLDED_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?=$|[^\\p{L}])`,
  'u',
);

// OCR junk: table rules, '~'/'>' for '≥', symbols the OCR uses for diacritics, a lowercase
// letter glued to a digit ('x4' for 'xã', 's6' for 'số'), doubled or edge spaces.
const JUNK = /[|~>{}[\]\\@¢€¥§£°ﬁﬂ\u00ff]|\p{Ll}\d|[ \t]{2,}|^\s|\s$/u;

test('the garbage checks catch typical OCR leftovers', () => {
  for (const bad of [' Phong Van hoa', 'Trung tdm Phuc vu hanh chinh cong', 'VP. HDND-UBND', 'Quy 111/2025', 'Thuong xuyen']) {
    expect({ bad, caught: foldedRe.test(bad) || !ALLOWED.test(bad) }).toEqual({ bad, caught: true });
  }
  for (const bad of ['a | b', '~98', '> 80', 'hi\u00ff', 'nghi¢p', 'k¥ nang', 'UBND x4', 'two  spaces', 'I;Iéglgloiﬁd)a(l:']) {
    expect({ bad, caught: JUNK.test(bad) || !ALLOWED.test(bad) }).toEqual({ bad, caught: true });
  }
  for (const good of ['Phòng Văn hóa - Xã hội', 'Phòng Văn hoá – Xã hội xã', 'so với', 'từ xa', 'Ủy ban', 'Quy mô', 'Việt Nam', '≥ 80', '66% đến 70%', '4G/5G', '1Gbps', 'VNeID']) {
    expect({ good, ok: !foldedRe.test(good) && ALLOWED.test(good) && !JUNK.test(good) }).toEqual({ good, ok: true });
  }
});

describe.each([
  ['thong-nhat-4888', thongNhat4888],
  ['cao-minh-2026', caoMinh2026],
] as const)('%s', (_id, plan) => {
  test('every string is NFC', () => {
    for (const [path, s] of strings(plan)) expect({ path, ok: s === s.normalize('NFC') }).toEqual({ path, ok: true });
  });

  test('no leftover OCR garbage characters', () => {
    for (const [path, raw] of strings(plan)) {
      // the id is a slug, the ISO date and dd/mm strings are plain ASCII by design
      if (path === 'id') continue;
      // a target may start with '>' where the plan prints 'more than' (kept as the OCR shows it)
      const s = path.endsWith('.target') ? raw.replace(/^>(?=\d)/, '') : raw;
      expect({ path, s, ok: ALLOWED.test(s) }).toEqual({ path, s, ok: true });
      expect({ path, s, junk: JUNK.test(s) }).toEqual({ path, s, junk: false });
    }
  });

  test('no ASCII-folded Vietnamese words (diacritics lost)', () => {
    for (const [path, s] of strings(plan)) {
      if (path === 'id') continue;
      const m = foldedRe.exec(s);
      expect({ path, folded: m ? m[2] : null }).toEqual({ path, folded: null });
    }
  });

  test('section rows carry a Roman numeral, every row a code', () => {
    for (const row of [...plan.indicators, ...plan.tasks]) {
      if (isSectionRow(row)) {
        expect(row.section).toMatch(/^[IVX]+$/);
        expect(row.title.length).toBeGreaterThan(0);
      } else {
        expect(row.stt).toMatch(/^\d+(\.\d+)?\.?$/);
        expect(row.name.length).toBeGreaterThan(0);
      }
    }
  });

  test('indicators with a unit have a target and a lead', () => {
    for (const [, rows] of bySection<IndicatorRow>(plan.indicators))
      for (const r of rows) {
        if (isGroupHeading(r)) expect(r.lead).toBe('');
        else expect({ stt: r.stt, unit: !!r.unit, target: !!r.target, lead: !!r.lead }).toEqual({ stt: r.stt, unit: true, target: true, lead: true });
      }
  });

  test('tasks have a name, a lead and a deadline', () => {
    for (const [, rows] of bySection<TaskRow>(plan.tasks))
      for (const r of rows) expect({ stt: r.stt, lead: !!r.lead, deadline: !!r.deadline }).toEqual({ stt: r.stt, lead: true, deadline: true });
  });
});

/** Codes repeated within a section, as (section, stt with the trailing dot removed). */
function repeatedCodes<R extends IndicatorRow | TaskRow>(rows: Array<SectionRow | R>): string[] {
  const out: string[] = [];
  for (const [section, list] of bySection<R>(rows)) {
    const seen = new Set<string>();
    for (const r of list) {
      const key = `${section}/${r.stt.replace(/\.$/, '')}`;
      if (seen.has(key)) out.push(key);
      seen.add(key);
    }
  }
  return out;
}

describe('Thống Nhất 4888/KH-UBND', () => {
  const plan = thongNhat4888;

  test('counts per section', () => {
    // Phụ lục I really jumps from I to III.
    expect(indicatorCounts(plan)).toEqual({
      I: { indicators: 21, groups: 1 }, // 1, 2.1–2.10, 3–12; group heading 2
      III: { indicators: 2, groups: 0 },
    });
    expect(taskCounts(plan)).toEqual({
      I: { tasks: 8 },
      II: { tasks: 5 },
      III: { tasks: 12 },
      IV: { tasks: 4 },
      V: { tasks: 18 },
      VI: { tasks: 4 },
    });
  });

  test('codes are unique within each section, except where the original repeats one', () => {
    expect(repeatedCodes(plan.indicators)).toEqual([]);
    // Phụ lục II section V has 18 rows but the printed numbers 12–17 follow intact, so the
    // original itself has one number too few: an unnumbered row after 10, then a row the OCR
    // shows as '1'. Both are 11 here; the import reports the repeat, as it would for the original.
    expect(repeatedCodes(plan.tasks)).toEqual(['V/11']);
  });

  test('2.10 is its own code, never 2.1', () => {
    const codes = plan.indicators.filter((r) => !isSectionRow(r)).map((r) => (r as IndicatorRow).stt);
    expect(codes.filter((c) => c === '2.10')).toHaveLength(1);
    expect(codes.filter((c) => c === '2.1')).toHaveLength(1);
  });

  test('key rows', () => {
    const rows = plan.indicators.filter((r): r is IndicatorRow => !isSectionRow(r));
    expect(rows[0]).toMatchObject({ stt: '1', unit: 'Thứ bậc', lead: 'Phòng Văn hóa - Xã hội' });
    expect(rows[1]).toMatchObject({ stt: '2', unit: '', target: '', lead: '' });
    expect(rows.find((r) => r.stt === '8')!.target).toMatch(/^100% hệ thống thông tin/);
    expect(plan.reportDue).toEqual({ halfYear: '10/06', year: '05/12' });
    expect(plan.indicatorTitle[0]).toBe('PHỤ LỤC I');
    expect(plan.taskTitle[0]).toBe('PHỤ LỤC II');
  });
});

describe('Cao Minh 2026', () => {
  const plan = caoMinh2026;
  const indicators = plan.indicators.filter((r): r is IndicatorRow => !isSectionRow(r));

  test('counts per section', () => {
    expect(indicators).toHaveLength(28);
    expect(indicatorCounts(plan)).toEqual({
      I: { indicators: 8, groups: 0 },
      II: { indicators: 4, groups: 0 },
      III: { indicators: 13, groups: 0 },
      IV: { indicators: 3, groups: 0 },
    });
    // The original has no section rows in Phụ lục II: one added section holds the 8 tasks.
    expect(taskCounts(plan)).toEqual({ I: { tasks: 8 } });
  });

  test('codes are unique within each section and numbered 1–28 / 1–8', () => {
    expect(repeatedCodes(plan.indicators)).toEqual([]);
    expect(repeatedCodes(plan.tasks)).toEqual([]);
    expect(indicators.map((r) => r.stt)).toEqual(Array.from({ length: 28 }, (_, i) => `${i + 1}.`));
    const tasks = plan.tasks.filter((r): r is TaskRow => !isSectionRow(r));
    expect(tasks.map((r) => r.stt.replace(/\.$/, ''))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  test('indicator 8 is a band with two lead offices', () => {
    const r8 = indicators.find((r) => r.stt === '8.')!;
    expect(r8.unit).toBe('%');
    expect(r8.target).toBe('66% đến 70%');
    expect(r8.lead).toBe('Công an xã, Phòng Văn hóa - Xã hội');
  });

  test('counts and the satisfaction target', () => {
    const by = (stt: string) => indicators.find((r) => r.stt === stt)!;
    expect([by('3.'), by('4.'), by('5.')].map((r) => [r.unit, r.target])).toEqual([
      ['điểm', '5'],
      ['thôn', '2'],
      ['kết nối/người', '2'],
    ]);
    expect(by('19.').target).toBe('≥98');
    expect(by('27.').lead).toBe('Văn phòng HĐND&UBND xã');
    expect(plan.planDate).toBe('2026-01-30');
  });

  test('task names with (1) (2) (3) keep their line breaks', () => {
    const tasks = plan.tasks.filter((r): r is TaskRow => !isSectionRow(r));
    expect(tasks[1].name.split('\n')).toHaveLength(4);
    expect(tasks[4].lead).toBe('Phòng Kinh tế, Hạ tầng và Đô thị xã');
  });
});
