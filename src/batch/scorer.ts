import type { Assessment, Finding } from '../model/assessment.js';

type Evidence = NonNullable<Finding['evidence']>[number];
import type { BatchError } from '../model/batch.js';
import type { Pack } from '../pack/compiled-pack.js';
import { createAssessor, type Assessor } from '../pipeline/assess-file.js';
import type { Lang } from '../problems/messages.js';
import { openPack } from '../pipeline/open-pack.js';
import { errorRow } from './errors.js';
import { createRosterAssessor, type RosterMatch } from '../pipeline/assess-for-roster.js';
import type { LoadedRoster } from '../roster/types.js';
import type { AssessmentEvent } from '../model/events.js';
import type { InputLimits } from '../source/limits.js';

/** Everything a worker needs to build its own Assessor: plain data, so it crosses a thread boundary. */
export interface ScorerConfig {
  packDir: string;
  waiversFile?: string;
  eventsFile?: string;
  asOf: string;
  lang: Lang;
  /** keep each finding's `explain` tree (off for batch: it is most of an assessment's size) */
  explain?: boolean;
  /**
   * stamp each assessment with its file's sha256 (pipeline/content-hash.ts): what the review sheet's rows
   * carry and --review checks them against; a batch that writes no review sheet and applies none skips it
   */
  contentHash?: boolean;
  /** what an input may weigh before it is refused (source/limits.ts) */
  limits?: InputLimits;
  /**
   * the office's roster, read and checked once (--roster): each report is matched to its unit and scored with the
   * unit's record
   */
  roster?: LoadedRoster;
}

export type ScoreResult = { ok: true; assessment: Assessment; match?: RosterMatch } | { ok: false; error: BatchError };

/** One pack loaded and compiled, one Evaluator: runs are awaited one at a time (DESIGN.md, known traps). */
export function createScorer(config: ScorerConfig, loaded?: Pack): (file: string) => Promise<ScoreResult> {
  let assessor: Assessor | undefined;
  let withRoster: ReturnType<typeof createRosterAssessor> | undefined;
  let events: AssessmentEvent[] | undefined;
  return async (file) => {
    try {
      if (!assessor) {
        // Imported when used: a pack loaded in full, waivers and events bring the YAML parser and the schema
        // checkers (~1.6 MB of JavaScript), which a batch of documents with the bundled pack never needs.
        const pack = loaded ?? (await openPack(config.packDir));
        const waivers = config.waiversFile
          ? (await import('../score/waivers.js')).loadWaivers(config.waiversFile, pack)
          : undefined;
        events = config.eventsFile
          ? (await import('../score/events.js')).loadEvents(config.eventsFile, pack)
          : undefined;
        assessor = createAssessor(pack, {
          ...(waivers ? { waivers } : {}),
          ...(events ? { events } : {}),
          asOf: config.asOf,
          lang: config.lang,
          explain: Boolean(config.explain),
          // compact() keeps no facts or quotes on a passed finding: assess need not build them
          passDetail: false,
          ...(config.limits ? { limits: config.limits } : {}),
          ...(config.contentHash ? { contentHash: true } : {}),
        });
      }
      if (config.roster) {
        withRoster ??= createRosterAssessor(assessor, config.roster, {
          ...(events ? { events } : {}),
          lang: config.lang,
        });
        const { assessment, match } = await withRoster(file);
        return { ok: true, assessment: compactAssessment(assessment), match };
      }
      const assessment = await assessor.assessFile(file);
      return { ok: true, assessment: compactAssessment(assessment) };
    } catch (e) {
      return { ok: false, error: errorRow(file, e, config.lang) };
    }
  };
}

/**
 * What a batch keeps of one report (issue 6: nothing per report beyond the compact assessment).
 * - no explain trees unless asked for (assess leaves them out): they were most of an assessment;
 * - text read from the report (authority, region, quotes) is copied: a string parsed from a YAML
 *   file is a slice that keeps the whole file's text alive (2,000 reports: 98 MB of heap → 45);
 * - one evidence object per quote, shared by the findings that cite it (assess quotes each piece of
 *   evidence as one object per report, so it is copied once);
 * - a passed finding keeps its status and points, not the figures and quotes behind them (assess
 *   builds none when told `passDetail: false`, as the scorer does).
 * The findings are changed in place, not copied: assess builds them field by field, and a copy
 * measured no smaller (2,000 reports keep about 29 MB either way).
 */
export function compactAssessment(a: Assessment): Assessment {
  const copies = new Map<string, string>();
  const own = (s: string) => {
    if (s.length < 13) return s; // V8 copies short substrings anyway
    let c = copies.get(s);
    if (c === undefined) copies.set(s, (c = ` ${s}`.slice(1)));
    return c;
  };
  const evidence = new Map<Evidence, Evidence>();
  const shared = (e: Evidence): Evidence => {
    let c = evidence.get(e);
    if (c === undefined) evidence.set(e, (c = { ...e, quote: own(e.quote) }));
    return c;
  };
  if (a.report.authority !== undefined) a.report.authority = own(a.report.authority);
  if (a.report.region !== undefined) a.report.region = own(a.report.region);
  const { findings } = a;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    // A passed rule needs no quotes or figures in a batch: the outputs show only shortfalls.
    if (f.status === 'pass') {
      if (f.facts !== undefined || f.evidence !== undefined) {
        const { facts: _facts, evidence: _evidence, ...kept } = f;
        findings[i] = kept;
      }
    } else if (f.evidence) f.evidence = f.evidence.map(shared);
  }
  return a;
}

/**
 * The pack's own text on each finding (title, basis, remedy) is the same on every report. A
 * worker sends it as `null` (the key stays, so key order is kept) and the main thread puts
 * the pack's string back: one shared string instead of a structured-cloned copy per report.
 * Not `undefined`: a finding holds every key it can have, undefined where it has no such text
 * (score/finding-shapes.ts), and that must stay undefined.
 */
const PACK_TEXT = ['title', 'basis', 'remedy'] as const;

/**
 * Each finding with the pack rule it came from (findings are in pack order). A frozen finding (a passed one, shared
 * by every report: score/finding-shapes.ts) is visited as a copy put in its place.
 */
function eachWithRule(
  result: ScoreResult,
  pack: Pack,
  visit: (f: Record<string, unknown>, rule: Record<string, unknown>) => void,
): ScoreResult {
  if (!result.ok) return result;
  const { findings } = result.assessment;
  findings.forEach((f, i) => {
    const rule = pack.rules[i]?.rule;
    if (!rule || rule.id !== f.ruleId) return;
    const own = Object.isFrozen(f) ? (findings[i] = { ...f }) : f;
    visit(own as Record<string, unknown>, rule as unknown as Record<string, unknown>);
  });
  return result;
}

/** In the worker, before posting: drops the pack's text from each finding where it is the pack's. */
export const stripPackText = (result: ScoreResult, pack: Pack): ScoreResult =>
  eachWithRule(result, pack, (f, rule) => {
    for (const k of PACK_TEXT) if (f[k] !== undefined && f[k] === rule[k]) f[k] = null;
  });

/** In the main thread, after receiving: puts the pack's text back. */
export const restorePackText = (result: ScoreResult, pack: Pack): ScoreResult =>
  eachWithRule(result, pack, (f, rule) => {
    for (const k of PACK_TEXT) if (f[k] === null) f[k] = rule[k];
  });
