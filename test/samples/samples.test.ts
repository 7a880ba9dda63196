import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pack/load-pack.js';
import { createAssessor } from '../../src/pipeline/assess-file.js';

const assessor = createAssessor(loadPack('national'), { asOf: '2026-01-01' });
const status = (a: Awaited<ReturnType<typeof assessor.assessFile>>, id: string) => a.findings.find((f) => f.ruleId === id)?.status;

// Scores of the five real reports (ground truth read by a person) and the synthetic ones under the
// national pack, worked by hand rule by rule. All six are 司法局 reports; no events file is given, so
// accountability.major-violation is not scored (需人工核对); no 报送 date is known, so the 2 points of
// publication.submission-deadline count as 未载明 in every maximum. Category by category:
// 夏县    结构 21/31 (不足 without 原因 5, no 第一责任人 part, 整改 5 problems 2) · 第一责任人 2/10 (述法 held)
//         · 决策 0/10 · 执法 7/10 (法制审核岗 2, 12 training sessions 3, 评查 described 2) · 复议 2/2
//         · 应诉 8/12 · 普法 6/6 · 法律援助 3/3 · 一致性 2/4 · 公开 4/6                    = 55/94
// 红谷滩  结构 26/31 (no 整改 0/3) · 4/10 (述法 full 4) · 0/10 · 10/10 · 2/2 · 12/12 (败诉 from 2/30)
//         · 普法 4/5 (activities described, no count 1; 法律明白人 not stated: info) · 3/3 · 3/3 · 0/6 = 64/92
// 兴宁    结构 27/31 (不足 5, 整改 part only 1) · 2/10 · 决策 3/10 (审核 6件 2; 14 decisions stated, their
//         review not: 1) · 执法 6/10 (三项制度 not stated) · 2/2 · 8/12 · 6/6 · 3/3 · 3/3 · 0/6 = 60/93
// 崇川    结构 15/31 (no year, 已全部整改 3) · 2/10 · 2/10 · 10/10 · 2/2 · 4/12 · 普法 2/6 · 3/3
//         · 一致性 8/8 · 0/6 (no year: no deadline)                                          = 48/98, returned (1—9月)
// 硚口    结构 14/31 · 2/10 · 0/10 · 6/10 (each described) · 0/2 · 0/12 · 2/5 · 3/3 · 0/0 · 4/6 = 31/89, returned (工作总结)
// excellent 结构 30/31 · 6/10 (own 述法 not stated) · 10 · 10 · 2 · 12 · 6 · 3 · 8/8 · 4/6       = 91/98
// inconsistent 结构 23/31 (no 不足 part) · 4/10 · 8/10 (no 法律顾问) · 10 · 2 · 12 · 6 · 3 · 一致性 2/8 · 4/6 = 74/98
// veto    结构 22/31 (no 第一责任人 part) · 4/10 · 10 · 10 · 2 · 应诉 4/12 (出庭 92%: 8 short, 0/8) · 6 · 3
//         · 8/8 · 0/6 = 69/98; the text's 通报 is only a hint now: not vetoed without an event
describe.each([
  { file: 'samples/real/000-honggutan.yaml', score: 64, maxScore: 92, percent: 69.6, grade: '合格', vetoed: false, returned: false },
  { file: 'samples/real/001-chongchuan.yaml', score: 48, maxScore: 98, percent: 49, grade: '不合格', vetoed: false, returned: true },
  { file: 'samples/real/002-xingning.yaml', score: 60, maxScore: 93, percent: 64.5, grade: '合格', vetoed: false, returned: false },
  { file: 'samples/real/003-xiaxian.yaml', score: 55, maxScore: 94, percent: 58.5, grade: '不合格', vetoed: false, returned: false },
  { file: 'samples/real/004-qiaokou.yaml', score: 31, maxScore: 89, percent: 34.8, grade: '不合格', vetoed: false, returned: true },
  { file: 'samples/synthetic/excellent.yaml', score: 91, maxScore: 98, percent: 92.9, grade: '优秀', vetoed: false, returned: false },
  { file: 'samples/synthetic/inconsistent.yaml', score: 74, maxScore: 98, percent: 75.5, grade: '合格', vetoed: false, returned: false },
  { file: 'samples/synthetic/veto.yaml', score: 69, maxScore: 98, percent: 70.4, grade: '合格', vetoed: false, returned: false },
])('$file', ({ file, ...expected }) => {
  it(`scores ${expected.score}/${expected.maxScore}, ${expected.grade}${expected.returned ? ', returned' : ''}`, async () => {
    const a = await assessor.assessFile(file);
    expect({ score: a.score, maxScore: a.maxScore, percent: a.percent, grade: a.grade, vetoed: a.vetoed, returned: a.returned }).toEqual(expected);
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
    const f = (await assessor.assessFile('samples/real/003-xiaxian.yaml')).findings.find((x) => x.ruleId === 'consistency.mediation-success-rate')!;
    expect(f.message).toBe('所报调解成功率98%与按件数计算的95.73%（628/656）相差2.27个百分点，请核对数据或说明口径（受理数还是调结数）');
    expect(f.evidence?.map((e) => [e.fact, e.line])).toEqual([
      ['mediationSuccessRate', 22],
      ['mediationSucceeded', 22],
      ['mediationAccepted', 22],
    ]);
  });
});
