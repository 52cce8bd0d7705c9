// Lays out a transcribed plan as a commune pastes it into Excel: title rows, merged titles, section rows, an office sheet.
import { type CellPlan, type SheetPlan, data, label, a1, officesFromLeads, fileSlug, withRowHeights } from '../shared';
import { isSectionRow, type ExamplePlan, type IndicatorRow, type TaskRow } from './plans/example-plan';

function titled(name: string, titles: string[], header: string[], rows: CellPlan[][], widths: number[]): SheetPlan {
  const last = header.length - 1;
  const cells: CellPlan[][] = [...titles.map((t, i) => [label(t, i === 0 ? 'title' : i === 1 ? 'label' : 'subtitle')]), [], header.map((h) => label(h, 'header')), ...rows];
  const merges = titles.map((_, r) => `${a1(r, 0)}:${a1(r, last)}`);
  const headerRow = titles.length + 1;
  rows.forEach((row, i) => {
    // Section rows: the title spans the table, as in the Word original.
    if (row[0]?.style === 'section') merges.push(`${a1(headerRow + 1 + i, 1)}:${a1(headerRow + 1 + i, last)}`);
  });
  return withRowHeights({ name, cells, merges, columnWidths: widths, freeze: { rows: headerRow + 1, columns: 0 } });
}

function sectionCells(section: string, title: string, width: number): CellPlan[] {
  return [data(section, 'section'), data(title, 'section'), ...Array.from({ length: width - 2 }, () => label('', 'section'))];
}

/** Example addresses under the reserved '.example' domain: nothing can ever be delivered to them. */
export function exampleEmail(plan: ExamplePlan, office: string): string {
  return `${fileSlug(office)}@${plan.id}.example`;
}

export function planWorkbook(plan: ExamplePlan): SheetPlan[] {
  const indicatorRows = plan.indicators.map((r) =>
    isSectionRow(r) ? sectionCells(r.section, r.title, 5) : [data(r.stt), data(r.name), data(r.unit), data(r.target), data(r.lead)],
  );
  const taskRows = plan.tasks.map((r) =>
    isSectionRow(r)
      ? sectionCells(r.section, r.title, 7)
      : [data(r.stt), data(r.name), data(r.lead), data(r.coordinating), data(r.output), data(r.deadline), data(r.note ?? '')],
  );
  const leads = [...plan.indicators, ...plan.tasks].filter((r): r is IndicatorRow | TaskRow => !isSectionRow(r)).map((r) => r.lead);
  const offices = officesFromLeads(leads);
  const officeRows = offices.map((o) => [data(o.name), data(o.aliases.join('; ')), data(exampleEmail(plan, o.name))]);
  return [
    titled('Phụ lục I', plan.indicatorTitle, ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả', 'Cơ quan chủ trì theo dõi, đánh giá'], indicatorRows, [7, 60, 12, 22, 32]),
    titled('Phụ lục II', plan.taskTitle, ['STT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Kết quả', 'Thời gian thực hiện', 'Ghi chú'], taskRows, [7, 60, 28, 28, 28, 18, 14]),
    {
      name: 'Đơn vị',
      cells: [['Tên đơn vị', 'Tên khác', 'Email'].map((h) => label(h, 'header')), ...officeRows],
      columnWidths: [40, 50, 50],
    },
  ];
}
