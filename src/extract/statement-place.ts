import { holdsAny } from './claim-match.js';
import type { FoundHeading } from './sections.js';
import type { TextIndex } from './text-index.js';

/*
 * Where a statement stands, as the judge of every fact reads it: in a part of the kinds a fact is read from, near
 * words of the fact's domain, or in the clause announcing the report (现将…报告如下), which claims nothing.
 */

/**
 * How far either side of a statement's sentence a domain word still frames it (针对上年度督察指出的
 * 问题…。上述问题已整改到位 / 调解成功率98%。有效化解矛盾纠纷…): a paragraph's reach, not a clause's.
 */
const DOMAIN_REACH = 200;

/** Whether the part's heading, the statement's sentence or the text within reach around it (not before its part) holds a domain word. */
export function inDomain(index: TextIndex, part: FoundHeading | undefined, at: number, words: string[]): boolean {
  if (part && holdsAny(part.text, words)) return true;
  const sentence = index.sentence(at);
  const from = Math.max(part ? part.offset : 0, sentence[0] - DOMAIN_REACH);
  return holdsAny(index.text.slice(from, sentence[1] + DOMAIN_REACH), words);
}

/** Whether the clause at `at` ends by announcing what follows (…报告如下, …汇报如下). */
export function announcesReport(index: TextIndex, at: number): boolean {
  const [, ce] = index.clause(at);
  return ce >= 2 && index.text.charCodeAt(ce - 1) === XIA && index.text.charCodeAt(ce - 2) === RU;
}

/** 如, 下 */
const RU = 0x5982;
const XIA = 0x4e0b;

/** Whether a part names one of the kinds a fact is read from. */
export function sharesKind(kinds: string[], inSections: string[]): boolean {
  for (let k = 0; k < kinds.length; k++) if (inSections.includes(kinds[k]!)) return true;
  return false;
}
