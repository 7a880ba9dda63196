import { describe, expect, it } from 'vitest';
import { assembleRound } from '../../src/batch/roster-round.js';
import type { Assessment } from '../../src/model/assessment.js';
import type { BatchError } from '../../src/model/batch.js';
import type { RosterMatch } from '../../src/pipeline/assess-for-roster.js';
import type { LoadedRoster } from '../../src/roster/types.js';

/** Just what the round reads of an assessment: its file, year, percent, and whether it was returned or vetoed. */
const assessment = (file: string, o: { year?: number; percent?: number; returned?: boolean } = {}) =>
  ({
    report: { file, year: o.year ?? 2024 },
    percent: o.percent ?? 80,
    returned: Boolean(o.returned),
    vetoed: false,
  }) as unknown as Assessment;
const matched = (unit: number, by: 'name' | 'alias' | 'file-name', documentDate?: string): RosterMatch => ({
  decision: { status: 'matched', unit, by, matched: 'x' },
  applied: [],
  conflicts: [],
  eventIds: [],
  ...(documentDate ? { documentDate } : {}),
});
const roster: LoadedRoster = {
  file: '名单.xlsx',
  recordsEvents: false,
  units: ['青禾县教育局', '青禾县财政局', '青禾县公安局', '青禾县审计局'].map((name) => ({
    name,
    aliases: [],
    year: 2024,
    events: [],
    at: {},
  })),
};
const round = (
  scored: { assessment: Assessment; match: RosterMatch }[],
  errors: BatchError[] = [],
  interrupted = false,
) => assembleRound(roster, scored, errors, { interrupted, notSubmittedGrade: '不合格', lang: 'zh' });

describe('which of a unit’s reports counts', () => {
  it('the one signing a roster name over one found by its file name, even with a lower score', () => {
    const r = round([
      { assessment: assessment('a/教育局.docx', { percent: 95 }), match: matched(0, 'file-name') },
      { assessment: assessment('b/edu.docx', { percent: 70 }), match: matched(0, 'name') },
    ]);
    expect(r.summary.units[0]).toMatchObject({ files: ['b/edu.docx', 'a/教育局.docx'], choice: { reason: 'named' } });
    expect(r.summary.units[0]!.choice!.message).toBe(
      '该单位有 2 份报告，采用 b/edu.docx，因为其署名与名单一致，另一份仅按文件名匹配；未采用：a/教育局.docx',
    );
  });

  it('then the one for the roster’s year, then the one not returned (退回重报), then the later date, then the first path', () => {
    const two = (a: Assessment, b: Assessment, ma = matched(1, 'name'), mb = matched(1, 'name')) =>
      round([
        { assessment: a, match: ma },
        { assessment: b, match: mb },
      ]).summary.units[1]!;
    expect(two(assessment('x/2023.docx', { year: 2023 }), assessment('x/2024.docx'))).toMatchObject({
      files: ['x/2024.docx', 'x/2023.docx'],
      choice: { reason: 'year' },
    });
    expect(
      two(assessment('x/plan.docx', { returned: true, percent: 99 }), assessment('x/report.docx', { percent: 60 })),
    ).toMatchObject({
      files: ['x/report.docx', 'x/plan.docx'],
      choice: { reason: 'not-returned' },
    });
    expect(
      two(
        assessment('x/v1.docx'),
        assessment('x/v2.docx'),
        matched(1, 'name', '2025-01-10'),
        matched(1, 'name', '2025-02-20'),
      ),
    ).toMatchObject({
      files: ['x/v2.docx', 'x/v1.docx'],
      choice: { reason: 'later-date' },
    });
    const tie = two(assessment('x/b.docx'), assessment('x/a.docx'));
    expect(tie).toMatchObject({ files: ['x/a.docx', 'x/b.docx'], choice: { reason: 'first-file' } });
    expect(tie.choice!.message).toContain('两份无法区分，取文件路径在前的一份，请人工确认');
  });
});

describe('a unit without a counted report', () => {
  it('is 未报送 — unless its file failed (matched by file name) or the run was interrupted', () => {
    const failed: BatchError = { file: 'reports/青禾县公安局.docx', message: 'x', problems: [] };
    const r = round([{ assessment: assessment('edu.docx'), match: matched(0, 'name') }], [failed]);
    expect(r.summary.units.map((u) => [u.unit, u.status, u.rank ?? null])).toEqual([
      ['青禾县教育局', 'submitted', null],
      ['青禾县财政局', 'not_submitted', 2],
      ['青禾县公安局', 'not_scored', null],
      ['青禾县审计局', 'not_submitted', 2],
    ]);
    const interrupted = round([{ assessment: assessment('edu.docx'), match: matched(0, 'name') }], [], true);
    expect(interrupted.summary.units.slice(1).map((u) => [u.status, u.note])).toEqual([
      ['not_scored', '评查被中断，未能确定是否报送；请重新运行'],
      ['not_scored', '评查被中断，未能确定是否报送；请重新运行'],
      ['not_scored', '评查被中断，未能确定是否报送；请重新运行'],
    ]);
    expect(interrupted.summary.counts).toMatchObject({ submitted: 1, notSubmitted: 0, notScored: 3 });
  });
});
