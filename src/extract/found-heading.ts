import type { Evidence } from '../model/common.js';
import type { SectionDefinition } from '../model/pack.js';
import { headingKinds } from './heading-kinds.js';
import { SCHEMES } from './heading-levels.js';
import type { TextIndex } from './text-index.js';

/** A heading found in the text: a part of the report, or a sub-part that counts as a part of its own. */
export interface FoundHeading {
  /**
   * The statutory part the heading names (the first, for a merged heading), or undefined when
   * it names none. An unnamed heading still ends the part before it, so facts under it are not
   * read as that part's; it is not “其他需要报告的情况” unless it says so.
   */
  kind: string | undefined;
  /** every part the heading names, in the order it names them: 一、主要举措、成效及存在的问题 names two */
  kinds: string[];
  /** offset of the heading's first character; a part runs to the next part's heading */
  offset: number;
  text: string;
  evidence: Evidence;
  /** a clearly titled sub-part inside another part ((三)主要负责人履行第一责任人职责情况) */
  nested?: boolean;
}

/** The heading's words after its number, classified. */
export function heading(index: TextIndex, offset: number, text: string, sections: SectionDefinition[]): FoundHeading {
  const kinds = headingKinds(stripNumber(text), sections);
  return { kind: kinds[0], kinds, offset, text, evidence: index.evidence(offset, offset + text.length) };
}

/** A heading's number, in any of the numbering schemes (一、, （一）, 1., 第一部分 …). */
export const NUMBER = new RegExp(`^\\s*(?:${SCHEMES.map((s) => s.source).join('|')})\\s*`, 'u');
export const stripNumber = (s: string) => s.replace(NUMBER, '');
