import type { Assessment } from '../model/assessment.js';
import type { BatchError } from '../model/batch.js';
import { loadPack } from '../pack/load-pack.js';
import type { Pack } from '../pack/compiled-pack.js';
import { createAssessor, type Assessor } from '../pipeline/assess-file.js';
import type { Lang } from '../problems/messages.js';
import { loadWaivers } from '../score/waivers.js';
import { errorRow } from './errors.js';

/** Everything a worker needs to build its own Assessor: plain data, so it crosses a thread boundary. */
export interface ScorerConfig {
  packDir: string;
  waiversFile?: string;
  asOf: string;
  lang: Lang;
}

export type ScoreResult = { ok: true; assessment: Assessment } | { ok: false; error: BatchError };

/** One pack loaded and compiled, one Evaluator: runs are awaited one at a time (DESIGN.md, known traps). */
export function createScorer(config: ScorerConfig, loaded?: Pack): (file: string) => Promise<ScoreResult> {
  let assessor: Assessor | undefined;
  return async (file) => {
    try {
      if (!assessor) {
        const pack = loaded ?? loadPack(config.packDir);
        const waivers = config.waiversFile ? loadWaivers(config.waiversFile, pack) : undefined;
        assessor = createAssessor(pack, { ...(waivers ? { waivers } : {}), asOf: config.asOf, lang: config.lang });
      }
      return { ok: true, assessment: await assessor.assessFile(file) };
    } catch (e) {
      return { ok: false, error: errorRow(file, e, config.lang) };
    }
  };
}
