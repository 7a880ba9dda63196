import type { ReportMeta } from '../model/report.js';
import { holdsAny } from './claim-match.js';
import type { ClaimWords } from './claim-words.js';
import type { FactExtractor } from './compile.js';
import { dropUnstated } from './implied-facts.js';
import { pastItemMark } from './item-mark.js';
import { pastYear } from './span-openings.js';
import { pastBlanks } from './line-spans.js';
import { parseNumeral } from './numbers.js';
import { modality } from './polarity.js';
import type { Findings } from './one-case.js';
import { endsOwnName } from './self-name.js';
import { relativeScope } from './role-scope.js';
import { OWN } from './scope-names.js';
import type { TextIndex } from './text-index.js';
import { lastPeriodTag } from './time.js';

/*
 * The reporter's own cases as respondent and what became of them (facts.yaml `respondent`). A department or town
 * counts the acts of its own a review body corrected, and most reports tell them as cases and an outcome in words:
 * 以本局为被申请人的行政复议案件1件，经复议维持 (none corrected), …1件，被确认违法 (the one), …2件，均维持 (none). No
 * cases brought (未发生以镇政府为被申请人的…案件) tells no outcome: labellers leave the count of corrections unstated.
 */

/** Who is reporting: the role decides whether the fact counts its own acts, the name whose cases they are. */
type Reporter = Pick<ReportMeta, 'role' | 'authority'>;

/**
 * For each fact with `respondent` and no value of its own, in a report of one of its roles: the value the reporter's
 * cases as respondent give, when every statement of them gives the same; quoted from the first, noted.
 */
export function applyRespondentOutcomes(
  index: TextIndex,
  extractors: FactExtractor[],
  found: Findings,
  reporter: Reporter,
  w: ClaimWords,
  year: number | undefined,
): void {
  for (const x of extractors) {
    const r = x.def.respondent;
    if (!r || found.facts[x.id] !== undefined || reporter.role === undefined || !r.roles.includes(reporter.role))
      continue;
    const read = respondentStatements(index, x, reporter, w, year);
    if (read.length === 0 || read.some((s) => s.value !== read[0]!.value)) continue;
    const first = read[0]!;
    found.facts[x.id] = first.value;
    found.evidence[x.id] = index.evidence(first.from, first.to, false, '以本单位为被申请人的案件，由其结果得出');
    dropUnstated(found.unstated, x.id);
  }
}

/**
 * Whether the sentence holding `at` tells, before it, the reporter's own cases as respondent (县政府作为被申请人的市级行政
 * 复议案件4件，…确认违法1件): for a reporter of a role the fact does not count the own acts of — a government, whose
 * corrections are its review body's — a figure there is none of the fact's.
 */
export function ownCasesBefore(
  index: TextIndex,
  x: FactExtractor,
  reporter: Reporter,
  w: ClaimWords,
  at: number,
): boolean {
  const text = index.text;
  const ss = index.sentence(at)[0];
  const sentence = text.slice(ss, at);
  for (const cue of x.def.respondent!.cases) {
    for (let k = sentence.indexOf(cue); k >= 0; k = sentence.indexOf(cue, k + 1))
      if (reportersOwn(text, index.clause(ss + k)[0], ss + k, reporter, w)) return true;
  }
  return false;
}

/** A statement of the reporter's cases and the value its outcome gives, where it is quoted from. */
interface Statement {
  value: number;
  from: number;
  to: number;
}

/** Every statement of the reporter's own cases as respondent whose outcome gives a value, in text order. */
function respondentStatements(
  index: TextIndex,
  x: FactExtractor,
  reporter: Reporter,
  w: ClaimWords,
  year: number | undefined,
): Statement[] {
  const text = index.text;
  const r = x.def.respondent!;
  const out: Statement[] = [];
  for (const cue of r.cases) {
    for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
      const [cs, ce] = index.clause(at);
      const [ss, end] = index.sentence(at);
      if (!reportersOwn(text, cs, at, reporter, w)) continue;
      // another year's cases (2023年以本局为被申请人的…) are none of the year's
      if (lastPeriodTag(w, text, ss, at, year)?.period === 'other') continue;
      // none brought (未发生以本局为被申请人的…案件) is a stated zero of the cases, no outcome: left to the fact's own cues
      if (modality(w, text, cs, ce, at, at + cue.length, ss) !== 'result') continue;
      const value = outcomeValue(x, text.slice(at + cue.length, end), r.none, r.all, r.every);
      if (value !== undefined) out.push({ value, from: cs, to: end });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

/**
 * Whether the body the cases are brought against, named between the clause's start (past an item mark, a year and a
 * this-year word) and the cue, is the reporter: named by no word at all (全年被申请行政复议1件), by one of its own
 * scope words (本局, 我镇), by the end of its name (镇政府 for 某镇人民政府, 分局), or after 以 (以街道为被申请人的…).
 */
/** A body's own level, after its name (县政府本级): the body itself, not its region. */
const OWN_LEVEL = '本级';

function reportersOwn(text: string, cs: number, at: number, reporter: Reporter, w: ClaimWords): boolean {
  let from = pastItemMark(text, pastBlanks(text, cs));
  from = pastYear(text, from);
  const own = w.thisYear.at(text, from);
  if (own !== undefined) from += own.length;
  let subject = text.slice(from, at);
  // the body after 以 (未发生以镇政府为…): what comes before it is the claim's negation, judged with its modality
  const by = subject.lastIndexOf('以');
  if (by >= 0) subject = subject.slice(by + 1);
  // 作为被申请人: the cue may take the 为 of 作为 (镇政府作为被申请人的…)
  if (subject.endsWith('作为')) subject = subject.slice(0, -2);
  else if (subject.endsWith('作') && text.charCodeAt(at) === WEI) subject = subject.slice(0, -1);
  if (subject === '') return by < 0;
  // a scope word naming the reporter as its role sees it (县政府 for a government), with its own level's word (本级) or not
  const level = subject.endsWith(OWN_LEVEL) ? subject.slice(0, -OWN_LEVEL.length) : subject;
  const scope = w.scopeOf.get(level);
  if (scope !== undefined && relativeScope(reporter.role, scope) === OWN) return true;
  if (endsOwnName(subject, reporter.authority)) return true;
  // a township's role noun (街道, 镇政府) where its name is unread or written whole
  return reporter.role === 'township' && w.unitBodies.at(subject, 0) === subject;
}

/**
 * The value the cases' count and outcome give: for one case, 1 when an `all` outcome
 * stands once the `none` ones are taken out (未被撤销 is no 撤销), 0 for a `none` one; for more, 0 when every one had a
 * `none` outcome (均维持) and no `all` one is told. A bracketed aside (1件（不服撤销低保资格的决定）) tells no outcome, nor
 * does a rate (被纠错率为零).
 */
function outcomeValue(
  x: FactExtractor,
  after: string,
  none: string[],
  all: string[],
  every: string[],
): number | undefined {
  const m = CASE_COUNT.exec(after);
  if (!m || !(x.def.units ?? ['件']).includes(m[2]!)) return undefined;
  const count = parseNumeral(m[1]!);
  if (count === undefined || count === 0) return undefined;
  const told = after.slice(m[0].length).replace(ASIDE, '');
  let rest = told;
  for (const word of none) rest = rest.split(word).join('');
  const corrected = toldOutcome(rest, all);
  if (count === 1) return corrected ? 1 : rest !== told ? 0 : undefined;
  return !corrected && rest !== told && holdsAny(told, every) ? 0 : undefined;
}

/** Whether one of the outcome words stands as an outcome: not naming a rate (经审结予以维持，被纠错率为零). */
function toldOutcome(told: string, words: string[]): boolean {
  for (const word of words)
    for (let at = told.indexOf(word); at >= 0; at = told.indexOf(word, at + 1))
      if (told[at + word.length] !== RATE) return true;
  return false;
}
const RATE = '率';

/** The count right after the cue: 1件, 为0件, ：2件, ——三件, （2件）, 案件1件. */
const CASE_COUNT = /^(?:案件)?[\s为是共计：:—\-－（(]*([0-9]+|[零〇一二两三四五六七八九十]+)\s*([件宗起])/u;
const WEI = '为'.charCodeAt(0);
/** An aside in brackets. */
const ASIDE = /[（(][^（）()]*[）)]/gu;
