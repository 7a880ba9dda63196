import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { bodyXml, makeDocx, understate } from '../helpers/docx.js';

// Each limit of source/limits.ts, met by an input built here, refused with its one line and exit 2.
const MB = 1024 * 1024;
let dir: string;
const at = (name: string) => join(dir, name);
const SENTENCE = '本年度行政机关负责人出庭应诉率为100%。';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fazhi-limits-'));
});

async function refused(args: string[], line: string) {
  const run = await runCli(args);
  expect(run.code).toBe(2);
  expect(run.stderr).toBe(`${line}\n`);
}

describe('file size limits (--max-size)', () => {
  it('a document over --max-size is refused before it is read', async () => {
    writeFileSync(at('3mb.txt'), Buffer.alloc(3 * MB, 'a'));
    await refused(
      ['check', at('3mb.txt'), '--max-size', '1'],
      `${at('3mb.txt')}: 文件过大（3 MB），上限 1 MB；真实报告远小于此，请检查文件，确需评查可用 --max-size 调高上限`,
    );
  });
  it('a structured report over 10 MB is refused by default, and read when --max-size allows it', async () => {
    // 11 MB of JSON whitespace around a report that would otherwise be read
    writeFileSync(at('big.json'), `{"report": {"authority": "某县司法局", "year": 2024}${' '.repeat(11 * MB)}}`);
    await refused(
      ['check', at('big.json')],
      `${at('big.json')}: 文件过大（11 MB），上限 10 MB；真实报告远小于此，请检查文件，确需评查可用 --max-size 调高上限`,
    );
    const allowed = await runCli(['check', at('big.json'), '--max-size', '20']);
    expect(allowed.stderr).not.toMatch(/文件过大/);
  });
  it('a document whose text exceeds 2,000,000 characters is refused after decoding', async () => {
    writeFileSync(at('long.txt'), 'a'.repeat(2_000_001));
    await refused(
      ['check', at('long.txt')],
      `${at('long.txt')}: 文件转换后的文本过长（2000001 字），上限 2000000 字；真实报告远短于此，请检查文件，确需评查可用 --max-size 调高上限`,
    );
  });
  it('--max-size must be a positive number of megabytes', async () => {
    const run = await runCli(['check', at('long.txt'), '--max-size', '0']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /--max-size <MB>' argument '0' is invalid\. a number of megabytes above 0, at most 4096/,
    );
  });
});

describe('.docx bombs are refused before mammoth inflates them', () => {
  it('a small real .docx is read', async () => {
    writeFileSync(at('ok.docx'), await makeDocx(bodyXml([SENTENCE])));
    const run = await runCli(['extract', at('ok.docx'), '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).facts.headAppearanceRate).toBe(100);
  });
  it('a body that inflates past 8 MB (as it declares)', async () => {
    const body = bodyXml(['a']);
    // padded inside the paragraph to exactly 9 MB
    const padded = body.replace('<w:t>a</w:t>', `<w:t>${'a'.repeat(9 * MB - body.length + 1)}</w:t>`);
    expect(Buffer.byteLength(padded)).toBe(9 * MB);
    writeFileSync(at('body9.docx'), await makeDocx(padded));
    await refused(
      ['check', at('body9.docx')],
      `${at('body9.docx')}: 文件过大（word/document.xml 解压后 9 MB），上限 8 MB；真实报告远小于此，请检查文件，确需评查可用 --max-size 调高上限`,
    );
  });
  it('a part whose header understates what it inflates to', async () => {
    const real = await makeDocx(bodyXml([SENTENCE.repeat(2000)]));
    writeFileSync(at('liar.docx'), understate(real, 'word/document.xml', 1000));
    await refused(
      ['check', at('liar.docx')],
      `${at('liar.docx')}: 文件疑似“压缩炸弹”：word/document.xml 声明解压后为 1000 B，实际更大；请用 Word/WPS 打开后另存为新文件再评查`,
    );
  });
  it('a part compressed more than 200 times (padding, not text)', async () => {
    writeFileSync(at('ratio.docx'), await makeDocx(bodyXml(['a'.repeat(4 * MB)])));
    const run = await runCli(['check', at('ratio.docx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      new RegExp(
        `^${at('ratio.docx')}: 文件疑似“压缩炸弹”：word/document.xml 的压缩比为 \\d{3,} 倍，上限 200 倍；请用 Word/WPS 打开后另存为新文件再评查\\n$`,
      ),
    );
  });
  it('a body of more than 10,000 paragraphs', async () => {
    writeFileSync(at('paras.docx'), await makeDocx(bodyXml(Array.from({ length: 10_001 }, (_, i) => `第${i}段。`))));
    await refused(
      ['check', at('paras.docx')],
      `${at('paras.docx')}: 文档段落过多（10001 段），上限 10000 段；真实报告远少于此，请检查文件，确需评查可用 --max-size 调高上限`,
    );
  });
});

describe('only regular files are read', () => {
  it('a FIFO is refused at once, not waited on', async () => {
    execFileSync('mkfifo', [at('pipe.txt')]);
    await refused(
      ['check', at('pipe.txt')],
      `${at('pipe.txt')}: 这不是普通文件（命名管道），fazhi 只读取普通文件；请指定报告文件本身`,
    );
  });
  it('a link to /dev/zero is refused, not read', async () => {
    symlinkSync('/dev/zero', at('zero.txt'));
    await refused(
      ['check', at('zero.txt')],
      `${at('zero.txt')}: 这不是普通文件（设备文件），fazhi 只读取普通文件；请指定报告文件本身`,
    );
  });
  it('a link loop says so the same way in check and extract', async () => {
    symlinkSync('loop.txt', at('loop.txt'));
    const line = `${at('loop.txt')}: 符号链接形成循环，无法打开；请检查链接指向`;
    await refused(['check', at('loop.txt')], line);
    await refused(['extract', at('loop.txt')], line);
  });
  it('a folder named like a report is a folder', async () => {
    mkdirSync(at('folder.txt'));
    await refused(['check', at('folder.txt')], `${at('folder.txt')}: 这是目录，不是文件；请指定其中的文件`);
  });
});
