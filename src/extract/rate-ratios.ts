import type { Evidence } from '../model/common.js';
import type { DerivedFact } from '../model/facts.js';
import type { FactValue } from '../model/report.js';
import { withNote } from './evidence-shapes.js';
import type { TextIndex } from './text-index.js';

/*
 * A stated rate with its counts in brackets after it (出庭应诉率100%（27/27）; 直接纠错率11.1%（6／54）; 败诉率4.7%（3/64）):
 * the counts are the rate's part and whole, each a fact of its own where the report states it nowhere else. Which facts
 * they are the pack says: a derived `share` of [part, whole] and a derived `absDifference` setting the stated rate
 * against that share (facts.yaml …RateComputed, …RateGap). Nothing here is a word list.
 */

/** Each stated rate fact's part and whole facts, from the pack's derived facts. */
const PARTS = new WeakMap<readonly DerivedFact[], Map<string, [string, string]>>();

function partsOf(derived: readonly DerivedFact[]): Map<string, [string, string]> {
  let parts = PARTS.get(derived);
  if (parts) return parts;
  parts = new Map();
  const shares = new Map<string, [string, string]>();
  for (const d of derived) if (d.op === 'share' && d.of?.length === 2) shares.set(d.id, [d.of[0]!, d.of[1]!]);
  for (const d of derived) {
    if (d.op !== 'absDifference' || d.of?.length !== 2) continue;
    const share = shares.get(d.of[1]!);
    if (share) parts.set(d.of[0]!, share);
  }
  PARTS.set(derived, parts);
  return parts;
}

/** Sets the part and whole a stated rate's bracketed ratio gives, where the report states neither otherwise. */
export function applyRateRatios(
  index: TextIndex,
  derived: readonly DerivedFact[],
  facts: Record<string, FactValue>,
  evidence: Record<string, Evidence | Evidence[]>,
  unstated: Array<{ fact: string }>,
): void {
  for (const [rateId, [partId, wholeId]] of partsOf(derived)) {
    const rate = facts[rateId];
    if (typeof rate !== 'number' || (facts[partId] !== undefined && facts[wholeId] !== undefined)) continue;
    const stated = evidence[rateId];
    const ev = Array.isArray(stated) ? stated[0] : stated;
    if (ev?.offset === undefined) continue;
    const ratio = ratioAfterRate(index, ev.offset, rate);
    if (ratio === undefined) continue;
    const note = `由所报比率括注（${ratio.part}/${ratio.whole}）得出`;
    for (const [id, value] of [
      [partId, ratio.part],
      [wholeId, ratio.whole],
    ] as const) {
      if (facts[id] !== undefined) continue;
      facts[id] = value;
      evidence[id] = withNote(ev, note);
      const k = unstated.findIndex((u) => u.fact === id);
      if (k >= 0) unstated.splice(k, 1);
    }
  }
}

/**
 * The bracketed ratio right after the rate `rate` written in the sentence from `from` (100%（27/27）): its part and
 * whole, the part no larger than the whole; undefined when the rate is written with none.
 */
function ratioAfterRate(index: TextIndex, from: number, rate: number): { part: number; whole: number } | undefined {
  const end = index.sentence(from)[1];
  const text = index.text.slice(from, end);
  RATE_RATIO.lastIndex = 0;
  for (let m = RATE_RATIO.exec(text); m; m = RATE_RATIO.exec(text)) {
    if (Number(m[1]) !== rate) continue;
    const part = Number(m[2]!.replace(SEPARATORS, ''));
    const whole = Number(m[3]!.replace(SEPARATORS, ''));
    return whole > 0 && part <= whole ? { part, whole } : undefined;
  }
  return undefined;
}

/** A rate, its percent sign, then a bracketed ratio of two whole numbers (98.7%（74/75）, 11.1%(6／54), （1,290/1,308）). */
const RATE_RATIO =
  /(\d+(?:\.\d+)?)\s*[%％]\s*[（(]\s*(\d{1,3}(?:[,，]\d{3})+|\d+)\s*[/／]\s*(\d{1,3}(?:[,，]\d{3})+|\d+)\s*[）)]/gu;
const SEPARATORS = /[,，]/gu;
