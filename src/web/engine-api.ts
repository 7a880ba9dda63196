import type { Assessment } from '../model/assessment.js';
import type { FactValue, ReportData } from '../model/report.js';
import type { Pack } from '../pack/compiled-pack.js';
import type { PackData } from '../pack/pack-data.js';
import type { Lang } from '../util/lang.js';
import type { Corrections, Loaded } from './session.js';

/**
 * What engine.js (src/web/engine.ts: the readers, extraction, scoring and the result views, with
 * their libraries) gives the page's shell (main.ts) through `window.FAZHI_ENGINE`. The shell is
 * small, so the page takes a file at once; the engine loads right after, while the user chooses one.
 */
export interface Engine {
  /** the pack compiled from its data, with its extraction tables and evaluator made (once per pack) */
  pack(data: PackData): Promise<Pack>;
  loadBytes(bytes: Uint8Array, file: string, pack: Pack): Promise<Loaded>;
  corrected(report: ReportData, corrections: Corrections, lang: Lang): ReportData;
  scoreReport(pack: Pack, report: ReportData, file: string, lang: Lang): Promise<Assessment>;
  renderResults(view: ResultsView): void;
  /** an error as the lines the user reads: a problem as `fazhi check` words it */
  errorText(e: unknown, lang: Lang): string;
}

export interface ResultsView {
  pack: Pack;
  loaded: Loaded;
  /** the report with the corrections, as scored */
  report: ReportData;
  assessment: Assessment;
  corrections: Corrections;
  lang: Lang;
  /** a value was changed by hand (undefined: removed) */
  onCorrection: (id: string, value: FactValue | undefined) => void;
}
