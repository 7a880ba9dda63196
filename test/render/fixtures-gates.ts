import type { Assessment, Finding } from '../../src/model/assessment.js';

/**
 * Hand-built assessments for the not_applicable / gate / event outputs, so every expected string
 * follows from these objects and the spec, not from whatever the scorer writes today.
 *
 * Pack order (the same for every report): litigation, review, disclosure, enforcement, then the
 * document-type gate LAST — so "failed gates first" is visible in a list, not an accident of order.
 *
 *   A 甲县司法局 (司法局)      40/50 = 80%   litigation not_applicable (quoted), review fail
 *   B 某县司法局 (司法局)      50/60 = 83.3% returned: structure.document-type failed (a 工作总结)
 *   C 乙区人民政府 (政府)      60/60 = 100%  vetoed by an assessor event (省司法厅通报)
 *   D 丙市司法局 (no role)     35/50 = 70%   review missing at 0 points (未计分), disclosure fail
 *
 * Rank: A (80), D (70) — then B, returned though its 83.3% is higher — then C, vetoed though 100%.
 */
const PACK = { id: 'test', title: '测试细则', version: '1.0.0' };

const CATEGORY_TITLES = {
  structure: '报告结构',
  litigation: '行政应诉',
  review: '行政复议',
  disclosure: '报告公开',
  enforcement: '行政执法',
} as const;

const RULES = {
  litigation: {
    ruleId: 'litigation.head-appearance-rate',
    category: 'litigation',
    title: '行政机关负责人出庭应诉',
    severity: 'error',
    veto: false,
  },
  review: {
    ruleId: 'review.correction-rate',
    category: 'review',
    title: '行政复议纠错',
    severity: 'warning',
    veto: false,
  },
  disclosure: {
    ruleId: 'disclosure.published',
    category: 'disclosure',
    title: '报告公开',
    severity: 'warning',
    veto: false,
  },
  enforcement: {
    ruleId: 'enforcement.major-violation',
    category: 'enforcement',
    title: '重大行政执法过错',
    severity: 'error',
    veto: true,
  },
  gate: {
    ruleId: 'structure.document-type',
    category: 'structure',
    title: '报告类型',
    severity: 'error',
    veto: false,
    gate: true,
  },
} as const;

type RuleKey = keyof typeof RULES;
const f = (
  rule: RuleKey,
  status: Finding['status'],
  points: number,
  maxPoints: number,
  extra: Partial<Finding> = {},
): Finding => ({
  ...RULES[rule],
  status,
  points,
  maxPoints,
  ...extra,
});

function assessment(
  file: string,
  report: Partial<Assessment['report']>,
  findings: Finding[],
  rest: Pick<Assessment, 'grade'> & Partial<Assessment>,
): Assessment {
  const score = findings.reduce((n, x) => n + x.points, 0);
  const maxScore = findings.reduce((n, x) => n + x.maxPoints, 0);
  const counts = Object.fromEntries(
    (['pass', 'fail', 'missing', 'not_applicable', 'waived', 'error'] as const).map((s) => [
      s,
      findings.filter((x) => x.status === s).length,
    ]),
  );
  const categories = Object.entries(CATEGORY_TITLES).map(([id, title]) => {
    const own = findings.filter((x) => x.category === id);
    return {
      id,
      title,
      score: own.reduce((n, x) => n + x.points, 0),
      maxScore: own.reduce((n, x) => n + x.maxPoints, 0),
    };
  });
  return {
    report: { file, ...report },
    pack: PACK,
    score,
    maxScore,
    percent: Math.round((score / maxScore) * 1000) / 10,
    vetoed: false,
    returned: false,
    counts,
    categories,
    findings,
    ...rest,
  };
}

export const NA_REASON = '本单位本年度未发生行政诉讼案件，本项不适用';
export const NA_QUOTE = '本年度未发生行政诉讼案件';
export const GATE_MESSAGE = '本文件是工作总结，不是法治政府建设年度报告';
export const GATE_QUOTE = '某县司法局2023年工作总结';
export const EVENT = {
  id: 'E-2024-07',
  date: '2024-07-15',
  source: '省司法厅通报〔2024〕12号',
  description: '发生重大行政执法过错案件',
};

export const A = assessment(
  'reports/a.yaml',
  { authority: '甲县司法局', region: '甲县', year: 2024, role: 'judicial_bureau' },
  [
    f('litigation', 'not_applicable', 0, 0, { message: NA_REASON, evidence: [{ quote: NA_QUOTE, line: 12 }] }),
    f('review', 'fail', 0, 10, { message: '行政复议纠错率未达到要求' }),
    f('disclosure', 'pass', 40, 40),
    f('enforcement', 'pass', 0, 0),
    f('gate', 'pass', 0, 0),
  ],
  { grade: '良好' },
);

export const B = assessment(
  'reports/b.yaml',
  { authority: '某县司法局', region: '某县', year: 2023, role: 'judicial_bureau' },
  [
    f('litigation', 'pass', 10, 10),
    f('review', 'missing', 0, 10, { message: '报告未载明行政复议纠错率', missingFacts: ['correctionRate'] }),
    f('disclosure', 'pass', 40, 40),
    f('enforcement', 'pass', 0, 0),
    f('gate', 'fail', 0, 0, {
      message: GATE_MESSAGE,
      evidence: [{ quote: GATE_QUOTE, line: 1 }],
      remedy: '请报送法治政府建设年度报告',
    }),
  ],
  { grade: '良好', returned: true, returnedBy: ['structure.document-type'] },
);

export const C = assessment(
  'reports/c.yaml',
  { authority: '乙区人民政府', region: '乙区', year: 2024, role: 'government' },
  [
    f('litigation', 'pass', 10, 10),
    f('review', 'pass', 10, 10),
    f('disclosure', 'pass', 40, 40),
    f('enforcement', 'fail', 0, 0, { message: '本年度发生重大行政执法过错案件，一票否决', events: [EVENT] }),
    f('gate', 'pass', 0, 0),
  ],
  { grade: '不合格', vetoed: true, vetoedBy: ['enforcement.major-violation'] },
);

export const D = assessment(
  'reports/d.yaml',
  { authority: '丙市司法局', region: '丙市', year: 2024 },
  [
    f('litigation', 'pass', 10, 10),
    f('review', 'missing', 0, 0, { message: '报告未载明行政复议纠错率' }),
    f('disclosure', 'fail', 25, 40, { message: '政府信息公开不完整' }),
    f('enforcement', 'pass', 0, 0),
    f('gate', 'pass', 0, 0),
  ],
  { grade: '合格' },
);
