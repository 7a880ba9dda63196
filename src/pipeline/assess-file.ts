import type { Assessment } from '../model/assessment.js';
import type { Waiver } from '../model/waiver.js';
import type { AssessmentEvent } from '../model/events.js';
import type { Pack } from '../pack/compiled-pack.js';
import { Evaluator } from '../engine/evaluator.js';
import { loadReport } from './load-report.js';
import { sha256Hex } from './content-hash.js';
import { assess } from '../score/assess.js';
import type { ReportData } from '../model/report.js';
import type { InputLimits } from '../source/limits.js';
import { localDay } from '../util/dates.js';
import type { Lang } from '../util/lang.js';

/** A pack made ready once — loaded, compiled into an Evaluator — and applied to any number of reports. */
export interface Assessor {
  pack: Pack;
  /** `events` replaces the assessor's own for this report: a roster unit's events (roster/apply.ts) */
  assessReport(report: ReportData, file: string, only?: { events?: AssessmentEvent[] }): Promise<Assessment>;
  assessFile(file: string): Promise<Assessment>;
  /** The file read into ReportData, with the sha256 of the bytes read when the assessor was asked to hash. */
  load(file: string): Promise<{ report: ReportData; contentHash?: string }>;
}

/** `explain: false` (batch) leaves each finding's condition tree out; `check` keeps it. */
export function createAssessor(
  pack: Pack,
  options: {
    waivers?: Waiver[];
    events?: AssessmentEvent[];
    asOf: string;
    lang?: Lang;
    explain?: boolean;
    /** false: passed findings without facts or quotes (score/assess.ts) */
    passDetail?: boolean;
    limits?: InputLimits;
    /** stamp each assessment with its file's sha256 (report.contentHash): a batch's review sheet */
    contentHash?: boolean;
  },
): Assessor {
  const evaluator = new Evaluator(pack);
  const assessReport = async (report: ReportData, file: string, only?: { events?: AssessmentEvent[] }) =>
    assess(
      pack,
      report,
      file,
      // a passed finding without its details needs no facts gathered for it
      await evaluator.evaluate(report, { explain: options.explain !== false, passFacts: options.passDetail !== false }),
      only?.events ? { ...options, events: only.events } : options,
    );
  const load = async (file: string) => {
    let contentHash: string | undefined;
    const hash = options.contentHash ? (bytes: Uint8Array) => void (contentHash = sha256Hex(bytes)) : undefined;
    const report = await loadReport(file, pack, options.limits, hash);
    return { report, ...(contentHash ? { contentHash } : {}) };
  };
  return {
    pack,
    assessReport,
    load,
    assessFile: async (file) => {
      const { report, contentHash } = await load(file);
      return stamped(await assessReport(report, file), contentHash);
    },
  };
}

/** The assessment with the hash of the bytes it was scored from, last in its report (as batch.json has always shown it). */
export function stamped(assessment: Assessment, contentHash: string | undefined): Assessment {
  if (contentHash) assessment.report.contentHash = contentHash;
  return assessment;
}

/** Today as YYYY-MM-DD in local time: the default day waivers are judged against. */
export function today(): string {
  return localDay(new Date());
}
