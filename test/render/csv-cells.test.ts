import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/model/assessment.js';
import { batchFromAssessments } from '../../src/render/batch-view.js';
import { renderCsv } from '../../src/render/csv.js';
import { runCli } from '../helpers/cli.js';

let xiaxian: Assessment;
beforeAll(async () => {
  xiaxian = JSON.parse((await runCli(['check', 'samples/real/003-xiaxian.yaml', '--format', 'json'])).stdout) as Assessment;
});

/** summary.csv's first data row for one report whose authority is `authority`: rank 1, then the authority cell. */
async function authorityCell(authority: string): Promise<string> {
  const a = structuredClone(xiaxian);
  a.report.authority = authority;
  const [summary] = await renderCsv(batchFromAssessments([a]), { lang: 'zh', color: false });
  const text = String(summary!.data);
  // after the BOM and the header line; the cell may itself hold a CR LF, so the row is cut at the role and region that follow it
  const row = text.slice(text.indexOf('\r\n') + 2);
  expect(row.startsWith('1,')).toBe(true);
  return row.slice(2, row.indexOf(',司法局,夏县,2024,'));
}

describe('csv cells a spreadsheet could run as formulas', () => {
  it.each([
    // [authority from the report, the cell as written: a ' in front, RFC 4180 quotes when it holds " , CR or LF]
    ['=1+1', "'=1+1"],
    [' =HYPERLINK("http://x.invalid","点此")', `"' =HYPERLINK(""http://x.invalid"",""点此"")"`],
    ['\n=1+1', `"'\n=1+1"`],
    ['\r\n@SUM(A1)', `"'\r\n@SUM(A1)"`],
    ['\t+1', "'\t+1"],
    ['\u3000-2+3', "'\u3000-2+3"],
    ['\u00a0\u00a0=cmd|" /c calc"!A1', `"'\u00a0\u00a0=cmd|"" /c calc""!A1"`],
    ['\tsome text', "'\tsome text"],
    ['\rsome text', `"'\rsome text"`],
    ['-3.5+1', "'-3.5+1"],
  ])('%j is neutralised', async (authority, expected) => {
    expect(await authorityCell(authority)).toBe(expected);
  });

  it.each([
    ['-3.5', '-3.5'], // a plain negative number stays a number
    ['-12', '-12'],
    ['某县司法局', '某县司法局'],
    [' 某县司法局', ' 某县司法局'], // leading space, no formula character after it
    ['某县=司法局', '某县=司法局'],
  ])('%j is left as it is', async (authority, expected) => {
    expect(await authorityCell(authority)).toBe(expected);
  });

  it('writes numeric columns as numbers: a negative change reads as -3.5', async () => {
    const a = structuredClone(xiaxian);
    const batch = { ...batchFromAssessments([a]), comparisons: [{ authority: '夏县司法局', file: a.report.file, previousPercent: 62, percent: 58.5, change: -3.5, newlyFailing: [], fixed: [] }] };
    const [summary] = await renderCsv(batch, { lang: 'zh', color: false });
    const [head, row] = String(summary!.data).slice(1).split('\r\n');
    const at = head!.split(',').indexOf('变化');
    expect(row!.split(',')[at]).toBe('-3.5');
  });
});
