import { indexIn, lastIndexIn } from './bounded-search.js';
import type { ClaimWords } from './claim-words.js';
import { excluded } from './claim-match.js';
import type { FactExtractor } from './compile.js';
import type { TextIndex } from './text-index.js';
import { pastItemMark } from './item-mark.js';
import { markLevelAt } from './heading-levels.js';

/*
 * Clauses that make no claim of a fact a value cue names: an exclude word, a topic named only, a problem's name, or the
 * matter said not to apply to the reporter.
 */

/**
 * Whether the clause makes no claim of the fact: an exclude word, a topic named only, a problem named, or the matter
 * said not to apply to the reporter (不涉及行政执法“三项制度”: neither done nor not done).
 */
export function noClaim(
  index: TextIndex,
  x: FactExtractor,
  w: ClaimWords,
  cs: number,
  ce: number,
  at: number,
  end: number,
): boolean {
  const text = index.text;
  return (
    excluded(index, w, cs, ce, x, at) ||
    isTopic(text, cs, ce) ||
    headsNothing(text, cs, ce) ||
    namesAProblem(text, cs, at, end, ce) ||
    w.notApplicable.last(text, cs, notApplicableEnd(index, ce)) !== undefined
  );
}

/**
 * How far a not-applicable word may stand from a claim's clause ending at `ce`: the clause, or a label's value after
 * its colon (行政执法“三项制度”：不适用), or a short clause after it saying so of the reporter (…由区局统一组织，本镇不涉及).
 */
function notApplicableEnd(index: TextIndex, ce: number): number {
  const c = index.text.charCodeAt(ce);
  if (c === 0xff1a || c === 0x3a) return index.clause(ce + 1)[1];
  if (c !== 0xff0c && c !== 0x2c) return ce;
  const next = index.clause(ce + 1)[1];
  return next - ce - 1 <= SHORT_CLAUSE ? next : ce;
}

/** The longest clause after a claim that may only say it does not apply (本镇不涉及, 我局不适用). */
const SHORT_CLAUSE = 6;

/**
 * Whether the cue stands inside quotation marks that name a problem (针对上年反馈的“未建立执法全过程记录制度”问题，
 * 已…整改完毕): the words are the problem's name, no claim of the reporter's either way.
 */
function namesAProblem(text: string, cs: number, at: number, end: number, ce: number): boolean {
  const open = lastIndexIn(text, OPEN_QUOTE, cs, at + 1);
  if (open < 0 || lastIndexIn(text, CLOSE_QUOTE, open + 1, at + 1) >= 0) return false;
  const close = indexIn(text, CLOSE_QUOTE, end, ce);
  if (close < 0) return false;
  let p = close + 1;
  if (text.charCodeAt(p) === DENG) p++;
  return text.startsWith(PROBLEM, p);
}

const OPEN_QUOTE = '“';
const CLOSE_QUOTE = '”';
/** 等 between a quoted name and its noun (“…”等问题). */
const DENG = 0x7b49;
const PROBLEM = '问题';

/** A clause that only names the topic of what follows (在普法责任制落实方面，…): no claim of its own. */
function isTopic(text: string, cs: number, ce: number): boolean {
  const clause = text.slice(cs, ce).trim();
  if (TOPIC.test(clause)) return true;
  // 年终述职述法方面，县委依法治县办组织…; 关于述法工作，…; 就执法培训而言，…: a lead naming the topic of its sentence (a
  // heading line still tells what its part holds: 4. 普法宣传方面。)
  const c = text.charCodeAt(ce);
  return (c === 0xff0c || c === 0x2c) && LEAD_TOPIC.test(clause);
}

/**
 * Whether the clause is a numbered heading line with nothing under it — the next line with text is a heading of its
 * level or above, or there is none (（九）执法培训⏎（十）案卷评查：无。; …⏎二、存在的不足): it names a topic nothing is told
 * of. A heading that heads text or sub-items (（二）原因分析⏎1. …) still tells what its part holds.
 */
function headsNothing(text: string, cs: number, ce: number): boolean {
  if (ce < text.length && text.charCodeAt(ce) !== LINE_FEED) return false;
  // the clause is a whole line opening with an item's number
  if (cs > 0 && text.charCodeAt(cs - 1) !== LINE_FEED) return false;
  let p = cs;
  while (p < ce && isBlank(text.charCodeAt(p))) p++;
  const level = markLevelAt(text, p);
  if (level === undefined) return false;
  // a heading's title only: short, and nothing but words after its number (not 5. 执法培训：⏎1. …, a list's lead; not
  // 1.区政府常务会议会前学法不经常——已整改, an item)
  const title = text.slice(pastItemMark(text, p), ce).trim();
  if (title.length > TITLE_MAX || !TITLE.test(title)) return false;
  let next = ce + 1;
  while (next < text.length && (isBlank(text.charCodeAt(next)) || text.charCodeAt(next) === LINE_FEED)) next++;
  // (the next heading of its own level or above: a sub-item's, 1. under （九）, tells what it heads)
  const after = next >= text.length ? -1 : markLevelAt(text, next);
  return after !== undefined && after <= level;
}

/** How many characters of a heading's title make it one that heads nothing at most (行政执法“三项制度”落实情况). */
const TITLE_MAX = 14;
const TITLE = /^[\p{Script=Han}“”"]+$/u;
const LINE_FEED = 0x0a;
const isBlank = (c: number) => c === 0x20 || c === 0x3000 || c === 0x09 || c === 0x0d;

/** A clause naming a topic (在普法方面): what follows it is the claim. */
const TOPIC = /^在.{1,20}方面$/u;
const LEAD_TOPIC = /^(?:[^\d，,；;。]{1,20}(?:方面|而言|来看|来说)|(?:关于|至于)[^\d，,；;。]{1,20})$/u;
