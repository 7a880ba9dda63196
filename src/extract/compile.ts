import { WordSet } from './word-set.js';
import { othersNaming } from './other-cues.js';
import { CUE_GAP_MARK, cueAnchor, partsOf, type CueParts } from './split-cues.js';
import type { AuditorPattern, CompiledPattern } from '../pack/auditor-pattern.js';
import { CueScanner } from './cue-scan.js';
import type { FactDefinition, SectionDefinition } from '../model/pack.js';
import type { Pack } from '../pack/compiled-pack.js';
import { problem, type Problem } from '../problems/problem.js';
import { DEFAULT_MAX_GAP, NO_VALUE_GROUPS, numberedTwin, valuePattern, type ValueGroups } from './value-patterns.js';

export {
  DEFAULT_COUNT_UNITS,
  DEFAULT_MAX_GAP,
  group,
  nextValue,
  valueCharIn,
  valueMayStartIn,
  valuePattern,
} from './value-patterns.js';

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
  preferSections: FactDefinition['preferSections'];
  notInSections: FactDefinition['notInSections'];
  anyScope: FactDefinition['anyScope'];
  ownScopeFor: FactDefinition['ownScopeFor'];
  anyPeriod: FactDefinition['anyPeriod'];
  aggregate: FactDefinition['aggregate'];
  coverage: FactDefinition['coverage'];
  impliedBy: FactDefinition['impliedBy'];
  whenNegated: FactDefinition['whenNegated'];
  values: string[] | undefined;
  cues: string[];
  cuesAfterValue: string[];
  /**
   * the other facts' cues that follow their figure (30件调解成功, 1895名法律明白人): a figure read after this fact's cue
   * with one of them right after it is theirs (受理纠纷、30件调解成功 gives no 30 accepted)
   */
  othersAfterValue: WordSet;
  /** other count facts' plain cues naming none of this fact's words (调解成功共计80件 totals theirs: other-cues.ts) */
  othersNaming: WordSet;
  /** the words that, right after such a cue, make it none (被纠错率: its fact's notFollowedBy), by cue */
  afterValueNotFollowedBy: ReadonlyMap<string, readonly string[]>;
  notPrecededBy: string[];
  notFollowedBy: string[];
  exclude: string[];
  excludeInSentence: string[];
  /** the two lists as word sets: whether any of their words stands in a reach at all, before the reach is read closely */
  excludeWords: WordSet;
  /** the split exclude words' two sides (等…问题): a list of topics closed after the statement (claim-match.ts closedAsTopic) */
  excludeSplitWords: Array<readonly [string, string]>;
  excludeInSentenceWords: WordSet;
  /** words making a figure above 0 in their clause none of the fact's (被申请人: a respondent's cases) */
  excludeFigures: string[];
  otherKinds: string[];
  stageParts: string[];
  /** verbs a later clause repeats with its own subject and figure, the object unsaid (longest first) */
  repeatedVerbs: string[];
  notBetween: string[];
  /** cues whose statements count only when no other cue's does */
  weakCues: string[];
  weakUnless: string[];
  /** cues that count only in a sentence holding one of `context` */
  contextCues: string[];
  contextCuesAfterValue: string[];
  context: string[];
  /** words one of which that sentence must hold too (the topic beside the context's who) */
  contextAlso: string[];
  /** cues that count only in an item whose lead names one of `topics` (（三）普法宣传。开展…活动9场次) */
  topicCues: string[];
  topics: string[];
  /** the fact's domain: one of these words must stand near every statement (statement-place.ts inDomain), or undefined */
  domain: string[] | undefined;
  /** the thing whose stated absence is a zero (count facts) */
  zeroCues: string[];
  zeroPhrases: string[];
  /** the clause scopes the fact may be read from (all when absent) */
  scopes: Set<string> | undefined;
  maxGap: number;
  spanClauses: number;
  /** the value right after a cue (within maxGap), or the last one before a trailing cue */
  value: RegExp | undefined;
  /** the same, matching only where it is set to start */
  valueSticky: RegExp | undefined;
  /** both have their groups numbered (value-patterns.ts numberedTwin): where each named group is */
  valueGroups: Readonly<ValueGroups>;
  valueCues: Array<[value: string, cues: string[]]> | undefined;
  /** the same cues split once: the scanned word (anchor) and, for 执法骨干…培训, the other side */
  valueCueParts: CueParts[][] | undefined;
  /** the figure cues (cues) split once, as the value cues are: 执法人员…培训 */
  cueParts: CueParts[];
  /** the context cues split once the same way: 办公室…会议 */
  contextCueParts: CueParts[];
  /** the cues after a figure split once the same way: 4次召开党组会研究…法治 */
  afterValueCueParts: CueParts[];
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
  topicCues: number[];
  zeroCues: number[];
  zeroPhrases: number[];
  /** valueCueParts' anchors, by rank */
  anchors: number[][] | undefined;
  /** every id above that the scanner has: a fact none of them occurs for states nothing (but by its pattern) */
  all: Int32Array;
}

const NO_CUE_IDS: CueIds = {
  cues: [],
  contextCues: [],
  cuesAfterValue: [],
  contextCuesAfterValue: [],
  topicCues: [],
  zeroCues: [],
  zeroPhrases: [],
  anchors: undefined,
  all: new Int32Array(0),
};

function cueIdsOf(x: FactExtractor, scanner: CueScanner): CueIds {
  // a split cue (执法人员…培训) is scanned for by its anchor, as a value cue is
  const ids = (words: string[]) => words.map((w) => scanner.ids.get(cueAnchor(w)) ?? -1);
  const cueIds: CueIds = {
    cues: ids(x.cues),
    contextCues: ids(x.contextCues),
    cuesAfterValue: ids(x.cuesAfterValue),
    contextCuesAfterValue: ids(x.contextCuesAfterValue),
    topicCues: ids(x.topicCues),
    zeroCues: ids(x.zeroCues),
    zeroPhrases: ids(x.zeroPhrases),
    anchors: x.valueCueParts?.map((parts) => ids(parts.map((p) => p.anchor))),
    all: NO_CUE_IDS.all,
  };
  const { cues, contextCues, cuesAfterValue, contextCuesAfterValue, topicCues, zeroCues, zeroPhrases, anchors } =
    cueIds;
  const every = [
    cues,
    contextCues,
    cuesAfterValue,
    contextCuesAfterValue,
    topicCues,
    zeroCues,
    zeroPhrases,
    ...(anchors ?? []),
  ].flat();
  cueIds.all = Int32Array.from(new Set(every.filter((id) => id >= 0)));
  return cueIds;
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
const NO_WORDS = new WordSet();
const NO_CUES: ReadonlyMap<string, readonly string[]> = new Map();

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
  const notFollowed = new Map<string, string[]>();
  for (const o of facts)
    for (const cue of o.cuesAfterValue) notFollowed.set(cue, [...(notFollowed.get(cue) ?? []), ...o.notFollowedBy]);
  for (const x of facts) {
    x.cueIds = cueIdsOf(x, scanner);
    x.othersAfterValue = new WordSet(facts.flatMap((o) => (o === x ? [] : o.cuesAfterValue)));
    x.othersNaming = new WordSet(othersNaming(x, facts));
    x.afterValueNotFollowedBy = notFollowed;
  }
  return { facts, scanner, sections: pack.sections, problems };
}

function factExtractor(
  def: FactDefinition,
  dir: string,
  problems: Problem[],
  compiled: CompiledPattern | undefined,
): FactExtractor | undefined {
  const valueCues = def.valueCues ? Object.entries(def.valueCues) : undefined;
  const x = plainExtractor(def, valueCues);
  if (def.scopes) x.scopes = new Set(def.scopes);
  if (valueCues) {
    x.valueCues = valueCues;
    x.valueCueParts = valueCues.map(([, cues]) => cues.map(partsOf));
  }
  const value = valuePattern(def);
  if (value) {
    const search = numberedTwin(value, 'g');
    x.value = search.re;
    x.valueSticky = numberedTwin(value, 'y').re;
    x.valueGroups = search.groups;
  }
  if (def.pattern) {
    // Compiled (and checked with its position) when the pack was opened: pack.patterns.
    if (!compiled) throw new Error(`fact ${def.id}: its pattern was not compiled with the pack`);
    if ('error' in compiled) {
      const params = { pattern: def.pattern, fact: def.id, reason: compiled.error };
      problems.push(problem('pack.bad-pattern', `${dir}/facts.yaml`, params));
    } else x.pattern = compiled;
  }
  if (!x.value && !x.valueCues && !x.pattern && x.zeroCues.length === 0 && x.zeroPhrases.length === 0) return undefined;
  return x;
}

/**
 * A fact's extractor with the definition's words and settings, defaults filled in; what is
 * compiled (patterns, value cues, scopes, cue ids) is set after. Every key is present, so every
 * extractor has one shape.
 */
function plainExtractor(def: FactDefinition, valueCues: Array<[string, string[]]> | undefined): FactExtractor {
  const contextCues = def.context ? (def.contextCues ?? []) : [];
  const contextCuesAfterValue = def.context ? (def.contextCuesAfterValue ?? []) : [];
  const topicCues = def.topics ? (def.topicCues ?? []) : [];
  return {
    def,
    id: def.id,
    type: def.type,
    roles: def.roles,
    inSections: def.inSections,
    preferSections: def.preferSections,
    notInSections: def.notInSections,
    anyScope: def.anyScope,
    ownScopeFor: def.ownScopeFor,
    anyPeriod: def.anyPeriod,
    aggregate: def.aggregate,
    coverage: def.coverage,
    impliedBy: def.impliedBy,
    whenNegated: def.whenNegated,
    values: def.values,
    cues: def.cues ?? [],
    cueParts: (def.cues ?? []).map(partsOf),
    contextCueParts: contextCues.map(partsOf),
    afterValueCueParts: (def.cuesAfterValue ?? []).map(partsOf),
    cuesAfterValue: def.cuesAfterValue ?? [],
    othersAfterValue: NO_WORDS,
    othersNaming: NO_WORDS,
    afterValueNotFollowedBy: NO_CUES,
    notPrecededBy: def.notPrecededBy ?? [],
    notFollowedBy: def.notFollowedBy ?? [],
    ...excludeFields(def),
    excludeFigures: def.excludeFigures ?? [],
    otherKinds: def.otherKinds ?? [],
    stageParts: def.stageParts ?? [],
    repeatedVerbs: [...(def.repeatedVerbs ?? [])].sort((a, b) => b.length - a.length),
    notBetween: def.notBetween ?? [],
    weakCues: def.weakCues ?? [],
    weakUnless: def.weakUnless ?? [],
    contextCues,
    contextCuesAfterValue,
    context: def.context ?? [],
    contextAlso: def.contextAlso ?? [],
    topicCues,
    topics: def.topics ?? [],
    domain: def.domain,
    zeroCues: def.zeroCues ?? [],
    zeroPhrases: def.zeroPhrases ?? [],
    maxGap: def.maxGap ?? DEFAULT_MAX_GAP,
    spanClauses: def.spanClauses ?? 1,
    lookedFor: lookedForOf(def, valueCues, [contextCues, contextCuesAfterValue, topicCues]),
    scopes: undefined,
    value: undefined,
    valueSticky: undefined,
    valueGroups: NO_VALUE_GROUPS,
    valueCues: undefined,
    valueCueParts: undefined,
    pattern: undefined,
    cueIds: NO_CUE_IDS,
  };
}

/** A fact's exclude words, literal and split (等…问题), each with the word set that finds them in the text first. */
function excludeFields(def: FactDefinition) {
  return {
    exclude: def.exclude ?? [],
    excludeInSentence: def.excludeInSentence ?? [],
    // (a split word, 等…问题, is looked for by its first side)
    excludeWords: new WordSet(def.exclude?.map((w) => w.split(CUE_GAP_MARK)[0]!)),
    excludeSplitWords: (def.exclude ?? [])
      .filter((w) => w.includes(CUE_GAP_MARK))
      .map((w) => [w.slice(0, w.indexOf(CUE_GAP_MARK)), w.slice(w.indexOf(CUE_GAP_MARK) + 1)] as const),
    excludeInSentenceWords: new WordSet(def.excludeInSentence),
  };
}

/** Every word a fact is looked for by, once each, as the `unstated` list says it. */
function lookedForOf(
  def: FactDefinition,
  valueCues: Array<[string, string[]]> | undefined,
  readCues: string[][],
): string[] {
  return [
    ...new Set([
      ...(def.cues ?? []),
      ...(def.cuesAfterValue ?? []),
      ...(valueCues ?? []).flatMap(([, c]) => c),
      ...readCues.flat(),
      ...(def.zeroCues ?? []),
      ...(def.zeroPhrases ?? []),
    ]),
  ];
}
