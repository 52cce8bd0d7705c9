// The report draft's own wording, Vietnamese and English; status words come from the core's shared `words`.
import type { Lang } from '../messages';

const vi = {
  communeFallback: 'XÃ',
  nation: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
  gap: '…',
  /** ND 30/2020: days below 10 and months 1 and 2 take a leading zero. */
  placeDate: (place: string, d: string, m: string, y: string) => `${place}, ngày ${d} tháng ${m} năm ${y}`,
  reportWord: 'BÁO CÁO',
  titleLine: (planRef: string, period: string) => `Kết quả thực hiện ${planRef} triển khai Nghị quyết số 57-NQ/TW, ${period}`,
  planFallback: (id: string) => (/KH-/.test(id) ? `Kế hoạch số ${id}` : 'Kế hoạch số …/KH-UBND'),
  opening: (planRef: string, commune: string, reported: number, offices: number, period: string) =>
    `Thực hiện ${planRef} về triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; trên cơ sở báo cáo của ${reported}/${offices} cơ quan, đơn vị, ${commune} báo cáo kết quả thực hiện ${period} như sau:`,
  leadershipPlaceholder: '[Cơ quan thường trực viết: công tác lãnh đạo, chỉ đạo, tuyên truyền, ban hành văn bản triển khai trong kỳ …]',
  s1: 'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
  indicatorCounts: (total: number, asOf: string, parts: string) => `Kế hoạch có ${total} chỉ tiêu. Đến ngày ${asOf}: ${parts}.`,
  countPart: (word: string, n: number, noun: string) => `${word} ${n} ${noun}`,
  indicatorNoun: 'chỉ tiêu',
  taskNoun: 'nhiệm vụ',
  laterYears: (n: number, years: string) =>
    `Trong đó ${n} chỉ tiêu có mục tiêu đến năm ${years}: kết quả các chỉ tiêu này là mức đã đạt tại thời điểm báo cáo, thể hiện tiến độ hướng tới mục tiêu, chưa phải kết quả đánh giá cuối kỳ.`,
  missedHead: 'Các chỉ tiêu không đạt',
  noneMissed: 'Không có chỉ tiêu nào không đạt mục tiêu của kỳ báo cáo.',
  progressHead: (years: string) => `Các chỉ tiêu có mục tiêu đến năm ${years} đang tiến tới mục tiêu`,
  noDataHead: 'Các chỉ tiêu chưa có số liệu',
  judgementHead: 'Các chỉ tiêu cần đánh giá Đạt/Không đạt',
  indicatorRef: (section: string, stt: string) => `Chỉ tiêu ${stt} (mục ${section})`,
  taskRef: (section: string, stt: string) => `Nhiệm vụ ${stt} (mục ${section})`,
  missedItem: (value: string, target: string) => `: kết quả ${value}; mục tiêu ${target}.`,
  progressItem: (value: string, target: string, year: string) => `: đạt ${value}, hướng tới mục tiêu ${target} vào năm ${year}.`,
  noDataItem: (target: string, leads: string) => `: mục tiêu ${target}; cơ quan chủ trì: ${leads}.`,
  judgementItem: (leads: string) => `: cơ quan chủ trì (${leads}) đã báo cáo nhưng chưa ghi "Đạt" hoặc "Không đạt".`,
  s2: 'II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ',
  taskCounts: (total: number, recurring: number, parts: string, overdue: number) =>
    `Kế hoạch có ${total} nhiệm vụ${recurring > 0 ? ` (trong đó ${recurring} nhiệm vụ thường xuyên, hằng năm)` : ''}: ${parts}; ${overdue} nhiệm vụ quá hạn chưa hoàn thành.`,
  overdueHead: 'Các nhiệm vụ quá hạn chưa hoàn thành',
  noneOverdue: 'Không có nhiệm vụ nào quá hạn.',
  overdueItem: (leads: string, deadline: string, status: string) => `: cơ quan chủ trì ${leads}; thời hạn ${deadline}; tình trạng: ${status}.`,
  lateHead: 'Các nhiệm vụ hoàn thành chậm so với thời hạn',
  lateItem: (leads: string, deadline: string, done: string) => `: cơ quan chủ trì ${leads}; thời hạn ${deadline}${done ? `, hoàn thành ngày ${done}` : ''}.`,
  s3: 'III. KHÓ KHĂN, VƯỚNG MẮC VÀ NGUYÊN NHÂN',
  noDifficulties: 'Các cơ quan, đơn vị chưa nêu khó khăn, vướng mắc trong báo cáo.',
  aboutTasks: (refs: string) => ` (${refs})`,
  causesPlaceholder: '[Cơ quan thường trực viết: nguyên nhân của những khó khăn, vướng mắc, hạn chế …]',
  causesLabel: 'Nguyên nhân: ',
  s4: 'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
  directionsPlaceholder: '[Cơ quan thường trực viết: phương hướng, nhiệm vụ trọng tâm kỳ tới …]',
  openTasksLead: 'Tiếp tục thực hiện và hoàn thành các nhiệm vụ chưa hoàn thành:',
  openItem: (leads: string, deadline: string, overdue: boolean) => `: cơ quan chủ trì ${leads}; thời hạn ${deadline}${overdue ? ' (quá hạn)' : ''}.`,
  recurringOpen: (n: number) => `Duy trì thực hiện ${n} nhiệm vụ thường xuyên, hằng năm (chi tiết tại Phụ lục).`,
  noOpenTasks: 'Các nhiệm vụ có thời hạn đều đã hoàn thành.',
  s5: 'V. ĐỀ XUẤT, KIẾN NGHỊ',
  noProposals: 'Các cơ quan, đơn vị chưa có đề xuất, kiến nghị trong báo cáo.',
  proposalsPlaceholder: '[Cơ quan thường trực viết: đề xuất, kiến nghị với cấp trên …]',
  closing: (commune: string, period: string) => `Trên đây là báo cáo kết quả thực hiện Nghị quyết số 57-NQ/TW ${period} của ${commune}./.`,
  recipientsTitle: 'Nơi nhận:',
  recipients: ['- …………… (để báo cáo);', '- Thường trực Đảng ủy, HĐND xã;', '- Chủ tịch, các Phó Chủ tịch UBND xã;', '- Các cơ quan, đơn vị thuộc UBND xã;', '- Lưu: VT.'],
  signature: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
  signatureName: '[Họ và tên]',
  appendixWord: 'PHỤ LỤC',
  appendixTitle: 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU, NHIỆM VỤ',
  appendixRef: (number: string, commune: string) => `(Kèm theo Báo cáo số ${number} ngày … tháng … năm … của ${commune})`,
  indicatorTable: 'Biểu 1. Kết quả thực hiện các chỉ tiêu',
  indicatorColumns: ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Mục tiêu', 'Kết quả', 'Đánh giá', 'Cơ quan chủ trì', 'Ghi chú'],
  taskTable: 'Biểu 2. Kết quả thực hiện các nhiệm vụ',
  taskColumns: ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng', 'Quá hạn', 'Ngày hoàn thành', 'Ghi chú'],
  horizonNote: (year: string) => `Mục tiêu đến năm ${year}`,
  conflictNote: 'Số liệu các đơn vị khác nhau',
  missingNote: (offices: string) => `Chưa báo cáo: ${offices}`,
  lateNote: 'Hoàn thành muộn',
  notReportedHead: 'Các cơ quan, đơn vị chưa gửi báo cáo',
  allReported: 'Tất cả cơ quan, đơn vị đã gửi báo cáo.',
  sectionWord: 'Mục',
};

type ReportWords = typeof vi;

const en: ReportWords = {
  communeFallback: 'COMMUNE',
  nation: ['SOCIALIST REPUBLIC OF VIETNAM', 'Independence - Freedom - Happiness'],
  gap: '…',
  placeDate: (place, d, m, y) => `${place}, ${d}/${m}/${y}`,
  reportWord: 'REPORT',
  titleLine: (planRef, period) => `Results of ${planRef} implementing Resolution 57-NQ/TW, ${period}`,
  planFallback: (id) => (/KH-/.test(id) ? `Plan No. ${id}` : 'Plan No. …/KH-UBND'),
  opening: (planRef, commune, reported, offices, period) =>
    `Under ${planRef} implementing Resolution 57-NQ/TW of 22/12/2024 of the Politburo on breakthroughs in science, technology, innovation and national digital transformation, and on the reports of ${reported} of ${offices} offices, ${commune} reports the results for ${period} as follows:`,
  leadershipPlaceholder: '[The standing office writes: leadership, direction, communication and documents issued in the period …]',
  s1: 'I. RESULTS ON THE INDICATORS',
  indicatorCounts: (total, asOf, parts) => `The plan has ${total} indicators. As of ${asOf}: ${parts}.`,
  countPart: (word, n, noun) => `${word} ${n} ${noun}`,
  indicatorNoun: 'indicators',
  taskNoun: 'tasks',
  laterYears: (n, years) => `Of these, ${n} indicators have targets for ${years}: their results are the level reached at the time of this report, progress towards the target, not a final assessment.`,
  missedHead: 'Indicators that missed their target',
  noneMissed: 'No indicator missed its target for this period.',
  progressHead: (years) => `Indicators with targets for ${years}, progressing towards them`,
  noDataHead: 'Indicators without data',
  judgementHead: 'Indicators awaiting a met / not met judgement',
  indicatorRef: (section, stt) => `Indicator ${stt} (section ${section})`,
  taskRef: (section, stt) => `Task ${stt} (section ${section})`,
  missedItem: (value, target) => `: result ${value}; target ${target}.`,
  progressItem: (value, target, year) => `: reached ${value}, towards the target ${target} by ${year}.`,
  noDataItem: (target, leads) => `: target ${target}; lead offices: ${leads}.`,
  judgementItem: (leads) => `: the lead offices (${leads}) reported it but wrote neither "Đạt" nor "Không đạt".`,
  s2: 'II. RESULTS ON THE TASKS',
  taskCounts: (total, recurring, parts, overdue) => `The plan has ${total} tasks${recurring > 0 ? ` (${recurring} of them ongoing or yearly)` : ''}: ${parts}; ${overdue} tasks overdue and not done.`,
  overdueHead: 'Overdue tasks not done',
  noneOverdue: 'No task is overdue.',
  overdueItem: (leads, deadline, status) => `: lead ${leads}; deadline ${deadline}; status: ${status}.`,
  lateHead: 'Tasks done after their deadline',
  lateItem: (leads, deadline, done) => `: lead ${leads}; deadline ${deadline}${done ? `, done on ${done}` : ''}.`,
  s3: 'III. DIFFICULTIES AND THEIR CAUSES',
  noDifficulties: 'No office reported difficulties.',
  aboutTasks: (refs) => ` (${refs})`,
  causesPlaceholder: '[The standing office writes: the causes of these difficulties and shortcomings …]',
  causesLabel: 'Causes: ',
  s4: 'IV. DIRECTIONS AND TASKS AHEAD',
  directionsPlaceholder: '[The standing office writes: directions and key tasks for the next period …]',
  openTasksLead: 'Carry on and complete the tasks not yet done:',
  openItem: (leads, deadline, overdue) => `: lead ${leads}; deadline ${deadline}${overdue ? ' (overdue)' : ''}.`,
  recurringOpen: (n) => `Keep up ${n} ongoing or yearly tasks (see the appendix).`,
  noOpenTasks: 'Every task with a deadline is done.',
  s5: 'V. PROPOSALS',
  noProposals: 'No office made a proposal.',
  proposalsPlaceholder: '[The standing office writes: proposals to higher levels …]',
  closing: (commune, period) => `This is the report of ${commune} on implementing Resolution 57-NQ/TW, ${period}./.`,
  recipientsTitle: 'Recipients:',
  recipients: ['- …………… (for report);', '- Standing Party committee, People\'s Council;', '- Chairman and vice-chairmen;', '- Offices of the commune;', '- Archive.'],
  signature: ["ON BEHALF OF THE PEOPLE'S COMMITTEE", 'CHAIRMAN'],
  signatureName: '[Full name]',
  appendixWord: 'APPENDIX',
  appendixTitle: 'RESULTS ON THE INDICATORS AND TASKS',
  appendixRef: (number, commune) => `(Attached to Report No. ${number} of … of ${commune})`,
  indicatorTable: 'Table 1. Results on the indicators',
  indicatorColumns: ['No.', 'Indicator', 'Unit', 'Target', 'Result', 'Assessment', 'Lead offices', 'Notes'],
  taskTable: 'Table 2. Results on the tasks',
  taskColumns: ['No.', 'Task', 'Lead offices', 'Deadline', 'Status', 'Overdue', 'Date done', 'Notes'],
  horizonNote: (year) => `Target for ${year}`,
  conflictNote: 'Offices gave different figures',
  missingNote: (offices) => `Not reported: ${offices}`,
  lateNote: 'Done late',
  notReportedHead: 'Offices that have not reported',
  allReported: 'Every office has reported.',
  sectionWord: 'Section',
};

export const REPORT_WORDS: Record<Lang, ReportWords> = { vi, en };

/** Who issues the report: the commune People's Committee (Nghị định 30/2020) or the commune Party committee (Hướng dẫn 36-HD/VPTW). */
export type ReportFormat = 'ubnd' | 'dang-uy';

type IssuingBody = {
  /** Lines above the body's own name (the Party committee it belongs to), written by a person. */
  above: string[];
  name: string;
  /** 'ĐẢNG ỦY XÃ CAO MINH' on one line (Party); 'ỦY BAN NHÂN DÂN' above 'XÃ CAO MINH' (state). */
  oneLine: boolean;
  /** 'Ủy ban nhân dân xã Thống Nhất' inside a sentence. */
  inSentence: (commune: string) => string;
  /** Under the issuer: a short rule (state) or a star (Party). */
  mark: 'rule' | 'star';
  nation: string[];
  numberLabel: string;
  numberSuffix: string;
  recipients: string[];
  signature: string[];
};

export const ISSUING_BODY: Record<Lang, Record<ReportFormat, IssuingBody>> = {
  vi: {
    ubnd: {
      above: [],
      name: 'ỦY BAN NHÂN DÂN',
      oneLine: false,
      inSentence: (c) => `Ủy ban nhân dân ${c}`,
      mark: 'rule',
      nation: vi.nation,
      numberLabel: 'Số: ',
      numberSuffix: '/BC-UBND',
      recipients: vi.recipients,
      signature: vi.signature,
    },
    'dang-uy': {
      above: ['ĐẢNG BỘ …'],
      name: 'ĐẢNG ỦY',
      oneLine: true,
      inSentence: (c) => `Đảng ủy ${c}`,
      mark: 'star',
      nation: ['ĐẢNG CỘNG SẢN VIỆT NAM'],
      numberLabel: 'Số ',
      numberSuffix: '-BC/ĐU',
      recipients: ['- …………… (để báo cáo);', '- Các đồng chí Đảng ủy viên;', '- Các chi bộ trực thuộc;', '- Lưu Văn phòng Đảng ủy.'],
      signature: ['T/M ĐẢNG ỦY', 'BÍ THƯ'],
    },
  },
  en: {
    ubnd: {
      above: [],
      name: "PEOPLE'S COMMITTEE",
      oneLine: false,
      inSentence: (c) => `the People's Committee of ${c}`,
      mark: 'rule',
      nation: en.nation,
      numberLabel: 'No.: ',
      numberSuffix: '/BC-UBND',
      recipients: en.recipients,
      signature: en.signature,
    },
    'dang-uy': {
      above: ['PARTY ORGANISATION OF …'],
      name: 'PARTY COMMITTEE',
      oneLine: true,
      inSentence: (c) => `the Party Committee of ${c}`,
      mark: 'star',
      nation: ['COMMUNIST PARTY OF VIETNAM'],
      numberLabel: 'No. ',
      numberSuffix: '-BC/ĐU',
      recipients: ['- …………… (for report);', '- Members of the Party committee;', '- Party cells;', '- Archive.'],
      signature: ['ON BEHALF OF THE PARTY COMMITTEE', 'SECRETARY'],
    },
  },
};
