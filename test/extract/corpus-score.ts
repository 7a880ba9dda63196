/**
 * The corpus scorer, shared by the development corpus (corpus.test.ts) and the held-out set
 * (holdout.test.ts): case validation, loading, judging, tallies and the printed tables.
 * Labels follow the contract in rules/national/facts.yaml and test/corpus/README.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { factMap } from '../../src/engine/derived-facts.js';
import { extractReport } from '../../src/extract/extract.js';
import { loadPack } from '../../src/pack/load-pack.js';
import type { Pack } from '../../src/pack/compiled-pack.js';

const TOLERANCE = 0.01;

export const PHENOMENA = [
  'polarity',
  'modality',
  'time',
  'scope',
  'counts',
  'zero',
  'numbers',
  'headings',
  'metadata',
  'doctype_period',
  'no_figures',
] as const;

const CASE_KEYS = new Set(['id', 'phenomenon', 'text', 'report', 'sections', 'facts', 'derived', 'absent', 'ignore']);
const META_KEYS: Record<string, 'string' | 'number' | string[]> = {
  authority: 'string',
  region: 'string',
  level: ['province', 'city', 'county', 'township'],
  role: ['government', 'judicial_bureau', 'department', 'township'],
  year: 'number',
  title: 'string',
  documentType: ['annual_report', 'work_summary', 'work_plan', 'duty_report', 'other'],
  period: ['full_year', 'part_year'],
};

export type FactValue = string | number | boolean;

export interface CorpusCase {
  file: string;
  id: string;
  phenomenon: string;
  text: string;
  /** expected metadata; null: must not be extracted; a field not listed is not judged */
  report?: Record<string, FactValue | null>;
  /** expected section kinds (as a set); not judged when missing */
  sections?: string[];
  facts: Record<string, FactValue>;
  derived: Record<string, FactValue>;
  absent: string[];
  ignore: string[];
}

/** What the scorer compares a case with: one extraction, derived facts already computed. */
export interface Extracted {
  report: Record<string, unknown>;
  sections: string[];
  facts: Record<string, unknown>;
  derived: Record<string, unknown>;
  error?: string;
}

/** The fact vocabulary the corpus is labelled against. */
export interface Vocabulary {
  facts: Map<string, { type: string; values?: string[] }>;
  derived: Set<string>;
  sections: Set<string>;
}

// ---------------------------------------------------------------- loading and validation

export function validateCase(
  raw: unknown,
  file: string,
  index: number,
  vocab: Vocabulary,
  phenomena: readonly string[] = PHENOMENA,
): { errors: string[]; c?: CorpusCase } {
  const errors: string[] = [];
  const obj = raw as Record<string, unknown>;
  const id = obj && typeof obj === 'object' && typeof obj.id === 'string' ? obj.id : `#${index + 1}`;
  const err = (m: string) => errors.push(`${file} ${id}: ${m}`);
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) {
    err('a case must be a mapping');
    return { errors };
  }
  for (const k of Object.keys(obj)) if (!CASE_KEYS.has(k)) err(`unknown key "${k}"`);
  if (typeof obj.id !== 'string' || !/^[a-z0-9_-]+$/.test(obj.id)) err('id must be a lower-case string (a-z 0-9 _ -)');
  if (typeof obj.phenomenon !== 'string' || !phenomena.includes(obj.phenomenon))
    err(`phenomenon must be one of ${phenomena.join(', ')}`);
  if (typeof obj.text !== 'string' || obj.text.trim() === '') err('text must be a non-empty string');

  const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
  const isIdList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

  if (obj.report !== undefined) {
    if (!isRecord(obj.report)) err('report must be a mapping');
    else
      for (const [k, v] of Object.entries(obj.report)) {
        const want = META_KEYS[k];
        if (!want) err(`report.${k} is not a metadata field (${Object.keys(META_KEYS).join(', ')})`);
        else if (v === null) continue;
        else if (Array.isArray(want) ? !want.includes(v as string) : typeof v !== want)
          err(
            `report.${k} must be ${Array.isArray(want) ? `one of ${want.join(', ')}` : `a ${want}`}, got ${JSON.stringify(v)}`,
          );
      }
  }
  if (obj.sections !== undefined) {
    if (!isIdList(obj.sections)) err('sections must be a list of section kinds');
    else for (const s of obj.sections) if (!vocab.sections.has(s)) err(`unknown section kind "${s}"`);
  }
  if (!isRecord(obj.facts)) err('facts must be a mapping (use {} when the passage states none)');
  else
    for (const [k, v] of Object.entries(obj.facts)) {
      const def = vocab.facts.get(k);
      if (!def) {
        err(
          vocab.derived.has(k)
            ? `facts.${k} is a derived fact: put it under derived:`
            : `facts.${k} is not a fact of the pack`,
        );
        continue;
      }
      if (def.type === 'count' && !(typeof v === 'number' && v >= 0 && Number.isInteger(v)))
        err(`facts.${k} (count) must be a whole number ≥ 0`);
      if (def.type === 'percent' && typeof v !== 'number') err(`facts.${k} (percent) must be a number`);
      if (def.type === 'boolean' && typeof v !== 'boolean') err(`facts.${k} (boolean) must be true or false`);
      if (def.type === 'enum' && !def.values?.includes(v as string))
        err(`facts.${k} (enum) must be one of ${def.values?.join(', ')}`);
    }
  if (obj.derived !== undefined) {
    if (!isRecord(obj.derived)) err('derived must be a mapping');
    else
      for (const [k, v] of Object.entries(obj.derived)) {
        if (!vocab.derived.has(k)) err(`derived.${k} is not a derived fact of the pack`);
        else if (typeof v !== 'number' && typeof v !== 'string') err(`derived.${k} must be a number`);
      }
  }
  for (const key of ['absent', 'ignore'] as const) {
    const list = obj[key];
    if (list === undefined) continue;
    if (!isIdList(list)) {
      err(`${key} must be a list of fact ids`);
      continue;
    }
    for (const f of list)
      if (!vocab.facts.has(f) && !vocab.derived.has(f)) err(`${key}: "${f}" is not a fact of the pack`);
  }
  const labelled = new Set([
    ...Object.keys(isRecord(obj.facts) ? obj.facts : {}),
    ...Object.keys(isRecord(obj.derived) ? obj.derived : {}),
  ]);
  const absent = isIdList(obj.absent) ? obj.absent : [];
  const ignore = isIdList(obj.ignore) ? obj.ignore : [];
  for (const f of absent) if (labelled.has(f)) err(`"${f}" is both labelled and absent`);
  for (const f of ignore) if (labelled.has(f)) err(`"${f}" is both labelled and ignored`);
  for (const f of absent) if (ignore.includes(f)) err(`"${f}" is both absent and ignored`);
  if (errors.length > 0) return { errors };
  return {
    errors,
    c: {
      file,
      id: obj.id as string,
      phenomenon: obj.phenomenon as string,
      text: obj.text as string,
      report: obj.report as CorpusCase['report'],
      sections: obj.sections as string[] | undefined,
      facts: obj.facts as Record<string, FactValue>,
      derived: (obj.derived ?? {}) as Record<string, FactValue>,
      absent,
      ignore,
    },
  };
}

export function loadCorpus(
  dir: string,
  vocab: Vocabulary,
  phenomena: readonly string[] = PHENOMENA,
): { cases: CorpusCase[]; errors: string[] } {
  const cases: CorpusCase[] = [];
  const errors: string[] = [];
  const seen = new Map<string, string>();
  for (const name of readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()) {
    const file = join(dir, name);
    let doc: unknown;
    try {
      doc = parse(readFileSync(file, 'utf8'));
    } catch (e) {
      errors.push(`${file}: not valid YAML: ${(e as Error).message}`);
      continue;
    }
    if (!Array.isArray(doc)) {
      errors.push(`${file}: the file must be a list of cases`);
      continue;
    }
    doc.forEach((raw, i) => {
      const { errors: es, c } = validateCase(raw, file, i, vocab, phenomena);
      errors.push(...es);
      if (!c) return;
      if (seen.has(c.id)) errors.push(`${file} ${c.id}: id already used in ${seen.get(c.id)}`);
      seen.set(c.id, file);
      cases.push(c);
    });
  }
  return { cases, errors };
}

// ---------------------------------------------------------------- scoring

export type Outcome = 'right' | 'wrong' | 'missed' | 'unwanted';

/** One judged value: a labelled value (right / wrong / missed) or an unlabelled extraction (unwanted). */
export interface Judgement {
  caseId: string;
  phenomenon: string;
  /** count | percent | enum | boolean | derived | report.<field> | sections */
  kind: string;
  field: string;
  expected?: unknown;
  actual?: unknown;
  outcome: Outcome;
}

const same = (a: unknown, b: unknown) =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= TOLERANCE + 1e-9 : a === b;

export function judgeCase(c: CorpusCase, x: Extracted, vocab: Vocabulary): Judgement[] {
  const out: Judgement[] = [];
  const add = (kind: string, field: string, expected: unknown, actual: unknown, outcome: Outcome) =>
    out.push({ caseId: c.id, phenomenon: c.phenomenon, kind, field, expected, actual, outcome });
  const labelled = (kind: string, field: string, expected: unknown, actual: unknown) =>
    add(kind, field, expected, actual, actual === undefined ? 'missed' : same(expected, actual) ? 'right' : 'wrong');

  // stated facts: every labelled value, and every extracted fact the case does not label or ignore
  for (const [f, v] of Object.entries(c.facts)) labelled(vocab.facts.get(f)?.type ?? 'fact', f, v, x.facts[f]);
  for (const [f, v] of Object.entries(x.facts)) {
    if (f in c.facts || c.ignore.includes(f)) continue;
    add(
      vocab.facts.get(f)?.type ?? 'fact',
      f,
      c.absent.includes(f) ? '(must be absent)' : '(not stated)',
      v,
      'unwanted',
    );
  }
  // derived facts: only those the case labels, or lists as absent
  for (const [f, v] of Object.entries(c.derived)) labelled('derived', f, v, x.derived[f]);
  for (const f of c.absent)
    if (vocab.derived.has(f) && x.derived[f] !== undefined)
      add('derived', f, '(must be absent)', x.derived[f], 'unwanted');
  // metadata: only the fields the case lists
  for (const [k, v] of Object.entries(c.report ?? {})) {
    const got = x.report[k];
    if (v === null) {
      if (got !== undefined) add(`report.${k}`, k, '(must be absent)', got, 'unwanted');
    } else labelled(`report.${k}`, k, v, got);
  }
  // sections, as a set
  if (c.sections) {
    const got = new Set(x.sections);
    for (const s of new Set(c.sections))
      add('sections', s, s, got.has(s) ? s : undefined, got.has(s) ? 'right' : 'missed');
    for (const s of got) if (!c.sections.includes(s)) add('sections', s, '(not a part)', s, 'unwanted');
  }
  return out;
}

export interface Tally {
  labelled: number;
  extracted: number;
  right: number;
}
export const precision = (t: Tally) => (t.extracted === 0 ? 1 : t.right / t.extracted);
export const recall = (t: Tally) => (t.labelled === 0 ? 1 : t.right / t.labelled);

/** labelled: right + wrong + missed; extracted (judged): right + wrong + unwanted. */
export function tally(js: Judgement[]): { overall: Tally; byKind: Map<string, Tally> } {
  const overall: Tally = { labelled: 0, extracted: 0, right: 0 };
  const byKind = new Map<string, Tally>();
  for (const j of js) {
    const t = byKind.get(j.kind) ?? { labelled: 0, extracted: 0, right: 0 };
    byKind.set(j.kind, t);
    for (const x of [t, overall]) {
      if (j.outcome !== 'unwanted') x.labelled++;
      if (j.outcome !== 'missed') x.extracted++;
      if (j.outcome === 'right') x.right++;
    }
  }
  return { overall, byKind };
}

export const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
export const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - s.length));
const KIND_ORDER = ['count', 'percent', 'enum', 'boolean', 'derived', 'sections'];

export function table(t: ReturnType<typeof tally>): string {
  const kinds = [...t.byKind.keys()].sort(
    (a, b) => (KIND_ORDER.indexOf(a) + 1 || 99) - (KIND_ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b),
  );
  const row = (name: string, x: Tally) =>
    `${pad(name, 22)}${pad(String(x.labelled), 10)}${pad(String(x.extracted), 11)}${pad(String(x.right), 7)}${pad(pct(precision(x)), 11)}${pct(recall(x))}`;
  return [
    `${pad('kind', 22)}${pad('labelled', 10)}${pad('extracted', 11)}${pad('right', 7)}${pad('precision', 11)}recall`,
    ...kinds.map((k) => row(k, t.byKind.get(k)!)),
    row('OVERALL', t.overall),
  ].join('\n');
}

export function failures(js: Judgement[]): string {
  const bad = js.filter((j) => j.outcome !== 'right');
  const lines: string[] = [];
  for (const p of [...PHENOMENA, ...new Set(bad.map((j) => j.phenomenon))].filter((p, i, a) => a.indexOf(p) === i)) {
    const mine = bad.filter((j) => j.phenomenon === p);
    if (mine.length === 0) continue;
    lines.push(`[${p}] ${mine.length}`);
    for (const j of mine) {
      const what =
        j.outcome === 'missed'
          ? `want ${JSON.stringify(j.expected)}, not extracted`
          : `want ${JSON.stringify(j.expected)}, got ${JSON.stringify(j.actual)}`;
      lines.push(
        `  ${pad(j.caseId, 14)} ${pad(j.outcome, 9)} ${j.kind === j.field || j.kind.startsWith('report.') ? j.kind : `${j.field}`}: ${what}`,
      );
    }
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------- running a case

/** The national pack and its vocabulary, loaded on first use so the scorer's self-test runs even when the pack does not load. */
let loaded: { pack: Pack; vocab: Vocabulary } | undefined;
export function national(): { pack: Pack; vocab: Vocabulary } {
  if (!loaded) {
    const pack = loadPack('national');
    loaded = {
      pack,
      vocab: {
        facts: new Map(pack.facts.map((f) => [f.id, { type: f.type, values: (f as { values?: string[] }).values }])),
        derived: new Set(pack.derived.map((d) => d.id)),
        sections: new Set(pack.sections.map((s) => s.id)),
      },
    };
  }
  return loaded;
}

export function run(c: CorpusCase, pack: Pack): Extracted {
  try {
    const r = extractReport(c.text, pack);
    const map = factMap(r, pack.derived);
    const derived: Record<string, unknown> = {};
    for (const d of pack.derived) if (map.get(d.id) !== undefined) derived[d.id] = map.get(d.id);
    return { report: r.report as Record<string, unknown>, sections: r.sections, facts: r.facts, derived };
  } catch (e) {
    return { report: {}, sections: [], facts: {}, derived: {}, error: (e as Error).message };
  }
}

/** One labelled set measured end to end: every case extracted, judged, tallied, and a readable report. */
export interface CorpusMeasure {
  cases: CorpusCase[];
  errors: string[];
  crashed: string[];
  overall: Tally;
  report: string;
}

export function measureCorpus(dir: string, title: string, phenomena: readonly string[] = PHENOMENA): CorpusMeasure {
  const { pack, vocab } = national();
  const { cases, errors } = loadCorpus(dir, vocab, phenomena);
  const judgements: Judgement[] = [];
  const crashed: string[] = [];
  for (const c of cases) {
    const x = run(c, pack);
    if (x.error) crashed.push(`${c.file} ${c.id}: extractReport threw: ${x.error}`);
    judgements.push(...judgeCase(c, x, vocab));
  }
  const t = tally(judgements);
  const perPhenomenon = phenomena.map((p) => {
    const pt = tally(judgements.filter((j) => j.phenomenon === p)).overall;
    const n = cases.filter((c) => c.phenomenon === p).length;
    return `${pad(p, 16)} cases ${pad(String(n), 4)} labelled ${pad(String(pt.labelled), 5)} extracted ${pad(String(pt.extracted), 5)} precision ${pad(pct(precision(pt)), 7)} recall ${pct(recall(pt))}`;
  });
  const report = [
    `${title}: ${cases.length} cases`,
    table(t),
    '',
    'by phenomenon:',
    ...perPhenomenon,
    '',
    'wrong, missed and unwanted values:',
    failures(judgements) || '  (none)',
    ...(crashed.length ? ['', 'crashes:', ...crashed] : []),
  ].join('\n');
  return { cases, errors, crashed, overall: t.overall, report };
}

/** Prints the report, then fails below the thresholds with the figures in the message. */
export function expectAtLeast(measured: CorpusMeasure, minPrecision: number, minRecall: number): void {
  console.log(measured.report);
  const summary = `precision ${pct(precision(measured.overall))}, recall ${pct(recall(measured.overall))}`;
  expect(measured.crashed, 'extractReport threw').toEqual([]);
  expect(precision(measured.overall), summary).toBeGreaterThanOrEqual(minPrecision);
  expect(recall(measured.overall), summary).toBeGreaterThanOrEqual(minRecall);
}

/**
 * The tests of a labelled set written blind (unseen/, blind/): well formed, at least `minCases`
 * cases, and extraction at or above the floors. The eleven phenomena plus `distractor`.
 */
export function describeBlindSet(
  title: string,
  dir: string,
  floors: { minCases: number; minPrecision: number; minRecall: number },
): void {
  describe(`the ${title}`, () => {
    const measured = measureCorpus(dir, title, [...PHENOMENA, 'distractor']);

    it(`is well formed and has at least ${floors.minCases} cases`, () => {
      expect(measured.errors).toEqual([]);
      expect(measured.cases.length).toBeGreaterThanOrEqual(floors.minCases);
    });

    it(`extraction reaches precision ${floors.minPrecision * 100}% and recall ${floors.minRecall * 100}% on its cases`, () => {
      expectAtLeast(measured, floors.minPrecision, floors.minRecall);
    });
  });
}
