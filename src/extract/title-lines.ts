import { markLevelAt } from './heading-levels.js';
import { QUOTE_MARKS } from './document-type.js';
import type { VocabularyFile } from '../model/vocabulary.js';
import { nameAtStart } from './authority.js';
import type { Line } from './header-lines.js';
import { YEAR_IN_TITLE } from './report-year.js';
import { isTrail } from './page-chrome.js';
import type { TextIndex } from './text-index.js';

/*
 * Which header line is the document's title (metadata.ts reads its body, year and type from it): a short line naming a
 * kind of document, set over two lines at times, and a wrapped report's own title under its wrapper's.
 */

const TITLE_WORDS = /报告|总结|要点|计划/u;

/**
 * The first header line that is a title; else a title set over two lines, neither a title alone (关于二〇二五年法治 /
 * 政府建设情况的报告), as one line spanning both — or over three, the line above those two its first part as it is a
 * title's above (关于某镇人民政府 / 2024年度法治政府建设 / 情况的报告).
 */
export function titleIn(header: Line[], vocabulary: VocabularyFile, text: string): Line | undefined {
  for (let k = 0; k < header.length; k++) {
    const line = withoutSiteSuffix(header[k]!, vocabulary);
    if (!isTitle(line.text, vocabulary)) continue;
    // a title's second half (…2025年度 / 法治政府建设工作报告), or a title with its year whose first line is above it
    // (关于蒗峤县市场监督管理局 / 2025年度…的报告; a name broken over the lines, 某县人力资源和社会 / 保障局2024年…):
    // the two lines together
    const above = k > 0 ? header[k - 1]! : undefined;
    const joins =
      above !== undefined && (!YEAR_IN_TITLE.test(line.text) || titleAbove(above.text, line.text, vocabulary));
    return (joins && twoLineTitle(above, line, vocabulary, text)) || line;
  }
  for (let k = 0; k + 1 < header.length; k++) {
    const two = twoLineTitle(header[k]!, header[k + 1]!, vocabulary, text);
    if (!two) continue;
    const above = k > 0 ? header[k - 1]! : undefined;
    return (
      (above !== undefined &&
        titleAbove(above.text, two.text, vocabulary) &&
        twoLineTitle(above, two, vocabulary, text)) ||
      two
    );
  }
  return undefined;
}

/**
 * The line of the wrapped report's own title: the first title line after the wrapper's that is no wrapper's nor an
 * attachment's line, before the first heading and within reach; 0 when there is none.
 */
export function innerTitleLine(index: TextIndex, vocabulary: VocabularyFile, headerEnd: number): number {
  const text = index.text;
  let wrapperSeen = false;
  for (let line = 1; line <= Math.min(WRAPPED_REACH, index.lineCount); line++) {
    const start = index.lineStart(line);
    if (start >= headerEnd && line > 1) break;
    const t = text.slice(start, index.lineStart(line + 1)).trim();
    if (!wrapperSeen) {
      wrapperSeen = WRAPPER_TITLE.test(t);
      continue;
    }
    if (!ATTACHMENT_LINE.test(t) && !WRAPPER_TITLE.test(t) && isTitle(t, vocabulary)) return line;
  }
  return 0;
}

/** How many lines down a wrapped report's title is looked for. */
const WRAPPED_REACH = 60;

/** A title sending, forwarding or issuing a report: 关于报送…报告的函, 关于转发《…报告》的通知, 关于印发…的通知. */
export const WRAPPER_TITLE =
  /^[^\n关]{0,30}关于(?:报送|呈报|上报|转发|印发|公布)[^\n]*报告[》”]?的(?:函|通知|请示|报告)\s*$/u;
/** An attachment's line (附件：某局2024年度…报告): names the report sent, is not its title. */
const ATTACHMENT_LINE = /^附件\s*\d*\s*[：:]/u;

/** Lines `a` and `b` as one title line spanning both, when together they are a title with a year and `a` no sentence. */
function twoLineTitle(a: Line, b: Line, vocabulary: VocabularyFile, text: string): Line | undefined {
  if (a.offset < 0 || b.offset < 0 || a.text.length + b.text.length > TWO_LINE_TITLE || SENTENCE_MARKS.test(a.text))
    return undefined;
  const joined = a.text + b.text;
  return isTitle(joined, vocabulary) && YEAR_IN_TITLE.test(joined)
    ? { text: text.slice(a.offset, b.offset + b.text.length), offset: a.offset }
    : undefined;
}

/**
 * Whether a line is the first half of the title under it, which has its year: it opens with 关于, or a body's name
 * runs on from it into the title (neither line alone starts with one, together they do).
 */
function titleAbove(above: string, title: string, vocabulary: VocabularyFile): boolean {
  if (above.startsWith('关于')) return true;
  return (
    above.length > 0 &&
    nameAtStart(title, vocabulary) === undefined &&
    nameAtStart(above, vocabulary) === undefined &&
    nameAtStart(above + title, vocabulary) !== undefined
  );
}

/**
 * A web page's own title names the page's column and site after the document's (灰汤镇2023年度…报告 - 通知公告 - 宁乡市
 * 政府门户网站): the document's title is the first part, when that is a title itself.
 */
function withoutSiteSuffix(line: Line, vocabulary: VocabularyFile): Line {
  const cut = SITE_SEPARATOR.exec(line.text);
  if (cut === null) return line;
  const own = line.text.slice(0, cut.index);
  return isTitle(own, vocabulary) ? { text: own, offset: line.offset } : line;
}
const SITE_SEPARATOR = /\s+[-_–—]\s+/u;

/**
 * Whether `line`, starting at `at`, is the second half of a title whose first half is the header line right above it
 * (某局2022年法治政府建设 / 工作情况的报告 — the sections read the second half as a part's heading): neither half a title
 * alone, no numbered heading, nothing but blanks between them.
 */
export function titleSecondHalf(
  header: Line[],
  line: string,
  at: number,
  text: string,
  vocabulary: VocabularyFile,
): boolean {
  const above = header.filter((l) => l.offset < at).at(-1);
  if (above === undefined || markLevelAt(line, 0) !== undefined || isTitle(above.text, vocabulary)) return false;
  if (text.slice(above.offset + above.text.length, at).trim() !== '') return false;
  return isTitle(above.text + line, vocabulary);
}

/** Marks of a sentence or a salutation (区委依法治区办：), never half a title. */
const SENTENCE_MARKS = /[，,。；;：:！？!?]/u;

/** A title set over two lines is still a title's length. */
const TWO_LINE_TITLE = 40;

export function isTitle(t: string, vocabulary: VocabularyFile): boolean {
  if (t.length < 6 || t.length > 60 || /[，,。；;|]/u.test(t)) return false;
  if (/[:：]/u.test(t) || PAGE_LABELS.test(t) || isTrail(t)) return false;
  // a numbered part's heading (一、2025年推进法治政府建设总体情况) is never the document's title
  if (markLevelAt(t, 0) !== undefined) return false;
  const bare = t.replace(/\s+|的/gu, '').replace(QUOTE_MARKS, '');
  const words = documentTypeWords(vocabulary);
  let named = false;
  for (let k = 0; k < words.length && !named; k++) named = bare.includes(words[k]!);
  return named || (YEAR_IN_TITLE.test(t) && (TITLE_WORDS.test(t) || /情况/u.test(t)));
}

/**
 * The labels of a government site's page header (组配分类 法治政府建设年度报告 发布机构 大岚镇) and its breadcrumbs
 * (首页 ＞ 政务公开 ＞ … ＞ 规划总结): such a row names the page's catalogue and publisher, never the document's title.
 */
const PAGE_LABELS =
  /发布机构|发布单位|组配分类|索引号|信息来源|发布日期|主题分类|体裁分类|公开方式|公开范围|生成日期|成文日期|发文字号|所属机构|当前位置|首页|＞|»|\s>\s/u;

const typeWordsCache = new WeakMap<VocabularyFile, string[]>();

/** Every word the vocabulary's document types list, once per vocabulary. */
function documentTypeWords(vocabulary: VocabularyFile): string[] {
  let words = typeWordsCache.get(vocabulary);
  if (!words) {
    words = Object.values(vocabulary.documentTypes ?? {}).flatMap((ws) => ws ?? []);
    typeWordsCache.set(vocabulary, words);
  }
  return words;
}

/**
 * A label in brackets opening a title — a document number, [天政发〔2026〕7号], 【县政发〔2025〕3号】, or a site's tag,
 * 【2022年】, 【工作报告】 — or a list's bullet (• ·): what a site sets before the title, never the body's name.
 */
const LEADING_LABEL = /^\s*(?:[[【][^\]】]{1,24}[\]】]|[•·●■◆▪★►▶]+)\s*/u;

/** How many characters a title's leading label takes (0 when it opens with none). */
export function leadingLabelLength(title: string): number {
  return LEADING_LABEL.exec(title)?.[0].length ?? 0;
}

/**
 * A page's metadata row naming the document (名称：某镇人民政府2024年法治政府建设年度报告 文号：…): its value, when it is a
 * title — the page's own title line may stand below the rows, past the header's reach.
 */
export function labelledTitle(header: Line[], vocabulary: VocabularyFile): Line | undefined {
  for (let k = 0; k < header.length; k++) {
    const line = header[k]!;
    const m = TITLE_ROW.exec(line.text);
    if (!m) continue;
    const value = m[1]!.split(NEXT_FIELD)[0]!.trim();
    if (value && isTitle(value, vocabulary)) return { text: value, offset: line.offset + line.text.indexOf(value) };
  }
  return undefined;
}
// (a row of a page's table opens with its bar: | 标题: | 某镇…报告 | ||)
const TITLE_ROW = /^\|?\s*(?:名\s*称|标\s*题|文件名称|文章标题)\s*[:：|]\s*\|?\s*(.+)$/u;
/** Where a row's next field starts: a run of blanks, a cell bar, or a label and its colon (文号：). */
const NEXT_FIELD = /\s{2,}|\s*\|\s*|\s+(?=[\u4e00-\u9fff]{2,4}\s*[:：])/u;
