import type { ClaimWords } from './claim-words.js';
import { holdsAny, type FactMatch } from './claim-match.js';
import type { FactExtractor } from './compile.js';
import { figuresOfRank } from './next-statements.js';
import { pastItemMark } from './item-mark.js';
import { pastBlanks } from './line-spans.js';
import type { Ranked } from './statement-choice.js';
import { SUM_WORD } from './sum-words.js';
import { isClauseEnd, type TextIndex } from './text-index.js';
import { OWN, REACHED, UNSPECIFIED } from './scope-names.js';

/*
 * Classes of one activity told one after another in a sentence, each brought in by its own activity verb and given its
 * own figure in the same unit (组织…开展岗前培训一期、参训十二人次，开展执法业务轮训三期、参训三十六人次; 一是举办…培训班3期，参训
 * 520人次；二是组织…考前培训2期，参训216人次): the kinds of one thing listed with their own figures, added (§5). Not when
 * the sentence tells a total or a part (合计, 共, 其中), whose figures are no separate classes; nor when a figure is
 * counted in another unit (培训7场次，组织执法大练兵1次; 宣传活动165场次，举办“法治大讲堂”12期: another kind of thing, which
 * the sets do not add) or restates one told (评查案卷85卷…开展执法案卷评查85卷), or is one the reporter attended (组织参加县委…学习1次).
 */

/**
 * The statements of rank `rank` after `first` in its sentence that are further classes of its activity; empty unless
 * every one of them is (all or none: a figure that is no class leaves the sum unsure).
 */
export function classStatements(
  index: TextIndex,
  x: FactExtractor,
  words: ClaimWords,
  chosen: Ranked[],
  rank: number,
  first: FactMatch,
): FactMatch[] {
  if (chosen.length === 1 || words.activityVerbs.size === 0) return [];
  const text = index.text;
  const start = index.sentence(first.valueOffset)[0];
  const end = semicolonsEnd(index, first.valueOffset);
  const later = figuresOfRank(chosen, rank, first.valueOffset + 1, end);
  if (later.length === 0 || toldWhole(words, text, start, end)) return [];
  later.sort((a, b) => a.valueOffset - b.valueOffset);
  const unit = unitAfter(text, first.valueOffset);
  let previous = first;
  for (let k = 0; k < later.length; k++) {
    const m = later[k]!;
    const opens = activityOpening(words, text, previous.valueOffset, m.valueOffset);
    if (
      unit === '' ||
      opens < 0 ||
      !sameHolder(m.scope, first.scope) ||
      unitAfter(text, m.valueOffset) !== unit ||
      m.value === previous.value ||
      !namesFact(x, text.slice(opens, m.valueOffset)) ||
      attendedClass(words, text, opens)
    )
      return [];
    previous = m;
  }
  return later;
}

/**
 * Whether two classes' scopes say the same body held them: the same scope, or both the reporter's — its own, named by
 * none, or the region its activity reached (一是举办全县行政执法人员…培训班3期…；二是组织…考前培训2期).
 */
function sameHolder(a: string, b: string): boolean {
  return a === b || (REPORTERS.includes(a) && REPORTERS.includes(b));
}
const REPORTERS = [OWN, UNSPECIFIED, REACHED];

/** Where the sentence holding `at` ends with the parts its semicolons join after it (一是…；二是…。). */
function semicolonsEnd(index: TextIndex, at: number): number {
  let end = index.sentence(at)[1];
  for (let n = 0; n < MAX_PARTS && SEMICOLONS.includes(index.text.charAt(end)); n++) end = index.sentence(end + 1)[1];
  return end;
}
const SEMICOLONS = '；;';
/** How many semicolons' parts a list of classes runs over at most. */
const MAX_PARTS = 6;

/** Whether the sentence [from, to) tells a total or a part: a sum word, 共 or 累计, or a breakdown word (其中). */
function toldWhole(words: ClaimWords, text: string, from: number, to: number): boolean {
  return TOTAL.test(text.slice(from, to)) || words.breakdown.anyWithin(text, from, to);
}
const TOTAL = new RegExp(`${SUM_WORD.source}|共|累计`, 'u');

/** The unit written right after the figure at `at` (3期 → 期, 520人次 → 人次, 十二人次 → 人次); '' when none. */
function unitAfter(text: string, at: number): string {
  NUMERAL_THEN_UNIT.lastIndex = at;
  const m = NUMERAL_THEN_UNIT.exec(text);
  return m === null ? '' : m[1]!;
}
const NUMERAL_THEN_UNIT = /[\d０-９,，.〇零一二两三四五六七八九十百千万余多]*([^\d０-９\s，,。；;、）)]{1,2})/uy;

/**
 * Where the last clause between two figures that opens, past an item number (二是, （2）) and blanks, on an activity verb
 * (开展, 组织, 举办) starts: a class of its own, not the first figure's class told on; -1 when none does.
 */
function activityOpening(words: ClaimWords, text: string, from: number, to: number): number {
  let found = -1;
  for (let p = from; p < to; p++) {
    if (!isClauseEnd(text.charCodeAt(p))) continue;
    const q = pastItemMark(text, pastBlanks(text, p + 1));
    if (words.activityVerbs.at(text, q) !== undefined) found = q;
  }
  return found;
}

/** Whether the class's activity verb at `at` is followed by an attending word (组织参加县委…学习1次): attended, not held. */
function attendedClass(words: ClaimWords, text: string, at: number): boolean {
  const verb = words.activityVerbs.at(text, at);
  return verb !== undefined && words.attending.at(text, at + verb.length) !== undefined;
}

/**
 * Whether a class's words name the fact itself — one of its cues or context words (执法业务轮训; not 农技人员种子法知识
 * 培训 nor 社会组织负责人培训, classes of other people a context cue read beside the officers' class).
 */
function namesFact(x: FactExtractor, span: string): boolean {
  return holdsAny(span, x.cues) || holdsAny(span, x.def.context ?? []);
}
