// A plan in the shape of the Government's action programme for Resolution 57 (Nghị quyết 03/NQ-CP, amended
// by 71/NQ-CP), whose appendices provinces and communes copy. The appendix text itself could not be retrieved
// here, so the rows are RECONSTRUCTED from the phrasing classes issue 10 measured on it (each row says which),
// with office names as the programme writes them. It is not a verbatim portion of the resolution.
import type { Grid } from '../shared/grid';

export type LeadRow = { stt: string; lead: string; expected: string[] | 'all'; source: string };

const BKHCN = 'Bộ Khoa học và Công nghệ';
const BTTTT = 'Bộ Thông tin và Truyền thông';
const BGDDT = 'Bộ Giáo dục và Đào tạo';
const BKHDT = 'Bộ Kế hoạch và Đầu tư';
const BTC = 'Bộ Tài chính';
const BCA = 'Bộ Công an';
const BQP = 'Bộ Quốc phòng';
const BNV = 'Bộ Nội vụ';
const VPCP = 'Văn phòng Chính phủ';
const NHNN = 'Ngân hàng Nhà nước Việt Nam';
const VHL = 'Viện Hàn lâm Khoa học và Công nghệ Việt Nam';
const VHLXH = 'Viện Hàn lâm Khoa học xã hội Việt Nam';
const VIETTEL = 'Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel)';
const VNPT = 'Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT)';
const SKHCN = 'Sở Khoa học và Công nghệ';
const STTTT = 'Sở Thông tin và Truyền thông';
const ENTERPRISES = 'Tập đoàn, doanh nghiệp công nghệ số';

const I10 = 'issue 10 (measured on 03/NQ-CP)';

/** Lead cells of the task appendix, with the offices they name. */
export const nationalLeadRows: LeadRow[] = [
  { stt: '1', lead: BKHCN, expected: [BKHCN], source: `${I10}: a ministry leading alone` },
  { stt: '2', lead: BTTTT, expected: [BTTTT], source: `${I10}` },
  { stt: '3', lead: `${BKHCN}, ${BTTTT}`, expected: [BKHCN, BTTTT], source: `${I10}: "Bộ Khoa học và Công nghệ, Bộ Thông tin và Truyền thông" became one invented office` },
  { stt: '4', lead: `${BKHCN} ${BTTTT}`, expected: [BKHCN, BTTTT], source: `${I10}: two offices written with no separator` },
  { stt: '5', lead: BGDDT, expected: [BGDDT], source: '03/NQ-CP lead office (education tasks)' },
  { stt: '6', lead: `${BKHDT}; ${BTC}`, expected: [BKHDT, BTC], source: '03/NQ-CP lead offices (planning and budget tasks)' },
  { stt: '7', lead: BTC, expected: [BTC], source: '03/NQ-CP' },
  { stt: '8', lead: `${BCA} và ${BQP}`, expected: [BCA, BQP], source: '03/NQ-CP lead offices (security tasks), joined by "và"' },
  { stt: '9', lead: `${VHL}, ${VHLXH}`, expected: [VHL, VHLXH], source: `${I10}: "Viện…" lists` },
  { stt: '10', lead: 'VTV, VOV, TTXVN', expected: ['VTV', 'VOV', 'TTXVN'], source: `${I10}: abbreviations` },
  { stt: '11', lead: `${VIETTEL}, ${VNPT}`, expected: [VIETTEL, VNPT], source: `${I10}: enterprises such as Viettel or VNPT` },
  { stt: '12', lead: 'Viettel, VNPT', expected: [VIETTEL, VNPT], source: `${I10}: the same enterprises by their short names` },
  { stt: '13', lead: ENTERPRISES, expected: [ENTERPRISES], source: `${I10}: "Tập đoàn, doanh nghiệp công nghệ số" is one` },
  { stt: '14', lead: 'Các bộ, ngành, địa phương', expected: 'all', source: `${I10}: collective lead` },
  { stt: '15', lead: `${BKHCN}, các bộ, ngành liên quan`, expected: 'all', source: `${I10}: a collective at the end of a list` },
  { stt: '16', lead: 'Các bộ, ngành liên quan', expected: 'all', source: `${I10}` },
  { stt: '17', lead: BNV, expected: [BNV], source: '03/NQ-CP' },
  { stt: '18', lead: `${SKHCN}, ${STTTT}`, expected: [SKHCN, STTTT], source: 'provincial plans copying 03/NQ-CP (Sở …)' },
  { stt: '19', lead: VPCP, expected: [VPCP], source: '03/NQ-CP' },
  { stt: '20', lead: NHNN, expected: [NHNN], source: '03/NQ-CP' },
  { stt: '21', lead: `${BKHDT} (Tổng cục Thống kê)`, expected: [BKHDT], source: 'gso.gov.vn: "Bộ Kế hoạch và Đầu tư (Tổng cục Thống kê) chủ trì"' },
  { stt: '22', lead: `${BTTTT}\n${BKHCN}`, expected: [BTTTT, BKHCN], source: 'a Word cell pasted with a line break' },
  { stt: '23', lead: `${BGDDT}, các địa phương`, expected: 'all', source: `${I10}: a collective at the end of a list` },
  { stt: '24', lead: 'Các cơ quan, đơn vị liên quan', expected: 'all', source: 'Vĩnh Phúc 669/QĐ-UBND (hethongphapluat.com): "Thủ trưởng các cơ quan, đơn vị liên quan"' },
  { stt: '25', lead: `${SKHCN}; Các sở, ban, ngành`, expected: 'all', source: 'Vĩnh Phúc 669/QĐ-UBND: "Thủ trưởng các sở, ban, ngành, đoàn thể"' },
];

/** The task appendix as a commune pastes it into Excel: title rows, one section, a date cell from `6/2025`. */
export function nationalPlanGrids(): Grid[] {
  const header = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Sản phẩm', 'Thời gian hoàn thành'];
  const values: Grid['values'] = [
    ['PHỤ LỤC II', null, null, null, null, null],
    ['NHIỆM VỤ CỤ THỂ', null, null, null, null, null],
    header,
    ['I', 'Nâng cao nhận thức, đột phá về đổi mới tư duy', null, null, null, null],
    ...nationalLeadRows.map((r) => [r.stt, `Nhiệm vụ ${r.stt}`, r.lead, null, 'Báo cáo', 'Năm 2025']),
  ];
  const formats: (string | null)[][] = values.map((row) => row.map(() => null));
  // `6/2025` pasted: Excel keeps 1 June 2025 with a month-year format.
  values[4][5] = new Date(Date.UTC(2025, 5, 1));
  formats[4][5] = 'mmm-yy';
  const indicators: Grid['values'] = [
    ['PHỤ LỤC I', null, null, null, null],
    ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Mục tiêu', 'Cơ quan chủ trì theo dõi, đánh giá'],
    ['I', 'Đến năm 2030', null, null, null],
    ['1', 'Chỉ số phát triển con người', 'Chỉ số (HDI)', '> 0,7', BKHDT],
    ['2', 'Xếp hạng đổi mới sáng tạo', 'Thứ hạng', '≤ 3 Đông Nam Á; ≤ 50 Thế giới', BKHCN],
    ['3', 'Tỷ lệ dịch vụ công trực tuyến toàn trình', '%', 1, BTTTT],
  ];
  const indicatorFormats: (string | null)[][] = indicators.map((row) => row.map(() => null));
  // `100%` pasted: Excel keeps 1 with a `0%` format.
  indicatorFormats[5][3] = '0%';
  return [grid('Phụ lục I', indicators, indicatorFormats), grid('Phụ lục II', values, formats)];
}

function grid(name: string, values: Grid['values'], formats: (string | null)[][]): Grid {
  return { name, file: null, values, formats };
}
