import type { ReportMeta } from '../model/report.js';
import type { PageMeta } from '../ingest/html.js';
import { parseDate } from './numbers.js';
import type { TextIndex } from './text-index.js';

/** How far into a document its title, header tables and opening sentence lie. */
const HEADER_LINES = 10;
const OPENING_CHARS = 240;

/** A reporting body: a place name ending in an administrative suffix, then 司法局 / 人民政府 / 政府 ….  */
const AUTHORITY = /(?<!\p{Script=Han})((?:(?![委在的和与及对向为是我局厅部办所会])\p{Script=Han}){1,10}?[省市区县州旗盟])(司法局|人民政府办公室|人民政府|政府办公室|政府|司法厅)/u;
const YEAR_IN_TITLE = /((?:19|20)\d{2})\s*年度?/u;
const OPENING_YEAR = /^\s*((?:19|20)\d{2})\s*年度?\s*(?:[,，、]|以来|是)/u;
const DATE = /(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2})/u;
const PUBLISHED = /(?:发布日期|发布时间|发布于|时间)\s*[:：|]?\s*\|?\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2})/u;
const DOCUMENT_DATE = /(?:发文日期|成文日期|印发日期)\s*[:：|]?\s*\|?\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2})/u;
const TITLE_WORDS = /报告|总结|情况/u;

const date = (s: string | undefined) => (s ? parseDate(s.replace(/\s+/g, '')) : undefined);

/**
 * What the document says about itself: year, authority, region, title, document and
 * publication dates — from the title, a header metadata table, the opening sentence and
 * the signature. Only what the text states; nothing is guessed.
 */
export function extractMetadata(index: TextIndex, firstHeadingOffset: number | undefined, page: PageMeta): ReportMeta {
  const meta: ReportMeta = {};
  const headerEnd = Math.min(firstHeadingOffset ?? index.text.length, index.text.length);
  const headerLines: string[] = [];
  for (let line = 1; line <= Math.min(HEADER_LINES, index.lineCount); line++) headerLines.push(index.lineText(line));
  const header = index.text.slice(0, headerEnd);
  const headerLineTexts = headerLines.filter((_, i) => i < header.split('\n').length);

  // Title: a short header line naming a year and what it is (报告/总结), or the page's title.
  const titleLine = headerLineTexts.map((l) => l.trim()).find((l) => l.length >= 6 && l.length <= 60 && YEAR_IN_TITLE.test(l) && TITLE_WORDS.test(l) && !/[，,。；;|]/u.test(l));
  const title = titleLine ?? (page.title && YEAR_IN_TITLE.test(page.title) ? page.title : undefined);

  // Authority: the title, then the header table, then the opening sentence.
  const opening = openingSentence(index, headerLineTexts, titleLine);
  for (const source of [title, ...headerLineTexts.filter((l) => /发文机关|发布机构|信息来源|来源/u.test(l)), opening]) {
    const m = source ? AUTHORITY.exec(source) : null;
    if (m) {
      meta.authority = m[0];
      meta.region = m[1];
      if (/[县区旗]$/u.test(m[1]!)) meta.level = 'county';
      else if (/省$/u.test(m[1]!)) meta.level = 'province';
      break;
    }
  }

  const year = (title && YEAR_IN_TITLE.exec(title)?.[1]) ?? (opening ? OPENING_YEAR.exec(opening)?.[1] : undefined);
  if (year) meta.year = Number(year);
  if (title) {
    const withoutAuthority = meta.authority && title.startsWith(meta.authority) ? title.slice(meta.authority.length).trim() : title;
    const stripped = withoutAuthority.replace(/^关于/u, '');
    if (stripped) meta.title = stripped;
  }

  // Dates: a header metadata table or page header, else the signature at the end.
  const headerText = headerLineTexts.join('\n');
  const docDate = date(DOCUMENT_DATE.exec(headerText)?.[1]) ?? signatureDate(index.text);
  if (docDate) meta.documentDate = docDate;
  const published = date(PUBLISHED.exec(headerText.replace(DOCUMENT_DATE, ''))?.[1]) ?? page.publishedOn;
  if (published) meta.publishedOn = published;
  return meta;
}

/** The first body sentence: the first header line that is not the title or a metadata row. */
function openingSentence(index: TextIndex, headerLines: string[], title: string | undefined): string | undefined {
  for (const line of headerLines) {
    const t = line.trim();
    if (t.length === 0 || t === title || t.includes('|') || /^[-|]+$/.test(t) || /[:：]$/u.test(t) || PUBLISHED.test(t)) continue;
    if (t.length < 20) continue;
    return t.slice(0, OPENING_CHARS).split('。')[0];
  }
  return index.text.slice(0, OPENING_CHARS);
}

/** The 落款 date: a date among the last characters of the text. */
function signatureDate(text: string): string | undefined {
  const tail = text.slice(-40);
  const m = DATE.exec(tail);
  return date(m?.[1]);
}
