import type { Evidence } from '../model/common.js';
import type { ReportMeta } from '../model/report.js';
import type { VocabularyFile } from '../model/vocabulary.js';
import type { PageMeta } from '../model/page-meta.js';
import { cityLevel, nameAtStart, type BodyName } from './authority.js';
import { documentTypeOf } from './document-type.js';
import { withNote } from './evidence-shapes.js';
import { parseChineseNumeral, parseDate } from './numbers.js';
import { readPeriod } from './period.js';
import type { TextIndex } from './text-index.js';

/** How far into a document its title, header tables and opening sentence lie. */
const HEADER_LINES = 10;
const OPENING_CHARS = 240;
/** The 落款 (signature and date) closes the text. */
const SIGNATURE_CHARS = 80;

/** A year in digits or Chinese numerals (二〇二三年度). */
const YEAR_IN_TITLE = /((?:19|20)\d{2}|二[〇零○][〇零○一二三四五六七八九]{2})\s*年度?/u;
const yearNumber = (s: string) => (/^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s.replace(/○/gu, '〇')));
/** The body names the year it reports on: 2022年，县司法局… / 2022年度，我局… / 2022年以来 / 2022年是… */
const OPENING_YEAR = /^\s*((?:19|20)\d{2})\s*年度?\s*(?:[,，、]|以来|是)/u;
/** 现将2022年法治政府建设工作情况报告如下 */
const REPORT_AS_FOLLOWS = /现将\s*((?:19|20)\d{2})\s*年度?[^。；;\n]{0,40}?报告如下/u;
const DATE = /(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2})/gu;
const PUBLISHED =
  /(?:发布日期|发布时间|发布于|时间)\s*[:：|]?\s*\|?\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2})/u;
const DOCUMENT_DATE =
  /(?:发文日期|成文日期|印发日期)\s*[:：|]?\s*\|?\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2})/u;
/** A header row naming who issued the document (not 来源: a site's name is not the author). */
const ISSUER = /(?:发文机关|发布机构|发文单位|制发机关)\s*[:：|]?\s*\|?\s*([^\s|:：]+)/u;
const TITLE_WORDS = /报告|总结|要点|计划/u;
/** A clause that opens with one of these is about another body (根据某市司法局的通知…). */
const NOT_SUBJECT = /^(?:根据|按照|依照|遵照|在|由|经|对|把|被|会同|联合|配合|协助|受|接|向上级)/u;

const PAGE_TITLE = '网页标题';

const date = (s: string | undefined) => (s ? parseDate(s.replace(/\s+/g, '')) : undefined);

interface Line {
  text: string;
  offset: number;
}

export interface Metadata {
  meta: ReportMeta;
  /** the text each field was read or inferred from */
  evidence: Record<string, Evidence>;
}

/**
 * What the document says about itself: authority (and so region, level, role), year, title and
 * document type, period, document and publication dates — from the title, a header metadata
 * table, the opening sentence and the 落款. Only what the text states or its names imply.
 */
export function extractMetadata(
  index: TextIndex,
  firstHeadingOffset: number | undefined,
  page: PageMeta,
  vocabulary: VocabularyFile = {},
): Metadata {
  const text = index.text;
  const meta: ReportMeta = {};
  const evidence: Record<string, Evidence> = {};
  const headerEnd = Math.min(firstHeadingOffset ?? text.length, text.length);
  const header: Line[] = [];
  for (let line = 1; line <= Math.min(HEADER_LINES, index.lineCount); line++) {
    const start = index.lineStart(line);
    if (start >= headerEnd && line > 1) break;
    const raw = text.slice(start, Math.min(headerEnd, index.lineStart(line + 1))).replace(/\n$/, '');
    const lead = raw.length - raw.trimStart().length;
    header.push({ text: raw.trim(), offset: start + lead });
  }

  // Title: a short header line that says what the document is, or the page's title.
  const titleLine = header.find((l) => isTitle(l.text, vocabulary));
  const titleText = titleLine?.text ?? (page.title && isTitle(page.title, vocabulary) ? page.title : undefined);
  const quote = (l: Line, length = l.text.length): Evidence =>
    l.offset < 0 ? { quote: l.text.slice(0, length), note: PAGE_TITLE } : index.evidence(l.offset, l.offset + length);

  // Authority: the title, a first line that is a name, the 落款, the header table, the opening sentence's subject.
  const opening = openingClauses(header, titleLine);
  const signature = signatureNames(text);
  const issuer = header.map((l) => ({ l, m: ISSUER.exec(l.text) })).find((x) => x.m);
  // a line at offset -1 is the web page's title: quoted without a position
  const sources: Array<{ line: Line; whole: boolean }> = [];
  if (titleLine) sources.push({ line: stripAbout(titleLine), whole: false });
  else if (titleText) sources.push({ line: stripAbout({ text: titleText, offset: -1 }), whole: false });
  // a first line that is the body's name alone (the title below it names none)
  const firstLine = header.find((l) => l.text.length > 0);
  if (firstLine && firstLine !== titleLine) sources.push({ line: firstLine, whole: true });
  for (const s of signature) sources.push({ line: s, whole: true });
  if (issuer)
    sources.push({
      line: {
        text: issuer.m![1]!,
        offset: issuer.l.offset + issuer.m!.index + issuer.m![0].length - issuer.m![1]!.length,
      },
      whole: true,
    });
  for (const c of opening) sources.push({ line: c, whole: false });
  let body: { name: BodyName; line: Line } | undefined;
  for (const s of sources) {
    const name = nameAtStart(s.line.text, vocabulary);
    if (name && (!s.whole || name.authority === s.line.text)) {
      body = { name, line: s.line };
      break;
    }
  }
  if (body) {
    const { name, line } = body;
    const at = quote(line, name.authority.length);
    meta.authority = name.authority;
    meta.region = name.region;
    evidence.authority = at;
    const level = name.level ?? cityLevel(text, name.region);
    if (level) {
      meta.level = level;
      const from = name.regionOffset ?? 0;
      const q = quote(
        { text: line.text.slice(from), offset: line.offset < 0 ? line.offset : line.offset + from },
        name.region.length,
      );
      evidence.level = withNote(q, q.note ? `${q.note}；由行政区划名称推断` : '由行政区划名称推断');
    }
    meta.role = name.role;
    evidence.role = withNote(at, at.note ? `${at.note}；由单位名称推断` : '由单位名称推断');
  }

  // Year: the title, else the opening (2022年，… / 现将2022年…报告如下).
  const year = readYear(
    text,
    titleText === titleLine?.text ? titleLine : undefined,
    titleText,
    header,
    headerEnd,
    index,
  );
  if (year) {
    meta.year = year.year;
    if (year.evidence) evidence.year = year.evidence;
  }

  if (titleText) {
    let t = titleText.replace(/^关于/u, '');
    if (meta.authority && t.startsWith(meta.authority)) t = t.slice(meta.authority.length).trim();
    t = t.replace(/^关于/u, '');
    if (t) meta.title = t;
    meta.documentType = documentTypeOf(titleText, vocabulary);
    evidence.documentType = quote(titleLine ?? { text: titleText, offset: -1 });
  }

  // Dates: a header metadata table or page header, else the signature at the end.
  const headerText = header.map((l) => l.text).join('\n');
  const docDate = date(DOCUMENT_DATE.exec(headerText)?.[1]) ?? signatureDate(text);
  if (docDate) meta.documentDate = docDate;
  const published = date(PUBLISHED.exec(headerText.replace(DOCUMENT_DATE, ''))?.[1]) ?? page.publishedOn;
  if (published) meta.publishedOn = published;

  // one literal, not spreads of optional parts: readPeriod reads an absent and an undefined field alike
  const period = readPeriod(text, vocabulary, { year: meta.year, documentDate: meta.documentDate });
  if (period) {
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
  return { meta, evidence };
}

function isTitle(t: string, vocabulary: VocabularyFile): boolean {
  if (t.length < 6 || t.length > 60 || /[，,。；;|]/u.test(t)) return false;
  if (/[:：]/u.test(t)) return false;
  const bare = t.replace(/\s+|的/gu, '');
  const named = Object.values(vocabulary.documentTypes ?? {}).some((ws) => (ws ?? []).some((w) => bare.includes(w)));
  return named || (YEAR_IN_TITLE.test(t) && (TITLE_WORDS.test(t) || /情况/u.test(t)));
}

const stripAbout = (l: Line): Line =>
  l.text.startsWith('关于') ? { text: l.text.slice(2), offset: l.offset < 0 ? l.offset : l.offset + 2 } : l;

const FULL_STOP = 0x3002;
/** ，,、；;。：: end a clause of the opening sentence. */
const isOpeningClauseEnd = (c: number) =>
  c === 0xff0c ||
  c === 0x2c ||
  c === 0x3001 ||
  c === 0xff1b ||
  c === 0x3b ||
  c === FULL_STOP ||
  c === 0xff1a ||
  c === 0x3a;

/** The opening sentence's clauses, each a place where the reporting body may be named as subject. */
function openingClauses(header: Line[], title: Line | undefined): Line[] {
  for (const l of header) {
    const t = l.text;
    if (
      t.length === 0 ||
      l === title ||
      t.includes('|') ||
      /^[-|]+$/.test(t) ||
      /[:：]$/u.test(t) ||
      PUBLISHED.test(t) ||
      t.length < 20
    )
      continue;
    const clauses: Line[] = [];
    const limit = Math.min(t.length, OPENING_CHARS);
    let start = 0;
    for (let i = 0; i <= limit; i++) {
      // a code, not t[i]: a one-character string per Han character was most of the time here
      const c = t.charCodeAt(i);
      if (i === limit || isOpeningClauseEnd(c)) {
        const clause = t.slice(start, i).trim();
        if (clause && !NOT_SUBJECT.test(clause))
          clauses.push({ text: clause, offset: l.offset + t.indexOf(clause, start) });
        if (c === FULL_STOP) break;
        start = i + 1;
      }
    }
    return clauses;
  }
  return [];
}

/** The names of the 落款: the words just before the closing date, one name per space-separated part. */
function signatureNames(text: string): Line[] {
  const from = Math.max(0, text.length - SIGNATURE_CHARS);
  const tail = text.slice(from);
  let last: RegExpExecArray | undefined;
  DATE.lastIndex = 0;
  for (let m = DATE.exec(tail); m; m = DATE.exec(tail)) last = m;
  if (!last || tail.slice(last.index + last[0].length).trim().length > 2) return [];
  const before = tail.slice(0, last.index);
  const cut = Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf('！'));
  const block = before.slice(cut + 1);
  const names: Line[] = [];
  const re = /\S+/gu;
  for (let m = re.exec(block); m; m = re.exec(block)) names.push({ text: m[0], offset: from + cut + 1 + m.index });
  return names.reverse();
}

/** The 落款 date: a date among the last characters of the text. */
function signatureDate(text: string): string | undefined {
  const tail = text.slice(-40);
  DATE.lastIndex = 0;
  const m = DATE.exec(tail);
  return date(m?.[1]);
}

function readYear(
  text: string,
  titleLine: Line | undefined,
  titleText: string | undefined,
  header: Line[],
  headerEnd: number,
  index: TextIndex,
): { year: number; evidence?: Evidence } | undefined {
  const inTitle = titleText ? YEAR_IN_TITLE.exec(titleText) : null;
  if (inTitle) {
    const year = yearNumber(inTitle[1]!)!;
    return titleLine
      ? {
          year,
          evidence: index.evidence(
            titleLine.offset + inTitle.index,
            titleLine.offset + inTitle.index + inTitle[0].length,
          ),
        }
      : { year, evidence: { quote: inTitle[0], note: PAGE_TITLE } };
  }
  for (const l of header) {
    const m = OPENING_YEAR.exec(l.text);
    if (m) return { year: Number(m[1]), evidence: index.evidence(l.offset, l.offset + m[0].length) };
  }
  const preamble = text.slice(0, Math.max(headerEnd, Math.min(text.length, 2 * OPENING_CHARS)));
  const m = REPORT_AS_FOLLOWS.exec(preamble);
  if (m) return { year: Number(m[1]), evidence: index.evidence(m.index, m.index + m[0].length) };
  return undefined;
}
