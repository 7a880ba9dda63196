import { describe, expect, it } from 'vitest';
import { Evaluator as BaseEvaluator, type EvaluatorMode, type RuleOutcome } from '../../src/engine/evaluator.js';
import { loadPack } from '../../src/pack/load-pack.js';
import type { ReportData } from '../../src/model/report.js';
import { tempPack } from '../helpers/temp-pack.js';

const pack = loadPack('national');
const report = (facts: ReportData['facts'], extra: Partial<ReportData> = {}): ReportData => ({
  report: {},
  sections: [],
  facts,
  ...extra,
});
const byId = (outcomes: RuleOutcome[], id: string) => outcomes.find((o) => o.ruleId === id)!;

/** A pack whose checklist is replaced by the given rules, to exercise json-rules-engine's condition forms. */
function packWithRules(rules: string, conditions = ''): ReturnType<typeof loadPack> {
  return loadPack(tempPack({ 'checklist.yaml': () => `${conditions}\nrules:\n${rules}` }));
}

describe.each(['compiled', 'reference'] as EvaluatorMode[])('Evaluator (%s)', (mode) => {
  class Evaluator extends BaseEvaluator {
    constructor(p: ReturnType<typeof loadPack>) {
      super(p, mode);
    }
  }

  it('explains a decision with the fact values that decided it', async () => {
    const outcomes = await new Evaluator(pack).evaluate(
      report({ mediationAccepted: 656, mediationSucceeded: 628, mediationSuccessRate: 98 }),
    );
    const o = byId(outcomes, 'consistency.mediation-success-rate');
    expect(o.status).toBe('unmet');
    expect(o.facts).toMatchObject({
      mediationSuccessRate: 98,
      mediationSuccessRateComputed: 95.73,
      mediationSuccessRateGap: 2.27,
    });
    // two tiers: the gap, and a rate stated over 0 cases (no such fact here: the base is 656)
    expect(o.explain).toEqual({
      kind: 'any',
      result: false,
      children: [
        {
          kind: 'all',
          result: false,
          children: [
            {
              kind: 'fact',
              result: false,
              fact: 'mediationSuccessRateGap',
              operator: 'lessThanInclusive',
              value: 0.5,
              factValue: 2.27,
            },
          ],
        },
        {
          kind: 'all',
          result: false,
          children: [
            {
              kind: 'fact',
              result: false,
              fact: 'mediationSuccessRateZeroBase',
              operator: 'greaterThanInclusive',
              value: 0,
            },
          ],
        },
      ],
    });
  });

  it('makes a rule missing, naming the unstated inputs of a derived fact, instead of failing it', async () => {
    const outcomes = await new Evaluator(pack).evaluate(report({ mediationSuccessRate: 98 }));
    expect(byId(outcomes, 'consistency.mediation-success-rate')).toMatchObject({
      status: 'missing',
      missingFacts: ['mediationSucceeded', 'mediationAccepted'],
    });
  });

  it('names each unstated input once, in the order the rule reads them, when two derived facts share inputs', async () => {
    // the rule reads mediationSuccessRateGap (rate, and the computed rate from succeeded/accepted) and
    // mediationSuccessRateZeroBase (rate, accepted): rate and accepted are inputs of both
    const outcomes = await new Evaluator(pack).evaluate(report({}));
    expect(byId(outcomes, 'consistency.mediation-success-rate')).toMatchObject({
      status: 'missing',
      missingFacts: ['mediationSuccessRate', 'mediationSucceeded', 'mediationAccepted'],
    });
  });

  it('names a missing metadata field by its path', async () => {
    const outcomes = await new Evaluator(pack).evaluate(report({}, { report: { year: 2024 } }));
    expect(byId(outcomes, 'publication.deadline')).toMatchObject({
      status: 'missing',
      missingFacts: ['report.publishedOn'],
    });
  });

  it('picks the first matching tier', async () => {
    // tiers: full (0), coverage rate 100 (1), partial or held (2), any rate (3)
    const outcomes = await new Evaluator(pack).evaluate(
      report({ statementOfLaw: 'partial', statementOfLawCoverageRate: 85 }, { report: { role: 'government' } }),
    );
    expect(byId(outcomes, 'accountability.statement-of-law-coverage')).toMatchObject({ status: 'met', tier: 2 });
  });

  it('skips a tier whose facts are not stated instead of making the rule missing', async () => {
    // enforcement.training: trainees (0), sessions (1), described (2) — only the description is stated
    const outcomes = await new Evaluator(pack).evaluate(report({ enforcementTrainingHeld: true }));
    expect(byId(outcomes, 'enforcement.training')).toMatchObject({ status: 'met', tier: 2 });
    const none = await new Evaluator(pack).evaluate(report({}));
    expect(byId(none, 'enforcement.training')).toMatchObject({ status: 'missing' });
  });

  it('does not apply a rule to a role it does not list, and applies every rule when the role is unknown', async () => {
    const township = await new Evaluator(pack).evaluate(
      report({ legalAidCases: 12 }, { report: { role: 'township' } }),
    );
    expect(byId(township, 'legal_services.legal-aid')).toMatchObject({
      status: 'not_applicable',
      notApplicable: 'role',
    });
    const unknown = await new Evaluator(pack).evaluate(report({ legalAidCases: 12 }));
    expect(byId(unknown, 'legal_services.legal-aid')).toMatchObject({ status: 'met' });
  });

  it('does not apply a rule when the report states there was nothing to assess, but only when it says so', async () => {
    const none = await new Evaluator(pack).evaluate(report({ litigationCases: 0 }));
    expect(byId(none, 'litigation.head-appearance-rate')).toMatchObject({
      status: 'not_applicable',
      notApplicable: 'stated',
      facts: { litigationCases: 0 },
    });
    // the second alternative of the `any`: cases, but none needing the head in court
    const noHearing = await new Evaluator(pack).evaluate(report({ litigationCases: 4, headAppearanceRequired: 0 }));
    expect(byId(noHearing, 'litigation.head-appearance-rate')).toMatchObject({
      status: 'not_applicable',
      facts: { headAppearanceRequired: 0 },
    });
    const some = await new Evaluator(pack).evaluate(report({ litigationCases: 4, headAppearanceRate: 100 }));
    expect(byId(some, 'litigation.head-appearance-rate').status).toBe('met');
    const unstated = await new Evaluator(pack).evaluate(report({}));
    expect(byId(unstated, 'litigation.head-appearance-rate').status).toBe('missing');
  });

  it('gives the same outcomes to 16 overlapping runs as to runs one at a time', async () => {
    const evaluator = new Evaluator(pack);
    const reports = Array.from({ length: 16 }, (_, i) =>
      report({
        headAppearanceRate: 84 + i,
        mediationAccepted: 100,
        mediationSucceeded: 80 + i,
        mediationSuccessRate: 90,
        statementOfLaw: i % 2 ? 'full' : 'held',
      }),
    );
    const sequential: RuleOutcome[][] = [];
    for (const r of reports) sequential.push(await evaluator.evaluate(r));
    const overlapping = await Promise.all(reports.map((r) => evaluator.evaluate(r)));
    expect(overlapping).toEqual(sequential);
    expect(overlapping.map((o) => o.length)).toEqual(Array(16).fill(pack.rules.length));
    expect(overlapping.map((o) => byId(o, 'litigation.head-appearance-rate').facts.headAppearanceRate)).toEqual(
      reports.map((r) => r.facts.headAppearanceRate),
    );
  });

  it('loses no rule results when runs overlap on a pack whose rules run in several priority sets', async () => {
    // json-rules-engine skips the remaining priority sets of every run still in flight when one run finishes.
    const rule = (n: number) => `
  - id: structure.p${n}
    category: structure
    title: t
    points: 1
    priority: ${n}
    when:
      all:
        - { fact: legalAidCases, operator: greaterThan, value: ${n} }
    message: m`;
    const evaluator = new Evaluator(packWithRules([1, 2, 3, 4].map(rule).join('')));
    // Staggered starts, so one run finishes while others are between priority sets.
    const runs = await Promise.all(
      Array.from({ length: 16 }, async (_, i) => {
        for (let tick = 0; tick < i; tick++) await null;
        return evaluator.evaluate(report({ legalAidCases: i }));
      }),
    );
    expect(runs.map((r) => r.filter((o) => o.status === 'met').length)).toEqual(
      Array.from({ length: 16 }, (_, i) => Math.min(4, Math.max(0, i - 1))),
    );
  });

  it('supports any / not / condition references / fact-to-fact values and operator decorators', async () => {
    const p = packWithRules(
      `
  - id: structure.any-not
    category: structure
    title: t
    points: 1
    when:
      any:
        - not: { fact: legalAidCases, operator: greaterThan, value: 10 }
        - { condition: manyCases }
    message: m
  - id: structure.fact-to-fact
    category: structure
    title: t
    points: 1
    when:
      all:
        - { fact: mediationSucceeded, operator: lessThanInclusive, value: { fact: mediationAccepted } }
    message: m
  - id: structure.decorated
    category: structure
    title: t
    points: 1
    when:
      all:
        - { fact: sections, operator: "someFact:equal", value: shortcomings }
        - { fact: statementOfLaw, operator: "not:in", value: [none] }
    message: m
`,
      'conditions:\n  manyCases:\n    all:\n      - { fact: legalAidCases, operator: greaterThan, value: 100 }\n',
    );
    const run = (facts: ReportData['facts'], sections: string[] = []) =>
      new Evaluator(p).evaluate(report(facts, { sections }));
    const statuses = async (facts: ReportData['facts'], sections: string[] = []) =>
      (await run(facts, sections)).map((o) => o.status);
    expect(
      await statuses({ legalAidCases: 5, mediationAccepted: 10, mediationSucceeded: 9, statementOfLaw: 'held' }, [
        'shortcomings',
      ]),
    ).toEqual(['met', 'met', 'met']);
    expect(
      await statuses({ legalAidCases: 50, mediationAccepted: 10, mediationSucceeded: 11, statementOfLaw: 'none' }, [
        'shortcomings',
      ]),
    ).toEqual(['unmet', 'unmet', 'unmet']);
    expect(
      await statuses({ legalAidCases: 500, mediationAccepted: 10, mediationSucceeded: 10, statementOfLaw: 'full' }),
    ).toEqual(['met', 'met', 'unmet']);
  });

  it('turns a rule that cannot be evaluated into an error, and still evaluates the others', async () => {
    const p = packWithRules(`
  - id: structure.broken
    category: structure
    title: in 运算引用的事实不是列表（加载时无法检查，运行时出错）
    points: 1
    when:
      all:
        - { fact: legalAidCases, operator: in, value: { fact: mediationAccepted } }
    message: m
  - id: structure.fine
    category: structure
    title: t
    points: 1
    when:
      all:
        - { fact: legalAidCases, operator: greaterThan, value: 1 }
    message: m
`);
    const outcomes = await new Evaluator(p).evaluate(report({ legalAidCases: 3, mediationAccepted: 10 }));
    expect(outcomes[0]).toMatchObject({ ruleId: 'structure.broken', status: 'error' });
    expect(outcomes[0]!.error).toMatch(/indexOf/);
    expect(outcomes[1]).toMatchObject({ ruleId: 'structure.fine', status: 'met' });
  });
});

describe('Evaluator without facts for a finding that can only pass (passFacts: false, a batch)', () => {
  const evaluator = new BaseEvaluator(pack);
  // filed 100%: met; 2 documents reviewed: met; litigation cases not stated; mediation 98% stated against 628/656
  const r = report({
    normativeDocumentFilingRate: 100,
    normativeDocumentsReviewed: 2,
    mediationAccepted: 656,
    mediationSucceeded: 628,
    mediationSuccessRate: 98,
  });
  const lean = evaluator.evaluateSync(r, { explain: false, passFacts: false });
  const full = evaluator.evaluateSync(r, { explain: false });

  it('gathers no facts for a met all-or-nothing rule, and the same status', () => {
    expect(byId(full, 'decisions.normative-document-filing').facts).toEqual({ normativeDocumentFilingRate: 100 });
    expect(byId(lean, 'decisions.normative-document-filing')).toEqual({
      ruleId: 'decisions.normative-document-filing',
      status: 'met',
      facts: {},
      missingFacts: [],
    });
  });

  it('keeps the facts of a rule that fell short, a tiered rule and a missing one', () => {
    // the stated rate is 2.27 points off the computed one: no tier holds
    expect(byId(lean, 'consistency.mediation-success-rate')).toEqual(byId(full, 'consistency.mediation-success-rate'));
    expect(byId(lean, 'consistency.mediation-success-rate').facts).toMatchObject({ mediationSuccessRate: 98 });
    expect(byId(lean, 'litigation.cases-stated')).toEqual(byId(full, 'litigation.cases-stated'));
    expect(byId(lean, 'litigation.cases-stated').status).toBe('missing');
  });

  it('gathers none for a tier worth all the points, and keeps them for a tier worth less', () => {
    // enforcement.training: 3 points; trainees stated → the first tier (3 points); training only described → 2
    const counted = evaluator.evaluateSync(report({ enforcementTrainees: 120 }), { explain: false, passFacts: false });
    expect(byId(counted, 'enforcement.training')).toEqual({
      ruleId: 'enforcement.training',
      status: 'met',
      tier: 0,
      facts: {},
      missingFacts: [],
    });
    const described = evaluator.evaluateSync(report({ enforcementTrainingHeld: true }), {
      explain: false,
      passFacts: false,
    });
    expect(byId(described, 'enforcement.training')).toMatchObject({
      status: 'met',
      tier: 2,
      facts: { enforcementTrainingHeld: true },
    });
  });

  it('differs from the full outcomes only in the facts of met rules', () => {
    expect(lean.map((o) => o.status)).toEqual(full.map((o) => o.status));
    lean.forEach((o, i) => {
      if (o.status !== 'met') expect(o).toEqual(full[i]);
    });
  });
});
