import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/model/assessment.js';
import type { BatchResult } from '../../src/model/batch.js';
import { batchFromAssessments } from '../../src/render/batch-view.js';
import { writeBatchOutputs } from '../../src/batch/write-outputs.js';
import { batchFiles } from '../helpers/outputs.js';
import { runCli } from '../helpers/cli.js';

let xiaxian: Assessment;
beforeAll(async () => {
  xiaxian = JSON.parse(
    (await runCli(['check', 'samples/real/003-xiaxian.yaml', '--format', 'json'])).stdout,
  ) as Assessment;
});

const ZH_MARKER = '…（已截断，全文见 JSON）'; // 15 characters
const LONG = '局'.repeat(40000);

function batchWith(authority: string, errorMessage: string): BatchResult {
  const a = structuredClone(xiaxian);
  a.report.authority = authority;
  return { ...batchFromAssessments([a]), errors: [{ file: 'bad.yaml', message: errorMessage, problems: [] }] };
}

async function workbook(data: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as never);
  return wb;
}

describe('xlsx cells longer than Excel allows (32,767 characters)', () => {
  // 32,767 − 15 characters of text, then the marker: exactly at the limit
  const clipped = '局'.repeat(32767 - 15) + ZH_MARKER;

  it('are cut with a marker in the workbook built in memory', async () => {
    const [file] = await batchFiles('xlsx', batchWith(LONG, LONG), { lang: 'zh', color: false });
    const wb = await workbook(file!.data as Buffer);
    expect(wb.getWorksheet('汇总')!.getCell('B2').value).toBe(clipped);
    expect(wb.getWorksheet('问题清单')!.getCell('B2').value).toBe(clipped);
    expect(wb.getWorksheet('错误')!.getCell('B2').value).toBe(clipped);
    expect(wb.getWorksheet('错误')!.getCell('A2').value).toBe('bad.yaml');
    expect(clipped).toHaveLength(32767);
  });

  it('are cut the same way in the workbook streamed to a file', async () => {
    const [path] = await writeBatchOutputs(
      batchWith(LONG, 'short'),
      ['xlsx'],
      mkdtempSync(join(tmpdir(), 'fazhi-xlsx-')),
      'zh',
    );
    const wb = await workbook(readFileSync(path!));
    expect(wb.getWorksheet('汇总')!.getCell('B2').value).toBe(clipped);
    expect(wb.getWorksheet('错误')!.getCell('B2').value).toBe('short');
  });

  it('never split a character outside the BMP, and say so in English with --lang en', async () => {
    // 'a' then pairs of UTF-16 units (high half at odd indexes): a cut after 32,767 − 43 = 32,724 units ends on a high half, dropped with its pair
    const en = '… (truncated; the full text is in the JSON)';
    expect(en).toHaveLength(43);
    const text = `a${'𠀀'.repeat(20000)}`;
    const [file] = await batchFiles('xlsx', batchWith(text, 'short'), { lang: 'en', color: false });
    const cell = (await workbook(file!.data as Buffer)).getWorksheet('Summary')!.getCell('B2').value as string;
    // so 'a' and 16,361 whole pairs (32,723 units) are kept, then the marker
    expect(cell).toBe(`a${'𠀀'.repeat(16361)}${en}`);
  });

  it('leave a text at the limit as it is', async () => {
    const exact = '局'.repeat(32767);
    const [file] = await batchFiles('xlsx', batchWith(exact, 'short'), { lang: 'zh', color: false });
    expect((await workbook(file!.data as Buffer)).getWorksheet('汇总')!.getCell('B2').value).toBe(exact);
  });
});
