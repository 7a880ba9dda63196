import { compileExtraction } from '../extract/compile.js';
import type { Pack } from '../pack/compiled-pack.js';
import { packFromData, type PackData } from '../pack/pack-data.js';
import { formatProblem } from '../problems/format.js';
import { ProblemError } from '../problems/problem.js';
import type { Engine } from './engine-api.js';
import { renderResults } from './results.js';
import { corrected, evaluatorFor, loadBytes, scoreReport } from './session.js';

/** engine.js's entry (scripts/bundle-web.mjs): everything heavy, handed to the shell as one object. */
const packs = new WeakMap<PackData, Pack>();

const engine: Engine = {
  pack(data) {
    let pack = packs.get(data);
    if (!pack) {
      pack = packFromData(data);
      // made now, while the user picks a file, rather than after the drop
      compileExtraction(pack);
      evaluatorFor(pack);
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
