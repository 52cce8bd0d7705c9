import { importPlan } from './import-plan';
import { fixturePlanGrids } from '../../test/fixture-plan';
import { grid, table } from '../../test/table';
import { buildForms } from '../forms/form-plan';
import { sheetToGrid } from '../../examples/sheet-grid';

describe('importPlan', () => {
  const { plan, issues } = importPlan(fixturePlanGrids());

  test('finds both appendices under title rows, skipping group headings', () => {
    expect(plan).not.toBeNull();
    expect(plan!.indicators.map((i) => i.key)).toEqual(['I/1', 'I/2.1', 'I/2.10', 'I/3', 'I/4', 'I/5', 'I/6']);
    expect(plan!.tasks.map((t) => t.key)).toEqual(['I/1', 'I/2', 'I/3', 'I/4', 'I/5', 'I/6']);
    expect(plan!.indicatorSections).toEqual([{ section: 'I', title: 'Đến năm 2030' }]);
  });

  test('reads plan meta from the title rows', () => {
    expect(plan!.id).toBe('99/KH-UBND');
    expect(plan!.commune).toBe('Xã Thử Nghiệm');
  });

  test('2.10 is never 2.1, and the header label with a line break still matches', () => {
    const ind = plan!.indicators.find((i) => i.stt === '2.10')!;
    expect(ind.leadOffices).toEqual(['Trung tâm Phục vụ hành chính công']);
    expect(ind.unit).toBe('%');
  });

  test('office spellings map to the directory; several leads and "all offices" phrases', () => {
    const i3 = plan!.indicators.find((i) => i.stt === '3')!;
    expect(i3.leadOffices).toEqual(['Công an xã', 'Phòng Văn hóa - Xã hội']);
    const i4 = plan!.indicators.find((i) => i.stt === '4')!;
    expect(i4.leadOffices).toEqual(['Công an xã', 'Phòng Văn hóa - Xã hội']);
    const t3 = plan!.tasks.find((t) => t.stt === '3')!;
    expect(t3.leadOffices).toEqual(['Phòng Văn hóa - Xã hội', 'Công an xã', 'Trung tâm Phục vụ hành chính công']);
    expect(plan!.offices.find((o) => o.name === 'Công an xã')!.emails).toEqual(['conganxa@thu-nghiem.example', 'truongcongan@thu-nghiem.example']);
  });

  test('targets and deadlines are typed', () => {
    expect(plan!.indicators.find((i) => i.stt === '3')!.target).toMatchObject({ kind: 'band', floor: 66, ceiling: 70 });
    expect(plan!.indicators.find((i) => i.stt === '1')!.target.kind).toBe('qualitative');
    expect(plan!.tasks.find((t) => t.stt === '3')!.deadline).toMatchObject({ recurring: true, due: null });
    expect(plan!.tasks.find((t) => t.stt === '2')!.deadline.due).toBe('2026-03-31');
  });

  test('no error issues on a clean plan', () => {
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('a repeated (section, stt) is reported and both rows are kept', () => {
    const g = grid(
      'PL1',
      table`
      | TT | Chỉ tiêu | Đơn vị tính | Mục tiêu | Cơ quan chủ trì |
      | I. | A |  |  |  |
      | 1. | X | % | 100 | Công an xã |
      | 1 | Y | % | 90 | Công an xã |
    `,
    );
    const r = importPlan([g]);
    expect(r.plan!.indicators.map((i) => i.key)).toEqual(['I/1', 'I/1#2']);
    expect(r.issues).toContainEqual(expect.objectContaining({ code: 'PLAN_DUPLICATE_CODE', sheet: 'PL1', cell: 'A4' }));
  });

  test('columns in another order, without a directory: offices come from the leads', () => {
    const g = grid(
      'Sheet1',
      table`
      | Cơ quan chủ trì | STT | Mục tiêu | Chỉ tiêu | ĐVT |
      |  | II | Phát triển nguồn lực |  |  |
      | Phòng Kinh tế, Hạ tầng và Đô thị xã | 9 | 1% | Tổng chi ngân sách | % |
      | Công an xã, Phòng Văn hóa – Xã hội | 8 | 66% đến 70% | Dân số có chữ ký số | % |
    `,
    );
    const r = importPlan([g]);
    expect(r.plan!.offices.map((o) => o.name)).toEqual(['Phòng Kinh tế, Hạ tầng và Đô thị xã', 'Công an xã', 'Phòng Văn hóa – Xã hội']);
    expect(r.plan!.indicators.map((i) => i.key)).toEqual(['II/9', 'II/8']);
  });

  test('a workbook with neither appendix is no plan', () => {
    const r = importPlan([grid('x', table`| hello | world |`)]);
    expect(r.plan).toBeNull();
    expect(r.issues.map((i) => i.code)).toEqual(['PLAN_NO_INDICATOR_TABLE', 'PLAN_NO_TASK_TABLE', 'PLAN_NO_APPENDIX']);
  });

  test('a numeric STT keeps the decimals its format shows', () => {
    const g = grid(
      'PL1',
      [
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả', 'Cơ quan chủ trì'],
        ['I', 'A', null, null, null],
        [2.1, 'X', '%', '100', 'Công an xã'],
      ],
      { formats: [[], [], ['0.00']] },
    );
    expect(importPlan([g]).plan!.indicators[0].stt).toBe('2.10');
  });
});

test('without a directory, "A và B" is two offices when both are named alone; "HĐND và UBND" stays one', () => {
  const g = grid(
    'PL2',
    table`
    | STT | Tên nhiệm vụ | Cơ quan chủ trì | Thời gian thực hiện |
    | I | Nhiệm vụ |  |  |
    | 1 | A | Công an xã | Quý I/2026 |
    | 2 | B | Phòng Văn hóa - Xã hội | Quý I/2026 |
    | 3 | C | Công an xã và Phòng Văn hóa - Xã hội | Quý II/2026 |
    | 4 | D | Văn phòng HĐND và UBND xã | Quý II/2026 |
    | 5 | E | Phòng Kinh tế | Quý II/2026 |
    | 6 | F | Phòng Kinh tế, Hạ tầng và Đô thị xã | Quý II/2026 |
  `,
  );
  const plan = importPlan([g]).plan!;
  expect(plan.offices.map((o) => o.name)).toEqual(['Công an xã', 'Phòng Văn hóa - Xã hội', 'Văn phòng HĐND và UBND xã', 'Phòng Kinh tế', 'Phòng Kinh tế, Hạ tầng và Đô thị xã']);
  expect(plan.tasks.find((t) => t.stt === '3')!.leadOffices).toEqual(['Công an xã', 'Phòng Văn hóa - Xã hội']);
});

test('both appendices pasted into one sheet: each table ends where the other begins', () => {
  const [indicators, tasks] = fixturePlanGrids();
  const one = grid('Kế hoạch', [...indicators.values, [], ...tasks.values]);
  const plan = importPlan([one, fixturePlanGrids()[2]]).plan!;
  expect(plan.indicators.map((i) => i.key)).toEqual(['I/1', 'I/2.1', 'I/2.10', 'I/3', 'I/4', 'I/5', 'I/6']);
  expect(plan.tasks.map((t) => t.key)).toEqual(['I/1', 'I/2', 'I/3', 'I/4', 'I/5', 'I/6']);
});

test('lettered sub-items a), b), c), i are items, not Roman sections', () => {
  const g = grid(
    'PL2',
    table`
    | STT | Tên nhiệm vụ | Cơ quan chủ trì | Thời gian thực hiện |
    | I. | Nhiệm vụ |  |  |
    | 1 | Nhiệm vụ 1 | Công an xã | Quý I/2026 |
    | a) | Nhiệm vụ 1a | Công an xã | Quý I/2026 |
    | c) | Nhiệm vụ 1c | Công an xã | Quý I/2026 |
    | i | Nhiệm vụ 1i | Công an xã | Quý I/2026 |
    | 2 | Nhiệm vụ 2 | Công an xã | Quý I/2026 |
  `,
  );
  expect(importPlan([g]).plan!.tasks.map((t) => t.key)).toEqual(['I/1', 'I/a)', 'I/c)', 'I/i', 'I/2']);
});

describe('a workbook that is no plan says what it is (contract §6)', () => {
  const { plan } = importPlan(fixturePlanGrids());
  const form = buildForms(plan!, { id: '2026-H1', label: '6 tháng đầu năm 2026', due: '2026-06-10' })[0];
  test.each([
    ['a generated form with its record sheet', [sheetToGrid(form.sheet), sheetToGrid(form.meta)], 'PLAN_IS_REPORT_FORM'],
    ['a form whose record sheet was deleted', [sheetToGrid(form.sheet)], 'PLAN_IS_REPORT_FORM'],
    ['a summary', ['Tổng hợp', 'Chỉ tiêu', 'Nhiệm vụ', 'Lỗi và cảnh báo'].map((n) => grid(n, table`| STT | Chỉ tiêu | Đơn vị tính | Mục tiêu | Cơ quan chủ trì |`)), 'PLAN_IS_SUMMARY'],
    ['no appendix at all', [grid('Sheet1', table`| Kính gửi UBND xã |`)], 'PLAN_NO_APPENDIX'],
  ])('%s', (_name, grids, code) => {
    const r = importPlan(grids);
    expect(r.plan).toBeNull();
    expect(r.issues).toContainEqual(expect.objectContaining({ code, severity: 'error' }));
  });
  test('the plan itself is a plan', () => {
    expect(importPlan(fixturePlanGrids()).issues.filter((i) => i.code.startsWith('PLAN_IS'))).toEqual([]);
  });
});
