import type { VocabularyFile } from '../model/vocabulary.js';
import { parseNumeral } from './numbers.js';

/** A phrase that tells which part of the year the text reports. */
export interface PeriodPhrase {
  offset: number;
  end: number;
  kind: 'part' | 'full';
}

interface Compiled {
  /** part-year phrases; a `m` group is a month that must be before December */
  part: RegExp;
  partIfInYear: RegExp | undefined;
  full: RegExp | undefined;
}

const MONTH = '(?:(?<y>(?:19|20)\\d{2})\\s*年\\s*)?(?<m>\\d{1,2}|[一二三四五六七八九十]{1,3})';
const DAY = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})';
const DASH = '[-－—–~～]';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A vocabulary phrase as a pattern: {m} a month (maybe after a year), {d} a day, a dash any dash, a digit not inside a longer number. */
function phrasePattern(word: string, groupIndex: number): string {
  let month = 0;
  const tokens = word.split(/(\{m\}|\{d\})/).flatMap((t) => (t === '{m}' || t === '{d}' ? [t] : [...t]));
  return tokens
    .map((t, i) => {
      if (t === '{m}') return MONTH.replace('<y>', `<y${groupIndex}_${month}>`).replace('<m>', `<m${groupIndex}_${month++}>`) + '\\s*';
      if (t === '{d}') return DAY + '\\s*';
      if (/[-－—–~～]/.test(t)) return `\\s*${DASH}+\\s*`;
      if (/\d/.test(t)) return (/\d/.test(tokens[i - 1] ?? '') ? '' : '(?<!\\d)') + t + (/\d/.test(tokens[i + 1] ?? '') ? '' : '(?!\\d)\\s*');
      return escape(t);
    })
    .join('');
}

const cache = new WeakMap<VocabularyFile, Compiled>();

function compiled(vocabulary: VocabularyFile): Compiled {
  let c = cache.get(vocabulary);
  if (!c) {
    // no u flag: the phrases are BMP characters, and V8 scans a non-unicode pattern faster
    const alt = (words: string[] | undefined) => (words && words.length > 0 ? new RegExp(words.map((w, i) => `(?:${phrasePattern(w, i)})`).join('|'), 'g') : undefined);
    c = {
      part: alt(vocabulary.partYear) ?? /(?!)/g,
      partIfInYear: alt(vocabulary.partYearIfInYear),
      full: alt(vocabulary.fullYear),
    };
    cache.set(vocabulary, c);
  }
  return c;
}

/**
 * The period the report covers.
 *
 * part_year takes two part-year phrases (截至9月底 … 1-9月), or one and no full-year phrase
 * (全年, 一年来, 1-12月): a single 截至9月底 in an otherwise annual report dates one figure, not
 * the report. “今年以来 / 截至目前” count only in a report dated inside the report year before
 * December — written after the year ends they mean the whole year. full_year needs the year
 * known and no part-year finding.
 */
export function readPeriod(
  text: string,
  vocabulary: VocabularyFile,
  context: { year?: number; documentDate?: string },
): { period: 'part_year' | 'full_year'; phrase?: PeriodPhrase; parts: PeriodPhrase[]; full: PeriodPhrase[] } | undefined {
  const c = compiled(vocabulary);
  const parts: PeriodPhrase[] = [];
  c.part.lastIndex = 0;
  for (let m = c.part.exec(text); m; m = c.part.exec(text)) {
    const groups = Object.entries(m.groups ?? {}).filter(([, v]) => v !== undefined);
    const month = groups.find(([k]) => k.startsWith('m'))?.[1];
    const n = month === undefined ? undefined : parseNumeral(month);
    if (month !== undefined && (n === undefined || n < 1 || n >= 12)) continue;
    // 截至2023年9月底 in a 2024 report dates a past figure, not the period reported
    const year = groups.find(([k]) => k.startsWith('y'))?.[1];
    if (year !== undefined && context.year !== undefined && Number(year) !== context.year) continue;
    parts.push({ offset: m.index, end: m.index + m[0].length, kind: 'part' });
  }
  if (c.partIfInYear && context.year !== undefined && context.documentDate) {
    const [y, mo] = context.documentDate.split('-').map(Number);
    if (y === context.year && mo! < 12) {
      c.partIfInYear.lastIndex = 0;
      for (let m = c.partIfInYear.exec(text); m; m = c.partIfInYear.exec(text)) parts.push({ offset: m.index, end: m.index + m[0].length, kind: 'part' });
    }
  }
  parts.sort((a, b) => a.offset - b.offset);
  const full: PeriodPhrase[] = [];
  if (c.full) {
    c.full.lastIndex = 0;
    for (let m = c.full.exec(text); m; m = c.full.exec(text)) full.push({ offset: m.index, end: m.index + m[0].length, kind: 'full' });
  }
  if (parts.length >= 2 || (parts.length === 1 && full.length === 0)) return { period: 'part_year', phrase: parts[0]!, parts, full };
  if (context.year !== undefined) return { period: 'full_year', ...(full[0] ? { phrase: full[0] } : {}), parts, full };
  return undefined;
}
