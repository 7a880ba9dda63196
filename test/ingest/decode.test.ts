import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, looksBinary, UndecodableError } from '../../src/ingest/decode.js';
import { readDocument } from '../../src/ingest/document.js';
import { runCli } from '../helpers/cli.js';

/** A short report: five lines, 76 hanzi, ASCII digits and fullwidth punctuation. */
const REPORT = `${[
  '夏县司法局2024年法治政府建设年度报告',
  '一、主要工作成效',
  '全年办理行政复议案件12件，行政机关负责人出庭应诉率达到100%。',
  '二、存在的不足',
  '基层法治队伍力量仍然薄弱，执法人员培训有待加强。',
].join('\n')}\n`;

const utf8 = (s: string) => Buffer.from(s, 'utf8');
const gbk = (s: string) => iconv.encode(s, 'gbk');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * The text as UTF-8 with the middle byte of each named character dropped: each such character
 * is then an incomplete sequence, which a decoder shows as one U+FFFD (the next character is intact).
 */
function cutChars(text: string, at: number[]): { bytes: Buffer; expected: string; lines: number[] } {
  const chars = [...text];
  const parts = chars.map((c, i) => {
    const b = utf8(c);
    return at.includes(i) ? Buffer.from([b[0]!, b[2]!]) : b;
  });
  const expected = chars.map((c, i) => (at.includes(i) ? '\uFFFD' : c)).join('');
  const lines = [...new Set(at.map((i) => chars.slice(0, i).filter((c) => c === '\n').length + 1))];
  return { bytes: Buffer.concat(parts), expected, lines };
}

/** Indices of the hanzi in the text (characters of three UTF-8 bytes). */
const hanziIndices = (text: string) =>
  [...text].flatMap((c, i) => (utf8(c).length === 3 && /\p{Script=Han}/u.test(c) ? [i] : []));

const refusal = (buf: Uint8Array) => {
  try {
    decodeText(buf);
  } catch (e) {
    if (e instanceof UndecodableError) return { code: e.code, params: e.params };
    throw e;
  }
  throw new Error('decoded, but a refusal was expected');
};

describe('UTF-8 with a few invalid sequences: read, with a warning naming the lines', () => {
  it('one character cut short', () => {
    const i = [...REPORT].indexOf('复');
    const { bytes, expected } = cutChars(REPORT, [i]);
    const d = decodeText(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(expected);
    expect(d.text).toContain('全年办理行政\uFFFD议案件12件，行政机关负责人出庭应诉率达到100%。');
    expect(d.warnings).toEqual([
      { code: 'file.encoding-repaired', params: { count: 1, encoding: 'UTF-8', lines: '3' } },
    ]);
  });

  // 8 of at least 20 × 8 = 160 multibyte characters: within both limits; a ninth is one too many
  const LONG = REPORT.repeat(4);
  const every = (n: number, k: number) =>
    hanziIndices(LONG)
      .filter((_, j) => j % 30 === 7)
      .slice(0, n * k)
      .filter((_, j) => j % k === 0);
  it('eight cut characters in a long text are still read', () => {
    const { bytes, expected, lines } = cutChars(LONG, every(8, 1));
    expect(lines.length).toBe(8);
    const d = decodeText(bytes);
    expect(d.text).toBe(expected);
    expect(d.warnings).toEqual([
      {
        code: 'file.encoding-repaired',
        params: { count: 8, encoding: 'UTF-8', lines: `${lines.slice(0, 5).join(',')},…` },
      },
    ]);
  });

  it('nine are refused: the text is damaged, not scored', () => {
    const { bytes, lines } = cutChars(LONG, every(9, 1));
    expect(refusal(bytes)).toEqual({
      code: 'file.encoding-damaged',
      params: { count: 9, encoding: 'UTF-8', lines: `${lines.slice(0, 5).join(',')},…` },
    });
  });

  it('many invalid bytes throughout (every fifth of the 76 hanzi cut: 15) are refused, never read as GB18030', () => {
    const at = hanziIndices(REPORT).filter((_, j) => j % 5 === 2);
    const { bytes } = cutChars(REPORT, at);
    expect(at.length).toBe(15);
    expect(refusal(bytes)).toEqual({
      code: 'file.encoding-damaged',
      params: { count: 15, encoding: 'UTF-8', lines: '1,2,3,4,5' },
    });
  });

  it('text that already holds U+FFFD (lost in an earlier conversion) counts the same way', () => {
    expect(decodeText(utf8(REPORT.replace('复', '\uFFFD'))).warnings).toEqual([
      { code: 'file.encoding-repaired', params: { count: 1, encoding: 'UTF-8', lines: '3' } },
    ]);
    // 法 ×4, 政 ×3, 年 ×3, 行 ×2
    expect(refusal(utf8(REPORT.replace(/[法政年行]/g, '\uFFFD')))).toMatchObject({
      code: 'file.encoding-damaged',
      params: { count: 12 },
    });
  });
});

describe('GBK and GB18030', () => {
  it('pure GBK is read as before, without a warning', () => {
    expect(decodeText(gbk(REPORT))).toEqual({ text: REPORT, encoding: 'gb18030', warnings: [] });
  });

  it('a whole GBK report (samples/synthetic/parts.txt) reads back exactly', () => {
    const text = readFileSync('samples/synthetic/parts.txt', 'utf8');
    expect(decodeText(gbk(text))).toEqual({ text, encoding: 'gb18030', warnings: [] });
  });

  it('GBK behind a UTF-8 BOM: read as GB18030, and the BOM is said to be wrong', () => {
    expect(decodeText(Buffer.concat([BOM, gbk(REPORT)]))).toEqual({
      text: REPORT,
      encoding: 'gb18030',
      warnings: [{ code: 'file.encoding-bom', params: {} }],
    });
  });

  it('a UTF-8 BOM before UTF-8 is simply UTF-8', () => {
    expect(decodeText(Buffer.concat([BOM, utf8(REPORT)]))).toEqual({ text: REPORT, encoding: 'utf-8', warnings: [] });
  });
});

describe('half UTF-8, half GBK: refused, saying where each is', () => {
  const [a, b, ...rest] = REPORT.split('\n');
  it('lines 1–2 UTF-8, lines 3–5 GBK', () => {
    const bytes = Buffer.concat([utf8(`${a}\n${b}\n`), gbk(rest.join('\n'))]);
    expect(refusal(bytes)).toEqual({ code: 'file.encoding-mixed', params: { utf8Lines: '1–2', gbLines: '3–5' } });
  });
  it('the other way round', () => {
    const bytes = Buffer.concat([gbk(`${a}\n${b}\n`), utf8(rest.join('\n'))]);
    expect(refusal(bytes)).toEqual({ code: 'file.encoding-mixed', params: { utf8Lines: '3–5', gbLines: '1–2' } });
  });
  it('one GBK sentence inside a UTF-8 report', () => {
    const bytes = Buffer.concat([
      utf8(`${a}\n${b}\n`),
      gbk('全年办理行政复议案件十二件。'),
      utf8(`\n${rest.join('\n')}`),
    ]);
    expect(refusal(bytes)).toEqual({ code: 'file.encoding-mixed', params: { utf8Lines: '1–6', gbLines: '3' } });
  });
});

describe('UTF-16 without a BOM, Chinese only', () => {
  const CHINESE =
    '夏县司法局二〇二四年法治政府建设年度报告。全年办理行政复议案件十二件，行政机关负责人出庭应诉率达到百分之百。';
  const le = (s: string) => Buffer.from(s, 'utf16le');
  const be = (s: string) => Buffer.from(s, 'utf16le').swap16();
  it.each([
    ['UTF-16LE', le(CHINESE), 'utf-16le', CHINESE],
    ['UTF-16BE', be(CHINESE), 'utf-16be', CHINESE],
    ['UTF-16LE, lines', le(REPORT), 'utf-16le', REPORT],
    ['UTF-16BE, lines', be(REPORT), 'utf-16be', REPORT],
  ])('%s', (_, bytes, encoding, text) => {
    expect(looksBinary(bytes)).toBe(false);
    expect(decodeText(bytes)).toEqual({ text, encoding, warnings: [] });
  });
  it('a whole report in UTF-16BE', () => {
    const text = readFileSync('samples/synthetic/parts.txt', 'utf8');
    expect(looksBinary(be(text))).toBe(false);
    expect(decodeText(be(text)).encoding).toBe('utf-16be');
  });
  it('two GBK hanzi are not taken for UTF-16 (two Hangul syllables prove nothing)', () => {
    expect(decodeText(gbk('报告'))).toEqual({ text: '报告', encoding: 'gb18030', warnings: [] });
  });
  it('a file that begins with a binary signature is binary, and text that begins with part of one is not', () => {
    const text = Buffer.from('法治政府建设年度报告\n', 'utf8');
    for (const head of ['%PDF', 'PK\x03\x04', '\xd0\xcf\x11\xe0', '\x89PNG', '\xff\xd8\xff', '\x1f\x8b'])
      expect(looksBinary(Buffer.concat([Buffer.from(head, 'latin1'), text])), head).toBe(true);
    expect(looksBinary(Buffer.concat([Buffer.from('%PD', 'latin1'), text]))).toBe(false);
    expect(looksBinary(Buffer.from('%PD', 'latin1'))).toBe(false);
  });
  it('binary data with NULs is still binary', () => {
    expect(looksBinary(Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x00, 0x00, 0x7f, 0x00]))).toBe(true);
  });
});

describe('ASCII and other text', () => {
  it('pure ASCII English is UTF-8, without a warning', () => {
    const text = 'Annual report on the rule of law, 2024.\nAll 12 cases were closed.\n';
    expect(decodeText(utf8(text))).toEqual({ text, encoding: 'utf-8', warnings: [] });
  });
  it('Big5 (traditional Chinese) reads as nothing plausible: refused', () => {
    const big5 = iconv.encode(
      '夏縣司法局二〇二四年法治政府建設年度報告。全年辦理行政復議案件十二件，行政機關負責人出庭應訴率達到百分之百。',
      'big5',
    );
    expect(refusal(big5)).toEqual({ code: 'file.encoding-unknown', params: {} });
  });
});

describe('through the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-decode-'));
  const file = (name: string, content: Buffer) => {
    const p = join(dir, name);
    writeFileSync(p, content);
    return p;
  };

  it('a file with one cut character is scored, the assessment records its encoding, and a warning is printed', async () => {
    const { bytes } = cutChars(REPORT, [[...REPORT].indexOf('复')]);
    const p = file('cut.txt', bytes);
    const r = await runCli(['check', p, '--format', 'json']);
    expect(r.code).toBe(0);
    const warning =
      '有 1 处字符无法按 UTF-8 识别，已显示为“�”（第 3 行）；请核对这些位置的文字，必要时用原始文件另存为 UTF-8 后重试';
    expect(r.stderr).toBe(`${p}: 警告：${warning}\n`);
    const a = JSON.parse(r.stdout);
    expect(a.report.encoding).toBe('utf-8');
    expect(a.report.warnings).toEqual([warning]);
  });

  it('GBK behind a UTF-8 BOM: read as GB18030, the BOM warned about (English)', async () => {
    const p = file('bom-gbk.txt', Buffer.concat([BOM, gbk(REPORT)]));
    const r = await runCli(['check', p, '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(0);
    const warning =
      'the file starts with a UTF-8 byte order mark but its content is GB18030/GBK, so it was read as GB18030; save it as UTF-8';
    expect(r.stderr).toBe(`${p}: warning: ${warning}\n`);
    expect(JSON.parse(r.stdout).report).toMatchObject({
      encoding: 'gb18030',
      authority: '夏县司法局',
      year: 2024,
      warnings: [warning],
    });
  });

  it('pure GBK: no warning, the encoding recorded', async () => {
    const p = file('gbk.txt', gbk(REPORT));
    const r = await runCli(['check', p, '--format', 'json']);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout).report;
    expect(report.encoding).toBe('gb18030');
    expect(report.warnings).toBeUndefined();
  });

  it('extract prints the warning too, and still writes the report', async () => {
    const p = file('bom-gbk-extract.txt', Buffer.concat([BOM, gbk(REPORT)]));
    const r = await runCli(['extract', p]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('authority: 夏县司法局');
    expect(r.stderr).toBe(
      `${p}: 警告：文件开头标明为 UTF-8（BOM），但内容是 GB18030/GBK 编码，已按 GB18030 读取；建议另存为 UTF-8\n`,
    );
  });

  const [a, b, ...rest] = REPORT.split('\n');
  it.each([
    [
      'mixed.txt',
      Buffer.concat([utf8(`${a}\n${b}\n`), gbk(rest.join('\n'))]),
      '文件编码混杂：第 1–2 行有 UTF-8 文字，第 3–5 行有 GB18030/GBK 文字，无法可靠读取；请另存为 UTF-8 后重试',
    ],
    [
      'damaged.txt',
      cutChars(
        REPORT,
        hanziIndices(REPORT).filter((_, j) => j % 5 === 2),
      ).bytes,
      '有 15 处字符无法按 UTF-8 识别（第 1、2、3、4、5 行），文件可能已损坏或混有其他编码，读出的文字不可靠；请用原始文件另存为 UTF-8 后重试',
    ],
    [
      'big5.txt',
      iconv.encode('夏縣司法局二〇二四年法治政府建設年度報告。全年辦理行政復議案件十二件。', 'big5'),
      '无法识别文件编码：按 UTF-8、GB18030/GBK、UTF-16 读出的都不像中文文字；请另存为 UTF-8 后重试',
    ],
  ])('%s: exit 2, one line', async (name, bytes, line) => {
    const p = file(name, bytes);
    for (const command of ['check', 'extract']) {
      const r = await runCli([command, p]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`${p}: ${line}\n`);
    }
  });

  it('all-Chinese UTF-16LE without a BOM is read, not refused as binary', async () => {
    const p = file('utf16.txt', Buffer.from(REPORT, 'utf16le'));
    const doc = await readDocument(p);
    expect(doc.encoding).toBe('utf-16le');
    expect(doc.text).toBe(REPORT);
    const r = await runCli(['extract', p]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('authority: 夏县司法局');
  });
});
