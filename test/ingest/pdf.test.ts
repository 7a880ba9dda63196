import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropSpacesAroundCjk, unifyIdeographs } from '../../src/ingest/cjk-repair.js';
import { pdfToText } from '../../src/ingest/pdf.js';
import { loadCMapFromDisk } from '../../src/ingest/pdf-cmaps-node.js';
import type { PdfLine } from '../../src/ingest/pdf-lines.js';
import { joinParagraphs } from '../../src/ingest/pdf-paragraphs.js';
import { dropRunningLines } from '../../src/ingest/pdf-running.js';
import { runCli } from '../helpers/cli.js';
import { blankPagesPdf, deflatedContentPdf, songLightPdf } from '../helpers/pdf.js';

const SCANNED = 'test/fixtures/formats/scanned.pdf';
const tmp = mkdtempSync(join(tmpdir(), 'fazhi-pdf-'));

/** The built CLI in its own process: what pdf.js might print would show here, not only what fazhi writes. */
const fazhi = (args: string[]) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, ['bin/fazhi.js', ...args], { timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });

describe('a PDF with no text layer (a scan)', () => {
  it('check exits 2 with the one line the bureaus asked for, never a report scored 0', async () => {
    const run = await fazhi(['check', SCANNED]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`${SCANNED}: 该PDF为扫描件，没有可提取的文字，请提供Word或文字版\n`);
  });

  it('in English with --lang en', async () => {
    const run = await runCli(['extract', SCANNED, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `${SCANNED}: this PDF is a scan with no extractable text; provide the Word file or a text version\n`,
    );
  });

  it('in a batch it is an error row with that message, and the other reports are scored', async () => {
    const dir = join(tmp, 'batch');
    mkdirSync(dir);
    cpSync(SCANNED, join(dir, 'scanned.pdf'));
    cpSync('test/fixtures/formats/report.pdf', join(dir, 'report.pdf'));
    cpSync('test/fixtures/formats/report.doc', join(dir, 'report.doc'));
    const out = join(tmp, 'out');
    const run = await runCli(['batch', dir, '--out', out, '--format', 'json', '--jobs', '1']);
    expect(run.code).toBe(2); // a batch with a failed file exits 2 and still writes every row
    expect(run.stderr).toContain(`${join(dir, 'scanned.pdf')}: 该PDF为扫描件，没有可提取的文字，请提供Word或文字版\n`);
    const result = JSON.parse(readFileSync(join(out, 'batch.json'), 'utf8')) as {
      assessments: { report: { file: string } }[];
      errors: { file: string; problems: { code: string }[] }[];
    };
    expect(result.assessments.map((a) => a.report.file.split('/').pop()).sort()).toEqual(['report.doc', 'report.pdf']);
    expect(result.errors.map((e) => [e.file.split('/').pop(), e.problems[0]!.code])).toEqual([
      ['scanned.pdf', 'file.pdf-scanned'],
    ]);
  });
});

describe('a PDF with an open password: one line', () => {
  it('check exits 2 and says what to do, in Chinese and English', async () => {
    const file = 'test/fixtures/formats/locked.pdf';
    const zh = await runCli(['check', file]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe(`${file}: PDF 文件设有打开密码，无法读取；请去除密码后再评查，或请提供Word或文字版\n`);
    const en = await runCli(['check', file, '--lang', 'en']);
    expect(en.stderr).toBe(
      `${file}: the PDF is protected by a password and cannot be read; remove the password, or provide the Word file or a text version\n`,
    );
  });
});

describe('a PDF of more pages than any report: one line, before the pages are read', () => {
  it('2,001 blank pages', async () => {
    const file = join(tmp, 'pages.pdf');
    writeFileSync(file, blankPagesPdf(2001));
    const run = await runCli(['check', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `${file}: PDF 页数过多（2001 页），上限 2000 页；真实报告远少于此，请检查文件，或请提供Word或文字版\n`,
    );
  });

  it('3 blank pages are a scan', async () => {
    await expect(pdfToText('blank.pdf', blankPagesPdf(3), { loadCMap: loadCMapFromDisk })).rejects.toMatchObject({
      problems: [{ code: 'file.pdf-scanned' }],
    });
  });
});

describe('a compression bomb in a PDF is refused before pdf.js inflates it', () => {
  const MB = 1024 * 1024;
  it('a content stream inflating past 32 MB (the .docx part limit): one line naming the object', async () => {
    const file = join(tmp, 'bomb-large.pdf');
    writeFileSync(file, deflatedContentPdf(Buffer.alloc(33 * MB, 0x20)));
    const run = await runCli(['check', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `${file}: 文件过大（PDF 对象 4 解压后 >32 MB），上限 32 MB；真实报告远小于此，请检查文件，确需评查可用 --max-size 调高上限\n`,
    );
  });

  it('a 2 MB run of spaces deflated ~1000 times: over the ratio of 200', async () => {
    const file = join(tmp, 'bomb-ratio.pdf');
    writeFileSync(file, deflatedContentPdf(Buffer.alloc(2 * MB, 0x20)));
    const run = await runCli(['check', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^.*bomb-ratio\.pdf: 文件疑似“压缩炸弹”：PDF 对象 4 的压缩比为 \d{3,} 倍，上限 200 倍；/,
    );
  });

  it('the fixtures, real PDFs, pass the guard', async () => {
    const { judgePdfStreams } = await import('../../src/ingest/pdf-guard.js');
    const { inflatedSizeNode } = await import('../../src/ingest/pdf-inflate-node.js');
    for (const f of ['report.pdf', 'report-libreoffice.pdf', 'scanned.pdf'])
      expect(
        judgePdfStreams(readFileSync(`test/fixtures/formats/${f}`), inflatedSizeNode, {
          maxStreamBytes: 32 * MB,
          maxRatio: 200,
        }),
      ).toEqual({ ok: true });
  });
});

describe('a damaged PDF: one line', () => {
  it.each([
    [
      'a %PDF- header and nothing of a PDF after it',
      Buffer.from('%PDF-1.7\n垃圾 garbage\n'),
      '（Invalid PDF structure.）',
    ],
    ['no %PDF- header', Buffer.from('<html>not a pdf</html>'), '（no %PDF- header）'],
  ])('%s', async (_, bytes, reason) => {
    const file = join(tmp, `bad-${reason.length}.pdf`);
    writeFileSync(file, bytes);
    const run = await fazhi(['check', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `${file}: 无法读取 PDF 文件${reason}；文件可能已损坏或并非 PDF，请重新导出 PDF，或请提供Word或文字版\n`,
    );
  });
});

describe('CMaps come from the loader, never from the network', () => {
  const text = ['行政机关负责人出庭应诉率100%，全年开展普法宣传活动58场次，', '规范性文件报备率100%。'];

  it('a non-embedded STSong-Light (UniGB-UCS2-H) text reads back through the vendored Adobe-GB1 CMaps', async () => {
    const asked: string[] = [];
    const loadCMap = (name: string) => {
      asked.push(name);
      return loadCMapFromDisk(name);
    };
    const pdf = await pdfToText('song.pdf', songLightPdf(text), { loadCMap });
    expect(pdf.text).toBe(text.join(''));
    expect(asked).toEqual(['UniGB-UCS2-H', 'Adobe-GB1-UCS2']);
  });

  it('without them the characters cannot be read, and the PDF is refused rather than scored empty', async () => {
    const loadCMap = () => Promise.reject(new Error('no CMaps here'));
    await expect(pdfToText('song.pdf', songLightPdf(text), { loadCMap })).rejects.toMatchObject({
      problems: [{ code: 'file.pdf-scanned' }],
    });
  });

  it('a CMap name from the file cannot reach outside the vendored folder', async () => {
    await expect(loadCMapFromDisk('../../package')).rejects.toThrow(/no CMap named/);
  });

  it('the text limit stops reading', async () => {
    await expect(
      pdfToText('song.pdf', songLightPdf(text), { loadCMap: loadCMapFromDisk, maxTextChars: 10 }),
    ).rejects.toMatchObject({ problems: [{ code: 'file.text-too-long', params: { limit: 10 } }] });
  });
});

describe('repairs of PDF text', () => {
  it('radical code points become the characters a reader sees; full-width punctuation stays', () => {
    // ⼈⺠ (Kangxi MAN, radical CIVILIAN), ⼀, ⻚ (C-simplified LEAF), ⼾ (Kangxi DOOR) as Chromium's Noto CJK gives them
    expect(unifyIdeographs('⼈⺠政府（⼀）第⼀⻚，⼯商⼾１')).toBe('人民政府（一）第一页，工商户１');
  });

  it('spaces beside Chinese characters go, spaces between Latin words stay', () => {
    expect(dropSpacesAroundCjk('XX 市司法局 2025 年度 审查率 100% ，ISO 9001 认证')).toBe(
      'XX市司法局2025年度审查率100%，ISO 9001认证',
    );
  });

  const line = (text: string, y: number, page: number): PdfLine => ({ text, x: 73, right: 500, y, size: 12, page });
  const page = (n: number, body: string[], header?: string, footer?: string) => [
    ...(header ? [line(header, 800, n)] : []),
    ...body.map((t, i) => line(t, 700 - 20 * i, n)),
    ...(footer ? [line(footer, 40, n)] : []),
  ];

  it('a header on every page and page numbers in any common form are dropped', () => {
    const pages = [
      page(1, ['一、主要举措', '正文甲'], '某县司法局2025年度报告', '- 1 -'),
      page(2, ['正文乙', '正文丙'], '某县司法局2025年度报告', '第 2 页 共 3 页'),
      page(3, ['正文丁', '某县司法局', '2026年1月20日'], '某县司法局2025年度报告', '3/3'),
    ];
    expect(dropRunningLines(pages).map((p) => p.map((l) => l.text))).toEqual([
      ['一、主要举措', '正文甲'],
      ['正文乙', '正文丙'],
      ['正文丁', '某县司法局', '2026年1月20日'],
    ]);
  });

  it('a line repeated at a page edge elsewhere than the running line is body text (a title under the header)', () => {
    const title = { ...line('某县司法局2025年度报告', 760, 1), size: 22 };
    const pages = [
      [line('某县司法局2025年度报告', 800, 1), title, line('正文甲', 700, 1)],
      page(2, ['正文乙'], '某县司法局2025年度报告'),
      page(3, ['正文丙'], '某县司法局2025年度报告'),
    ];
    expect(dropRunningLines(pages)[0]!.map((l) => l.text)).toEqual(['某县司法局2025年度报告', '正文甲']);
  });

  it('a one-page PDF keeps its first and last lines unless they are page numbers', () => {
    const pages = [page(1, ['某县司法局2025年度报告', '正文', '2026年1月20日'], undefined, '1')];
    expect(dropRunningLines(pages)[0]!.map((l) => l.text)).toEqual(['某县司法局2025年度报告', '正文', '2026年1月20日']);
  });
});

describe('lines back into paragraphs', () => {
  let y = 800;
  const at = (text: string, x: number, right: number, size = 12): PdfLine => {
    y -= size === 12 ? 20 : 33;
    return { text, x, right, y, size, page: 1 };
  };
  it('runs on past a full line, a line cut short by a number that did not fit, and 1.2万; stops at indents, short lines and 2.', () => {
    const lines = [
      at('澄溪县市场监督管理局2025年度', 141, 454, 22), // a centred title in two halves
      at('法治政府建设情况报告', 188, 408, 22),
      at('（一）强化组织领导', 105, 250),
      at('局党组把法治政府建设纳入全局年度重点工作，全年召开党组会议专题', 105, 500),
      at('研究法治政府建设3次，行政复议案件纠错率为', 73, 460), // 21.32% did not fit in the 40 pt left
      at('21.32%，有效推动了行政行为的修正。', 73, 300),
      at('全年开展普法宣传活动58场次，发放宣传资料', 105, 500),
      at('1.2万份，覆盖群众约3万人次，', 73, 500),
      at('2.加强统筹协调', 73, 200),
    ];
    expect(joinParagraphs([lines]).split('\n')).toEqual([
      '澄溪县市场监督管理局2025年度法治政府建设情况报告',
      '（一）强化组织领导',
      '局党组把法治政府建设纳入全局年度重点工作，全年召开党组会议专题研究法治政府建设3次，行政复议案件纠错率为21.32%，有效推动了行政行为的修正。',
      '全年开展普法宣传活动58场次，发放宣传资料1.2万份，覆盖群众约3万人次，',
      '2.加强统筹协调',
    ]);
  });
});

describe('nothing is fetched', () => {
  it('reading the Chromium PDF and the STSong PDF calls fetch never', async () => {
    const calls: string[] = [];
    const original = globalThis.fetch;
    globalThis.fetch = ((input: unknown) => {
      calls.push(String(input));
      return Promise.reject(new Error('no network in this test'));
    }) as typeof fetch;
    try {
      const bytes = readFileSync('test/fixtures/formats/report.pdf');
      expect((await pdfToText('report.pdf', bytes, { loadCMap: loadCMapFromDisk })).pages).toBe(3);
      await pdfToText('song.pdf', songLightPdf(['规范性文件报备率100%。'.repeat(4)]), { loadCMap: loadCMapFromDisk });
    } finally {
      globalThis.fetch = original;
    }
    expect(calls).toEqual([]);
  });
});
