import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { discoverInputs } from '../../src/batch/discover.js';
import { runBatch } from '../../src/batch/run-batch.js';
import { writeBatchOutputs } from '../../src/batch/write-outputs.js';
import type { BatchResult } from '../../src/model/batch.js';
import { loadPack } from '../../src/pack/load-pack.js';
import { batchJsonChunks } from '../../src/render/batch-json.js';
import { FORMATTERS } from '../../src/render/index.js';
import { outputBytes } from '../helpers/outputs.js';
import { reportsDir } from './fixtures.js';

const pack = loadPack('national');
const base = { pack, lang: 'zh' as const, asOf: '2025-06-01' };
let files: string[];
let batch: BatchResult;

beforeAll(async () => {
  files = discoverInputs([reportsDir()]).files;
  batch = await runBatch(files, { ...base, jobs: 1 });
});

describe('compact batch results (issue 6)', () => {
  it('keeps no explain tree unless asked, and everything else as check has it', async () => {
    const explained = await runBatch(files, { ...base, jobs: 1, explain: true });
    const findings = batch.assessments.flatMap((a) => a.findings);
    expect(findings.length).toBeGreaterThan(100);
    expect(findings.some((f) => 'explain' in f)).toBe(false);
    expect(explained.assessments.flatMap((a) => a.findings).some((f) => f.explain)).toBe(true);
    // without explain, the same JSON as the explained batch with its explain trees removed
    const strip = (b: BatchResult) => JSON.stringify(b, (k, v) => (k === 'explain' ? undefined : v));
    expect(JSON.stringify(batch)).toBe(strip(explained));
  });

  it('spools findings to disk for large batches and writes the same bytes', async () => {
    const spooled = await runBatch(files, { ...base, jobs: 1, spoolAbove: 0 });
    // findings now come from disk, through a getter that JSON.stringify reads like a value
    const descriptor = Object.getOwnPropertyDescriptor(spooled.assessments[0]!, 'findings')!;
    expect(typeof descriptor.get).toBe('function');
    expect(descriptor.enumerable).toBe(true);
    expect(JSON.stringify(spooled)).toBe(JSON.stringify(batch));
    const out = (name: string) => mkdtempSync(join(tmpdir(), `fazhi-${name}-`));
    const [a, b] = [out('plain'), out('spooled')];
    await writeBatchOutputs(batch, ['json', 'csv', 'html'], a, 'zh');
    await writeBatchOutputs(spooled, ['json', 'csv', 'html'], b, 'zh');
    for (const f of ['batch.json', 'summary.csv', 'findings.csv', 'report.html']) {
      expect(readFileSync(join(b, f), 'utf8'), f).toBe(readFileSync(join(a, f), 'utf8'));
    }
  });

  it('is the same from this thread and from several workers, pack text included', async () => {
    const three = await runBatch(files, { ...base, jobs: 3, minFilesPerWorker: 0 });
    expect(JSON.stringify(three)).toBe(JSON.stringify(batch));
    expect(three.assessments[0]!.findings[0]!.title).toBe(pack.rules[0]!.rule.title);
  });
});

describe('streamed outputs', () => {
  it('batch.json written in pieces is byte-identical to JSON.stringify, with and without comparisons', () => {
    expect([...batchJsonChunks(batch)].join('')).toBe(`${JSON.stringify(batch, null, 2)}\n`);
    const empty: BatchResult = { ...batch, assessments: [], errors: [], comparisons: [] };
    expect([...batchJsonChunks(empty)].join('')).toBe(`${JSON.stringify(empty, null, 2)}\n`);
  });

  it('writes each format’s pieces to its files with the same bytes they join to in memory, and a readable xlsx', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'fazhi-stream-')), 'out');
    const written = await writeBatchOutputs(batch, ['json', 'csv', 'html', 'xlsx', 'junit'], out, 'zh');
    expect(written.map((p) => p.slice(out.length + 1))).toEqual([
      'batch.json',
      'summary.csv',
      'findings.csv',
      'report.html',
      'summary.xlsx',
      'junit.xml',
    ]);
    expect(readFileSync(join(out, 'batch.json'), 'utf8')).toBe(`${JSON.stringify(batch, null, 2)}\n`);
    for (const format of ['csv', 'html', 'junit'] as const) {
      for (const file of FORMATTERS[format].batch(batch, { lang: 'zh', color: false })) {
        expect(readFileSync(join(out, file.name)).equals(await outputBytes(file)), file.name).toBe(true);
      }
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'summary.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '问题清单', '错误']);
    expect(wb.getWorksheet('汇总')!.rowCount).toBe(batch.assessments.length + 1);
    expect(wb.getWorksheet('错误')!.rowCount).toBe(batch.errors.length + 1);
  });
});
