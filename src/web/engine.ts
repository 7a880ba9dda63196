import { compileExtraction } from '../extract/compile.js';
import { extractDocument } from '../extract/extract.js';
import { fromDocxHtml } from '../ingest/document-text.js';
import { htmlToText } from '../ingest/html.js';
import type { Pack } from '../pack/compiled-pack.js';
import { hasPatterns, packFromData, type PackData, type PatternCompiler } from '../pack/pack-data.js';
import { loadScript } from './dom.js';
import { formatProblem } from '../problems/format.js';
import { type Problem, ProblemError } from '../problems/problem.js';
import type { Engine } from './engine-api.js';
import { renderResults } from './results.js';
import { corrected, evaluatorFor, loadBytes, scoreReport } from './session.js';

/** engine.js's entry (scripts/bundle-web.mjs): everything heavy, handed to the shell as one object. */
/** A few lines of made-up report, to warm up the readers and the extractor. */
const WARM_UP =
  '<h1>某县司法局2024年度法治政府建设工作报告</h1><p>一、主要举措和成效</p><p>全年审核规范性文件12件，行政机关负责人出庭应诉率100%。</p>';

/** The pack's patterns compiled by RE2 (patterns.js, loaded for the first pack that has one), or none. */
async function patternCompiler(data: PackData): Promise<PatternCompiler> {
  if (!hasPatterns(data)) return () => new Map();
  await loadScript('patterns.js');
  return (globalThis as { FAZHI_PATTERNS?: PatternCompiler }).FAZHI_PATTERNS!;
}

const packs = new WeakMap<PackData, Promise<Pack>>();

const engine: Engine = {
  pack(data) {
    let pack = packs.get(data);
    if (!pack) {
      pack = patternCompiler(data).then((compile) => {
        const compiled = packFromData(data, compile);
        // made now, while the user picks a file, rather than after the drop: the pack's tables, and a
        // first run of the HTML reader and the extractor (their first call costs several times the next)
        compileExtraction(compiled);
        evaluatorFor(compiled);
        extractDocument(fromDocxHtml('warm-up', WARM_UP, htmlToText), compiled);
        return compiled;
      });
      packs.set(data, pack);
    }
    return pack;
  },
  loadBytes,
  corrected,
  scoreReport,
  renderResults,
  errorText(e, lang) {
    const problems = problemsOf(e);
    if (problems) return problems.map((p) => formatProblem(p, lang)).join('\n');
    return e instanceof Error ? e.message : String(e);
  },
};

/**
 * The problems a reader refused the file with. A reader in a script of its own (structured.js,
 * pdf.js, doc.js) has its own copy of the ProblemError class, so its errors are known by their name.
 */
function problemsOf(e: unknown): Problem[] | undefined {
  if (e instanceof ProblemError) return e.problems;
  const { name, problems } = (e ?? {}) as { name?: unknown; problems?: unknown };
  return name === 'ProblemError' && Array.isArray(problems) ? (problems as Problem[]) : undefined;
}

(globalThis as { FAZHI_ENGINE?: Engine }).FAZHI_ENGINE = engine;
