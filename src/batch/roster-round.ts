import type { Assessment } from '../model/assessment.js';
import type { BatchError } from '../model/batch.js';
import type { RosterReportEntry, RosterSummary, RosterUnitEntry } from '../model/roster.js';
import type { RosterMatch } from '../pipeline/assess-for-roster.js';
import type { Lang } from '../problems/messages.js';
import { indexRoster, matchFileName } from '../roster/match.js';
import {
  ambiguousText,
  appliedText,
  choiceReason,
  choiceText,
  conflictText,
  eventsText,
  join,
  matchedText,
  notCountedText,
  notScoredText,
  notSubmittedText,
  REASON_SHORT,
  submittedText,
  unmatchedText,
  type Candidate,
} from '../roster/notes.js';
import type { LoadedRoster } from '../roster/types.js';
import { rankAssessments } from '../score/rank.js';

export interface RosterRound {
  /**
   * the reports counted for their units, ranked; then every other report (matching no unit, ambiguous, a unit's
   * second report), ranked among themselves
   */
  assessments: Assessment[];
  summary: RosterSummary;
}

/**
 * The office's round, once every report is scored: which report counts for each unit, which
 * units did not submit, which reports belong to no unit or to more than one.
 *
 * - A unit with several reports counts one, chosen by these tests in turn, the first that tells
 *   them apart named as the reason: it signs a roster name (not only its file name); it is for
 *   the roster's year; it is not returned (退回重报); its 落款 date is later (a revision); its path
 *   comes first (said to be a guess, to be checked). Never the higher score: that would reward
 *   sending many versions. The others are listed, not ranked.
 * - A unit with no report is 未报送: graded `notSubmittedGrade`, ranked after every unit with a
 *   report, all tied. Unless its report is among the files that could not be scored (matched by
 *   file name) or the run was interrupted: then it is not_scored, neither graded nor ranked.
 */
export function assembleRound(
  roster: LoadedRoster,
  scored: Scored[],
  errors: readonly BatchError[],
  options: RoundOptions,
): RosterRound {
  const { byUnit, ambiguousFor, failedFor } = groupByUnit(roster, scored, errors);
  const counted = new Set<Assessment>();
  const notes = new Map<Assessment, string>();
  const units: RosterUnitEntry[] = roster.units.map((unit, i) =>
    unitEntry(unit, byUnit[i]!, [...ambiguousFor[i]!].sort(), failedFor[i]!.sort(), options, { counted, notes }),
  );

  const rankedCounted = rankAssessments(scored.filter((s) => counted.has(s.assessment)).map((s) => s.assessment));
  const rest = rankAssessments(scored.filter((s) => !counted.has(s.assessment)).map((s) => s.assessment));
  const lastRank = rankedCounted.length + 1;
  for (const u of units) if (u.status === 'not_submitted') u.rank = lastRank;

  const matchOf = new Map(scored.map((s) => [s.assessment, s.match]));
  const reports = [...rankedCounted, ...rest].map((a) =>
    reportEntry(a, matchOf.get(a)!, roster, counted.has(a), notes.get(a), options.lang),
  );
  const count = (status: RosterUnitEntry['status']) => units.filter((u) => u.status === status).length;
  return {
    assessments: [...rankedCounted, ...rest],
    summary: {
      file: roster.file,
      counts: {
        units: units.length,
        submitted: count('submitted'),
        notSubmitted: count('not_submitted'),
        notScored: count('not_scored'),
        unmatched: reports.filter((r) => r.status === 'unmatched').length,
        ambiguous: reports.filter((r) => r.status === 'ambiguous').length,
        duplicates: units.filter((u) => u.choice).length,
      },
      units,
      reports,
    },
  };
}

type Scored = { assessment: Assessment; match: RosterMatch };
type RoundOptions = { interrupted: boolean; notSubmittedGrade: string; lang: Lang };
type Unit = LoadedRoster['units'][number];

/**
 * Each unit's reports, the reports that may be its own but matched several units, and its files that could not be
 * scored (by file name).
 */
function groupByUnit(roster: LoadedRoster, scored: Scored[], errors: readonly BatchError[]) {
  const index = indexRoster(roster.units);
  const byUnit = roster.units.map(() => [] as Scored[]);
  const ambiguousFor = roster.units.map(() => [] as string[]);
  for (const s of scored) {
    const d = s.match.decision;
    if (d.status === 'matched') byUnit[d.unit]!.push(s);
    else if (d.status === 'ambiguous') for (const u of d.candidates) ambiguousFor[u]!.push(s.assessment.report.file);
  }
  const failedFor = roster.units.map(() => [] as string[]);
  for (const e of errors) {
    const d = matchFileName(index, e.file);
    if (d.status === 'matched') failedFor[d.unit]!.push(e.file);
  }
  return { byUnit, ambiguousFor, failedFor };
}

/**
 * A unit's line of the round: 未报送, not scored, or submitted — its counted report added to `counted`, the choice among
 * several noted per report.
 */
function unitEntry(
  unit: Unit,
  reports: Scored[],
  candidates: string[],
  files: string[],
  options: RoundOptions,
  into: { counted: Set<Assessment>; notes: Map<Assessment, string> },
): RosterUnitEntry {
  const { lang } = options;
  const entry = {
    unit: unit.name,
    ...(unit.role ? { role: unit.role } : {}),
    ...(unit.publishedUrl ? { publishedUrl: unit.publishedUrl } : {}),
  };
  const maybe = candidates.length ? { candidates } : {};
  if (reports.length === 0) {
    if (files.length > 0 || options.interrupted) {
      return {
        ...entry,
        status: 'not_scored',
        files,
        ...maybe,
        note: notScoredText(files, options.interrupted && files.length === 0, lang),
      };
    }
    return {
      ...entry,
      status: 'not_submitted',
      files: [],
      grade: options.notSubmittedGrade,
      ...maybe,
      note: notSubmittedText(options.notSubmittedGrade, candidates, lang),
    };
  }
  const ranked = rankReports(unit, reports);
  const [chosen, ...others] = ranked;
  into.counted.add(chosen!.r.assessment);
  if (others.length === 0)
    return { ...entry, status: 'submitted', files: [chosen!.file], ...maybe, note: submittedText(chosen!.file, lang) };
  const reason = choiceReason(chosen!, others[0]!);
  const message = choiceText(reason, chosen!, others, unit.year, lang);
  into.notes.set(chosen!.r.assessment, message);
  for (const o of others)
    into.notes.set(o.r.assessment, notCountedText(chosen!.file, REASON_SHORT[reason][lang], lang));
  return {
    ...entry,
    status: 'submitted',
    files: ranked.map((c) => c.file),
    choice: { reason, message },
    ...maybe,
    note: message,
  };
}

/**
 * A unit's reports, the one that counts first: named by a roster name, for the roster's year, not returned, the later
 * 落款 date, the first path.
 */
function rankReports(unit: Unit, reports: Scored[]): (Candidate & { r: Scored })[] {
  return reports
    .map((r): Candidate & { r: Scored } => ({
      r,
      file: r.assessment.report.file,
      named: r.match.decision.status === 'matched' && r.match.decision.by !== 'file-name',
      yearMatches: unit.year !== undefined && r.assessment.report.year === unit.year,
      returned: r.assessment.returned,
      ...(r.match.documentDate ? { documentDate: r.match.documentDate } : {}),
    }))
    .sort(
      (a, b) =>
        Number(b.named) - Number(a.named) ||
        Number(b.yearMatches) - Number(a.yearMatches) ||
        Number(a.returned) - Number(b.returned) ||
        // a date sorts before none, a later before an earlier
        (a.documentDate === b.documentDate
          ? 0
          : a.documentDate === undefined
            ? 1
            : b.documentDate === undefined
              ? -1
              : a.documentDate > b.documentDate
                ? -1
                : 1) ||
        (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
    );
}

function reportEntry(
  a: Assessment,
  match: RosterMatch,
  roster: LoadedRoster,
  counted: boolean,
  choice: string | undefined,
  lang: Lang,
): RosterReportEntry {
  const d = match.decision;
  const file = a.report.file;
  if (d.status === 'unmatched')
    return {
      file,
      status: 'unmatched',
      counted: false,
      applied: [],
      conflicts: [],
      note: unmatchedText(a.report.authority, lang),
    };
  if (d.status === 'ambiguous') {
    const candidates = d.candidates.map((u) => roster.units[u]!.name);
    return {
      file,
      status: 'ambiguous',
      candidates,
      matched: d.matched.join(' '),
      counted: false,
      applied: [],
      conflicts: [],
      note: ambiguousText(d.matched, candidates, lang),
    };
  }
  const note = join(
    [
      matchedText(d.by, d.matched, lang),
      ...match.applied.map((x) => appliedText(x, lang)),
      ...match.conflicts.map((x) => conflictText(x, lang)),
      match.eventIds.length ? eventsText(match.eventIds, lang) : undefined,
      choice,
    ],
    lang,
  );
  return {
    file,
    status: 'matched',
    unit: roster.units[d.unit]!.name,
    by: d.by,
    matched: d.matched,
    counted,
    applied: match.applied,
    conflicts: match.conflicts,
    ...(match.eventIds.length ? { events: match.eventIds } : {}),
    note,
  };
}
