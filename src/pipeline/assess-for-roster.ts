import type { Assessment } from '../model/assessment.js';
import type { AssessmentEvent } from '../model/events.js';
import type { RosterReportEntry } from '../model/roster.js';
import type { Lang } from '../problems/messages.js';
import { applyUnit } from '../roster/apply.js';
import { indexRoster, matchReport, type MatchDecision } from '../roster/match.js';
import type { LoadedRoster } from '../roster/types.js';
import { stamped, type Assessor } from './assess-file.js';

/** How one report met the roster: plain data, posted back from a batch worker with the assessment. */
export interface RosterMatch {
  decision: MatchDecision;
  applied: RosterReportEntry['applied'];
  conflicts: RosterReportEntry['conflicts'];
  eventIds: string[];
  /** the report's own 落款 date: between two reports of one unit, the later is the revision */
  documentDate?: string;
}

/**
 * Scoring with a roster: the report is read, matched to its unit (roster/match.ts), the unit's
 * record applied (roster/apply.ts), and only then are the rules run — so the roster's role picks
 * the rules that apply and its dates meet the deadline rules. A report that matches no unit, or
 * more than one, is scored as it stands: nothing is guessed for it.
 */
export function createRosterAssessor(
  assessor: Assessor,
  roster: LoadedRoster,
  options: { events?: readonly AssessmentEvent[]; lang: Lang },
): (file: string) => Promise<{ assessment: Assessment; match: RosterMatch }> {
  const index = indexRoster(roster.units);
  return async (file) => {
    const { report: data, contentHash } = await assessor.load(file);
    const decision = matchReport(index, data.report.authority, file);
    const documentDate = data.report.documentDate;
    const base = { decision, ...(documentDate ? { documentDate } : {}) };
    if (decision.status !== 'matched')
      return {
        assessment: stamped(await assessor.assessReport(data, file), contentHash),
        match: { ...base, applied: [], conflicts: [], eventIds: [] },
      };
    const unit = roster.units[decision.unit]!;
    const a = applyUnit(data, unit, file, decision, roster, options.lang, options.events);
    const assessment = stamped(
      await assessor.assessReport(a.report, file, a.events ? { events: a.events } : undefined),
      contentHash,
    );
    return { assessment, match: { ...base, applied: a.applied, conflicts: a.conflicts, eventIds: a.eventIds } };
  };
}
