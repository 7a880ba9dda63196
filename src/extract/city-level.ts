import type { ReportLevel } from '../model/report.js';

/** 兴宁市 is county-level only when the text says so (县级市 / 地级市 next to the name). */
export function cityLevel(text: string, region: string): ReportLevel | undefined {
  if (!region.endsWith('市')) return undefined;
  // the leftmost of 兴宁市（是|为|系）县级市 and 县级市兴宁市, the first form first at a tie — found by
  // indexOf, not by a pattern built per document and tried at every position of the text
  let best = -1;
  let word: string | undefined;
  for (let at = text.indexOf(region); at >= 0; at = text.indexOf(region, at + 1)) {
    let i = at + region.length;
    if (text[i] === '（' || text[i] === '(') i++;
    if (text[i] === '是' || text[i] === '为' || text[i] === '系') i++;
    const w = LEVEL_WORDS.find((l) => text.startsWith(l, i));
    if (w) {
      best = at;
      word = w;
      break;
    }
  }
  if (word === undefined && best < 0 && text.indexOf(region) < 0) return undefined;
  for (const l of LEVEL_WORDS) {
    for (let at = text.indexOf(l); at >= 0 && (best < 0 || at < best); at = text.indexOf(l, at + 1)) {
      if (text.startsWith(region, at + l.length)) {
        best = at;
        word = l;
        break;
      }
    }
  }
  if (word === undefined) return undefined;
  return word === '县级市' ? 'county' : 'city';
}

const LEVEL_WORDS = ['县级市', '地级市'];
