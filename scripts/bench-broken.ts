// The broken files of (f) of npm run bench: 5% of a batch, one of each class the hostile tests build
// (a docx that lies about its size, a compression bomb, deep HTML, bad encodings, binary, a FIFO,
// /dev/zero behind a link, a link loop, broken YAML, an impossible value, an empty file).
import { spawnSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyXml, makeDocx, understate } from '../test/helpers/docx.js';

export async function brokenFiles(dir: string, count: number): Promise<number> {
  const docxLiar = understate(await makeDocx(bodyXml(['出庭应诉率为100%。'.repeat(3000)])), 'word/document.xml', 500);
  const docxRatio = await makeDocx(bodyXml(['a'.repeat(4 << 20)]));
  const utf8 = Buffer.from('某县司法局2024年度法治政府建设工作报告\n出庭应诉率为100%。\n'.repeat(20));
  const makers: ((name: string) => void)[] = [
    (n) => writeFileSync(join(dir, `${n}.docx`), docxLiar),
    (n) => writeFileSync(join(dir, `${n}.docx`), docxRatio),
    (n) => writeFileSync(join(dir, `${n}.html`), `<html><body>${'<div><span>'.repeat(30_000)}出庭应诉率为100%。`),
    (n) =>
      writeFileSync(
        join(dir, `${n}.txt`),
        Buffer.concat([
          utf8.subarray(0, 100),
          Buffer.from(Array.from({ length: 800 }, (_, i) => 0x80 + ((i * 37) % 127))),
        ]),
      ),
    (n) => writeFileSync(join(dir, `${n}.txt`), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131) % 256))),
    (n) => spawnSync('mkfifo', [join(dir, `${n}.txt`)]),
    (n) => symlinkSync('/dev/zero', join(dir, `${n}.txt`)),
    (n) => symlinkSync(`${n}.txt`, join(dir, `${n}.txt`)),
    (n) => writeFileSync(join(dir, `${n}.yaml`), 'report: {authority: [unclosed\n'),
    (n) =>
      writeFileSync(
        join(dir, `${n}.yaml`),
        'report:\n  authority: 某县司法局\n  year: 2024\nsections: []\nfacts:\n  headAppearanceRate: .nan\n',
      ),
    (n) => writeFileSync(join(dir, `${n}.txt`), ''),
  ];
  for (let i = 0; i < count; i++) makers[i % makers.length]!(`zz-broken-${String(i).padStart(4, '0')}`);
  return count;
}
