// The report draft's wording, made from the text module's 'report' group; status words come from the shared `words`.
import { fill, type ParamValue } from '../i18n/fill';
import { type KeyIn, type Lang, textOf } from '../i18n/text';

type ReportKey = KeyIn<'report'>;

function reportWords(lang: Lang) {
  const r = textOf(lang).report;
  const say = (key: ReportKey, params: Record<string, ParamValue> = {}) => fill(r[key], params);
  /** A list in the text module is one item per line. */
  const list = (key: ReportKey) => r[key].split('\n');
  return {
    communeFallback: r.communeFallback,
    nation: list('nation'),
    gap: r.gap,
    /** ND 30/2020: days below 10 and months 1 and 2 take a leading zero. */
    placeDate: (place: string, d: string, m: string, y: string) => say('placeDate', { place, d, m, y }),
    reportWord: r.reportWord,
    titleLine: (planRef: string, period: string) => say('titleLine', { planRef, period }),
    planFallback: (id: string) => (/KH-/.test(id) ? say('planNumbered', { id }) : r.planUnnumbered),
    opening: (planRef: string, commune: string, reported: number, offices: number, period: string) => say('opening', { planRef, commune, reported, offices, period }),
    leadershipPlaceholder: r.leadershipPlaceholder,
    s1: r.s1,
    indicatorCounts: (total: number, asOf: string, parts: string) => say('indicatorCounts', { total, asOf, parts }),
    countPart: (word: string, n: number, noun: string) => say('countPart', { word, n, noun }),
    indicatorNoun: r.indicatorNoun,
    taskNoun: r.taskNoun,
    laterYears: (n: number, years: string) => say('laterYears', { n, years }),
    missedHead: r.missedHead,
    noneMissed: r.noneMissed,
    progressHead: (years: string) => say('progressHead', { years }),
    noDataHead: r.noDataHead,
    judgementHead: r.judgementHead,
    indicatorRef: (section: string, stt: string) => say('indicatorRef', { section, stt }),
    taskRef: (section: string, stt: string) => say('taskRef', { section, stt }),
    missedItem: (value: string, target: string) => say('missedItem', { value, target }),
    progressItem: (value: string, target: string, year: string) => say('progressItem', { value, target, year }),
    noDataItem: (target: string, leads: string) => say('noDataItem', { target, leads }),
    judgementItem: (leads: string) => say('judgementItem', { leads }),
    s2: r.s2,
    taskCounts: (total: number, recurring: number, parts: string, overdue: number) =>
      say('taskCounts', { total, recurring: recurring > 0 ? say('taskCountsRecurring', { n: recurring }) : '', parts, overdue }),
    overdueHead: r.overdueHead,
    noneOverdue: r.noneOverdue,
    overdueItem: (leads: string, deadline: string, status: string) => say('overdueItem', { leads, deadline, status }),
    lateHead: r.lateHead,
    lateItem: (leads: string, deadline: string, done: string) => say('lateItem', { leads, deadline, done: done ? say('lateItemDone', { date: done }) : '' }),
    s3: r.s3,
    noDifficulties: r.noDifficulties,
    aboutTasks: (refs: string) => say('aboutTasks', { refs }),
    causesPlaceholder: r.causesPlaceholder,
    causesLabel: r.causesLabel,
    s4: r.s4,
    directionsPlaceholder: r.directionsPlaceholder,
    openTasksLead: r.openTasksLead,
    openItem: (leads: string, deadline: string, overdue: boolean) => say('openItem', { leads, deadline, overdue: overdue ? r.openItemOverdue : '' }),
    recurringOpen: (n: number) => say('recurringOpen', { n }),
    noOpenTasks: r.noOpenTasks,
    s5: r.s5,
    noProposals: r.noProposals,
    proposalsPlaceholder: r.proposalsPlaceholder,
    closing: (commune: string, period: string) => say('closing', { commune, period }),
    recipientsTitle: r.recipientsTitle,
    recipients: list('recipients'),
    signature: list('signature'),
    signatureName: r.signatureName,
    appendixWord: r.appendixWord,
    appendixTitle: r.appendixTitle,
    appendixRef: (number: string, commune: string) => say('appendixRef', { number, commune }),
    indicatorTable: r.indicatorTable,
    indicatorColumns: list('indicatorColumns'),
    taskTable: r.taskTable,
    taskColumns: list('taskColumns'),
    horizonNote: (year: string) => say('horizonNote', { year }),
    conflictNote: r.conflictNote,
    missingNote: (offices: string) => say('missingNote', { offices }),
    lateNote: r.lateNote,
    notReportedHead: r.notReportedHead,
    allReported: r.allReported,
    sectionWord: r.sectionWord,
  };
}

export const REPORT_WORDS: Record<Lang, ReturnType<typeof reportWords>> = { vi: reportWords('vi'), en: reportWords('en') };

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

function issuingBodies(lang: Lang): Record<ReportFormat, IssuingBody> {
  const r = textOf(lang).report;
  const w = REPORT_WORDS[lang];
  const list = (key: ReportKey) => r[key].split('\n');
  return {
    ubnd: {
      above: [],
      name: r.ubndName,
      oneLine: false,
      inSentence: (commune) => fill(r.ubndInSentence, { commune }),
      mark: 'rule',
      nation: w.nation,
      numberLabel: r.ubndNumberLabel,
      numberSuffix: '/BC-UBND',
      recipients: w.recipients,
      signature: w.signature,
    },
    'dang-uy': {
      above: list('partyAbove'),
      name: r.partyName,
      oneLine: true,
      inSentence: (commune) => fill(r.partyInSentence, { commune }),
      mark: 'star',
      nation: list('partyNation'),
      numberLabel: r.partyNumberLabel,
      numberSuffix: '-BC/ĐU',
      recipients: list('partyRecipients'),
      signature: list('partySignature'),
    },
  };
}

export const ISSUING_BODY: Record<Lang, Record<ReportFormat, IssuingBody>> = { vi: issuingBodies('vi'), en: issuingBodies('en') };
