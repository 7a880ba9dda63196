import { indexIn } from './bounded-search.js';
import type { VocabularyFile } from '../model/vocabulary.js';
import { holdsAny } from './claim-match.js';

/*
 * Part-year phrases that date something other than the span a report covers: how matters stood at a date (截至2025年
 * 11月，十五个问题均已整改销号), and a name that holds one (参加“2023年上半年…专题研讨班”). period.ts leaves them out.
 */

/**
 * Whether an as-of phrase (截至…, 截止…, 于…上半年: vocabulary asOf) dates how matters stood: a standing word (整改) in its clause,
 * the clause before it or the one after, in its sentence (制定整改措施6项，截至2025年11月，6项措施全部完成). Not a
 * span phrase (整改情况：1—6月，…受理…), nor one whose neighbours count the year's work (截至11月底，检查…5,106家次).
 */
export function datesAStanding(text: string, at: number, end: number, vocabulary: VocabularyFile): boolean {
  const words = vocabulary.standingWords;
  if (words === undefined || words.length === 0 || !asOfAt(text, at, vocabulary.asOf)) return false;
  let from = at;
  for (let breaks = 0; from > 0 && at - from < CLAUSE_REACH * 2; from--) {
    const c = text[from - 1]!;
    if (SENTENCE_END.test(c) || (CLAUSE_MARK.test(c) && ++breaks === 2)) break;
  }
  let to = end;
  for (let breaks = 0; to < text.length && to - end < CLAUSE_REACH * 2; to++) {
    const c = text[to]!;
    if (SENTENCE_END.test(c) || (CLAUSE_MARK.test(c) && ++breaks === 2)) break;
  }
  return holdsAny(text.slice(from, to), words);
}

const CLAUSE_MARK = /[，,；;]/u;

/** Whether the phrase at `at` opens with an as-of word or follows one, a year perhaps between (已于2025年上半年). */
function asOfAt(text: string, at: number, words: string[] | undefined): boolean {
  if (words === undefined) return false;
  const year = YEAR_BEFORE_PHRASE.exec(text.slice(Math.max(0, at - YEAR_LENGTH), at));
  const before = year === null ? at : at - year[0].length;
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (text.startsWith(word, at) || text.startsWith(word, before - word.length)) return true;
  }
  return false;
}
const YEAR_BEFORE_PHRASE = /(?:19|20)\d{2}\s*年$/u;
const YEAR_LENGTH = 6;

/**
 * Whether the phrase ending at `end` dates the things a modifier names: right after it, one of the vocabulary's
 * objectDating verbs and 的 (上半年办理的行政处罚案卷; 1—6月办结的案卷) — which files, not the span the report covers.
 */
export function datesAnObject(text: string, end: number, vocabulary: VocabularyFile): boolean {
  const verbs = vocabulary.objectDating;
  if (verbs === undefined) return false;
  for (let k = 0; k < verbs.length; k++) {
    const verb = verbs[k]!;
    if (text.startsWith(verb, end) && text.charCodeAt(end + verb.length) === OF) return true;
  }
  return false;
}
const OF = 0x7684; // 的

/** Whether `at` stands inside a name in quotation or title marks: an opening mark before it, its closing one after. */
export function insideName(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i <= NAME_REACH; i--) {
    const c = text[i]!;
    if (NAME_CLOSE.includes(c) || SENTENCE_END.test(c)) return false;
    const open = NAME_OPEN.indexOf(c);
    if (open < 0) continue;
    const close = indexIn(text, NAME_CLOSE[open]!, at, at + NAME_REACH + 1);
    return close >= 0 && !SENTENCE_END.test(text.slice(at, close));
  }
  return false;
}
const NAME_OPEN = '“《';
const NAME_CLOSE = '”》';
/** How far from a phrase a name's marks may stand. */
const NAME_REACH = 40;

const SENTENCE_END = /[。！？!?\n]/u;
/** How far a clause is looked along for its end. */
const CLAUSE_REACH = 40;
