import type { ClaimContext } from './claim-match.js';
import type { FactExtractor } from './compile.js';
import { valueAfter } from './figure-claims.js';
import { type Found, pushMatch } from './found-statements.js';
import { labelColon } from './label-lines.js';
import { nextValue } from './value-patterns.js';
import type { TextIndex } from './text-index.js';

/*
 * A line labelled with the fact's topic (2. 普法：开展53场; 普法：“法律十进”53场; 整改：督察反馈问题6个): the label names
 * what the value counts, as a topic cue's item lead does (cue-reach.ts UNDER_TOPIC), so the value's figure in the
 * fact's units is read as a cue's would be. Only a topic opening its clause, past an item's mark, and ending at a colon.
 */

/** Pushes to `found` the figure each label of one of the fact's topics gives. */
export function readTopicLabels(index: TextIndex, x: FactExtractor, ctx: ClaimContext, found: Found): void {
  const text = index.text;
  for (let t = 0; t < x.topics.length; t++) {
    const topic = x.topics[t]!;
    for (let at = text.indexOf(topic); at >= 0; at = text.indexOf(topic, at + topic.length)) {
      if (labelColon(index, at, topic.length) < 0) continue;
      const end = at + topic.length;
      // (one figure of a list after the label, 普法：…12场、…15场、…4场, is a part: as for a topic cue)
      const m = valueAfter(index, x, ctx, at, end);
      if (m && !figureFollows(index, x, m.valueOffset)) pushMatch(found, m);
    }
  }
}

/**
 * Whether another figure follows the one at `at` in its sentence: a topic cue's figure may then be one part of a list
 * (①集中宣传9场次；②入户宣讲15场次；合计24场次) or of several bodies' counts, and is not taken.
 */
export function figureFollows(index: TextIndex, x: FactExtractor, at: number): boolean {
  const re = x.valueSticky!;
  const text = index.text;
  // to the full stop or the line's end: a list's parts are joined by semicolons
  let end = at;
  while (end < text.length && text.charCodeAt(end) !== FULL_STOP && text.charCodeAt(end) !== LINE_FEED) end++;
  const own = nextValue(re, text, at, at + 1);
  return own !== null && nextValue(re, text, at + own[0].length, end) !== null;
}
const FULL_STOP = 0x3002;
const LINE_FEED = 0x0a;
