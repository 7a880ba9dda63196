import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/extract.js';
import { readDocument } from '../../src/ingest/document.js';
import { loadPack } from '../../src/pack/load-pack.js';
import { runCli } from '../helpers/cli.js';

// One synthetic report (test/fixtures/formats/report.txt, a county 市场监督管理局) in every format
// a bureau sends, each made by the tool that makes it (scripts/make-format-fixtures.mjs).
const DIR = 'test/fixtures/formats';
const FORMATS = ['report.txt', 'report.html', 'report.docx', 'report.doc', 'report.pdf'];
const pack = loadPack('national');
const extracted = async (file: string) => extractDocument(await readDocument(file), pack);
const base = await extracted(`${DIR}/report.txt`);
const tmp = mkdtempSync(join(tmpdir(), 'fazhi-formats-'));

describe('the same report as .txt, .html, .docx, .doc and .pdf', () => {
  it('the .txt states the facts its author wrote', () => {
    // Read off report.txt by hand: the figures of 二、…（三）（四）（五）, and the reporter.
    expect(base.report).toMatchObject({ authority: '澄溪县市场监督管理局', role: 'department', year: 2025 });
    expect(base.facts).toMatchObject({
      leadershipLawStudySessions: 6,
      ruleOfLawMeetings: 3,
      majorDecisions: 4,
      majorDecisionLegalReviewRate: 100,
      normativeDocumentsIssued: 5,
      normativeDocumentFilingRate: 100,
      legalAdviserCoverage: 'full',
      enforcementTrainees: 320,
      enforcementFilesReviewed: 120,
      reconsiderationConcluded: 8,
      reconsiderationCorrected: 1,
      litigationCases: 6,
      headAppearanceRate: 100,
      litigationLost: 1,
      lawPopularizationEvents: 58,
    });
    // 以我局为被申请人的行政复议案件9件: a respondent's cases, no reviewing organ's intake (test/corpus/README.md §4)
    expect(base.facts.reconsiderationReceived).toBeUndefined();
    // the plan's 400人次 and 80场次 are targets, not results
    expect(base.sections).toEqual(['measures_and_results', 'leadership_duty', 'shortcomings', 'next_year_plan']);
  });

  it.each([...FORMATS.slice(1), 'report-libreoffice.pdf'])(
    '%s extracts to the same facts, sections and reporter',
    async (name) => {
      const r = await extracted(`${DIR}/${name}`);
      expect(r.facts).toEqual(base.facts);
      expect(r.sections).toEqual(base.sections);
      expect(r.report).toEqual(base.report);
    },
  );

  it('the PDF reads back as the text it was printed from: no header, no 第 N 页 共 3 页, lines rejoined, 人民 not ⼈⺠', async () => {
    const doc = await readDocument(`${DIR}/report.pdf`);
    expect(doc.format).toBe('pdf');
    expect(doc.text).toBe(readFileSync(`${DIR}/report.txt`, 'utf8').trimEnd());
  });

  it('the .doc reads back as the text it was saved from, “” kept', async () => {
    const doc = await readDocument(`${DIR}/report.doc`);
    expect(doc.format).toBe('doc');
    expect(doc.text).toBe(readFileSync(`${DIR}/report.txt`, 'utf8').trimEnd());
    expect(doc.text).toContain('“三项制度”');
  });

  it('fazhi check gives every format the same score', async () => {
    const scores = [];
    for (const name of FORMATS) {
      const run = await runCli(['check', `${DIR}/${name}`, '--format', 'json']);
      expect(run.code, run.stderr).toBe(0);
      const a = JSON.parse(run.stdout) as { score: number; maxScore: number; grade: string };
      scores.push([a.score, a.maxScore, a.grade]);
    }
    expect(new Set(scores.map((s) => JSON.stringify(s))).size).toBe(1);
    expect(scores[0]![0]).toBeGreaterThan(0);
  });
});

describe('what a .doc or .wps really is', () => {
  it('a web page saved as .doc is read as the page', async () => {
    const file = join(tmp, 'web.doc');
    copyFileSync(`${DIR}/report.html`, file);
    const doc = await readDocument(file);
    expect(doc.format).toBe('html');
    expect(extractDocument(doc, pack).facts).toEqual(base.facts);
  });

  it('a .docx renamed .doc is read as Word', async () => {
    const file = join(tmp, 'renamed.doc');
    copyFileSync(`${DIR}/report.docx`, file);
    expect((await readDocument(file)).format).toBe('docx');
  });

  it('a Word 97–2003 file named .wps is read by the same reader', async () => {
    const file = join(tmp, 'report.wps');
    copyFileSync(`${DIR}/report.doc`, file);
    expect(extractDocument(await readDocument(file), pack).facts).toEqual(base.facts);
  });

  it('an RTF file named .doc is refused, naming what it is', async () => {
    const file = `${DIR}/report-rtf.doc`;
    const run = await runCli(['check', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `${file}: 此 .doc 文件实际是 RTF 格式，fazhi 无法读取；请用 Word/WPS 打开后另存为 .docx 再评查\n`,
    );
  });

  it.each([
    [
      'x.doc',
      `无法读取 .doc 文件（not a Word 97–2003 file）；文件可能已损坏或并非 Word 97–2003 文档，请用 Word/WPS 另存为 .docx 后再评查`,
    ],
    ['x.wps', `无法读取 .wps 文件（not a Word 97–2003 file）；请在 WPS 中另存为 .docx 或 .doc 后再评查`],
  ])('bytes that are no Word file named %s: one line', async (name, line) => {
    const file = join(tmp, name);
    writeFileSync(file, 'WPS Office 文档 —— this is not an OLE file');
    const run = await runCli(['check', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${file}: ${line}\n`);
  });

  it('an OLE file that is no Word document (its WordDocument stream missing): one line', async () => {
    const file = join(tmp, 'cut.doc');
    // the OLE signature and header of a real .doc, the rest of the file gone
    writeFileSync(file, readFileSync(`${DIR}/report.doc`).subarray(0, 600));
    const run = await runCli(['extract', file]);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^.*cut\.doc: 无法读取 \.doc 文件（.+）；文件可能已损坏或并非 Word 97–2003 文档/);
  });
});

describe('limits apply to PDF and Word 97–2003 files', () => {
  it.each([
    ['report.pdf', '0.1', '402 KB', '102 KB'],
    ['report.doc', '0.01', '15 KB', '10 KB'],
  ])('%s over --max-size %s MB is refused before it is parsed', async (name, mb, size, limit) => {
    const run = await runCli(['check', `${DIR}/${name}`, '--max-size', mb]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `${DIR}/${name}: 文件过大（${size}），上限 ${limit}；真实报告远小于此，请检查文件，确需评查可用 --max-size 调高上限\n`,
    );
  });
});
