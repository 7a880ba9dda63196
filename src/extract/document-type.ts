import type { DocumentType } from '../model/report.js';
import type { VocabularyFile } from '../model/vocabulary.js';

/** Another document that merely names the report: 关于印发…工作要点的通知. */
const OTHER_DOCUMENT = /通知|通报|意见|方案|决定|批复|公示|公告|函|纪要/u;

/**
 * Whitespace, 的, quotation marks and the year do not change what a title names: 2024年度法治政府建设情况的报告,
 * 2021年“法治政府”建设情况报告; nor does 年度 before
 * 情况 or 工作 (法治政府建设年度情况的报告, …年度工作报告); nor does the sector a body builds the rule of law in (法治税务建设,
 * 法治公安建设 read as 法治建设), which the vocabulary's words then name.
 */
/** Quotation marks, which change nothing a title names (2021年“法治政府”建设情况报告). */
export const QUOTE_MARKS = /[“”"‘’'「」]/gu;
const normalize = (title: string) =>
  title
    .replace(/\s+|的|(?:19|20)\d{2}\s*年度?|年度(?=情况|工作)/gu, '')
    .replace(QUOTE_MARKS, '')
    .replace(/法治\p{Script=Han}{1,4}?建设/gu, '法治建设')
    .replace(NEXT_PLAN, '')
    .replace(HEAD_DUTY_PART, '');
/**
 * Next year's plan joined after the year's account (…情况及2025年工作打算报告; …工作总结和下一年工作计划): the second
 * part every such document has, which names no type of its own — the account before it does.
 */
const NEXT_PLAN = /[及和暨与](?:下一?年度?|明年)?(?:工作)?(?:计划|打算|思路|安排)(?=报告|汇报|$)/gu;
/**
 * The head's duty told beside the year's account (…法治政府建设工作情况和主要负责人履行推进法治建设第一责任人职责情况报告):
 * a part the annual report holds by law, naming no type of its own — the account before it does.
 */
const HEAD_DUTY_PART =
  /(?<=建设(?:工作)?情况)[及和暨与][^及和暨与]{0,12}?履行[^及和暨与]{0,16}?第一责任人职责情况(?=报告|汇报|$)/gu;

/**
 * What a document is, from its title: the vocabulary word that ends latest names the head noun
 * (2024年法治政府建设工作总结 is a summary). A title that names none, or names another document
 * after it (…工作要点的通知), is `other`.
 */
export function documentTypeOf(title: string, vocabulary: VocabularyFile): DocumentType {
  const head = headNoun(title, vocabulary);
  if (!head) return namesSubjectState(title, vocabulary) ? 'annual_report' : 'other';
  return head.namedOnly ? 'other' : head.type;
}

/**
 * Whether a title ends in the annual report's subject and then only words of its state or its report, in any order
 * (…法治政府建设情况工作报告, …2023年度法治政府建设工作情况, …法治政府建设情况): the annual report, however its words are
 * ordered, or its 报告 dropped by the page that posted it. Not the subject alone (…法治政府建设) nor its 工作 alone.
 */
function namesSubjectState(title: string, vocabulary: VocabularyFile): boolean {
  const t = normalize(title);
  for (const subject of subjectsOf(vocabulary)) {
    const at = t.lastIndexOf(subject);
    if (at < 0) continue;
    const tail = t.slice(at + subject.length);
    if (STATE_WORDS.test(tail) && /情况|报告/u.test(tail)) return true;
  }
  return false;
}
const STATE_WORDS = /^(?:年度|情况|工作|开展|完成|推进|报告)+$/u;

/**
 * Whether the title issues or forwards a plan (关于印发《2026年法治政府建设工作计划》的通知): the document carries the
 * plan's text, whose figures are targets.
 */
export function issuesPlan(title: string, vocabulary: VocabularyFile): boolean {
  const head = headNoun(title, vocabulary);
  return head?.namedOnly === true && head.type === 'work_plan';
}

/** The title's head noun's type, and whether another document names it (…工作要点的通知). */
function headNoun(title: string, vocabulary: VocabularyFile): { type: DocumentType; namedOnly: boolean } | undefined {
  const t = normalize(title);
  let best: { type: DocumentType; end: number; length: number } | undefined;
  for (const [type, words] of Object.entries(vocabulary.documentTypes ?? {})) {
    for (const w of words ?? []) {
      const at = t.lastIndexOf(w);
      if (at < 0) continue;
      const end = at + w.length;
      if (!best || end > best.end || (end === best.end && w.length > best.length))
        best = { type: type as DocumentType, end, length: w.length };
    }
  }
  if (!best) return undefined;
  // what follows the head noun: closing quotes and a bracketed note (（全文）) change nothing
  const rest = t
    .slice(best.end)
    .replace(/[（(【[][^）)】\]]*[）)】\]]/gu, '')
    .replace(/[》”"'’」』]/gu, '');
  return { type: best.type, namedOnly: OTHER_DOCUMENT.test(rest) };
}

/**
 * What a document with no title calls itself in its opening (现将2024年法治政府建设工作情况报告如下; 现将…汇报如下): the
 * announced report's type and where its words stand. Words naming no type (现将有关情况报告如下) make it an annual report
 * when the opening's paragraph names the report's subject — an annual report's words without their 情况 / 工作 / 报告
 * (法治政府建设, 依法行政: 圆满完成了法治政府建设各项工作任务。现将工作开展情况汇报如下); undefined when neither, or
 * when a person reports (现将个人履行…情况汇报如下: a head's own duty report).
 */
export function announcedType(
  opening: string,
  vocabulary: VocabularyFile,
): { type: DocumentType; at: number; end: number } | undefined {
  const enclosed = ENCLOSED.exec(opening);
  if (enclosed) {
    const type = documentTypeOf(enclosed[1]!, vocabulary);
    if (type !== 'other') return { type, at: enclosed.index, end: enclosed.index + enclosed[0].length };
  }
  const m = ANNOUNCED.exec(opening);
  if (!m || PERSONAL.test(m[1]!)) return undefined;
  const place = { at: m.index, end: m.index + m[0].length };
  // (总结如下 sums the year up: a summary, whatever it names)
  const type = documentTypeOf(`${m[1]}${m[2] === '总结' ? '总结' : '报告'}`, vocabulary);
  if (type !== 'other') return { type, ...place };
  // (words naming a subject of their own, 现将整改情况报告如下, announce another report)
  if (!GENERIC.test(m[1]!)) return undefined;
  const paragraph = opening.slice(opening.lastIndexOf('\n', m.index) + 1, m.index + m[0].length);
  return subjectsOf(vocabulary).some((w) => paragraph.includes(w)) ? { type: 'annual_report', ...place } : undefined;
}
/** 现将 … 报告如下 / 汇报如下 / 总结如下 (现就…, 具体情况报告如下, 现报告如下), within a sentence. */
const ANNOUNCED = /(?:现将|现就|现|具体)([^。；;\n]{0,60}?)(报告|汇报|总结)如下/u;
/** The words of a cover note sending or publishing the document it names, after its 《…》: 随文上报, 予以公布. */
export const SENDING = '(?:随文|随函|一并)?(?:上报|报送|呈报|报上|送上|印发|予以公布|予以公开|公布如下)';
/** A cover note sending or publishing the document it names (现将我局《2024年度…工作总结》随文上报; 现将《…报告》予以公布). */
const ENCLOSED = new RegExp(`现将[^。；;\\n《]{0,20}《([^》]{4,60})》${SENDING}`, 'u');
/** An announcement's words that name no subject: 有关情况, 我局工作开展情况, 2024年的工作情况, 这一年的工作情况. */
const GENERIC =
  /^(?:有关|相关|具体|主要|本年度|年度|全年|今年|这一年|一年来|工作|开展|落实|情况|的|[我本][局委办县区镇乡]|\d{4}\s*年度?|[，,、\s])*$/u;
/** A person reporting on himself. */
const PERSONAL = /个人|本人/u;

const subjectsCache = new WeakMap<VocabularyFile, string[]>();

/** The annual report's subjects: its vocabulary words without 年度 / 情况 / 工作 / 报告 (法治政府建设, 依法行政). */
function subjectsOf(vocabulary: VocabularyFile): string[] {
  let words = subjectsCache.get(vocabulary);
  if (!words) {
    const stems = (vocabulary.documentTypes?.annual_report ?? []).map((w) =>
      w.replace(/(?:年度|情况|工作|报告)+$/u, ''),
    );
    words = [...new Set(stems.filter((w) => w.length >= 4))];
    subjectsCache.set(vocabulary, words);
  }
  return words;
}
