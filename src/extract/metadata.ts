import { firstSelfWord, selfSubject } from './self-subject.js';
import { tierUnderLeaders } from './leader-tier.js';
import type { Evidence } from '../model/common.js';
import type { ReportLevel, ReportMeta, ReportRole } from '../model/report.js';
import type { VocabularyFile } from '../model/vocabulary.js';
import type { PageMeta } from '../model/page-meta.js';
import type { BodyName } from './authority.js';
import {
  innerTitleLine,
  isTitle,
  labelledTitle,
  leadingLabelLength,
  titleIn,
  titleSecondHalf,
  WRAPPER_TITLE,
} from './title-lines.js';
import { reportingBody } from './reporting-body.js';
import { withWholeName } from './own-documents.js';
import { cityLevel } from './city-level.js';
import { announcedType, documentTypeOf, issuesPlan } from './document-type.js';
import type { FoundHeading } from './found-heading.js';
import { annualReportPart } from './statutory-parts.js';
import { otherFieldOf } from './document-field.js';
import { withNote } from './evidence-shapes.js';
import { ABOUT, date, headerLines, type Line, LINE_BREAK, PUBLISHED, signatureDate } from './header-lines.js';
import { readPeriod } from './period.js';
import type { TextIndex } from './text-index.js';
import { claimWordsOf } from './claim-words.js';
import { PAGE_TITLE, readYear } from './report-year.js';

const DOCUMENT_DATE =
  /(?:发文日期|成文日期|印发日期)\s*[:：|]?\s*\|?\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2})/u;

export interface Metadata {
  meta: ReportMeta;
  /** the text each field was read or inferred from */
  evidence: Record<string, Evidence>;
  /** the title's words that show the document reports on another field or body (安全生产, 人民法院): no facts */
  otherField?: string;
  /** the document issues or forwards a plan (关于印发…工作计划的通知): its figures are targets, no facts */
  issuesPlan?: boolean;
  /** where the title line stands in the text ([start, end)): it names the document, it states no fact */
  titleSpan?: [number, number];
}

/**
 * What the document says about itself: authority (and so region, level, role), year, title and
 * document type, period, document and publication dates — from the title, a header metadata
 * table, the opening sentence and the 落款. Only what the text states or its names imply.
 */
export function extractMetadata(
  index: TextIndex,
  headings: readonly FoundHeading[],
  page: PageMeta,
  vocabulary: VocabularyFile = {},
  inPlan: (offset: number) => boolean = () => false,
): Metadata {
  const text = index.text;
  // fields are set in the order the output has always listed them
  const found: Metadata = { meta: {}, evidence: {} };
  let headerEnd = Math.min(headings[0]?.offset ?? text.length, text.length);
  let header = headerLines(index, headerEnd);
  // Title: a short header line that says what the document is, or the page's title.
  let titleLine = titleIn(header, vocabulary, text);
  // a letter or notice sending the report on (关于报送…报告的函, 关于转发《…报告》的通知) wraps it: the report's own
  // title further down starts the document's header
  const inner = titleLine && WRAPPER_TITLE.test(titleLine.text) ? innerTitleLine(index, vocabulary, headerEnd) : 0;
  if (inner > 0) {
    header = headerLines(index, headerEnd, inner);
    titleLine = titleIn(header, vocabulary, text);
  }
  // a title the sections read as a part's heading (县林业和草原局 / 2024年法治政府建设工作情况报告, no numbered parts),
  // or its second half (某局2022年法治政府建设 / 工作情况的报告), belongs to the header
  if (!titleLine && headerEnd < text.length) {
    const next = text.indexOf('\n', headerEnd);
    const line = text.slice(headerEnd, next < 0 ? text.length : next).trim();
    if (isTitle(line, vocabulary) || titleSecondHalf(header, line, headerEnd, text, vocabulary)) {
      headerEnd = next < 0 ? text.length : next + 1;
      header = headerLines(index, headerEnd);
      titleLine = titleIn(header, vocabulary, text);
    }
  }
  // (a page's metadata row naming the document, 名称：…报告, when no title line stands in the header)
  titleLine ??= labelledTitle(header, vocabulary);
  const titleText = titleLine?.text ?? (page.title && isTitle(page.title, vocabulary) ? page.title : undefined);

  const body = withWholeName(text, reportingBody(text, header, titleLine, titleText, vocabulary), vocabulary);
  if (body) recordBody(found, body, index, vocabulary);
  else recordSelfName(found, index, vocabulary);
  if (found.meta.level === undefined) recordSelfTier(found, index, vocabulary);

  // Year: the title, else the opening (2022年，… / 现将2022年…报告如下).
  const titleAsLine = titleText === titleLine?.text ? titleLine : undefined;
  const headerText = joinedLines(header);
  const docDate = date(DOCUMENT_DATE.exec(headerText)?.[1]) ?? signatureDate(text);
  const year =
    readYear(text, titleAsLine, titleText, header, headerEnd, index, claimWordsOf(vocabulary)) ??
    yearByDate(docDate, index);
  if (year) {
    found.meta.year = year.year;
    if (year.evidence) found.evidence.year = year.evidence;
  }
  if (titleText) recordTitle(found, titleText, titleLine, index, vocabulary);
  else recordAnnouncedType(found, index, vocabulary, headerEnd, headings);
  if (titleLine && titleLine.offset >= 0)
    found.titleSpan = [titleLine.offset, titleLine.offset + titleLine.text.length];
  recordDates(found.meta, headerText, docDate, page);
  recordPeriod(found, index, vocabulary, inPlan);
  return found;
}

/**
 * With no body named, the role a self-reference in the opening gives (我街道2024年法治建设情况如下: a township; the
 * first sentence's subject, 2024年，我县坚持…: the county's government),
 * quoted with a note that it was inferred.
 */
function recordSelfName({ meta, evidence }: Metadata, index: TextIndex, vocabulary: VocabularyFile): void {
  const found =
    firstSelfWord<ReportRole>(index.text, vocabulary.selfNames) ??
    selfSubject<ReportRole>(index.text, vocabulary.selfSubjects);
  if (!found) return;
  meta.role = found.key;
  evidence.role = withNote(index.evidence(found.at, found.at + found.word.length), SELF_NAME_NOTE);
}

/**
 * With no level read, the tier a self-reference in the opening names (2023年，我县坚持…; 我镇始终围绕…: county,
 * township), quoted with a note that it was inferred.
 */
function recordSelfTier({ meta, evidence }: Metadata, index: TextIndex, vocabulary: VocabularyFile): void {
  const found = firstSelfWord<ReportLevel>(index.text, vocabulary.selfTiers);
  if (found) {
    meta.level = found.key;
    evidence.level = withNote(index.evidence(found.at, found.at + found.word.length), SELF_NAME_NOTE);
    return;
  }
  // 在县委、县政府的领导下，我局…: a bureau under the county's leaders is the county's
  const under = tierUnderLeaders<ReportLevel>(index, vocabulary.bureauSelves ?? [], vocabulary.leaderTiers);
  if (!under) return;
  meta.level = under.key;
  evidence.level = withNote(index.evidence(under.at, under.end), LEADER_NOTE);
}

const SELF_NAME_NOTE = '未载明单位名称，由报告中的自称推断';
const LEADER_NOTE = '未载明单位名称，由开头所述领导机关的层级推断';
const PLACE_ONLY_NOTE = '标题只载明地名，按该地政府（乡镇、街道）的报告推断';

/** A header line's words as evidence: placed in the text, or (offset -1) quoted from the web page's title. */
function quoteLine(index: TextIndex, l: Line, length = l.text.length): Evidence {
  return l.offset < 0
    ? { quote: l.text.slice(0, length), note: PAGE_TITLE }
    : index.evidence(l.offset, l.offset + length);
}

/** The body's name, region, level (from the region's name) and role (from the body's name). */
function recordBody(
  { meta, evidence }: Metadata,
  body: { name: BodyName; line: Line },
  index: TextIndex,
  vocabulary: VocabularyFile,
): void {
  const { name, line } = body;
  const at = quoteLine(index, line, name.authority.length);
  // a place is no body's name: the role is the place's government's, and the authority is left unstated
  if (!name.placeOnly) {
    meta.authority = name.authority;
    evidence.authority = at;
  }
  const inferred = name.placeOnly ? PLACE_ONLY_NOTE : '由单位名称推断';
  const byName = at.note ? `${at.note}；${inferred}` : inferred;
  // (a head's own report names the place he heads, not which body reports: no role)
  if (!name.headed) {
    meta.role = name.role;
    evidence.role = withNote(at, byName);
  }
  // a bare name (县自然资源局) names no place: no region, and its level only from the name
  if (name.region === undefined) {
    // (市司法局 names no level: a city's may be prefecture- or county-level)
    if (name.level) {
      meta.level = name.level;
      evidence.level = withNote(at, byName);
    }
    return;
  }
  meta.region = name.region;
  const level = name.level ?? cityLevel(index.text, name.region, vocabulary);
  if (level) {
    meta.level = level;
    const from = name.regionOffset ?? 0;
    const region = { text: line.text.slice(from), offset: line.offset < 0 ? line.offset : line.offset + from };
    const q = quoteLine(index, region, name.region.length);
    evidence.level = withNote(q, q.note ? `${q.note}；由行政区划名称推断` : '由行政区划名称推断');
  }
}

/**
 * With no title, the type the opening announces (现将2024年法治政府建设工作情况报告如下), else the annual report when a
 * part's heading is one only its statutory contents give (推进法治政府建设的主要举措和成效); quoted with a note that it
 * was inferred; nothing when neither says.
 */
function recordAnnouncedType(
  { meta, evidence }: Metadata,
  index: TextIndex,
  vocabulary: VocabularyFile,
  end: number,
  headings: readonly FoundHeading[],
): void {
  const announced = announcedType(index.text.slice(0, Math.min(end, ANNOUNCED_REACH)), vocabulary);
  if (announced) {
    meta.documentType = announced.type;
    evidence.documentType = withNote(index.evidence(announced.at, announced.end), ANNOUNCED_NOTE);
    return;
  }
  const part = annualReportPart(headings, vocabulary.annualReportParts ?? []);
  if (!part) return;
  meta.documentType = 'annual_report';
  evidence.documentType = withNote(part.evidence, PART_NOTE);
}
/** How far into a document without a title its opening announces the report. */
const ANNOUNCED_REACH = 600;
const ANNOUNCED_NOTE = '未见标题，由开头“现将……报告如下”推断';
const PART_NOTE = '未见标题，由年度报告法定内容的部分标题推断';

/** The title without 关于 and the body's name, and the document type it names. */
function recordTitle(
  found: Metadata,
  titleText: string,
  titleLine: Line | undefined,
  index: TextIndex,
  vocabulary: VocabularyFile,
): void {
  const { meta, evidence } = found;
  // (a site's tag or bullet before it is none of it: 【2022年】…, • …)
  let t = titleText.slice(leadingLabelLength(titleText)).replace(ABOUT, '');
  if (meta.authority && t.startsWith(meta.authority)) t = t.slice(meta.authority.length).trim();
  t = t.replace(ABOUT, '');
  // a title set over two lines is one title
  if (t) meta.title = t.replace(LINE_BREAK, '');
  meta.documentType = documentTypeOf(titleText, vocabulary);
  const quote = quoteLine(index, titleLine ?? { text: titleText, offset: -1 });
  const other = otherFieldOf(titleText, meta.authority, vocabulary);
  // only a title naming another document (…的通知) can issue a plan: the head noun is found once more only then
  if (other === undefined && meta.documentType === 'other' && issuesPlan(titleText, vocabulary)) {
    found.issuesPlan = true;
    evidence.documentType = withNote(
      quote,
      '标题表明是印发或转发工作计划（要点）的文件，其中数字是目标，未从中读取事实',
    );
  } else if (other === undefined) evidence.documentType = quote;
  else {
    found.otherField = other;
    evidence.documentType = withNote(quote, `标题表明是“${other}”方面的文件，不是法治建设报告，未从中读取事实`);
  }
}

/**
 * The header's lines as one text, joined by a loop, not `map(…).join`: in extractMetadata's optimised code the
 * array `map` made had another map than the one `join` had seen, and V8 dropped that code at the first document
 * after compiling it — extractMetadata then ran unoptimised for the rest of a batch.
 */
function joinedLines(header: Line[]): string {
  let out = '';
  for (let k = 0; k < header.length; k++) out += k === 0 ? header[k]!.text : `\n${header[k]!.text}`;
  return out;
}

/** Dates: a header metadata table or page header, else the signature at the end. */
function recordDates(meta: ReportMeta, headerText: string, docDate: string | undefined, page: PageMeta): void {
  if (docDate) meta.documentDate = docDate;
  const published = date(PUBLISHED.exec(headerText.replace(DOCUMENT_DATE, ''))?.[1]) ?? page.publishedOn;
  if (published) meta.publishedOn = published;
}

/**
 * With no year stated, the year a report dated late in a year (October on) or early in the next (by March, when
 * annual reports are due) is about — inferred, and said so; a report dated mid-year names none.
 */
function yearByDate(docDate: string | undefined, index: TextIndex): { year: number; evidence?: Evidence } | undefined {
  if (!docDate) return undefined;
  const y = Number(docDate.slice(0, 4));
  const month = Number(docDate.slice(5, 7));
  const year = month >= 10 ? y : month <= 3 ? y - 1 : undefined;
  if (year === undefined) return undefined;
  const at = index.text.lastIndexOf(String(y));
  const quoted = at >= 0 ? index.evidence(at, at + 4) : undefined;
  return { year, ...(quoted ? { evidence: withNote(quoted, `未载明报告年度，按落款日期${docDate}推断`) } : {}) };
}

/** Whether the report covers the whole year, and the words (or their absence) that say so. */
function recordPeriod(
  { meta, evidence }: Metadata,
  index: TextIndex,
  vocabulary: VocabularyFile,
  inPlan: (offset: number) => boolean,
): void {
  // one literal, not spreads of optional parts: readPeriod reads an absent and an undefined field alike
  const period = readPeriod(index.text, vocabulary, { year: meta.year, documentDate: meta.documentDate, inPlan });
  if (!period) return;
  meta.period = period.period;
  const p = period.phrase;
  if (period.period === 'part_year') {
    const more = period.parts.length > 1 ? `；另有${period.parts.length - 1}处部分年度表述` : '';
    evidence.period = index.evidence(p!.offset, p!.end, false, `只报告部分年度${more}`);
  } else {
    const note =
      period.parts.length === 1 ? '仅一处部分年度表述，且有全年表述，按全年度' : '未发现只报告部分年度的表述';
    const at = p ? index.evidence(p.offset, p.end) : evidence.year;
    if (at) evidence.period = withNote(at, note);
  }
}
