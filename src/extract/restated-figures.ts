import { Match, quote, type ClaimContext, type FactMatch } from './claim-match.js';
import type { FactExtractor } from './compile.js';
import type { TextIndex } from './text-index.js';
import { parseMatch } from './value-parse.js';
import { nextValue, valueCharIn } from './value-patterns.js';

/*
 * A figure restated at once, more exactly or corrected, in its own sentence (受理纠纷约3千件（准确数2,871件）; 抽查案卷约四百卷，
 * 复核后准确为396卷; 两百余件（具体为217件）; 1.2万余人次，即12,306人次; 制定规范性文件12件（此数有误，经核实为11件）): the
 * restated figure is the statement's, noted. The restating words are the pack's (vocabulary `restatement`); the restated
 * figure must stand right after one, in the fact's own unit, and the few words between hold no figure.
 */

/** How far past the figure's end the restating word may start: a few words of lead (，经核对台账; （此数有误，经). */
const RESTATEMENT_REACH = 12;

/** The statement `m` restated (its figure and the restating words quoted), or undefined when none follows (nearly always). */
export function restatedFigure(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  m: FactMatch,
): FactMatch | undefined {
  const words = ctx.words.restatement;
  if (words.size === 0) return undefined;
  const text = index.text;
  const figure = nextValue(x.valueSticky!, text, m.valueOffset, m.valueOffset + 1);
  if (figure === null) return undefined;
  const from = m.valueOffset + figure[0].length;
  const sentenceEnd = index.sentence(m.valueOffset)[1];
  const to = Math.min(sentenceEnd, from + RESTATEMENT_REACH);
  for (let p = from; p < to; p++) {
    const word = words.at(text, p);
    if (word === undefined) continue;
    // the lead before the word holds no figure of its own (比上年（2023年准确数为176件）: another figure's restatement)
    if (valueCharIn(text, from, p)) return undefined;
    return figureAfterWord(index, x, ctx, m, p + word.length, sentenceEnd);
  }
  return undefined;
}

/** The fact's figure right after a restating word (past a colon, 为 or 是), as the statement's value. */
function figureAfterWord(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  m: FactMatch,
  after: number,
  sentenceEnd: number,
): FactMatch | undefined {
  const text = index.text;
  let p = after;
  while (p < sentenceEnd && LINKS.includes(text[p]!)) p++;
  const figure = nextValue(x.valueSticky!, text, p, p + 1);
  if (figure === null) return undefined;
  const parsed = parseMatch(x, figure);
  if (parsed === undefined || parsed.value === m.value) return undefined;
  const end = p + figure[0].length;
  const clauseStart = index.clause(m.valueOffset)[0];
  const q = quote(index, m.at, end, p, end, parsed.approximate, NOTE);
  const restated = new Match(parsed.value, p, ctx, clauseStart, clauseStart, q, m.rank);
  // the body the first figure was told of
  restated.scope = m.scope;
  return restated;
}

/** What may stand between a restating word and its figure (准确数：63件; 准确数为68件; 准确的是 326场). */
const LINKS = '：:为是 \u3000';
const NOTE = '紧接重述的确数';
