import type { Assessment, DeadlineStatus, Finding, Status } from '../model/assessment.js';
import type { Pack } from '../pack/compiled-pack.js';
import { packName, type Lang } from '../util/lang.js';
import { percentOf, roundPoints } from '../util/numbers.js';
import { gradeFor } from './grade.js';

/** What an assessment's findings add up to: score, maximum, percent, grade, veto, gate, counts, categories. */
export type Totals = Pick<
  Assessment,
  | 'score'
  | 'maxScore'
  | 'percent'
  | 'grade'
  | 'vetoed'
  | 'vetoedBy'
  | 'returned'
  | 'returnedBy'
  | 'counts'
  | 'categories'
  | 'deadlines'
>;

type Rule = Pack['rules'][number]['rule'];
const byId = new WeakMap<Pack, Map<string, Rule>>();

/** A pack's rules by id, built once per pack: totals run once per report. */
export function rulesById(pack: Pack): Map<string, Rule> {
  let map = byId.get(pack);
  if (!map) byId.set(pack, (map = new Map(pack.rules.map((r) => [r.rule.id, r.rule]))));
  return map;
}

/**
 * The one place findings become totals: `assess` calls it on the machine's findings, and an
 * assessor's review (review.ts) on the findings it decided, so a reviewed score is never a
 * second scoring.
 */
export function scoreTotals(pack: Pack, findings: readonly Finding[], lang: Lang = 'zh'): Totals {
  const rules = rulesById(pack);
  const vetoedBy: string[] = [];
  const returnedBy: string[] = [];
  const counts: StatusCounts = { pass: 0, fail: 0, missing: 0, not_applicable: 0, waived: 0, error: 0 };
  const { index, categories } = categoriesOf(pack);
  // Each category's sums by its place: doubles from the start, where an object per category holding 0 changed
  // shape at the first fractional point (and the optimised code reading it was thrown away mid-batch).
  const sums: Sums = {
    score: new Float64Array(categories.length),
    maxScore: new Float64Array(categories.length),
    rules: new Float64Array(categories.length),
  };
  const dates = deadlineRules(pack);
  const found: Partial<Record<Deadline, DeadlineStatus>> = {};
  // One pass over the findings, each sum added in finding order as before (the same float rounding);
  // each field read once: findings come in many shapes, and a batch reads them between extractions.
  let score = 0;
  let maxScore = 0;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    const { ruleId, status, points, maxPoints } = f;
    score += points;
    maxScore += maxPoints;
    countStatus(counts, status);
    const rule = rules.get(ruleId);
    // A veto rule vetoes when it fails, or when its fact is absent and the pack treats absence as failure.
    if (rule?.veto && (status === 'fail' || (status === 'missing' && rule.missing === 'fail'))) vetoedBy.push(ruleId);
    // A failed gate (not an annual report, not the whole year) returns the report; its score stays, marked provisional.
    if (status === 'fail' && f.gate) returnedBy.push(ruleId);
    const at = index.get(f.category);
    if (at !== undefined) {
      sums.score[at] = sums.score[at]! + points;
      sums.maxScore[at] = sums.maxScore[at]! + maxPoints;
      sums.rules[at] = sums.rules[at]! + 1;
    }
    const judged = dates.get(ruleId);
    if (judged) judgeDeadlines(found, judged, status);
  }
  const percent = percentOf(roundPoints(score), roundPoints(maxScore));
  // Built key by key in the order the JSON shows them, and the categories by a loop: spreads and
  // flatMap here measured most of the cost of totals.
  const totals = {
    score: roundPoints(score),
    maxScore: roundPoints(maxScore),
    percent,
    grade: gradeFor(pack.manifest.grades, percent, vetoedBy.length > 0, lang),
    vetoed: vetoedBy.length > 0,
  } as Totals;
  if (vetoedBy.length > 0) totals.vetoedBy = vetoedBy;
  totals.returned = returnedBy.length > 0;
  if (returnedBy.length > 0) totals.returnedBy = returnedBy;
  totals.counts = counts;
  totals.categories = categoryScores(categories, sums, lang);
  if (found.submitted !== undefined || found.published !== undefined) totals.deadlines = found;
  return totals;
}

/** Each category that has a rule counted, with its sums rounded, in pack order. */
function categoryScores(categories: Category[], sums: Sums, lang: Lang): Totals['categories'] {
  const out: Totals['categories'] = [];
  for (let i = 0; i < categories.length; i++) {
    const c = categories[i]!;
    if (sums.rules[i]! > 0)
      out.push({
        id: c.id,
        title: packName(lang, c.title, c.en),
        score: roundPoints(sums.score[i]!),
        maxScore: roundPoints(sums.maxScore[i]!),
      });
  }
  return out;
}

/** Per category, in pack order: the points and maximum of its findings, and how many there were. */
interface Sums {
  score: Float64Array;
  maxScore: Float64Array;
  rules: Float64Array;
}

type StatusCounts = Record<Status, number>;

/** One more finding of this status: a store by a known name, not by a key that changes with every finding. */
function countStatus(counts: StatusCounts, status: string): void {
  if (status === 'pass') counts.pass += 1;
  else if (status === 'fail') counts.fail += 1;
  else if (status === 'missing') counts.missing += 1;
  else if (status === 'not_applicable') counts.not_applicable += 1;
  else if (status === 'waived') counts.waived += 1;
  else if (status === 'error') counts.error += 1;
}

type Category = Pack['manifest']['categories'][number];
const categoryIndex = new WeakMap<Pack, { index: Map<string, number>; categories: Category[] }>();

/** The pack's categories in order, and each one's place by id: built once per pack, summed per report. */
function categoriesOf(pack: Pack): { index: Map<string, number>; categories: Category[] } {
  let found = categoryIndex.get(pack);
  if (!found) {
    const { categories } = pack.manifest;
    // ids are unique (pack/check-manifest.ts)
    const index = new Map(categories.map((c, i) => [c.id, i]));
    categoryIndex.set(pack, (found = { index, categories }));
  }
  return found;
}

/** The report dates a deadline rule judges (its conditions read them: `metaFields`), and what it says of them. */
const DEADLINE_FIELDS = { submittedOn: 'submitted', publishedOn: 'published' } as const;
type Deadline = (typeof DEADLINE_FIELDS)[keyof typeof DEADLINE_FIELDS];
const deadlineFields = new WeakMap<Pack, Map<string, Deadline[]>>();

/** The rules that judge a report date, by id, with the dates each judges: once per pack. */
function deadlineRules(pack: Pack): Map<string, Deadline[]> {
  let fields = deadlineFields.get(pack);
  if (!fields) {
    fields = new Map();
    for (const r of pack.rules) {
      const judged = r.metaFields.flatMap((m) =>
        m in DEADLINE_FIELDS ? [DEADLINE_FIELDS[m as keyof typeof DEADLINE_FIELDS]] : [],
      );
      if (judged.length > 0) fields.set(r.rule.id, judged);
    }
    deadlineFields.set(pack, fields);
  }
  return fields;
}

/**
 * 报送 and 公开 on time, for the office's summary: from the findings of the rules that judge the
 * submission and publication dates — late when one fails, unknown when one could not tell (the date
 * is not stated or not given by the roster), on time when they pass. A rule that does not apply to
 * the reporter, or is waived, says nothing. Absent when no such rule judged the report.
 */
function judgeDeadlines(found: Partial<Record<Deadline, DeadlineStatus>>, judged: Deadline[], status: Status): void {
  const said: DeadlineStatus | undefined =
    status === 'pass'
      ? 'on_time'
      : status === 'fail'
        ? 'late'
        : status === 'missing' || status === 'error'
          ? 'unknown'
          : undefined;
  if (said === undefined) return;
  for (let i = 0; i < judged.length; i++) found[judged[i]!] = worse(found[judged[i]!], said);
}

const worse = (a: DeadlineStatus | undefined, b: DeadlineStatus): DeadlineStatus =>
  a === 'late' || b === 'late' ? 'late' : a === 'unknown' || b === 'unknown' ? 'unknown' : b;
