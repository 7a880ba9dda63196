import type { CueHits } from './cue-scan.js';
import type { FactExtractor } from './compile.js';
import type { CueParts } from './split-cues.js';
import { forFact, holdsAny, Match, quote, type ClaimContext, type FactMatch } from './claim-match.js';
import { valueAfter } from './figure-claims.js';
import { numeralRightAfter, valueBefore } from './figure-before.js';
import { tableRowFigures } from './table-columns.js';
import { unitLabelFigure } from './unit-label-rows.js';
import { wholeBefore, wholeOfDone } from './done-counts.js';
import { zeroAt } from './zero.js';
import { contextShareAfter, ownShareAfter } from './own-share.js';
import { ownNoneAfter } from './elided-denials.js';
import { eachOfList } from './each-list.js';
import { restatedInUnit } from './unit-restatement.js';
import { figuresThenRespectively } from './respective-statements.js';
import { newIntakePart } from './new-intake.js';
import { scopedContinuation } from './figure-continuation.js';
import { repeatedVerbFigure } from './repeated-verb.js';
import { modality } from './polarity.js';
import { insertionSort } from './insertion-sort.js';
import { kindOfAList, listTotal } from './kind-lists.js';
import { otherKindOnly, ownKindAfter, weakOverOtherKinds } from './own-kinds.js';
import { ANYWHERE, cueAllowed, IN_CONTEXT, reached, UNDER_TOPIC, type CueReach } from './cue-reach.js';
import { attendedNotHeld } from './activity-denial.js';
import { valueEndAt } from './value-patterns.js';
import type { TextIndex } from './text-index.js';
import { cueEndAt, cueStartAt, readValueCues } from './value-cue-reading.js';
import { acceptAll, type Found, pushMatch } from './found-statements.js';
import { parseValue } from './value-parse.js';
import { figureFollows, readTopicLabels } from './topic-labels.js';
import { stagesTotal } from './stage-parts.js';
import { restatedFigure } from './restated-figures.js';
import { NO_SLASH_LIST, slashListFigure } from './slash-lists.js';

/** Every statement of one fact in the text that claims a result, in document order. */
export function findFactMatches(
  index: TextIndex,
  x: FactExtractor,
  hits: CueHits,
  ctx: ClaimContext,
  accept: (m: FactMatch) => boolean = acceptAll,
): FactMatch[] {
  // most documents name only some of the pack's facts: one whose cues all are absent states nothing
  if (x.pattern === undefined && !hits.anyOf(x.cueIds.all) && !namesTopic(index.text, x.topics)) return [];
  ctx = forFact(ctx, x);
  // two cues reading the same figure count once; a fact has few statements, so a list does
  const found: Found = { seen: [], matches: [], accept };
  // a value cue that settles the fact leaves the matches as found: their order no longer matters
  if (x.valueCues && readValueCues(index, x, hits, ctx, found)) return found.matches;
  if (x.value) {
    // a cue before its figure or after it (培育1895名法律明白人); a context cue counts only beside a context word
    const ids = x.cueIds;
    readFigures(index, x, hits, ctx, x.cues, ids.cues, ANYWHERE, false, found, x.cueParts);
    readFigures(index, x, hits, ctx, x.contextCues, ids.contextCues, IN_CONTEXT, false, found, x.contextCueParts);
    readFigures(index, x, hits, ctx, x.cuesAfterValue, ids.cuesAfterValue, ANYWHERE, true, found, x.afterValueCueParts);
    readFigures(
      index,
      x,
      hits,
      ctx,
      x.contextCuesAfterValue,
      ids.contextCuesAfterValue,
      IN_CONTEXT,
      true,
      found,
      undefined,
    );
    readFigures(index, x, hits, ctx, x.topicCues, ids.topicCues, UNDER_TOPIC, false, found, undefined);
    // a line labelled with the fact's topic (普法：开展53场)
    if (x.topics.length > 0) readTopicLabels(index, x, ctx, found);
  }
  if (x.type === 'count' || x.type === 'percent') {
    for (let k = 0; k < x.zeroCues.length; k++) {
      const cue = x.zeroCues[k]!;
      const at = hits.ofId(x.cueIds.zeroCues[k]!);
      // a zero cue is a cue: 纠错率为零 is no count of corrections when 纠错 may not be followed by 率
      for (let h = 0; h < at.length; h++)
        if (cueAllowed(index.text, at[h]!, cue.length, x))
          pushMatch(found, zeroAt(index, x, ctx, at[h]!, at[h]! + cue.length));
    }
  }
  // a phrase stating none outright (全部胜诉, 未败诉)
  for (let k = 0; k < x.zeroPhrases.length; k++) {
    const at = hits.ofId(x.cueIds.zeroPhrases[k]!);
    const length = x.zeroPhrases[k]!.length;
    for (let h = 0; h < at.length; h++) pushMatch(found, zeroAt(index, x, ctx, at[h]!, at[h]! + length, true));
  }
  if (x.pattern) readPatternMatches(index, x, ctx, found);
  // by where the quote starts, then the figure
  return insertionSort(found.matches, placedAfter);
}

/** Whether one of a fact's topics occurs (a line labelled 普法： may state it with none of its cues). */
function namesTopic(text: string, topics: readonly string[]): boolean {
  for (let t = 0; t < topics.length; t++) if (text.includes(topics[t]!)) return true;
  return false;
}

const placedAfter = (a: FactMatch, b: FactMatch): boolean =>
  a.at > b.at || (a.at === b.at && a.valueOffset > b.valueOffset);

/** The figures the fact's own pattern finds, each in a clause that states a result. */
function readPatternMatches(index: TextIndex, x: FactExtractor, ctx: ClaimContext, found: Found): void {
  const text = index.text;
  for (const m of x.pattern!.matchAll(text)) {
    const raw = m.value ?? m.text;
    const vAt = m.index + Math.max(0, m.text.indexOf(raw));
    const parsed = parseValue(x, raw);
    if (parsed === undefined) continue;
    const clause = index.clause(vAt);
    const cs = clause[0];
    const ce = clause[1];
    const end = m.index + m.text.length;
    if (modality(ctx.words, text, cs, ce, m.index, end, index.sentence(vAt)[0]) !== 'result') continue;
    const q = quote(index, cs, ce, m.index, end, parsed.approximate);
    pushMatch(found, new Match(parsed.value, vAt, ctx, cs, vAt, q));
  }
}

/**
 * The figure each hit of the cues states: after the cue, or before it for cues that follow
 * their figure; a context cue counts only beside a context word, a topic cue only in an item whose lead names the
 * fact's topic. A module function, not closures made per fact: under tsx every closure made costs a naming call.
 */
function readFigures(
  index: TextIndex,
  x: FactExtractor,
  hits: CueHits,
  ctx: ClaimContext,
  cues: string[],
  ids: number[],
  reach: CueReach,
  valueFirst: boolean,
  found: Found,
  parts: CueParts[] | undefined,
): void {
  const text = index.text;
  for (let k = 0; k < cues.length; k++) {
    const cue = cues[k]!;
    // a split cue (执法人员…培训): its figure follows the second word
    const part = parts?.[k]?.second !== undefined ? parts[k] : undefined;
    const cueHits = hits.ofId(ids[k]!);
    for (let h = 0; h < cueHits.length; h++) {
      const hit = cueHits[h]!;
      const at = part ? cueStartAt(index, part, hit) : hit;
      const end = part ? cueEndAt(index, part, hit) : hit + cue.length;
      if (at === undefined || end === undefined) continue;
      // (a context cue's context is looked for once a figure is found: most of its hits have none, and the look for a
      // figure refuses them at less cost than the context's)
      if (!cueAllowed(text, at, end - at, x) || (reach !== IN_CONTEXT && !reached(index, x, ctx.words, reach, at, end)))
        continue;
      // a split cue's second word is a cue word too (制发非规范性文件: 非 before 规范性文件)
      if (part && !cueAllowed(text, end - part.second!.length, part.second!.length, x)) continue;
      // a split cue's gap (中心组…学法) is judged like the words before a cue
      const gapFrom = part ? at + part.first.length : end;
      // a table's row of columns (新收行政复议案件｜131｜154): the column its header names, or none; a table row whose
      // label carries the unit (行政诉讼案件（件）：0) gives its bare figure
      const row = valueFirst ? undefined : tableRowFigures(index, x, ctx, at, end);
      // (a list before a trailing cue may give a statement per scope: the last run's is judged, the others pass with it)
      const before = row === undefined && valueFirst ? valueBefore(index, x, ctx, cue, at, end) : undefined;
      let m = row ? undefined : valueFirst ? before?.[before.length - 1] : figureAfter(index, x, ctx, at, end, gapFrom);
      // a figure another fact's trailing cue follows (受理纠纷、30件调解成功) is that fact's
      if (
        m &&
        !valueFirst &&
        (takenByCueAfter(index, x, m.valueOffset) || nextItemsFigure(index, x, end, m.valueOffset))
      )
        m = undefined;
      if (reach === IN_CONTEXT && (row || m) && !reached(index, x, ctx.words, reach, at, end)) continue;
      if (row) {
        for (let r = 0; r < row.length; r++) pushMatch(found, row[r]);
        continue;
      }
      if (reach === UNDER_TOPIC && m && figureFollows(index, x, m.valueOffset)) continue;
      // 问题共十七个，…已整改十五个: for a fact counting what was found, the whole the done count stands beside
      if (m && x.def.doneOfWhole) m = foundWhole(index, x, ctx, m, at, end);
      if (m && x.type === 'count' && !valueFirst) m = countRead(index, x, ctx, m, at);
      if (m === undefined) continue;
      for (let b = 0; before !== undefined && b < before.length - 1; b++)
        pushStatements(index, x, ctx, before[b]!, reach, valueFirst, found);
      pushStatements(index, x, ctx, m, reach, valueFirst, found);
    }
  }
}

/**
 * The statements a figure read for a cue gives: none when it counts what the reporter's people attended (…参加县级
 * 执法培训2次，乡里未单独组织; …参加县司法局组织的…培训，参训68人次); for one kind of a list of kinds (…“民法典进小区”12场、
 * “反诈宣传进社区”15场…) the list's total when each item names the fact; else itself, and after it the same figure for
 * another scope, the verb repeated for another body, the reporter's share. A figure restated at once after a restating
 * word (约3千件（准确数2,871件）) is read as the restated one (restated-figures.ts).
 */
function pushStatements(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  told: FactMatch,
  reach: CueReach,
  valueFirst: boolean,
  found: Found,
): void {
  // 约3千件（准确数2,871件）: the figure restated at once is the statement's
  let m = (x.type === 'count' || x.type === 'percent' ? restatedFigure(index, x, ctx, told) : undefined) ?? told;
  if (x.type === 'count' && attendedNotHeld(index, x, ctx.words, m.valueOffset, ctx.year)) return;
  const list =
    x.type === 'count' && x.aggregate !== 'sum' ? kindOfAList(index, x, m.valueOffset, ctx.words) : undefined;
  if (list) {
    pushMatch(found, listTotal(index, x, ctx, list));
    return;
  }
  // …参训150人次，其中执法人员96人次: a context cue's total of a mixed group; the part its context names is the fact's
  if (reach === IN_CONTEXT && x.type === 'count') m = contextShareAfter(index, x, ctx, m.valueOffset) ?? m;
  // …为3.2%，全区为5.7%: the same figure for another scope, as a statement of its own
  if (pushMatch(found, m) && !valueFirst) pushMatch(found, scopedContinuation(index, x, ctx, m));
  // …专题研究法治建设3次，镇政府常务会议专题研究2次: the verb repeated for another body, one more statement
  if (!valueFirst && x.repeatedVerbs.length > 0) pushRepeatedVerbs(index, x, ctx, m, found);
  // …112场次，其中局机关组织9场次: the reporter's share of the total; …9件，我局未制定: its none
  if (x.type === 'count') {
    pushMatch(found, ownShareAfter(index, x, ctx, m.valueOffset));
    pushMatch(found, ownNoneAfter(index, x, ctx, m));
  }
}

/** The figures later clauses give by repeating a verb of the fact, each after the one before (repeated-verb.ts). */
function pushRepeatedVerbs(index: TextIndex, x: FactExtractor, ctx: ClaimContext, m: FactMatch, found: Found): void {
  for (let c = repeatedVerbFigure(index, x, ctx, m); c; c = repeatedVerbFigure(index, x, ctx, c)) pushMatch(found, c);
}

/**
 * What a count read after its cue stands for, the statement read around it weighed: the part of the fact's own kind
 * (评查执法案卷476卷，其中刑事案卷120卷、行政案卷356卷 → 356), the year's new intake (办理行政复议案件128件（新收119件、
 * 上年结转9件） → 119), the stages' sum (一审案件52件、二审案件17件 → 69), the figure of each of the subjects listed before 各 (局长、分管副局长各出庭1件 → 2); else itself.
 */
function countRead(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  m: FactMatch,
  at: number,
): FactMatch | undefined {
  // 另评查刑事案卷40卷: another kind's figure alone, none of the fact's
  if (otherKindOnly(index, x, ctx.words, at, m.valueOffset) || weakOverOtherKinds(index, x, at, m.valueOffset))
    return undefined;
  // 一审案件52件、二审案件17件: the stages' sum (stage-parts.ts)
  const staged = stagesTotal(index, x, ctx, m);
  if (staged) return staged;
  let read = ownKindAfter(index, x, ctx, m.valueOffset) ?? m;
  // 培训班9期、共12场次: the figure in the fact's own unit; 培训3场次、5场次，分别为…: the run's sum
  read = restatedInUnit(index, x, ctx, read) ?? figuresThenRespectively(index, x, ctx, read) ?? read;
  if (x.def.intake) read = newIntakePart(index, x, ctx, read) ?? read;
  return eachOfList(index, ctx, read, at) ?? read;
}

/** The whole a done count stands beside (问题共9个，已整改8个 → 9), quoted from it to the done count; else the match. */
function foundWhole(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  m: FactMatch,
  at: number,
  end: number,
): FactMatch | undefined {
  const ss = index.sentence(at)[0];
  // a done count opening its sentence (…反馈我区问题9个，其中督察5个、考评4个。已整改8个): the whole may be the sentence's
  // before — and a whole of another kind there (…经济责任审计，指出问题6个。目前已整改5个) makes the count that kind's too
  const inSentence = wholeOfDone(index.text, ss, at, end);
  const before = inSentence ? undefined : wholeBefore(index, ss, at, end);
  if (before && holdsAny(index.text.slice(before.sentence[0], before.sentence[1]), x.excludeInSentence))
    return undefined;
  const whole = inSentence ?? before?.whole;
  if (!whole) return m;
  const cs = index.clause(whole.at)[0];
  const q = quote(index, cs, m.evidence.offset! + m.evidence.quote.length, whole.at, whole.end, false);
  return new Match(whole.value, whole.at, ctx, cs, whole.at, q);
}

/**
 * Whether another fact's cue that follows its figure stands right after the figure at `at` (…、30件调解成功), with no
 * figure of its own after it (受理纠纷63件调解成功61件: 61 is that cue's, 63 this one's).
 */
function takenByCueAfter(index: TextIndex, x: FactExtractor, at: number): boolean {
  if (x.othersAfterValue.size === 0) return false;
  const text = index.text;
  let cueAt = valueEndAt(x.valueSticky!, text, at);
  if (cueAt < 0) return false;
  while (cueAt < text.length && BLANKS.includes(text[cueAt]!)) cueAt++;
  const cue = x.othersAfterValue.at(text, cueAt);
  if (cue === undefined) return false;
  const cueEnd = cueAt + cue.length;
  // (a word that makes the cue none of its fact's: 0件  被纠错率：0 is a rate's label)
  if (x.afterValueNotFollowedBy.get(cue)?.some((w) => text.startsWith(w, cueEnd))) return false;
  // (the other fact's own figure after it, 败诉 4件, of whatever kind — after a label's colon too, which ends the clause:
  // 审结：60件　纠错：5件 — the one before is not its)
  return !numeralRightAfter(text, cueEnd, index.sentence(cueAt)[1]);
}

/**
 * Whether the figure at `at` opens the next item of a list the cue ending at `cueEnd` closes an item of (…被县政府撤销、
 * 1件维持): a list mark alone between them, and a word right after the figure's unit that it is the figure of.
 */
function nextItemsFigure(index: TextIndex, x: FactExtractor, cueEnd: number, at: number): boolean {
  const text = index.text;
  if (at !== cueEnd + 1 || text.charCodeAt(cueEnd) !== LIST_MARK) return false;
  const end = valueEndAt(x.valueSticky!, text, at);
  const c = end < 0 ? -1 : text.charCodeAt(end);
  return c >= 0x4e00 && c <= 0x9fff;
}

const LIST_MARK = 0x3001; // 、

/** Blanks between a figure and the cue after it (1,911件　调解成功). */
const BLANKS = ' \u3000\u00a0\u200b\t';

/**
 * The figure after a cue: a slash list's at its place (slash-lists.ts), a table row's whose label carries the unit
 * (unit-label-rows.ts), else valueAfter's.
 */
function figureAfter(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  at: number,
  end: number,
  gapFrom: number,
): FactMatch | undefined {
  // a label of a slash list (收案/审结/纠错：97件/93件/10件): the figure at its position, or none
  const slashed = slashListFigure(index, x, ctx, at, end);
  if (slashed !== NO_SLASH_LIST) return slashed;
  return unitLabelFigure(index, x, ctx, at, end) ?? valueAfter(index, x, ctx, at, end, gapFrom);
}
