import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pack/load-pack.js';
import { createAssessor } from '../../src/pipeline/assess-file.js';
import { CATEGORY_IDS, percentOf, SAMPLE_SCORES } from './expected-scores.js';

const assessor = createAssessor(loadPack('national'), { asOf: '2026-01-01' });
const status = (a: Awaited<ReturnType<typeof assessor.assessFile>>, id: string) =>
  a.findings.find((f) => f.ruleId === id)?.status;

// The scores, category by category, worked by hand rule by rule: the one table in expected-scores.ts.
describe('the table of expected scores adds up', () => {
  it.each(SAMPLE_SCORES)('$file: categories sum to its score and maximum, percent and grade follow from them', (s) => {
    const pairs = CATEGORY_IDS.map((id) => s.categories[id]);
    expect(pairs.every((p) => p !== undefined)).toBe(true);
    expect([pairs.reduce((n, [score]) => n + score, 0), pairs.reduce((n, [, max]) => n + max, 0)]).toEqual([
      s.score,
      s.maxScore,
    ]);
    expect(s.percent).toBe(percentOf(s.score, s.maxScore));
    expect(s.grade).toBe(s.percent >= 90 ? '优秀' : s.percent >= 80 ? '良好' : s.percent >= 60 ? '合格' : '不合格');
  });
});

describe.each(SAMPLE_SCORES)('$file', ({ file, authority, categories, ...expected }) => {
  it(`scores ${expected.score}/${expected.maxScore}, ${expected.grade}${expected.returned ? ', returned' : ''}`, async () => {
    const a = await assessor.assessFile(file);
    expect({
      score: a.score,
      maxScore: a.maxScore,
      percent: a.percent,
      grade: a.grade,
      vetoed: a.vetoed,
      returned: a.returned,
    }).toEqual(expected);
    expect(a.report.authority).toBe(authority);
    expect(Object.fromEntries(a.categories.map((c) => [c.id, [c.score, c.maxScore]]))).toEqual(categories);
    expect(a.counts.error).toBe(0);
  });
});

describe('named findings on the real reports', () => {
  it.each([
    ['001-chongchuan', 'structure.shortcomings', 'fail'],
    ['001-chongchuan', 'structure.leadership-duty', 'fail'],
    ['004-qiaokou', 'structure.shortcomings', 'fail'],
    ['004-qiaokou', 'structure.leadership-duty', 'fail'],
    ['001-chongchuan', 'litigation.head-appearance-rate', 'missing'],
    ['004-qiaokou', 'litigation.head-appearance-rate', 'missing'],
    ['003-xiaxian', 'consistency.mediation-success-rate', 'fail'],
    ['003-xiaxian', 'litigation.head-appearance-rate', 'pass'],
    ['000-honggutan', 'consistency.mediation-success-rate', 'pass'],
    ['000-honggutan', 'accountability.statement-of-law-coverage', 'pass'],
    ['004-qiaokou', 'accountability.statement-of-law-coverage', 'fail'],
    ['004-qiaokou', 'structure.document-type', 'fail'],
    ['001-chongchuan', 'structure.full-year', 'fail'],
    ['001-chongchuan', 'structure.document-type', 'missing'],
    ['003-xiaxian', 'enforcement.training', 'pass'],
    ['003-xiaxian', 'enforcement.case-file-review', 'fail'],
    ['003-xiaxian', 'accountability.law-study', 'missing'],
    ['003-xiaxian', 'reconsideration.corrected-acts', 'not_applicable'],
    ['000-honggutan', 'litigation.loss-rate', 'pass'],
    ['002-xingning', 'reconsideration.correction-rate-benchmark', 'missing'],
    ['001-chongchuan', 'consistency.reconsideration-correction-rate', 'pass'],
    ['001-chongchuan', 'structure.report-year', 'missing'],
  ])('%s: %s is %s', async (name, ruleId, expected) => {
    expect(status(await assessor.assessFile(`samples/real/${name}.yaml`), ruleId)).toBe(expected);
  });

  it('夏县 fails the mediation consistency check quoting the figures it came from', async () => {
    const f = (await assessor.assessFile('samples/real/003-xiaxian.yaml')).findings.find(
      (x) => x.ruleId === 'consistency.mediation-success-rate',
    )!;
    expect(f.message).toBe(
      '所报调解成功率98%与按件数计算的95.73%（628/656）相差2.27个百分点，请核对数据或说明口径（受理数还是调结数）',
    );
    expect(f.evidence?.map((e) => [e.fact, e.line])).toEqual([
      ['mediationSuccessRate', 22],
      ['mediationSucceeded', 22],
      ['mediationAccepted', 22],
    ]);
  });
});
