import { describe, expect, it } from 'vitest';
import { factMap } from '../../src/engine/derived-facts.js';
import { loadPack } from '../../src/pack/load-pack.js';
import type { ReportData } from '../../src/model/report.js';

const pack = loadPack('national');

/** A report whose two counts carry evidence of the given scopes, quoted from the given offsets. */
function counts(facts: ReportData['facts'], evidence: Record<string, { scope?: string; offset: number }>): ReportData {
  const ev: NonNullable<ReportData['evidence']> = {};
  for (const [id, e] of Object.entries(evidence))
    ev[id] = { quote: id, line: 1, column: e.offset + 1, offset: e.offset, ...(e.scope ? { scope: e.scope } : {}) };
  return { report: {}, sections: [], facts, evidence: ev };
}

describe('a share of counts read of two scopes', () => {
  it('is no rate when the counts are of two scopes told apart (区长出庭应诉3件 over the region\u2019s 86 cases)', () => {
    const facts = factMap(
      counts(
        { headAppearanceCases: 3, headAppearanceRequired: 86 },
        {
          headAppearanceCases: { scope: 'own', offset: 219 },
          headAppearanceRequired: { scope: 'region', offset: 164 },
        },
      ),
      pack.derived,
    );
    expect(facts.get('headAppearanceRateComputed')).toBeUndefined();
    expect(facts.get('headAppearanceRateEffective')).toBeUndefined();
  });

  it('is the rate when the counts are of one scope', () => {
    const facts = factMap(
      counts(
        { headAppearanceCases: 29, headAppearanceRequired: 30 },
        {
          headAppearanceCases: { scope: 'region', offset: 300 },
          headAppearanceRequired: { scope: 'region', offset: 100 },
        },
      ),
      pack.derived,
    );
    expect(facts.get('headAppearanceRateComputed')).toBe(96.67);
  });

  it('is the rate when the counts are told side by side, whatever scope each clause read (…应诉案件共141件，审结败诉9件)', () => {
    const facts = factMap(
      counts(
        { litigationLost: 9, litigationCases: 141 },
        { litigationLost: { scope: 'own', offset: 440 }, litigationCases: { scope: 'region', offset: 422 } },
      ),
      pack.derived,
    );
    expect(facts.get('litigationLossRateComputed')).toBe(6.38);
  });

  it('is the rate when a count names no scope, or the report carries no evidence', () => {
    const unscoped = factMap(
      counts(
        { mediationAccepted: 656, mediationSucceeded: 628 },
        { mediationAccepted: { scope: 'own', offset: 10 }, mediationSucceeded: { scope: 'unspecified', offset: 400 } },
      ),
      pack.derived,
    );
    expect(unscoped.get('mediationSuccessRateComputed')).toBe(95.73);
    const structured = factMap(
      { report: {}, sections: [], facts: { mediationAccepted: 656, mediationSucceeded: 628 } },
      pack.derived,
    );
    expect(structured.get('mediationSuccessRateComputed')).toBe(95.73);
  });
});
