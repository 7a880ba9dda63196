import { indexIn } from './bounded-search.js';
import { lastJudging, type ClaimWords } from './claim-words.js';

/*
 * A goal a claim names right after its cue (提出“应述尽述”目标; 述法全覆盖的工作目标; 培养60名“法律明白人”任务): the goal
 * set, not a result — modality (polarity.ts) judges a claim naming one a target.
 */

/**
 * The goal the claim names, when one of `goals` (目标, 指标; for a figure 任务 too) follows the cue in its clause —
 * right after it or its closing quote, or after a few words and a 的, maybe with 工作 (提出“应述尽述”目标; 确立述法全覆盖的
 * 工作目标; 培养60名“法律明白人”任务) — and no word in the clause says it was met, before it (已实现…目标, 完成…任务) or
 * after it (…目标未能按期实现): the goal set, not the result.
 */
export function namedGoal(
  w: ClaimWords,
  text: string,
  cs: number,
  cueEnd: number,
  ce: number,
  goals = CLAIM_GOALS,
): { at: number; word: string } | undefined {
  let p = cueEnd;
  while (p < ce && CLOSING_MARKS.includes(text[p]!)) p++;
  // (a few words of what the goal is, closed by 的: 述法全覆盖的工作目标)
  const de = indexIn(text, '的', p, Math.min(ce, p + GOAL_WORDS + 1));
  if (de >= 0) p = de + 1;
  if (text.startsWith('工作', p)) p += 2;
  let word: string | undefined;
  for (let k = 0; k < goals.length && p < ce && word === undefined; k++)
    if (text.startsWith(goals[k]!, p)) word = goals[k];
  if (word === undefined) return undefined;
  // (met before it, 已实现…目标, or judged after it, …目标未能按期实现 / 目标已完成: a result told either way)
  const after = p + word.length;
  const to = Math.min(ce, after + JUDGED_AFTER);
  if (metWord(w, text, cs, p) || metWord(w, text, after, to) || lastJudging(w, w.negation, text, after, to))
    return undefined;
  return { at: p, word };
}

/** Whether [from, to) says a thing was done or met: a done, actual or totality word (已, 实际, 完成, 全部). */
function metWord(w: ClaimWords, text: string, from: number, to: number): boolean {
  return (
    (lastJudging(w, w.done, text, from, to) ??
      lastJudging(w, w.actual, text, from, to) ??
      lastJudging(w, w.totality, text, from, to)) !== undefined
  );
}
const CLOSING_MARKS = '”’」』》';
/** How many words may say what the goal is between the cue and its 的 (述法全覆盖的工作目标). */
const GOAL_WORDS = 3;
/**
 * Nouns naming a goal set (not 要求: 落实…三项制度要求 says it was done). A claim's own cue with 任务 is often the work
 * itself (普法宣传任务20场，实际开展31场; 执法任务繁重): only a figure's goal is judged with it (培养60名…任务).
 */
const CLAIM_GOALS = ['目标', '指标'];
export const FIGURE_GOALS = ['目标', '任务', '指标'];
/** How far after the goal word a done word or a negation judges it (…目标未能按期实现). */
const JUDGED_AFTER = 8;
