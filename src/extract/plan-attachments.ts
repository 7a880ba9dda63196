import { lineEnd, pastBlankLines, pastBlanks } from './line-spans.js';
import { holdsAny } from './claim-match.js';
import type { TextIndex } from './text-index.js';
import type { WordSet } from './word-set.js';

/*
 * An attachment listing the next year's tasks (附件3：2026年重点任务清单) states plans, as the report's own next-year part
 * does: what it lists is no result, though the attachment is no part of the report (the statutory parts are the body's).
 * Its title opens with an attachment word (vocabulary `attachment`: 附件), and names a later year than the report's or
 * a next-year plan's heading word (sections.yaml next_year_plan cues: 下一年度, 明年, 打算 …); it runs to the next
 * attachment or the document's end.
 */

/** The spans of the attachments that list the next year's tasks, in text order. */
export function planAttachments(
  index: TextIndex,
  marks: WordSet,
  year: number | undefined,
  planWords: readonly string[],
): Array<[number, number]> {
  if (marks.size === 0 || !marks.occursIn(index.text)) return [];
  const text = index.text;
  const titles: Array<{ at: number; plan: boolean }> = [];
  // the titles a listing line gives its attachments by number (附件：1.2024年度主要数据表；2.2025年度任务清单)
  const listed = new Map<string, string>();
  for (let at = 0; at < text.length; at = lineEnd(text, at) + 1) {
    const start = pastBlanks(text, at);
    const mark = marks.at(text, start);
    if (mark === undefined || !ATTACHMENT_TITLE.test(text.slice(start + mark.length, start + mark.length + 4)))
      continue;
    let title = text.slice(start, lineEnd(text, start));
    const rest = title.slice(mark.length);
    for (const piece of rest.split(ENTRY_SEPARATOR)) {
      const entry = LISTED_ENTRY.exec(piece);
      if (entry) listed.set(entry[1]!, entry[2]!);
    }
    // the word alone on its line (附件⏎某区2026年法治政府建设工作要点): the next line is the title — or, numbered, the title
    // a listing line gave its number
    if (BARE_MARK.test(rest)) {
      const given = listed.get(rest.replace(/[\s：:]/gu, ''));
      if (given !== undefined) title += ` ${given}`;
      else {
        const next = pastBlankLines(text, lineEnd(text, start));
        title += text.slice(next, lineEnd(text, next));
      }
    }
    titles.push({ at, plan: laterYear(title, year) || holdsAny(title, planWords) });
  }
  const spans: Array<[number, number]> = [];
  for (let k = 0; k < titles.length; k++)
    if (titles[k]!.plan) spans.push([titles[k]!.at, titles[k + 1]?.at ?? text.length]);
  return spans;
}

/** After the attachment word: its number, if any, then a colon or a space (附件3：, 附件：, 附件 2 ). */
const ATTACHMENT_TITLE = /^\s*[\d０-９一二三四五六七八九十]*\s*[：:\s]/u;

/** Nothing after the attachment word but its number and a colon (附件, 附件2：). */
const BARE_MARK = /^\s*[\d０-９一二三四五六七八九十]*\s*[：:]?\s*$/u;

/**
 * A numbered entry of a listing line, between its separators: its number, then its title (1.2024年度主要数据表; the
 * index's text has full-width digits made ASCII, so 附件２ is 附件2).
 */
const LISTED_ENTRY = /^\s*[：:]?\s*(\d+)\s*[.．、]\s*(\S.*)$/u;
const ENTRY_SEPARATOR = /[；;]/u;

/** Whether the title names a year after the report year (2026年 in a 2025 report). */
function laterYear(title: string, year: number | undefined): boolean {
  if (year === undefined) return false;
  for (const m of title.matchAll(YEAR)) if (Number(m[1]) > year) return true;
  return false;
}

const YEAR = /(?<!\d)(20\d\d)(?:年|\s*年度)/gu;
