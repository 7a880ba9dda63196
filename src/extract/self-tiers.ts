import type { Pack } from '../pack/compiled-pack.js';
import type { ReportLevel } from '../model/report.js';
import { WordSet } from './word-set.js';

/** The vocabulary's self-tier words by tier (我镇: township, 我县: county), the lowest tier first. */
export type SelfTiers = Array<[tier: ReportLevel, words: WordSet]>;

/** The vocabulary's self-tier words, the lowest tier first (a town's 我镇 says more than its county's 我县). */
export function selfTiersOf(tiers: Pack['vocabulary']['selfTiers']): SelfTiers {
  const order: ReportLevel[] = ['township', 'county', 'city', 'province'];
  const out: SelfTiers = [];
  for (const tier of order) if (tiers?.[tier]?.length) out.push([tier, new WordSet(tiers[tier])]);
  return out;
}

/** The tier a text's words say its body belongs to (我县…: county), when its level is unread; else undefined. */
export function tierOfTiers(tiers: SelfTiers, text: string): ReportLevel | undefined {
  for (let k = 0; k < tiers.length; k++) if (tiers[k]![1].occursIn(text)) return tiers[k]![0];
  return undefined;
}
