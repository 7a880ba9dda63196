import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/model/assessment.js';
import { batchFromAssessments } from '../../src/render/batch-view.js';
import { batchFiles } from '../helpers/outputs.js';
import { runCli } from '../helpers/cli.js';

let xiaxian: Assessment;
beforeAll(async () => {
  xiaxian = JSON.parse(
    (await runCli(['check', 'samples/real/003-xiaxian.yaml', '--format', 'json'])).stdout,
  ) as Assessment;
});

/** summary.csv's first data row for one report whose authority is `authority`: rank 1, then the authority cell. */
async function authorityCell(authority: string): Promise<string> {
  const a = structuredClone(xiaxian);
  a.report.authority = authority;
  const [summary] = await batchFiles('csv', batchFromAssessments([a]), { lang: 'zh', color: false });
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
    const batch = {
      ...batchFromAssessments([a]),
      comparisons: [
        {
          authority: '夏县司法局',
          file: a.report.file,
          previousPercent: 62,
          percent: 58.5,
          change: -3.5,
          newlyFailing: [],
          fixed: [],
        },
      ],
    };
    const [summary] = await batchFiles('csv', batch, { lang: 'zh', color: false });
    const [head, row] = String(summary!.data).slice(1).split('\r\n');
    const at = head!.split(',').indexOf('变化');
    expect(row!.split(',')[at]).toBe('-3.5');
  });
});

/** RFC 4180, read back: records of cells; a quoted cell may hold "" (one quote), commas and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    record.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell();
      records.push(record);
      record = [];
      i++;
    } else cell += c;
  }
  if (cell !== '' || record.length > 0) {
    endCell();
    records.push(record);
  }
  return records;
}

describe('csv quoting (RFC 4180): quotes, commas and line breaks inside a cell', () => {
  it.each([
    // [the text, the cell as written: in quotes, a quote doubled]
    ['某县"法治"司法局', '"某县""法治""司法局"'],
    ['某县,司法局', '"某县,司法局"'],
    ['某县\n司法局', '"某县\n司法局"'],
    ['某县\r\n司法局', '"某县\r\n司法局"'],
    ['某县\r司法局', '"某县\r司法局"'],
    ['"', '""""'],
    ['某县，司法局', '某县，司法局'], // a full-width comma is text, not a separator
  ])('%j is written as %j', async (authority, expected) => {
    expect(await authorityCell(authority)).toBe(expected);
  });

  it('reads back cell for cell: every record has the header’s cells, and the text comes back as it was', async () => {
    const a = structuredClone(xiaxian);
    const authority = '某县"法治",\r\n司法局';
    a.report.authority = authority;
    // a finding's quote with every character that needs quoting
    const quoted = a.findings.find((f) => f.status !== 'pass' && f.evidence?.length)!;
    const quote = '原文：“成功率”,"98%"\n下一行';
    quoted.evidence![0]!.quote = quote;
    const [summary, findings] = await batchFiles('csv', batchFromAssessments([a]), { lang: 'zh', color: false });

    const s = parseCsv(String(summary!.data).slice(1));
    expect(s).toHaveLength(2); // the header and the one report, though the authority holds a line break
    expect(s[1]!).toHaveLength(s[0]!.length);
    expect(s[1]![s[0]!.indexOf('单位')]).toBe(authority);

    const f = parseCsv(String(findings!.data).slice(1));
    const nonPassing = a.findings.filter((x) => x.status !== 'pass');
    expect(f).toHaveLength(1 + nonPassing.length); // one record per non-passing finding
    for (const record of f.slice(1)) {
      expect(record).toHaveLength(f[0]!.length);
      expect(record[0]).toBe(authority);
    }
    const row = f.find((r) => r[f[0]!.indexOf('规则编号')] === quoted.ruleId)!;
    expect(row[f[0]!.indexOf('原文')]).toBe(quote);
  });
});
