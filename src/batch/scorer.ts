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
  /** keep each finding's `explain` tree (off for batch: it is most of an assessment's size) */
  explain?: boolean;
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
      const assessment = await assessor.assessFile(file);
      if (!config.explain) for (const f of assessment.findings) delete f.explain;
      return { ok: true, assessment };
    } catch (e) {
      return { ok: false, error: errorRow(file, e, config.lang) };
    }
  };
}

/**
 * The pack's own text on each finding (title, basis, remedy) is the same on every report. A
 * worker sends it as `undefined` (the key stays, so key order is kept) and the main thread puts
 * the pack's string back: one shared string instead of a structured-cloned copy per report.
 */
const PACK_TEXT = ['title', 'basis', 'remedy'] as const;

/** In the worker, before posting: drops the pack's text from each finding where it is the pack's. */
export function stripPackText(result: ScoreResult, pack: Pack): ScoreResult {
  if (!result.ok) return result;
  const rules = pack.rules;
  result.assessment.findings.forEach((f, i) => {
    const rule = rules[i]?.rule;
    if (!rule || rule.id !== f.ruleId) return;
    for (const k of PACK_TEXT) if (f[k] !== undefined && f[k] === rule[k]) (f as Record<string, unknown>)[k] = undefined;
  });
  return result;
}

/** In the main thread, after receiving: puts the pack's text back. */
export function restorePackText(result: ScoreResult, pack: Pack): ScoreResult {
  if (!result.ok) return result;
  const rules = pack.rules;
  result.assessment.findings.forEach((f, i) => {
    const rule = rules[i]?.rule;
    if (!rule || rule.id !== f.ruleId) return;
    for (const k of PACK_TEXT) if (k in f && f[k] === undefined) (f as Record<string, unknown>)[k] = rule[k];
  });
  return result;
}
