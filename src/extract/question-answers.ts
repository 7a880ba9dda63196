import type { ClaimWords } from './claim-words.js';
import { pastBlanks } from './line-spans.js';
import { isClauseEnd } from './text-index.js';

/*
 * A self-assessment form asks and answers (是否开展行政执法案卷评查：是; 是否单独组织执法人员培训：否，…; 局本级是否制定
 * 行政规范性文件：否): a claim inside a yes-or-no question is what its answer says — done when answered yes, denied when
 * answered no (a count's none), no claim of its own when answered in words of its own. The question's words
 * (vocabulary `questions`) and its answers' first words (`answersYes`, `answersNo`) are the pack's; the answer is read
 * right after the question's colon, dash or question mark, past an answer's label (答：) and a ticked box (☑是 □否).
 */

/** A yes-or-no question holding a claim, and its answer. */
export interface AnsweredQuestion {
  /** where the question word stands, and which it is (是否) */
  at: number;
  word: string;
  answer: Answer;
  /** where the question's colon or question mark stands */
  mark: number;
  /** where the answer ends (where it starts, for an open one) */
  end: number;
}

/** How far before a cue its question word may stand, in its clause (局党组理论学习中心组是否开展集中学法). */
const QUESTION_REACH = 24;
/** How far after a cue the question's colon, dash or question mark may stand (…是否发生以本局为被申请人的行政复议案件：). */
const ANSWER_REACH = 24;

/**
 * The question the claim at [cueStart, cueEnd) stands in — a question word before it in its clause, a colon, a dash or
 * a question mark after it ending the clause — with its answer: yes or no (是; 答：否，…; ☑是 □否; ——是), else open (a
 * question answered in words of its own, 答：局长在年终述职中…; 不涉及); undefined when it stands in no question.
 */
export function answeredQuestion(
  w: ClaimWords,
  text: string,
  cs: number,
  cueStart: number,
  cueEnd: number,
): AnsweredQuestion | undefined {
  if (w.questions.size === 0) return undefined;
  // (not a judging word's look-up: 有没有 is an ordinary word there, so that its 没有 denies nothing)
  const q = w.questions.last(text, Math.max(cs, cueStart - QUESTION_REACH), cueStart);
  if (q === undefined) return undefined;
  const mark = questionEnd(text, cueEnd);
  if (mark < 0) return undefined;
  const { answer, end } = answerAfter(w, text, mark);
  return { at: q.at, word: q.word, answer, mark, end };
}

/** The answer after a question's mark, and where it ends. */
function answerAfter(w: ClaimWords, text: string, mark: number): { answer: Answer; end: number } {
  let p = answerStart(text, mark);
  // check boxes (☑是 □否, □是 ☑否): the word after the box ticked
  if (BOXES.includes(text.charAt(p)) && !wholeAnswer(text, p + 1)) {
    const to = Math.min(text.length, p + BOX_REACH);
    for (let i = p; i < to; i++)
      if (TICKED.includes(text.charAt(i))) {
        p = pastBlanks(text, i + 1);
        break;
      }
  }
  // a short whole answer opening with a yes or a no word (是; 否，…; 已落实; 未受到。)
  const length = answerLength(text, p);
  if (length > 0 && length <= ANSWER_LONGEST) {
    const no = w.answersNo.at(text, p);
    if (no !== undefined) return { answer: 'no', end: p + length };
    const yes = w.answersYes.at(text, p);
    if (yes !== undefined) return { answer: 'yes', end: p + length };
  }
  return { answer: 'open', end: p };
}

/** Where a question's answer starts: past blanks, dashes (——是), a line break and an answer's label (答：). */
function answerStart(text: string, mark: number): number {
  let p = mark + 1;
  while (p < text.length && (DASHES.includes(text.charAt(p)) || /\s/u.test(text.charAt(p)))) p++;
  if (text.charAt(p) === '答') {
    let q = p + 1;
    while (q < text.length && /[\d\s]/u.test(text.charAt(q))) q++;
    if (text.charAt(q) === '：' || text.charAt(q) === ':') p = pastBlanks(text, q + 1);
  }
  return p;
}

/**
 * The length of the answer starting at `p`: to a clause's end, a bracket or a blank — looked for no further than a
 * short answer runs (a longer one is open whatever its length).
 */
function answerLength(text: string, p: number): number {
  let i = p;
  while (i < text.length && i - p <= ANSWER_LONGEST && !wholeAnswer(text, i)) i++;
  return i - p;
}

/** Whether an answer ends at `at`: the text ends, or a clause's end, a bracket, a blank or a cell's edge stands there. */
function wholeAnswer(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const c = text.charCodeAt(at);
  return isClauseEnd(c) || c === 0xff08 || c === 0x28 || c === 0x20 || c === 0x3000 || c === 0x09 || c === 0x7c;
}

/** Where the clause of a cue ending at `from` ends at a colon, a dash or a question mark, within reach; -1 else. */
function questionEnd(text: string, from: number): number {
  const to = Math.min(text.length, from + ANSWER_REACH);
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2014 && text.charCodeAt(i + 1) === 0x2014) return i + 1;
    if (!isClauseEnd(c)) continue;
    return c === 0xff1a || c === 0x3a || c === 0xff1f || c === 0x3f ? i : -1;
  }
  return -1;
}

type Answer = 'yes' | 'no' | 'open';
/** A whole answer of a yes or no word is short (是; 已落实; 未受到): a longer one tells in words of its own. */
const ANSWER_LONGEST = 4;
const DASHES = '—－-';
/** Check boxes, and the marks of one ticked (☑是 □否). */
const BOXES = '☑☐□■√✓×✗☒';
const TICKED = '☑■√✓';
/** How far the boxes of one answer reach (☑是 □否). */
const BOX_REACH = 8;
