import { describe, expect, it } from 'vitest';
import { indexRoster, matchReport } from '../../src/roster/match.js';
import type { LoadedUnit } from '../../src/roster/types.js';

const unit = (name: string, aliases: string[] = []): LoadedUnit => ({ name, aliases, events: [], at: {} });
const index = indexRoster([
  unit('青禾县人民政府'),
  unit('青禾县人民政府办公室', ['县政府办']),
  unit('青禾县市场监督管理局', ['县市场监管局']),
  unit('青禾县教育局'),
]);

describe('matching a report to its unit', () => {
  it('by the name it signs, or an alias: blanks and full-width letters do not count', () => {
    expect(matchReport(index, '青禾县教育局', 'x/a.docx')).toEqual({
      status: 'matched',
      unit: 3,
      by: 'name',
      matched: '青禾县教育局',
    });
    expect(matchReport(index, ' 县市场 监管局', 'x/a.docx')).toEqual({
      status: 'matched',
      unit: 2,
      by: 'alias',
      matched: ' 县市场 监管局',
    });
  });

  it('never by a near name: 县市场监督局 is not 县市场监管局 — the file name decides, or nothing', () => {
    expect(matchReport(index, '县市场监督局', 'x/a.docx')).toEqual({ status: 'unmatched' });
  });

  it('by its file name when the name it signs is not on the roster, the longest name found winning', () => {
    expect(matchReport(index, undefined, 'reports/青禾县人民政府办公室2024年法治政府建设年度报告.docx')).toEqual({
      status: 'matched',
      unit: 1,
      by: 'file-name',
      matched: '青禾县人民政府办公室',
    });
    expect(matchReport(index, '某某', 'reports/县政府办.txt')).toMatchObject({
      status: 'matched',
      unit: 1,
      by: 'file-name',
      matched: '县政府办',
    });
    // the folder is not the file name
    expect(matchReport(index, undefined, '青禾县教育局/报告.docx')).toEqual({ status: 'unmatched' });
  });

  it('lists two units whose names stand side by side in the file name, guessing neither', () => {
    expect(matchReport(index, undefined, '青禾县教育局转青禾县人民政府的报告.docx')).toEqual({
      status: 'ambiguous',
      candidates: [3, 0],
      matched: ['青禾县教育局', '青禾县人民政府'],
    });
  });
});
