import type { VocabularyFile } from '../model/vocabulary.js';
import { holdsAny } from './claim-match.js';

/*
 * Whether a document reports on what the checklist assesses, by its title: a body outside the executive
 * (人民法院, 有限公司) or a subject of another field (安全生产工作, 医保基金监管工作) says it does not.
 */

const YEAR = /(?:19|20)\d{2}\s*年度?|[１２][０-９]{3}\s*年度?/u;
/** A part of the year after the year (2024年上半年, 2024年1-9月): no subject. */
const PERIOD = /^(?:上半年|下半年|全年|前?[一二三四1-4]季度|前三季度|\d{1,2}\s*[-—–－~～至]\s*\d{1,2}\s*月(?:份)?)/u;
/** Bracketed notes (（节选）, 【公开】) and quotation marks say nothing of the subject. */
const NOTES = /[（(【[][^）)】\]]*[）)】\]]|[“”"《》]/gu;
/** Words that close a title after its subject: the kind of document and what it reports. */
const CLOSING_WORDS = [
  '报告',
  '总结',
  '小结',
  '要点',
  '计划',
  '情况',
  '工作',
  '开展',
  '落实',
  '有关',
  '的',
  '和',
  '及',
  '与',
];

/**
 * The words that show the document reports on another field or body — the other body's word (人民法院) or the
 * title's subject (安全生产) — or undefined. A title naming no subject (2024年工作总结) is not judged.
 */
export function otherFieldOf(
  title: string,
  authority: string | undefined,
  vocabulary: VocabularyFile,
): string | undefined {
  const t = title.replace(/^关于/u, '').replace(NOTES, '');
  const year = YEAR.exec(t);
  const head = year ? t.slice(0, year.index) : authority && t.startsWith(authority) ? authority : '';
  for (const w of vocabulary.otherBodies ?? []) if (head.includes(w)) return w;
  const fieldWords = vocabulary.fieldWords;
  if (!fieldWords || fieldWords.length === 0) return undefined;
  const subject = subjectOf(year ? t.slice(year.index + year[0].length) : t.slice(head.length));
  if (subject.length < 2) return undefined;
  return holdsAny(subject, fieldWords) ? undefined : subject;
}

/** What a title names after its year: without a part of the year or the words that close a title. */
function subjectOf(afterYear: string): string {
  let s = afterYear.replace(/\s+/gu, '').replace(PERIOD, '');
  // a second document joined on (…工作总结和2025年工作计划) ends the subject
  const next = YEAR.exec(s);
  if (next) s = s.slice(0, next.index);
  for (let cut = true; cut; ) {
    cut = false;
    for (const w of CLOSING_WORDS)
      if (s.endsWith(w)) {
        s = s.slice(0, -w.length);
        cut = true;
      }
  }
  return s;
}
