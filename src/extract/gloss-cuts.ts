import { HardWraps } from './hard-wraps.js';

/*
 * A mirror site's copy of a report may gloss characters with their pinyin in brackets (自治區(qū)人民政府, 學(xué)習): the
 * glosses split the words every cue is looked for by. Where a text has several, each bracket holding only a syllable
 * with a tone mark right after a Chinese character, they are read as gone — cuts, as a hard-wrapped text's breaks
 * are (hard-wraps.ts), so evidence still points into the text as written.
 */

/** A bracketed pinyin syllable with at least one tone mark: (qū), (xí), (lǜ). */
const GLOSS = /[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]/gu;
/** A tone-marked vowel: a text with none (nearly every one) has no gloss, and is looked at no further. */
const TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u;

/** A text glosses its characters when it has at least this many: one alone may be a label's own. */
const MIN_GLOSSES = 3;

/** The glosses of a mirror page as cuts, or undefined for a text with fewer than MIN_GLOSSES (nearly every one). */
export function glossCuts(text: string): HardWraps | undefined {
  if (!TONE.test(text)) return undefined;
  const cuts: number[] = [];
  for (const m of text.matchAll(GLOSS))
    if (isHan(text.charCodeAt(m.index - 1))) cuts.push(m.index, m.index + m[0].length);
  return cuts.length / 2 >= MIN_GLOSSES ? HardWraps.fromCuts(cuts) : undefined;
}

const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;
