import { compileExtraction } from '../extract/compile.js';
import { extractDocument } from '../extract/extract.js';
import { fromDocxHtml } from '../ingest/document-text.js';
import { htmlToText } from '../ingest/html.js';
import type { Pack } from '../pack/compiled-pack.js';
import { packFromData, type PackData } from '../pack/pack-data.js';
import { formatProblem } from '../problems/format.js';
import { ProblemError } from '../problems/problem.js';
import type { Engine } from './engine-api.js';
import { renderResults } from './results.js';
import { corrected, evaluatorFor, loadBytes, scoreReport } from './session.js';

/** engine.js's entry (scripts/bundle-web.mjs): everything heavy, handed to the shell as one object. */
const packs = new WeakMap<PackData, Pack>();

/** A few lines of made-up report, to warm up the readers and the extractor. */
const WARM_UP =
  '<h1>某县司法局2024年度法治政府建设工作报告</h1><p>一、主要举措和成效</p><p>全年审核规范性文件12件，行政机关负责人出庭应诉率100%。</p>';

const engine: Engine = {
  pack(data) {
    let pack = packs.get(data);
    if (!pack) {
      pack = packFromData(data);
      // made now, while the user picks a file, rather than after the drop: the pack's tables, and a
      // first run of the HTML reader and the extractor (their first call costs several times the next)
      compileExtraction(pack);
      evaluatorFor(pack);
      extractDocument(fromDocxHtml('warm-up', WARM_UP, htmlToText), pack);
      packs.set(data, pack);
    }
    return pack;
  },
  loadBytes,
  corrected,
  scoreReport,
  renderResults,
  errorText(e, lang) {
    if (e instanceof ProblemError) return e.problems.map((p) => formatProblem(p, lang)).join('\n');
    return e instanceof Error ? e.message : String(e);
  },
};

(globalThis as { FAZHI_ENGINE?: Engine }).FAZHI_ENGINE = engine;
