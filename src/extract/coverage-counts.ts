/**
 * Coverage stated by its counts in a claim's clause [cs, ce): 38个单位中有30个聘请了法律顾问 is 30 of 38
 * (partial), 29个应述法单位中有26个单位的主要负责人进行了述法 is part of them, 全县41个部门中有41个部门… is all of them
 * (full). The pair is the whole and the part of it the claim is about; a count alone (37个部门主要负责人述法) says nothing of coverage.
 */
export function coverageByCounts(text: string, cs: number, ce: number): 'full' | 'partial' | undefined {
  if (ce - cs < MIN_PAIR_LENGTH) return undefined;
  const m = OF_COUNTS.exec(text.slice(cs, ce));
  if (!m) return undefined;
  const whole = Number(m[1]);
  const part = Number(m[2]);
  if (!(part > 0 && part <= whole)) return undefined;
  return part === whole ? 'full' : 'partial';
}

/** N个…中(有)M个: the whole, a few words naming what it counts, then the part. */
const OF_COUNTS = /(\d+)\s*个[^，,：:；;。0-9]{0,12}?中(?:有|的)?\s*(\d+)\s*个/u;
/** The shortest clause head that can hold such a pair (1个单位中有1个). */
const MIN_PAIR_LENGTH = 6;
