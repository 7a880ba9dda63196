import { describe, expect, it } from 'vitest';
import { CueScanner } from '../../src/extract/cue-scan.js';

/** What the scanner replaces: one indexOf sweep per cue, non-overlapping within a cue. */
function byIndexOf(text: string, cue: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + cue.length)) out.push(at);
  return out;
}

describe('CueScanner', () => {
  const cues = ['调解成功', '调解成功率', '成功率', '纠纷', '纠纷纠', 'aa', '𠀀出庭'];
  it.each([
    '受理矛盾纠纷656件，调解成功628件，调解成功率达98%。',
    '纠纷纠纷纠纷',
    'aaaaa',
    '前文𠀀出庭率100%，𠀀出庭',
    '',
    '无关文字',
  ])('finds what indexOf finds in %j', (text) => {
    const hits = new CueScanner(cues).scan(text);
    for (const cue of cues) expect(hits.get(cue) ?? [], cue).toEqual(byIndexOf(text, cue));
  });
});
