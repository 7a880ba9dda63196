import type { AuditorPattern, CompiledPattern } from '../pack/auditor-pattern.js';
import { CueScanner } from './cue-scan.js';
import type { FactDefinition, SectionDefinition } from '../model/pack.js';
import type { Pack } from '../pack/compiled-pack.js';
import { problem, type Problem } from '../problems/problem.js';
import { CHINESE_NUMERAL_CHARS } from './numbers.js';
import { CodeSet } from './code-set.js';

/** Count units a number may carry when a fact names none of its own. */
export const DEFAULT_COUNT_UNITS = [
  '件',
  '宗',
  '份',
  '本',
  '起',
  '次',
  '人次',
  '场',
  '场次',
  '期',
  '人',
  '名',
  '个',
  '家',
  '条',
  '项',
  '篇',
  '批',
  '户',
  '所',
];
export const DEFAULT_MAX_GAP = 12;

const NUM = `(?:\\d{1,3}(?:[,，]\\d{3})+|\\d+(?:\\.\\d+)?)`;
const CN_MULTI = `[${CHINESE_NUMERAL_CHARS}]{2,}`;
const CN_ONE = `[${CHINESE_NUMERAL_CHARS}]`;
/** Words that make a figure after them approximate (the patterns' `pre` group). */
const APPROX_WORDS = ['约', '近', '超过', '逾'];
const APPROX_BEFORE = `(?<pre>${APPROX_WORDS.join('|')})?\\s*`;

/**
 * Every character a value pattern's match (valuePattern) can begin with: an approximation
 * word's first, a blank (\s, after an empty `pre`), an Arabic digit or a Chinese numeral (百 of
 * 百分之 among them). Where none stands, no figure begins and the pattern need not be run.
 */
const VALUE_START = new RegExp(`^(?:[${APPROX_WORDS.map((w) => w[0]).join('')}]|\\s|\\d|[${CHINESE_NUMERAL_CHARS}])`);
/** VALUE_START by UTF-16 unit, filled in as units are met: 0 unknown, 1 yes, 2 no. */
const VALUE_START_UNITS = new Uint8Array(65536);

/** Whether a value pattern's match may begin at one of the positions [from, to). */
export function valueMayStartIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    let known = VALUE_START_UNITS[c]!;
    if (known === 0) VALUE_START_UNITS[c] = known = VALUE_START.test(String.fromCharCode(c)) ? 1 : 2;
    if (known === 1) return true;
  }
  return false;
}

/** Whether [from, to) holds a character every value pattern's match has: a digit or a Chinese numeral. */
export function valueCharIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || CHINESE_NUMERAL_CODES.has(c)) return true;
  }
  return false;
}
const CHINESE_NUMERAL_CODES = new CodeSet(CHINESE_NUMERAL_CHARS);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One fact made ready for extraction: its cue lists and the value pattern of its type. Every
 * extractor has every field (undefined when unused), and the definition's fields the judging
 * reads are copied here: the pack's definitions all differ in shape, and reading them for
 * every fact of every document made the optimised code deoptimise and recompile.
 */
export interface FactExtractor {
  def: FactDefinition;
  id: string;
  type: FactDefinition['type'];
  roles: FactDefinition['roles'];
  inSections: FactDefinition['inSections'];
  anyScope: FactDefinition['anyScope'];
  anyPeriod: FactDefinition['anyPeriod'];
  aggregate: FactDefinition['aggregate'];
  coverage: FactDefinition['coverage'];
  whenNegated: FactDefinition['whenNegated'];
  values: string[] | undefined;
  cues: string[];
  cuesAfterValue: string[];
  notPrecededBy: string[];
  notFollowedBy: string[];
  exclude: string[];
  /** cues that count only in a sentence holding one of `context` */
  contextCues: string[];
  contextCuesAfterValue: string[];
  context: string[];
  /** the thing whose stated absence is a zero (count facts) */
  zeroCues: string[];
  /** the clause scopes the fact may be read from (all when absent) */
  scopes: Set<string> | undefined;
  maxGap: number;
  spanClauses: number;
  /** the value right after a cue (within maxGap), or the last one before a trailing cue */
  value: RegExp | undefined;
  /** the same, matching only where it is set to start */
  valueSticky: RegExp | undefined;
  valueCues: Array<[value: string, cues: string[]]> | undefined;
  /** the same cues split once: the scanned word (anchor) and, for 执法骨干…培训, the other side */
  valueCueParts: Array<Array<{ first: string; second?: string; anchor: string }>> | undefined;
  pattern: AuditorPattern | undefined;
  /** the scanner's ids of the cue lists (cue-scan.ts), set once the pack's scanner is built */
  cueIds: CueIds;
  /** every word the extractor looked for, for “not stated” messages */
  lookedFor: string[];
}

/**
 * Each cue list's words as the pack's scanner numbers them (-1 for a word it does not scan), in
 * the lists' order: a fact's hits are read by number, not by looking every cue up by its words
 * in every document.
 */
export interface CueIds {
  cues: number[];
  contextCues: number[];
  cuesAfterValue: number[];
  contextCuesAfterValue: number[];
  zeroCues: number[];
  /** valueCueParts' anchors, by rank */
  anchors: number[][] | undefined;
}

const NO_CUE_IDS: CueIds = {
  cues: [],
  contextCues: [],
  cuesAfterValue: [],
  contextCuesAfterValue: [],
  zeroCues: [],
  anchors: undefined,
};

function cueIdsOf(x: FactExtractor, scanner: CueScanner): CueIds {
  const ids = (words: string[]) => words.map((w) => scanner.ids.get(w) ?? -1);
  return {
    cues: ids(x.cues),
    contextCues: ids(x.contextCues),
    cuesAfterValue: ids(x.cuesAfterValue),
    contextCuesAfterValue: ids(x.contextCuesAfterValue),
    zeroCues: ids(x.zeroCues),
    anchors: x.valueCueParts?.map((parts) => ids(parts.map((p) => p.anchor))),
  };
}

export interface SectionMatcher {
  def: SectionDefinition;
}

export interface CompiledExtraction {
  facts: FactExtractor[];
  /** every cue of every fact, found in one pass per document */
  scanner: CueScanner;
  sections: SectionDefinition[];
  problems: Problem[];
}

const cache = new WeakMap<Pack, CompiledExtraction>();

/** Compiled once per pack and reused for every document. */
export function compileExtraction(pack: Pack): CompiledExtraction {
  let compiled = cache.get(pack);
  if (!compiled) {
    compiled = compile(pack);
    cache.set(pack, compiled);
  }
  return compiled;
}

function compile(pack: Pack): CompiledExtraction {
  const problems: Problem[] = [];
  const facts: FactExtractor[] = [];
  for (const def of pack.facts) {
    if (def.extract === false) continue;
    const x = factExtractor(def, pack.dir, problems, pack.patterns.get(def.id));
    if (x) facts.push(x);
  }
  const scanner = new CueScanner(facts.flatMap((x) => x.lookedFor.map(cueAnchor)));
  for (const x of facts) x.cueIds = cueIdsOf(x, scanner);
  return { facts, scanner, sections: pack.sections, problems };
}

function factExtractor(
  def: FactDefinition,
  dir: string,
  problems: Problem[],
  compiled: CompiledPattern | undefined,
): FactExtractor | undefined {
  const valueCues = def.valueCues ? Object.entries(def.valueCues) : undefined;
  const x: FactExtractor = {
    def,
    id: def.id,
    type: def.type,
    roles: def.roles,
    inSections: def.inSections,
    anyScope: def.anyScope,
    anyPeriod: def.anyPeriod,
    aggregate: def.aggregate,
    coverage: def.coverage,
    whenNegated: def.whenNegated,
    values: def.values,
    cues: def.cues ?? [],
    cuesAfterValue: def.cuesAfterValue ?? [],
    notPrecededBy: def.notPrecededBy ?? [],
    notFollowedBy: def.notFollowedBy ?? [],
    exclude: def.exclude ?? [],
    contextCues: def.context ? (def.contextCues ?? []) : [],
    contextCuesAfterValue: def.context ? (def.contextCuesAfterValue ?? []) : [],
    context: def.context ?? [],
    zeroCues: def.zeroCues ?? [],
    maxGap: def.maxGap ?? DEFAULT_MAX_GAP,
    spanClauses: def.spanClauses ?? 1,
    lookedFor: [
      ...new Set([
        ...(def.cues ?? []),
        ...(def.cuesAfterValue ?? []),
        ...(valueCues ?? []).flatMap(([, c]) => c),
        ...(def.context ? (def.contextCues ?? []) : []),
        ...(def.context ? (def.contextCuesAfterValue ?? []) : []),
        ...(def.zeroCues ?? []),
      ]),
    ],
    scopes: undefined,
    value: undefined,
    valueSticky: undefined,
    valueCues: undefined,
    valueCueParts: undefined,
    pattern: undefined,
    cueIds: NO_CUE_IDS,
  };
  if (def.scopes) x.scopes = new Set(def.scopes);
  if (valueCues) {
    x.valueCues = valueCues;
    x.valueCueParts = valueCues.map(([, cues]) =>
      cues.map((cue) => {
        const [first, second] = splitCue(cue);
        return second === undefined ? { first, anchor: cueAnchor(cue) } : { first, second, anchor: cueAnchor(cue) };
      }),
    );
  }
  const value = valuePattern(def);
  if (value) {
    x.value = value;
    x.valueSticky = new RegExp(value.source, 'y');
  }
  if (def.pattern) {
    // Compiled (and checked with its position) when the pack was opened: pack.patterns.
    if (!compiled) throw new Error(`fact ${def.id}: its pattern was not compiled with the pack`);
    if ('error' in compiled)
      problems.push(
        problem('pack.bad-pattern', `${dir}/facts.yaml`, {
          pattern: def.pattern,
          fact: def.id,
          reason: compiled.error,
        }),
      );
    else x.pattern = compiled;
  }
  if (!x.value && !x.valueCues && !x.pattern && x.zeroCues.length === 0) return undefined;
  return x;
}

/** The mark that splits a value cue into two words in order in one clause (执法骨干…培训). */
export const CUE_GAP_MARK = '…';
/** At most this many characters between the two words of a split cue (述职报告中就履行法治建设职责情况专门述法). */
export const CUE_GAP = 20;

/** A cue's words: one, or the two sides of 执法骨干…培训. */
function splitCue(cue: string): [string, string?] {
  const i = cue.indexOf(CUE_GAP_MARK);
  return i < 0 ? [cue] : [cue.slice(0, i), cue.slice(i + CUE_GAP_MARK.length)];
}

/** The word of a cue the scanner looks for: the cue itself, or the longer (rarer) side of a split cue (通报 in 被…通报). */
function cueAnchor(cue: string): string {
  const [first, second] = splitCue(cue);
  return second !== undefined && second.length > first.length ? second : first;
}

/** The value regex of a fact type; group names: pre (approximation word), n (number), cn (Chinese numeral), post, wan. */
export function valuePattern(def: FactDefinition): RegExp | undefined {
  switch (def.type) {
    case 'percent':
      return new RegExp(`${APPROX_BEFORE}(?:(?<n>${NUM})\\s*[%％]|百分之(?<cn>百|[${CHINESE_NUMERAL_CHARS}点]+))`, 'g');
    case 'count': {
      const units = [
        ...new Set([
          ...(def.units ?? []),
          ...(def.unit && !def.units ? [def.unit] : []),
          ...(def.units ? [] : DEFAULT_COUNT_UNITS),
        ]),
      ]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|');
      // A one-character Chinese numeral is a count with 余/多 (三十余场次), or alone right after its cue
      // (纠错四件; the reader checks the distance); 一 alone never is: 一起 / 一批 are words.
      return new RegExp(
        `${APPROX_BEFORE}(?:(?<n>${NUM})\\s*(?<post>余|多)?\\s*(?<wan>万)?|(?<cn>${CN_MULTI})\\s*(?<post3>余|多)?|(?<cn1>${CN_ONE})\\s*(?<post4>余|多)|(?<cn1s>[二两三四五六七八九十]))\\s*(?<post2>余|多)?\\s*(?:${units})`,
        'g',
      );
    }
    case 'number':
      return new RegExp(`${APPROX_BEFORE}(?<n>${NUM})`, 'g');
    case 'date':
      return /(?<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2})/g;
    default:
      return undefined;
  }
}
