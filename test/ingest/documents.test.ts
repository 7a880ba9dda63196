import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/decode.js';
import { readDocument } from '../../src/ingest/document.js';
import { extractDocument } from '../../src/extract/extract.js';
import { loadPack } from '../../src/pack/load-pack.js';
import { runCli } from '../helpers/cli.js';

const SAMPLE = '柳河县司法局2024年度法治政府建设工作报告';

describe('decoding', () => {
  const utf16le = (s: string) => Buffer.from(s, 'utf16le');
  it.each([
    ['UTF-8', Buffer.from(SAMPLE, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE, 'utf8')]), 'utf-8'],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(SAMPLE)]), 'utf-16le'],
    ['UTF-16LE without BOM (mostly ASCII)', utf16le(`2024 report: ${SAMPLE} 100% done, 2025-01-15`), 'utf-16le'],
  ])('%s', (_, buf, encoding) => {
    const d = decodeText(buf);
    expect(d.encoding).toBe(encoding);
    expect(d.text).toContain(SAMPLE);
  });
});

const partsPack = loadPack('national');
const partsBase = extractDocument(await readDocument('samples/synthetic/parts.txt'), partsPack);

describe('the same report in four formats extracts to the same facts', () => {
  const pack = partsPack;
  const base = partsBase;
  it.each(['parts-gb18030.txt', 'parts.html', 'parts.docx'])('%s', async (name) => {
    const doc = await readDocument(`samples/synthetic/${name}`);
    const r = extractDocument(doc, pack);
    expect(r.facts).toEqual(base.facts);
    expect(r.sections).toEqual(base.sections);
    expect({ ...r.report, publishedOn: undefined }).toEqual({ ...base.report, publishedOn: undefined });
    if (name === 'parts-gb18030.txt') expect(doc.encoding).toBe('gb18030');
    if (name === 'parts.html') {
      expect(doc.text).not.toMatch(/首页|浏览次数|统计代码|分享到|主办单位/);
      expect(r.report.publishedOn).toBe('2025-01-20');
    }
  });
});

describe('bad inputs: exit 2 with one clear line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-ingest-'));
  const file = (name: string, content: string | Buffer) => {
    const p = join(dir, name);
    writeFileSync(p, content);
    return p;
  };
  const cases = [
    { name: 'report.pdf', content: '%PDF-1.7', line: '无法读取 PDF 文件（' },
    { name: 'empty.txt', content: '', line: '文件为空；请提供报告内容' },
    { name: 'blank.txt', content: '  \n\n ', line: '文件为空；请提供报告内容' },
    // every byte trim() removes read as Latin-1: tab, CR, LF, vertical tab, form feed, space, no-break space
    { name: 'blank-bytes.txt', content: Buffer.from([9, 13, 10, 11, 12, 32, 0xa0]), line: '文件为空；请提供报告内容' },
    {
      name: 'binary.txt',
      content: Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x00, 0x00, 0x7f, 0x00]),
      line: '这不是文本文件（看起来是二进制数据），无法按 .txt 读取',
    },
    { name: 'corrupt.docx', content: 'this is not a zip file', line: '无法读取 .docx 文件（not a zip package）' },
    { name: 'truncated.docx', content: Buffer.from('504b0304140000000800', 'hex'), line: '无法读取 .docx 文件（' },
  ];
  it.each(cases)('extract $name', async ({ name, content, line }) => {
    const p = file(name, content);
    const r = await runCli(['extract', p]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.startsWith(`${p}: ${line}`)).toBe(true);
  });
  it.each(cases)('check $name', async ({ name, content, line }) => {
    const p = file(name, content);
    const r = await runCli(['check', p]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(line);
  });
  it('English with --lang en', async () => {
    const p = file('empty2.txt', '');
    const r = await runCli(['extract', p, '--lang', 'en']);
    expect(r.stderr).toBe(`${p}: the file is empty; give it content\n`);
  });
});

describe('HTML article bodies', () => {
  it('drops widget lines but keeps a report sentence that names 访问量 or 分享', async () => {
    const { htmlToText } = await import('../../src/ingest/html.js');
    const html = `<html><body><div id="zoom">
      <p>【字体：大 中 小】 打印本页 关闭窗口</p>
      <p>浏览次数：3021</p>
      <p>分享到：微信 微博</p>
      <p>全年政府网站访问量达120万人次，行政机关负责人出庭应诉率为100%。</p>
      <p>建立典型案例分享到基层的机制，全年开展普法宣传活动36场次。</p>
    </div></body></html>`;
    expect(htmlToText(html).text).toBe(
      '全年政府网站访问量达120万人次，行政机关负责人出庭应诉率为100%。\n建立典型案例分享到基层的机制，全年开展普法宣传活动36场次。\n',
    );
  });

  it('reads a page of 20,000 nested divs without overflowing the stack', async () => {
    const { htmlToText } = await import('../../src/ingest/html.js');
    const depth = 20_000;
    const html = `<html><body>${'<div>'.repeat(depth)}出庭应诉率为100%。${'</div>'.repeat(depth)}</body></html>`;
    expect(htmlToText(html).text.trim()).toBe('出庭应诉率为100%。');
  });

  it('estimates nesting depth in one pass: closes, void and self-closing elements, implied ends, raw text', async () => {
    const { htmlDepth } = await import('../../src/ingest/html-depth.js');
    // html > body > div > div: 4; the <p>s, <br>, <img/> and the markup inside <script> do not deepen it
    expect(
      htmlDepth(
        '<html><body><div><div><p>a<p>b<br><img src=x/></div></div><script>"<div><div><div>"</script></body></html>',
      ),
    ).toBe(4);
    // a stray close of an element that is not open changes nothing; a close pops back to its element
    expect(htmlDepth('<div></span><section><b><i>x</section><div>')).toBe(4);
    // unclosed elements keep deepening: the estimate stops just past the cap
    expect(htmlDepth('<div><span>'.repeat(5000), 100)).toBe(101);
  });

  it('refuses a page nested deeper than 1,000 elements with one line, at once', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fazhi-deep-')), 'deep.html');
    writeFileSync(file, `<html><body>${'<div><span>'.repeat(30_000)}出庭应诉率为100%。`);
    const run = await runCli(['check', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `${file}: 网页元素嵌套超过 1000 层，不是正常网页（政府网站页面一般不超过 60 层）；请另存为 .txt 或 .docx 后再评查\n`,
    );
  });
});
