import { qualifiesNoun } from './draft-objects.js';
import type { Pack } from '../pack/compiled-pack.js';
import type { ReportLevel } from '../model/report.js';
import { WordSet } from './word-set.js';
import { selfTiersOf, tierOfTiers, type SelfTiers } from './self-tiers.js';
import { bodyNamePattern } from './body-name-pattern.js';

/** The pack's judgement words (vocabulary.yaml), ready for bounded-window searches. */
export interface ClaimWords {
  negation: WordSet;
  target: WordSet;
  partial: WordSet;
  /** words a negation before them denies only in part (尚未全面, 落实不到位) */
  totality: WordSet;
  /** words after a claim that say it falls short (落实得不够好, 有待加强) */
  insufficient: WordSet;
  partialSubjects: WordSet;
  otherYear: WordSet;
  /** words dating a figure to part of the year (上半年; months: time.ts), not the year's; none in a part-year report */
  partOfYear: WordSet;
  comparison: WordSet;
  change: WordSet;
  level: WordSet;
  thisYear: WordSet;
  thatYear: WordSet;
  /** a clause naming who directed the work (按照区委部署，…): scope.ts */
  directing: WordSet;
  directions: WordSet;
  topTiers: WordSet;
  tierCounts: WordSet;
  labelHeads: WordSet;
  answerLabels: WordSet;
  planContent: WordSet;
  /** words opening the places an activity was held at (在, 深入) */
  placeOpeners: WordSet;
  /** a form's yes-or-no questions and their answers (question-answers.ts) */
  questions: WordSet;
  answersYes: WordSet;
  answersNo: WordSet;
  eventSpan: WordSet;
  zero: WordSet;
  zeroAfter: WordSet;
  zeroNouns: WordSet;
  handling: WordSet;
  done: WordSet;
  from: WordSet;
  changeBase: WordSet;
  perUnit: WordSet;
  /** words opening a clause that breaks down the one before it (其中) */
  breakdown: WordSet;
  /** disposal markers (将, 把) and the verbs they put their object to (纳入, 作为): 将…纳入 is no target */
  disposalMarkers: WordSet;
  disposalVerbs: WordSet;
  disposalFuture: WordSet;
  /** a body named beside the units under it (镇政府及23个村): the body words, and the words joining them */
  unitBodies: WordSet;
  unitJoiners: WordSet;
  /** words after which a figure is what is left over (其余, 剩余) */
  remainder: WordSet;
  actual: WordSet;
  partners: WordSet; // 联合, 会同: no body's name runs across one
  assisting: WordSet; // 配合: with no subject named, the partner acts
  /** words saying a matter does not apply to the reporter (不涉及) */
  notApplicable: WordSet;
  /** words naming an intake's new part (新收) and what was carried over from the year before (结转) */
  newIntake: WordSet;
  carriedOver: WordSet;
  /** words opening a sentence that tells more of what the one before counted (此外, 另外) */
  addition: WordSet;
  draftMarks: WordSet; // target words qualifying a noun: 拟出台的规范性文件 (draft-objects.ts)
  additionVerbs: WordSet;
  unitsUnder: WordSet;
  alreadyCounted: WordSet;
  ownArms: WordSet;
  ownOffices: WordSet;
  subjectNouns: WordSet;
  opinionNouns: WordSet;
  subjectlessLeads: WordSet;
  examples: WordSet;
  exampleOpeners: WordSet;
  exampleClosers: WordSet;
  caseKinds: WordSet;
  /** words naming a table's column of remarks (备注) */
  remarkColumn: WordSet;
  /** 单位: words naming a table's column of units */
  unitColumn: WordSet;
  /** 序号: words naming a table's column numbering its rows */
  serialColumn: WordSet;
  /** words that deny the none right after them (并非没有) */
  deniedNone: WordSet;
  /** words naming one round or batch of an activity (第1轮, 第二批) */
  rounds: WordSet;
  /** words saying a figure is a part taken in by another (包含, 包括) */
  inclusion: WordSet;
  continuing: WordSet;
  /** words saying a sentence corrects a figure told before it (经核实, 更正) */
  correction: WordSet;
  /** words restating a figure right before the restated one (准确数为, 经核实为) */
  restatement: WordSet;
  /** words setting a time for a claim right after it (将于, 安排在): it is not yet done */
  scheduled: WordSet;
  suggestion: WordSet;
  asOf: WordSet;
  /** words saying all of a claim's subject did it, right before a coverage fact's claim (均, 全部) */
  allOf: WordSet;
  /** words naming a table's done column (完成值) */
  doneColumn: WordSet;
  /** own scope words naming the reporter's head or leading group (局长, 局党组), not the body */
  ownLeaders: WordSet;
  /** words closing a figure-only clause: who took part (32人参加) */
  attending: WordSet;
  cumulative: WordSet;
  rateBoundsBefore: WordSet;
  rateBoundsAfter: WordSet;
  /** nouns right after a figure that make it a goal (600名任务) */
  goalNouns: WordSet;
  /** nouns right after a figure that count groups of the thing (三个方面) */
  groupNouns: WordSet;
  /** words right after a figure that make it a bound, not the figure (控制在5%以内) */
  bounds: WordSet;
  zeroQualifiers: WordSet;
  selfActing: WordSet;
  selfKinds: WordSet;
  /** words naming what became of a case (败诉, 纠错): zero.ts outcomeShared */
  caseOutcomes: WordSet;
  /** 其他: a none of others besides those told (无其他行政诉讼案件), no zero of the whole */
  others: WordSet;
  activityVerbs: WordSet;
  postponement: WordSet;
  /** 附件: the word opening an attachment's title line */
  attachment: WordSet;
  /** 复议决定: after a body's name, the body decides on the reporter's case and opens no span */
  deciding: WordSet;
  /** 据 … 统计: a sentence naming the body whose figures it gives */
  sourceMarkers: WordSet;
  sourceVerbs: WordSet;
  /** 组织 … 负责人: a handling verb whose scope word's units act through their heads (组织各部门主要负责人开展述法) */
  pivotVerbs: WordSet;
  pivotHeads: WordSet;
  /** 没有一个 … 不: a none-of quantifier then a negation before a claim — all did it */
  noneOf: WordSet;
  innerNegations: WordSet;
  /** 取消: an activity called off */
  cancellation: WordSet;
  /** 原定, 原计划: the plan a later clause may put off */
  priorPlan: WordSet;
  /** words pairing a list of figures with a list of items before them (分别, 依次) */
  respectively: WordSet;
  /** ordinary words (未成年人, 主要) that contain a judgement word without judging */
  ordinary: WordSet;
  ordinaryReach: number;
  /** a body's name opening a sentence (县司法局, 区普法办公室…): a level word, a few characters, a role ending */
  bodyName: RegExp | undefined;
  /** bodies outside the executive that count cases of their own (人民法院): a clause they open gives their figures */
  caseBodies: readonly string[];
  /** a township's role endings, which alone name a township's government (镇政府组织…, 街道办事处…) */
  townshipNouns: WordSet;
  /** what a body calls the place it belongs to, by tier (我县 → county), lowest tier first */
  selfTiers: SelfTiers;
  /** every scope word, and the scope each names */
  scopeWords: WordSet;
  /** 为: right before a scope word an activity verb follows, those the activity is held for (scope.ts heldFor) */
  beneficiary: WordSet;
  scopeOf: Map<string, string>;
}

const cache = new WeakMap<object, ClaimWords>();
const NO_VOCABULARY: NonNullable<Pack['vocabulary']> = {};

export function claimWords(pack: Pack): ClaimWords {
  return claimWordsOf(pack.vocabulary ?? NO_VOCABULARY);
}
const partYearCache = new WeakMap<object, ClaimWords>();

/** A part-year report's words: no part of the year dates a figure away (the same literal: one shape where read). */
export function partYearWords(pack: Pack): ClaimWords {
  const vocabulary = pack.vocabulary ?? NO_VOCABULARY;
  const p = partYearCache.get(vocabulary) ?? compileClaimWords({ ...vocabulary, partOfYear: [] });
  partYearCache.set(vocabulary, p);
  return p;
}

/** The judgement words of a vocabulary, compiled once per vocabulary object. */
export function claimWordsOf(vocabulary: NonNullable<Pack['vocabulary']>): ClaimWords {
  const w = cache.get(vocabulary) ?? compileClaimWords(vocabulary);
  cache.set(vocabulary, w);
  return w;
}

// Long: one line per vocabulary list, the whole map from the pack's lists to the judging words in one place
function compileClaimWords(v: Pack['vocabulary']): ClaimWords {
  const scopeOf = new Map<string, string>();
  for (const [scope, words] of Object.entries(v.scopes ?? {}))
    for (const word of words) if (!scopeOf.has(word)) scopeOf.set(word, scope);
  const ordinary = v.ordinary ?? [];
  return {
    negation: new WordSet(v.negation),
    target: new WordSet(v.target),
    partial: new WordSet(v.partial),
    totality: new WordSet(v.totality),
    insufficient: new WordSet(v.insufficient),
    partialSubjects: new WordSet(v.partialSubjects),
    otherYear: new WordSet(v.otherYear),
    partOfYear: new WordSet(v.partOfYear),
    comparison: new WordSet(v.comparison),
    change: new WordSet(v.change),
    level: new WordSet(v.level),
    thisYear: new WordSet(v.thisYear),
    thatYear: new WordSet(v.thatYear),
    directing: new WordSet(v.directing),
    directions: new WordSet(v.directions),
    planContent: new WordSet(v.planContent),
    topTiers: new WordSet(v.topTiers),
    tierCounts: new WordSet(v.tierCounts),
    labelHeads: new WordSet(v.labelHeads),
    answerLabels: new WordSet(v.answerLabels),
    placeOpeners: new WordSet(v.placeOpeners),
    questions: new WordSet(v.questions),
    answersYes: new WordSet(v.answersYes),
    answersNo: new WordSet(v.answersNo),
    eventSpan: new WordSet(v.eventSpan),
    zero: new WordSet(v.zero),
    zeroAfter: new WordSet(v.zeroAfter),
    zeroNouns: new WordSet(v.zeroNouns),
    handling: new WordSet(v.handling),
    done: new WordSet(v.done),
    from: new WordSet(v.from),
    changeBase: new WordSet(v.changeBase),
    perUnit: new WordSet(v.perUnit),
    breakdown: new WordSet(v.breakdown),
    respectively: new WordSet(v.respectively),
    remainder: new WordSet(v.remainder),
    actual: new WordSet(v.actual),
    attending: new WordSet(v.attending),
    ownLeaders: new WordSet(v.ownLeaders),
    doneColumn: new WordSet(v.doneColumn),
    allOf: new WordSet(v.allOf),
    scheduled: new WordSet(v.scheduled),
    suggestion: new WordSet(v.suggestion),
    asOf: new WordSet(v.asOf),
    newIntake: new WordSet(v.newIntake),
    carriedOver: new WordSet(v.carriedOver),
    addition: new WordSet(v.addition),
    draftMarks: new WordSet(v.draftMarks),
    additionVerbs: new WordSet(v.additionVerbs),
    unitsUnder: new WordSet(v.unitsUnder),
    alreadyCounted: new WordSet(v.alreadyCounted),
    ownArms: new WordSet(v.ownArms),
    ownOffices: new WordSet(v.ownOffices),
    subjectNouns: new WordSet(v.subjectNouns),
    opinionNouns: new WordSet(v.opinionNouns),
    subjectlessLeads: new WordSet(v.subjectlessLeads),
    examples: new WordSet(v.examples),
    exampleOpeners: new WordSet(v.exampleLists?.openers),
    exampleClosers: new WordSet(v.exampleLists?.closers),
    caseKinds: new WordSet(v.caseKinds),
    deniedNone: new WordSet(v.deniedNone),
    remarkColumn: new WordSet(v.remarkColumn),
    unitColumn: new WordSet(v.unitColumn),
    serialColumn: new WordSet(v.serialColumn),
    rounds: new WordSet(v.rounds),
    inclusion: new WordSet(v.inclusion),
    continuing: new WordSet(v.continuing),
    correction: new WordSet(v.correction),
    restatement: new WordSet(v.restatement),
    notApplicable: new WordSet(v.notApplicable),
    partners: new WordSet(v.partners),
    assisting: new WordSet(v.assisting),
    beneficiary: new WordSet(v.beneficiary),
    cumulative: new WordSet(v.cumulative),
    rateBoundsBefore: new WordSet(v.rateBoundsBefore),
    rateBoundsAfter: new WordSet(v.rateBoundsAfter),
    goalNouns: new WordSet(v.goalNouns),
    groupNouns: new WordSet(v.groupNouns),
    bounds: new WordSet(v.bounds),
    zeroQualifiers: new WordSet(v.zeroQualifiers),
    selfActing: new WordSet(v.selfActing),
    selfKinds: new WordSet(v.selfKinds),
    caseOutcomes: new WordSet(v.caseOutcomes),
    others: new WordSet(v.others),
    activityVerbs: new WordSet(v.activityVerbs),
    postponement: new WordSet(v.postponement),
    attachment: new WordSet(v.attachment),
    deciding: new WordSet(v.deciding),
    sourceMarkers: new WordSet(v.source?.markers),
    sourceVerbs: new WordSet(v.source?.verbs),
    pivotVerbs: new WordSet(v.pivot?.verbs),
    pivotHeads: new WordSet(v.pivot?.heads),
    noneOf: new WordSet(v.doubleNegation?.noneOf),
    innerNegations: new WordSet(v.doubleNegation?.negations),
    cancellation: new WordSet(v.cancellation),
    priorPlan: new WordSet(v.priorPlan),
    disposalMarkers: new WordSet(v.disposal?.markers),
    disposalVerbs: new WordSet(v.disposal?.verbs),
    disposalFuture: new WordSet(v.disposal?.future),
    unitBodies: new WordSet(v.ownWithUnits?.bodies),
    unitJoiners: new WordSet(v.ownWithUnits?.joiners),
    ordinary: new WordSet(ordinary),
    ordinaryReach: Math.max(0, ...ordinary.map((o) => o.length)),
    scopeWords: new WordSet(scopeOf.keys()),
    selfTiers: selfTiersOf(v.selfTiers),
    bodyName: bodyNamePattern(v.roles, v.caseBodies),
    caseBodies: v.caseBodies ?? [],
    townshipNouns: new WordSet(v.roles?.township),
    scopeOf,
  };
}

export const tierOfSelfWords = (w: ClaimWords, text: string): ReportLevel | undefined => tierOfTiers(w.selfTiers, text);

/** Occurrences of a judgement word in [from, to) that judge (`judges`). */
export function judging(
  w: ClaimWords,
  set: WordSet,
  text: string,
  from: number,
  to: number,
): Array<{ at: number; word: string }> {
  const all = set.find(text, from, to);
  const out: Array<{ at: number; word: string }> = [];
  for (let k = 0; k < all.length; k++) {
    const o = all[k]!;
    if (judges(w, text, o.at, o.word)) out.push(o);
  }
  return out;
}

/** Whether `word` at `at` judges: not inside an ordinary word (主要), nor a draft mark qualifying a noun (拟出台的). */
function judges(w: ClaimWords, text: string, at: number, word: string): boolean {
  return !w.ordinary.covers(text, at, word.length, w.ordinaryReach) && !qualifiesNoun(w.draftMarks, text, at, word);
}

/** The last such occurrence in [from, to). */
export function lastJudging(
  w: ClaimWords,
  set: WordSet,
  text: string,
  from: number,
  to: number,
): { at: number; word: string } | undefined {
  if (set.size === 0) return undefined;
  // each place a word of the set stands, from the last: one call a place, not two a character
  for (let i = set.lastStart(text, from, to, to); i >= 0; i = set.lastStart(text, from, i, to)) {
    const word = set.lastWord;
    if (judges(w, text, i, word)) return { at: i, word };
  }
  return undefined;
}
