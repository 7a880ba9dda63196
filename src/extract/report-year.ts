import type { Evidence } from '../model/common.js';
import type { ClaimWords } from './claim-words.js';
import { type Line, OPENING_CHARS } from './header-lines.js';
import { parseChineseNumeral } from './numbers.js';
import { targetIn } from './polarity.js';
import { SENDING } from './document-type.js';
import type { TextIndex } from './text-index.js';

/** The note on evidence quoted from the web page's title rather than placed in the text. */
export const PAGE_TITLE = '网页标题';

/** A year in digits or Chinese numerals (二〇二三年度). */
export const YEAR_IN_TITLE = /((?:19|20)\d{2}|二[〇零○][〇零○一二三四五六七八九]{2})\s*年度?/u;
const yearNumber = (s: string) => (/^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s.replace(/○/gu, '〇')));
/**
 * The body names the year it reports on: 2022年，县司法局… / 2022年度，我局… / 2022年以来 / 2022年是… / 2022年西城区坚
 * 持…， (glued to the subject of a clause with no figure: not 2022年底…, 2022年上半年…, 2023年本局败诉1件，…, nor 2024年度
 * 省…督察: a noun's year) — not
 * the first of a list of years (2022年、2023年、2024年，全县…), which names no one year.
 */
const OPENING_YEAR =
  /^\s*((?:19|20)\d{2}|二[〇零○][〇零○一二三四五六七八九]{2})\s*(?:年度?\s*(?:[,，]|、(?!\s*(?:19|20)\d{2})|以来|是)|年(?=[\u4e00-\u9fff](?<![底末初中内前后起至以上下第度])[^，,。；;\n\d]*[，,]))/u;
/**
 * 现将2022年法治政府建设工作情况报告如下, 现将我局2024年度…报告如下 (or 汇报如下, 总结如下), 现将苠溪镇二〇二五年…报告如下 (the body
 * naming itself before the year, in a word or two or by its name; the year in digits or Chinese numerals); a cover note
 * sending the document it names, 现将我局《2024年度…工作总结》随文上报
 */
const REPORT_AS_FOLLOWS = new RegExp(
  String.raw`现将\s*(?:[我本][局委办镇乡区县府处室]\s*|[^\d。；;，,：:\n〇零○《]{1,12}?)?《?((?:19|20)\d{2}|二[〇零○][〇零○一二三四五六七八九]{2})\s*年度?[^。；;\n]{0,40}?(?:(?:报告|汇报|总结)如下|》${SENDING})`,
  'u',
);
/** A year the 现将… sentence names as the report's (not 2023年以来: where a span starts). */
const YEAR_NOT_SINCE = /((?:19|20)\d{2}|二[〇零○][〇零○一二三四五六七八九]{2})\s*年度?(?!\s*以来)/gu;

/**
 * The year the report is on: the title's, else the opening's (2022年，… / 现将2022年…报告如下) — not a plan's
 * year (2025年，我局将…) nor where a span starts (现将2023年以来…).
 */
export function readYear(
  text: string,
  titleLine: Line | undefined,
  titleText: string | undefined,
  header: Line[],
  headerEnd: number,
  index: TextIndex,
  words: ClaimWords,
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
  for (let k = 0; k < header.length; k++) {
    const l = header[k]!;
    const m = OPENING_YEAR.exec(l.text);
    if (!m) continue;
    // 2025年，我局将…: the year a plan is for, not the year reported on
    const after = l.offset + m[0].length;
    if (!targetIn(words, text, after, index.clause(after)[1]))
      return { year: yearNumber(m[1]!)!, evidence: index.evidence(l.offset, after) };
  }
  const preamble = text.slice(0, Math.max(headerEnd, Math.min(text.length, 2 * OPENING_CHARS)));
  const m = REPORT_AS_FOLLOWS.exec(preamble);
  if (!m) return headingYear(text, headerEnd, index);
  // 现将2023年以来，特别是2024年…报告如下: the first year that does not start a span
  YEAR_NOT_SINCE.lastIndex = 0;
  const y = YEAR_NOT_SINCE.exec(m[0]);
  if (y) return { year: yearNumber(y[1]!)!, evidence: index.evidence(m.index, m.index + m[0].length) };
  return undefined;
}

/**
 * With no year in the title or the opening, the first part's heading naming the year's work (一、2025年主要工作及成效;
 * 一、2023年度法治政府建设的主要举措和成效): the report's year — not a plan's heading (一、2026年工作计划).
 */
function headingYear(
  text: string,
  headerEnd: number,
  index: TextIndex,
): { year: number; evidence?: Evidence } | undefined {
  const end = text.indexOf('\n', headerEnd);
  const line = text.slice(headerEnd, end < 0 ? text.length : end);
  const m = FIRST_PART_YEAR.exec(line);
  if (!m || PLAN_HEADING.test(line)) return undefined;
  const at = headerEnd + m.index + m[0].indexOf(m[1]!);
  return { year: yearNumber(m[1]!)!, evidence: index.evidence(at, at + m[1]!.length + 1) };
}
/** The first part's heading opening with its year, naming the work or results reported (举措, 成效, 情况, 工作). */
const FIRST_PART_YEAR = /^\s*[一1][、.．]\s*((?:19|20)\d{2})\s*年度?(?!以来)[^\n]*?(?:举措|成效|情况|工作)/u;
/** A heading naming what is planned, not what was done. */
const PLAN_HEADING = /计划|安排|打算|思路|要点/u;
