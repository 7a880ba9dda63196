// (a) and (b) of npm run bench (scripts/bench.ts says what each measures): the compiled evaluator
// against json-rules-engine on the same fact sets, and extraction's MB/s with an auditor's
// catastrophic pattern tried in a child under a time limit.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Evaluator, type RuleOutcome } from '../src/engine/evaluator.js';
import type { ReportData } from '../src/model/report.js';
import { loadPack } from '../src/pack/load-pack.js';
import { loadReport } from '../src/pipeline/load-report.js';

const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

// ---------- (a) rule evaluation ----------
export async function evaluation(dir: string) {
  const pack = loadPack('national');
  const facts: ReportData[] = [];
  for (const f of readdirSync(dir).sort()) facts.push(await loadReport(join(dir, f), pack));
  const compiled = new Evaluator(pack, 'compiled');
  const reference = new Evaluator(pack, 'reference');
  const rules = pack.rules.length;
  // Same fact sets, same statuses: the bench refuses to report a speed for a wrong answer.
  let disagreements = 0;
  for (const r of facts) {
    const a = compiled.evaluateSync(r, { explain: false });
    const b = await reference.evaluate(r);
    const key = (o: RuleOutcome[]) => o.map((x) => `${x.status}:${x.tier ?? ''}`).join();
    if (key(a) !== key(b)) disagreements++;
  }
  const time = async (run: () => Promise<void> | void, minMs = 1500) => {
    let reportsDone = 0;
    const start = performance.now();
    while (performance.now() - start < minMs) {
      await run();
      reportsDone += facts.length;
    }
    return (reportsDone / (performance.now() - start)) * 1000;
  };
  const compiledReportsPerSec = await time(() => {
    for (const r of facts) compiled.evaluateSync(r, { explain: false });
  });
  const referenceReportsPerSec = await time(async () => {
    for (const r of facts) await reference.evaluate(r);
  });
  return {
    rulesPerReport: rules,
    factSets: facts.length,
    disagreements,
    compiledRulesPerSec: Math.round(compiledReportsPerSec * rules),
    referenceRulesPerSec: Math.round(referenceReportsPerSec * rules),
    compiledReportsPerSec: Math.round(compiledReportsPerSec),
    referenceReportsPerSec: Math.round(referenceReportsPerSec),
    ratio: round(compiledReportsPerSec / referenceReportsPerSec),
  };
}

// ---------- (b) extraction ----------

// module specifiers held in variables, so the type checker does not look for declarations the build does not write
const BUILT_EXTRACT: string = new URL('../dist/extract/extract.js', import.meta.url).href;
const BUILT_LOAD_PACK: string = new URL('../dist/pack/load-pack.js', import.meta.url).href;
export async function extraction(SEEDS: string, work: string) {
  // The built JavaScript `fazhi` runs (npm run bench builds first), not this script's tsx-compiled sources: tsx wraps
  // every function it compiles in a naming call (esbuild's keepNames), ~40 % on extraction's many small closures.
  const built = (await import(BUILT_EXTRACT)) as typeof import('../src/extract/extract.js');
  const builtPack = (await import(BUILT_LOAD_PACK)) as typeof import('../src/pack/load-pack.js');
  const extractReport = built.extractReport;
  const pack = builtPack.loadPack('national');
  const texts = readdirSync(SEEDS)
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .sort()
    .map((f) => readFileSync(join(SEEDS, f), 'utf8'));
  const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
  for (const t of texts) extractReport(t, pack); // one pass: the pack compiled, every function seen once
  // The first 20 MB include V8's warm-up (functions run interpreted until optimised: ~1,000 reports), as a
  // batch's first files do; the next 20 MB are the steady state a long batch runs at. Both are reported.
  const rate = () => {
    let bytesRead = 0;
    const start = performance.now();
    while (bytesRead < 20e6) {
      for (const t of texts) {
        extractReport(t, pack);
        bytesRead += bytes(t);
      }
    }
    return { bytesRead, mbPerSec: bytesRead / 1e6 / ((performance.now() - start) / 1000) };
  };
  const cold = rate();
  const warm = rate();
  const total = cold.bytesRead;
  const mbPerSec = cold.mbPerSec;
  return {
    mb: round(total / 1e6),
    mbPerSec: round(mbPerSec),
    warmMbPerSec: round(warm.mbPerSec),
    shapes: shapeGrowth(texts.join('\n'), (t) => extractReport(t, pack)),
    evilPattern: evilPattern(work),
  };
}

/**
 * Linear time on documents of odd shapes (issue 10: no text may make extraction superlinear): the seeds run together
 * as one line, with every sentence end a comma, and with no punctuation at all; each shape extracted at 8 and at 16
 * copies. The time's growth for twice the text is ~2 when linear (4 if quadratic).
 */
function shapeGrowth(seeds: string, extract: (t: string) => unknown) {
  const shapes: Array<[string, string]> = [
    ['one line', seeds.replace(/\n/gu, '')],
    ['no sentence ends', seeds.replace(/[。；;！？!?\n]/gu, '，')],
    ['no punctuation', seeds.replace(/[，,。；;：:、！？!?（）()“”"\n]/gu, '')],
  ];
  const seconds = (t: string) => {
    const start = performance.now();
    extract(t);
    return (performance.now() - start) / 1000;
  };
  return shapes.map(([shape, text]) => {
    const small = text.repeat(8);
    const large = text.repeat(16);
    const a = seconds(small);
    const b = seconds(large);
    return { shape, mb: round(Buffer.byteLength(large, 'utf8') / 1e6), growth: round(b / a) };
  });
}

/** An auditor's catastrophic pattern: the loader refuses it, or it is matched in linear time. */
function evilPattern(work: string) {
  const evilPack = join(work, 'evil-pack');
  cpSync('rules/national', evilPack, { recursive: true });
  const factsFile = join(evilPack, 'facts.yaml');
  const factsYaml = readFileSync(factsFile, 'utf8');
  const patched = factsYaml.replace(
    /(- \{ id: leadershipLawStudySessions,[^\n]*cues: \[[^\]]*\],)/,
    `$1 pattern: "(?<value>(a+)+)$",`,
  );
  if (patched === factsYaml) throw new Error('bench: could not add the evil pattern to facts.yaml');
  writeFileSync(factsFile, patched);
  const evilText = `中心组学法${'a'.repeat(50_000)}!`;
  // In a child with a time limit, so a hang shows as a failed row instead of a stuck bench.
  const srcModule = (path: string) => JSON.stringify(new URL(`../src/${path}`, import.meta.url).href);
  const child = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `
      const { loadPack } = await import(${srcModule('pack/load-pack.ts')});
      const { extractReport } = await import(${srcModule('extract/extract.ts')});
      let pack;
      try { pack = loadPack(${JSON.stringify(evilPack)}); }
      catch (e) {
        const detail = String(e.problems?.[0]?.code ?? e.message);
        console.log(JSON.stringify({ outcome: 'rejected at load', detail }));
        process.exit(0);
      }
      const t = performance.now();
      extractReport(${JSON.stringify(evilText)}, pack);
      const detail = (performance.now() - t).toFixed(0) + ' ms on 50,000 a';
      console.log(JSON.stringify({ outcome: 'accepted; matched in linear time', detail }));
    `,
    ],
    { encoding: 'utf8', timeout: 20_000 },
  );
  const evil =
    child.status === 0
      ? (JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { outcome: string; detail: string })
      : {
          outcome: child.signal ? 'HUNG (killed after 20 s)' : 'failed',
          detail: child.stderr.trim().split('\n').slice(-2).join(' '),
        };
  return { pattern: '(?<value>(a+)+)$', ...evil };
}

/** The table rows of (a) and (b). */
export function engineTableRows(
  e: Awaited<ReturnType<typeof evaluation>>,
  x: Awaited<ReturnType<typeof extraction>>,
): string[] {
  const en = (n: number) => n.toLocaleString('en');
  const evil = x.evilPattern;
  return [
    `| rules/s, compiled evaluator (${e.rulesPerReport} rules × ${e.factSets} fact sets) ` +
      `| ${en(e.compiledRulesPerSec)} (${en(e.compiledReportsPerSec)} reports/s) |`,
    `| rules/s, json-rules-engine (one Engine, engine.run per report) ` +
      `| ${en(e.referenceRulesPerSec)} (${en(e.referenceReportsPerSec)} reports/s) |`,
    `| ratio compiled / json-rules-engine | ${e.ratio}× (status disagreements: ${e.disagreements}) |`,
    `| extraction (built JS), 5 real reports repeated to ${x.mb} MB, one core: first ${x.mb} MB (JIT warming) ` +
      `| ${x.mbPerSec} MB/s |`,
    `| extraction, the next ${x.mb} MB (warm) | ${x.warmMbPerSec} MB/s |`,
    ...x.shapes.map(
      (sh) => `| extraction time for twice the text, ${sh.shape} (${sh.mb} MB; 2 = linear) | ${sh.growth}× |`,
    ),
    `| pack with pattern \`${evil.pattern}\` | ${evil.outcome} (${evil.detail}) |`,
  ];
}
