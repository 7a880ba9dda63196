import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyXml, makeDocx, understate } from '../helpers/docx.js';

/**
 * Hostile and careless inputs, one per class of defect a red team found, built at test time
 * (nothing large is kept in the repository). Each is a report file, or a pack given with --rules.
 */
export interface HostileInput {
  name: string;
  class: 'bomb' | 'deep-html' | 'encoding' | 'special-file' | 'broken-pack' | 'impossible-value' | 'injection';
  /** the report file (for a broken pack: a good report scored with it) */
  file: string;
  /** a pack folder to score with, for the broken-pack class */
  rules?: string;
  /** refused: exit 2 is the only right answer; scored: exit 0 is; either: a careful refusal or a correct reading are both right */
  verdict: 'refused' | 'scored' | 'either';
}

const MB = 1024 * 1024;
const SENTENCE = '本年度行政机关负责人出庭应诉率为100%。';
const REPORT_TEXT = `某县司法局2024年度法治政府建设工作情况报告\n一、主要举措和成效\n${SENTENCE}\n二、存在的问题\n个别领域执法不规范。\n`;
const STRUCTURED = (authority: string, extra = '') =>
  `report:\n  authority: ${JSON.stringify(authority)}\n  region: 测试县\n  level: county\n  year: 2024\nsections: [measures_and_results]\nfacts:\n  headAppearanceRate: 100\n${extra}`;

export async function buildHostileInputs(dir: string): Promise<HostileInput[]> {
  mkdirSync(dir, { recursive: true });
  const at = (name: string) => join(dir, name);
  const inputs: HostileInput[] = [];
  const add = (
    name: string,
    cls: HostileInput['class'],
    verdict: HostileInput['verdict'],
    content?: string | Buffer,
  ) => {
    if (content !== undefined) writeFileSync(at(name), content);
    inputs.push({ name, class: cls, file: at(name), verdict });
  };

  // bombs: every limit of source/limits.ts
  const padded = bodyXml(['a']).replace('<w:t>a</w:t>', `<w:t>${'a'.repeat(9 * MB)}</w:t>`);
  add('bomb-body.docx', 'bomb', 'refused', await makeDocx(padded));
  add(
    'bomb-liar.docx',
    'bomb',
    'refused',
    understate(await makeDocx(bodyXml([SENTENCE.repeat(3000)])), 'word/document.xml', 500),
  );
  add('bomb-ratio.docx', 'bomb', 'refused', await makeDocx(bodyXml(['a'.repeat(4 * MB)])));
  add('bomb-paragraphs.docx', 'bomb', 'refused', await makeDocx(bodyXml(Array.from({ length: 12_000 }, () => '段。'))));
  add(
    'bomb-image.docx',
    'bomb',
    'refused',
    await makeDocx(bodyXml([SENTENCE]), { 'word/media/image1.png': Buffer.alloc(40 * MB) }),
  );
  add(
    'bomb-structured.json',
    'bomb',
    'refused',
    `{"report": {"authority": "某县", "year": 2024}${' '.repeat(11 * MB)}}`,
  );
  add('bomb-text.txt', 'bomb', 'refused', SENTENCE.repeat(110_000));
  add(
    'bomb-yaml-aliases.yaml',
    'bomb',
    'refused',
    `a: &a ["x","x","x","x","x","x","x","x","x"]\n${Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`).join('\n')}\n`,
  );

  // deep HTML: up to the depth cap read (no stack overflow), beyond it refused at once (the parser is quadratic in depth)
  const nested = (depth: number, close: boolean) =>
    `<html><body>${'<div>'.repeat(depth)}<p>${REPORT_TEXT.replace(/\n/g, '</p><p>')}</p>${close ? '</div>'.repeat(depth) : ''}</body></html>`;
  add('deep.html', 'deep-html', 'scored', nested(900, true));
  add('deep-20000.html', 'deep-html', 'refused', nested(20_000, true));
  add('deep-unclosed.html', 'deep-html', 'refused', `<html><body>${'<div><span>'.repeat(30_000)}${REPORT_TEXT}`);

  // broken encodings
  const utf8 = Buffer.from(REPORT_TEXT.repeat(5), 'utf8');
  add('enc-cut.txt', 'encoding', 'either', Buffer.concat([utf8.subarray(0, 40), utf8.subarray(41)]));
  add(
    'enc-half.txt',
    'encoding',
    'either',
    Buffer.concat([
      utf8.subarray(0, utf8.length / 2),
      Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 2 ? 0xa1 + (i % 90) : 0xb0 + (i % 40)))),
    ]),
  );
  add(
    'enc-bom-junk.txt',
    'encoding',
    'either',
    Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(Array.from({ length: 600 }, (_, i) => 0x80 + ((i * 37) % 127))),
    ]),
  );
  add('enc-binary.txt', 'encoding', 'refused', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131) % 256)));

  // special files
  execFileSync('mkfifo', [at('special-fifo.txt')]);
  add('special-fifo.txt', 'special-file', 'refused');
  symlinkSync('/dev/zero', at('special-zero.txt'));
  add('special-zero.txt', 'special-file', 'refused');
  symlinkSync('special-loop.txt', at('special-loop.txt'));
  add('special-loop.txt', 'special-file', 'refused');
  symlinkSync('no-such-file.txt', at('special-dangling.txt'));
  add('special-dangling.txt', 'special-file', 'refused');
  mkdirSync(at('special-folder.yaml'));
  add('special-folder.yaml', 'special-file', 'refused');
  add('special-empty.txt', 'special-file', 'refused', '');

  // impossible values in a structured report
  add(
    'value-nan.yaml',
    'impossible-value',
    'refused',
    STRUCTURED('某县司法局').replace('headAppearanceRate: 100', 'headAppearanceRate: .nan'),
  );
  add(
    'value-inf.yaml',
    'impossible-value',
    'refused',
    STRUCTURED('某县司法局').replace('headAppearanceRate: 100', 'headAppearanceRate: 1e309'),
  );
  add(
    'value-date.yaml',
    'impossible-value',
    'refused',
    STRUCTURED('某县司法局').replace('  year: 2024\n', '  year: 2024\n  publishedOn: 2025-02-30\n'),
  );

  // injection strings: scored, and harmless in every output
  add('inject-ansi.yaml', 'injection', 'scored', STRUCTURED('某县\u001b]0;pwned\u0007\u001b[2J司法局'));
  add('inject-html.yaml', 'injection', 'scored', STRUCTURED('某县<script>alert(1)</script><iframe src=x>司法局'));

  // broken packs: each scored against a good report
  const good = at('good.txt');
  writeFileSync(good, REPORT_TEXT);
  const pack = (name: string, file: string, edit: (t: string) => string) => {
    const p = join(dir, '..', `pack-${name}`);
    cpSync('rules/national', p, { recursive: true });
    writeFileSync(join(p, file), edit(readFileSync(join(p, file), 'utf8')));
    inputs.push({ name: `pack-${name}`, class: 'broken-pack', file: good, rules: p, verdict: 'refused' });
  };
  pack('empty-all', 'checklist.yaml', (t) =>
    t
      .replace(/(\n {4}when:\n {6}all:\n)( {8}- [^\n]+\n)+/, '$1')
      .replace('\n    when:\n      all:\n', '\n    when:\n      all: []\n'),
  );
  pack('no-rules', 'checklist.yaml', (t) => t.replace(/\nrules:\n[\s\S]*$/, '\nrules: []\n'));
  pack('not-yaml', 'facts.yaml', (t) => t.replace(/\n/, '\n  : : [\n'));
  return inputs;
}
