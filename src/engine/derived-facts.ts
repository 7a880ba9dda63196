import type { DerivedFact } from '../model/pack.js';
import type { ReportData } from '../model/report.js';
import { roundTo } from '../util/numbers.js';

import type { FactMap } from './compile-condition.js';
export type { FactMap } from './compile-condition.js';

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Computes one derived fact. Returns undefined when an input is not stated (or a ratio's
 * denominator is 0): a derived fact, like any other, is absent rather than guessed.
 * A rate over zero cases has no value, but stating one is itself a fact a rule may judge:
 * zeroBase gives the stated value exactly when its base is stated as 0, so a consistency rule
 * can say "a rate was stated with 0 cases" instead of finding its gap unstated.
 */
export function computeDerived(d: DerivedFact, facts: FactMap, year: number | undefined): unknown {
  // Inputs are read by index, not gathered into an array: this runs for every derived fact of every report.
  const of = d.of ?? [];
  const decimals = d.decimals ?? 4;
  switch (d.op) {
    case 'coalesce':
      for (let i = 0; i < of.length; i++) {
        const v = facts.get(of[i]!);
        if (v !== undefined) return v;
      }
      return undefined;
    case 'zeroBase':
      return input(facts, of, 1) === 0 ? input(facts, of, 0) : undefined;
    case 'yearDate': {
      if (year === undefined) return undefined;
      const mm = String(d.month).padStart(2, '0');
      const dd = String(d.day).padStart(2, '0');
      return `${year + (d.yearOffset ?? 0)}-${mm}-${dd}`;
    }
    default:
      break;
  }
  let sum = 0;
  for (let i = 0; i < of.length; i++) {
    const v = facts.get(of[i]!);
    if (!isNumber(v)) return undefined;
    sum += v;
  }
  const a = input(facts, of, 0) as number;
  const b = input(facts, of, 1) as number;
  switch (d.op) {
    case 'ratio':
      return b === 0 ? undefined : roundTo((a / b) * 100, decimals);
    // a part larger than its whole (出庭63件、应出庭62件) means the two counts are not of one set of cases: no share
    // of it is true, so none is given, and the consistency rules name the counts instead of a rule passing on 101.61%
    case 'share':
      return b === 0 || a > b ? undefined : roundTo((a / b) * 100, decimals);
    case 'difference':
      return roundTo(a - b, decimals);
    case 'absDifference':
      return roundTo(Math.abs(a - b), decimals);
    case 'abs':
      return roundTo(Math.abs(a), decimals);
    case 'sum':
      return roundTo(sum, decimals);
  }
}

/** The value of a derived fact's i-th input; undefined when it has no such input. */
function input(facts: FactMap, of: string[], i: number): unknown {
  const id = of[i];
  return id === undefined ? undefined : facts.get(id);
}

/** Every fact a rule can read for one report: stated facts, the built-ins and the derived facts. */
export function factMap(report: ReportData, derived: DerivedFact[]): FactMap {
  const facts: FactMap = new Map();
  const stated = report.facts;
  // index loops: this runs once per report, mostly before the JIT has optimised it, where a for-of allocates
  const ids = Object.keys(stated);
  for (let i = 0; i < ids.length; i++) facts.set(ids[i]!, stated[ids[i]!]);
  facts.set('report', report.report);
  facts.set('sections', report.sections);
  const { year } = report.report;
  for (let i = 0; i < derived.length; i++) {
    const d = derived[i]!;
    // a share of counts read of two scopes (区长出庭应诉3件 over the region's 86 cases) is no rate of either
    if (d.op === 'share' && scopesDiffer(report.evidence, d.of)) continue;
    const value = computeDerived(d, facts, year);
    if (value !== undefined) facts.set(d.id, value);
  }
  return facts;
}

/**
 * Whether the evidence of a share's two counts names two scopes (own and region): the counts are not of one set of
 * cases. Counts with no scope recorded (a structured report's, an unscoped statement's) are of one.
 */
function scopesDiffer(evidence: ReportData['evidence'], of: string[] | undefined): boolean {
  if (evidence === undefined || of === undefined || of.length !== 2) return false;
  const a = firstOf(evidence[of[0]!]);
  const b = firstOf(evidence[of[1]!]);
  const sa = scopeOf(a);
  const sb = scopeOf(b);
  if (sa === undefined || sb === undefined || sa === sb) return false;
  // (counts told side by side, 全区…应诉案件共141件，审结败诉9件, are one statement's, whatever scope each clause read)
  return a?.offset === undefined || b?.offset === undefined || Math.abs(a.offset - b.offset) > SIDE_BY_SIDE;
}

/** How close two counts' quotes start when they are told side by side, in one statement. */
const SIDE_BY_SIDE = 40;

type OneEvidence = Extract<NonNullable<ReportData['evidence']>[string], { quote: string }>;

function firstOf(e: NonNullable<ReportData['evidence']>[string] | undefined): OneEvidence | undefined {
  return (Array.isArray(e) ? e[0] : e) as OneEvidence | undefined;
}

function scopeOf(e: OneEvidence | undefined): string | undefined {
  return e?.scope === 'unspecified' ? undefined : e?.scope;
}
