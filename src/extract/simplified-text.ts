import * as OpenCC from 'opencc-js/t2cn';

/*
 * Many government sites offer a traditional-character copy of every page (繁體), and such copies are what a search or a
 * crawl sometimes keeps: 堅持以習近平法治思想為指導 — no cue, place or year word of the pack matches it, so the whole
 * report would read as stating nothing. A text whose opening is traditional is read in simplified characters
 * (opencc-js, OpenCC's own tables), one character for one so every quote keeps its line and column.
 */

let convert: ((text: string) => string) | undefined;

/** The text in simplified characters when its opening is traditional; otherwise the text itself. */
export function simplifiedText(text: string): string {
  const sample = text.slice(0, SAMPLE);
  // (a simplified text holds none of these common traditional-only characters: most texts stop here)
  if (!TRADITIONAL_HINT.test(sample)) return text;
  const toSimplified = (convert ??= OpenCC.Converter({ from: 't', to: 'cn' }));
  const converted = toSimplified(sample);
  let changed = 0;
  for (let i = 0; i < sample.length && changed < MIN_CHANGED; i++) if (converted[i] !== sample[i]) changed++;
  if (changed < MIN_CHANGED) return text;
  const whole = toSimplified(text);
  return whole.length === text.length ? whole : text;
}

/** How much of the opening is looked at to tell a traditional text. */
const SAMPLE = 600;
/** A traditional text changes many characters; a simplified one quoting a few traditional words (臺灣) changes few. */
const MIN_CHANGED = 8;
/** Frequent characters that are traditional only: a quick look before the tables are opened. */
const TRADITIONAL_HINT =
  /[們這國會時說為來對學發與關區縣開從設當義實進過運動應黨務機員鄉鎮廣農經濟處辦華門長現議規計認護]/u;
