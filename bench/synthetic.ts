// A synthetic commune plan of any size, as grids the way a plan workbook reads: for the benchmark only.
import type { CellValue, Grid } from '../shared/grid';

/** Offices a commune really has (with the short names plans use); beyond them, numbered 'Phòng Số k'. */
const REAL_OFFICES: Array<{ name: string; alias: string | null }> = [
  { name: 'Văn phòng HĐND và UBND', alias: 'VP HĐND-UBND' },
  { name: 'Phòng Kinh tế', alias: 'Phòng KT' },
  { name: 'Phòng Văn hóa - Xã hội', alias: 'Phòng VH-XH' },
  { name: 'Công an xã', alias: null },
  { name: 'Trung tâm Phục vụ hành chính công', alias: 'TT PVHCC' },
  { name: 'Ban Chỉ huy Quân sự xã', alias: null },
  { name: 'Trạm Y tế xã', alias: 'TYT xã' },
];

const ROMAN = ['I', 'II', 'III'];

const INDICATOR_SECTIONS = ['Hạ tầng số và chuyển đổi số', 'Chính quyền số, dịch vụ công trực tuyến', 'Kinh tế số và xã hội số'];
const TASK_SECTIONS = ['Nâng cao nhận thức, đổi mới tư duy', 'Hoàn thiện thể chế, chính sách', 'Phát triển hạ tầng và dữ liệu số'];

const INDICATOR_TOPICS = [
  'Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến',
  'Tỷ lệ người dân trưởng thành có chữ ký số',
  'Tỷ lệ hộ gia đình có cáp quang',
  'Tỷ lệ văn bản điện tử có ký số',
  'Tỷ lệ cán bộ được bồi dưỡng kỹ năng số',
  'Tỷ lệ thanh toán không dùng tiền mặt',
];
const COUNT_TOPICS = ['Xóa điểm lõm sóng di động', 'Điểm truy cập Internet công cộng miễn phí', 'Mô hình thôn thông minh'];
const TASK_TOPICS = [
  'Tuyên truyền, phổ biến Nghị quyết',
  'Rà soát hạ tầng viễn thông',
  'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
  'Diễn tập an toàn thông tin',
  'Kết nối, chia sẻ dữ liệu dân cư',
  'Bồi dưỡng kỹ năng số cho cán bộ',
  'Triển khai nền tảng học tập trực tuyến',
  'Xây dựng kế hoạch chuyển đổi số năm',
];
const OUTPUTS = ['Kế hoạch', 'Báo cáo', 'Văn bản', 'Hồ sơ số', 'Tin bài', 'Dữ liệu'];
const DEADLINES = ['Quý I/2026', 'Tháng 10/2025', 'Thường xuyên', 'Quý III/2026', '30/6/2026', 'Năm 2026', 'Tháng 3/2026', 'Quý IV/2025', 'Hằng năm'];

/** Numerical Recipes' LCG: deterministic variety without Math.random. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Splits `count` rows into `sections` parts as evenly as possible (earlier sections take the remainder). */
function sectionSizes(count: number, sections: number): number[] {
  return Array.from({ length: sections }, (_, s) => Math.floor(count / sections) + (s < count % sections ? 1 : 0));
}

export type SyntheticOffice = { name: string; alias: string | null; email: string };

export function syntheticOffices(n: number): SyntheticOffice[] {
  return Array.from({ length: n }, (_, i) => {
    const real = REAL_OFFICES[i];
    const name = real ? real.name : `Phòng Số ${i + 1}`;
    return { name, alias: real?.alias ?? null, email: `don-vi-${i + 1}@thu-nghiem.example` };
  });
}

/**
 * A plan with `indicators` indicators and `tasks` tasks in three sections each, and a 'Đơn vị' sheet of `offices`
 * offices. Leads go round-robin over all items (indicators, then tasks), so each office leads some item whenever
 * indicators + tasks ≥ offices; every 7th item has a second lead, every 3rd task a coordinating office.
 */
export function syntheticPlanGrids(offices: number, indicators = 30, tasks = 50): Grid[] {
  if (offices < 1) throw new Error('syntheticPlanGrids: at least one office');
  const rand = lcg(57 + offices * 1009 + indicators * 31 + tasks);
  const dir = syntheticOffices(offices);
  // Some lead cells use the short name from 'Tên khác', as real plans do.
  const written = (o: SyntheticOffice, k: number) => (o.alias && k % 5 === 0 ? o.alias : o.name);
  let item = 0;
  const leadText = () => {
    const k = item++;
    const first = dir[k % offices];
    if (k % 7 === 3 && offices > 1) return `${written(first, k)}, ${written(dir[(k + 1) % offices], k + 1)}`;
    return written(first, k);
  };

  // Phụ lục I: title rows (merged), header, three section rows, the indicators.
  const ind: CellValue[][] = [
    ['PHỤ LỤC I', null, null, null, null],
    ['DANH MỤC CÁC CHỈ TIÊU CỤ THỂ', null, null, null, null],
    ['(Kèm theo Kế hoạch số 123/KH-UBND ngày 01/10/2025 của UBND xã Thử Nghiệm)', null, null, null, null],
    [null, null, null, null, null],
    ['STT', 'Chỉ tiêu', 'Đơn vị\ntính', 'Kết quả', 'Cơ quan chủ trì theo dõi, đánh giá'],
  ];
  let k = 0;
  sectionSizes(indicators, 3).forEach((size, s) => {
    ind.push([ROMAN[s], INDICATOR_SECTIONS[s], null, null, null]);
    for (let j = 1; j <= size; j++, k++) {
      const lead = leadText();
      if (k === 0) {
        // The one qualitative indicator: a rank an officer judges Đạt / Không đạt.
        ind.push([String(j), 'Tiềm lực khoa học, công nghệ và đổi mới sáng tạo', 'Thứ bậc', 'Phát triển đạt mức khá so với các địa phương trong tỉnh', lead]);
        continue;
      }
      const kind = k % 4;
      if (kind === 3) {
        const topic = COUNT_TOPICS[Math.floor(rand() * COUNT_TOPICS.length)];
        ind.push([String(j), `${topic} (chỉ tiêu ${k + 1})`, 'điểm', '5', lead]);
        continue;
      }
      const topic = INDICATOR_TOPICS[Math.floor(rand() * INDICATOR_TOPICS.length)];
      const target = kind === 0 ? '100' : kind === 1 ? `≥ ${[80, 90, 95][Math.floor(rand() * 3)]}` : '66% đến 70%';
      ind.push([String(j), `${topic} (chỉ tiêu ${k + 1})`, '%', target, lead]);
    }
  });

  // Phụ lục II: header, three section rows, the tasks.
  const tsk: CellValue[][] = [
    ['PHỤ LỤC II', null, null, null, null, null],
    ['DANH MỤC NHIỆM VỤ TRỌNG TÂM', null, null, null, null, null],
    ['STT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Kết quả', 'Thời gian thực hiện'],
  ];
  k = 0;
  sectionSizes(tasks, 3).forEach((size, s) => {
    tsk.push([ROMAN[s], TASK_SECTIONS[s], null, null, null, null]);
    for (let j = 1; j <= size; j++, k++) {
      const lead = leadText();
      const at = item - 1;
      const coordinating =
        k === 0 ? 'Các phòng, ban, đơn vị trên địa bàn xã' : k % 3 === 1 && offices > 2 ? dir[(at + 2) % offices].name : null;
      const topic = TASK_TOPICS[Math.floor(rand() * TASK_TOPICS.length)];
      tsk.push([String(j), `${topic} (nhiệm vụ ${k + 1})`, lead, coordinating, OUTPUTS[k % OUTPUTS.length], DEADLINES[k % DEADLINES.length]]);
    }
  });

  const units: CellValue[][] = [['Tên đơn vị', 'Tên khác', 'Email'], ...dir.map((o) => [o.name, o.alias, o.email])];

  return [
    { name: 'Phụ lục I', file: null, values: ind, merges: ['A1:E1', 'A2:E2', 'A3:E3'] },
    { name: 'Phụ lục II', file: null, values: tsk, merges: ['A1:F1', 'A2:F2'] },
    { name: 'Đơn vị', file: null, values: units },
  ];
}
