import type { Assessment, DeadlineStatus, Finding, Status } from '../model/assessment.js';
import type { Pack } from '../pack/compiled-pack.js';
import { packName, type Lang } from '../util/lang.js';
import { percentOf, roundPoints } from '../util/numbers.js';
import { gradeFor } from './grade.js';

const STATUS_ORDER: Status[] = ['pass', 'fail', 'missing', 'not_applicable', 'waived', 'error'];

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
  // A veto rule vetoes when it fails, or when its fact is absent and the pack treats absence as failure.
  const vetoedBy = findings
    .filter((f) => {
      const rule = rules.get(f.ruleId);
      return rule?.veto && (f.status === 'fail' || (f.status === 'missing' && rule.missing === 'fail'));
    })
    .map((f) => f.ruleId);
  // A failed gate (not an annual report, not the whole year) returns the report; its score stays, marked provisional.
  const returnedBy = findings.filter((f) => f.gate && f.status === 'fail').map((f) => f.ruleId);
  const score = roundPoints(findings.reduce((s, f) => s + f.points, 0));
  const maxScore = roundPoints(findings.reduce((s, f) => s + f.maxPoints, 0));
  const percent = percentOf(score, maxScore);
  const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, findings.filter((f) => f.status === s).length]));
  const categories = pack.manifest.categories
    .map((c) => {
      const inCategory = findings.filter((f) => f.category === c.id);
      return {
        id: c.id,
        title: packName(lang, c.title, c.en),
        score: roundPoints(inCategory.reduce((s, f) => s + f.points, 0)),
        maxScore: roundPoints(inCategory.reduce((s, f) => s + f.maxPoints, 0)),
        rules: inCategory.length,
      };
    })
    .filter((c) => c.rules > 0)
    .map(({ rules: _rules, ...c }) => c);
  return {
    score,
    maxScore,
    percent,
    grade: gradeFor(pack.manifest.grades, percent, vetoedBy.length > 0, lang),
    vetoed: vetoedBy.length > 0,
    ...(vetoedBy.length > 0 ? { vetoedBy } : {}),
    returned: returnedBy.length > 0,
    ...(returnedBy.length > 0 ? { returnedBy } : {}),
    counts,
    categories,
    ...deadlines(pack, findings),
  };
}

/** The report dates a deadline rule judges (its conditions read them: `metaFields`), and what it says of them. */
const DEADLINE_FIELDS = { submittedOn: 'submitted', publishedOn: 'published' } as const;
type Deadline = (typeof DEADLINE_FIELDS)[keyof typeof DEADLINE_FIELDS];
const deadlineFields = new WeakMap<Pack, Map<string, Deadline[]>>();

/**
 * 报送 and 公开 on time, for the office's summary: from the findings of the rules that judge the
 * submission and publication dates — late when one fails, unknown when one could not tell (the date
 * is not stated or not given by the roster), on time when they pass. A rule that does not apply to
 * the reporter, or is waived, says nothing. Absent when no such rule judged the report.
 */
function deadlines(pack: Pack, findings: readonly Finding[]): Pick<Assessment, 'deadlines'> {
  let fields = deadlineFields.get(pack);
  if (!fields) {
    fields = new Map(
      pack.rules.map((r) => [
        r.rule.id,
        r.metaFields.flatMap((m) => (m in DEADLINE_FIELDS ? [DEADLINE_FIELDS[m as keyof typeof DEADLINE_FIELDS]] : [])),
      ]),
    );
    deadlineFields.set(pack, fields);
  }
  const found: Partial<Record<Deadline, DeadlineStatus>> = {};
  const worse = (a: DeadlineStatus | undefined, b: DeadlineStatus): DeadlineStatus =>
    a === 'late' || b === 'late' ? 'late' : a === 'unknown' || b === 'unknown' ? 'unknown' : b;
  for (const f of findings) {
    const status: DeadlineStatus | undefined =
      f.status === 'pass'
        ? 'on_time'
        : f.status === 'fail'
          ? 'late'
          : f.status === 'missing' || f.status === 'error'
            ? 'unknown'
            : undefined;
    if (status === undefined) continue;
    for (const d of fields.get(f.ruleId) ?? []) found[d] = worse(found[d], status);
  }
  return Object.keys(found).length > 0 ? { deadlines: found } : {};
}
