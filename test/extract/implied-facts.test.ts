/**
 * An activity stated by its count is an activity held (impliedBy): the held fact is true with
 * the count's quote, unless a statement of its own said otherwise. Invented bodies and figures.
 */
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/extract.js';
import { loadPack } from '../../src/pack/load-pack.js';
import type { Evidence } from '../../src/model/common.js';

const pack = loadPack('national');
const report = (authority: string, body: string) =>
  extractReport(`${authority}2025年法治政府建设年度报告\n${body}\n`, pack);
const DEPT = '青松县档案馆';
const TOWN = '白杨镇人民政府';
const first = (e: Evidence | Evidence[] | undefined) => (Array.isArray(e) ? e[0] : e);

describe('a counted activity is held', () => {
  it.each([
    // the held fact's own words stand only in the plan's clause: the actual count says it was done
    [TOWN, '原定开展法治宣传活动12场，实际深入村组开展15场。', 'lawPopularizationHeld', 15],
    [DEPT, '年初计划开展普法活动10场次，全年实际开展13场次。', 'lawPopularizationHeld', 13],
    // the actual count after a target (安排…，实际…): only the count states the activity
    [TOWN, '年初下达任务要求开展法治宣传活动20场，实际开展26场。', 'lawPopularizationHeld', 26],
  ])('%s %s → %s (from %i)', (who, body, id, count) => {
    const r = report(who, body);
    expect(r.facts.lawPopularizationEvents).toBe(count);
    expect(r.facts[id]).toBe(true);
    expect(first(r.evidence?.[id])?.note).toBe(`由所报数量 ${count} 得出`);
    expect(r.unstated?.some((u) => u.fact === id)).toBe(false);
  });

  it('a stated "not organised" is not overridden by a count of training attended elsewhere', () => {
    const r = report(DEPT, '本年度未单独组织执法人员培训，执法人员参加市局举办的执法业务培训2期。');
    expect(r.facts.enforcementTrainingHeld).toBe(false);
  });

  it('no count, no activity', () => {
    const r = report(TOWN, '发放宣传资料3000余份，接受群众咨询200余人次。');
    expect(r.facts.lawPopularizationHeld).toBeUndefined();
    expect(r.facts.enforcementTrainingHeld).toBeUndefined();
    expect(r.facts.caseFileReviewHeld).toBeUndefined();
  });

  it('a planned count implies nothing', () => {
    const r = report(TOWN, '二、下一步工作打算\n计划开展普法宣传活动20场次，组织执法人员培训2期。');
    expect(r.facts.lawPopularizationHeld).toBeUndefined();
    expect(r.facts.enforcementTrainingHeld).toBeUndefined();
  });
});
