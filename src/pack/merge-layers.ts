import type { Category, DerivedFact, FactDefinition, Grade, PackManifest, SectionDefinition } from '../model/pack.js';
import type { TopLevelCondition } from '../model/condition.js';
import type { VocabularyFile } from '../model/vocabulary.js';
import { problem, type Problem } from '../problems/problem.js';
import { pointerAt, type YamlSource } from '../source/yaml-source.js';
import type { Layer } from '../source/pack-dir.js';

/** A value from a pack file, with where it came from so a problem can point at it. */
export interface Located<T> {
  value: T;
  source: YamlSource;
  pointer: string;
}

export type RawRule = Record<string, unknown> & { id: string; tiers?: { when: unknown }[] };

/** The layers of a pack chain folded into one: a child replaces by id and adds; overrides edit inherited rules. */
export interface MergedPack {
  manifest: Omit<PackManifest, 'grades' | 'categories'>;
  manifestSource: YamlSource;
  grades?: Located<Grade[]>;
  categories: Located<Category>[];
  facts: Located<FactDefinition>[];
  derived: Located<DerivedFact>[];
  sections: Located<SectionDefinition>[];
  conditions: (Located<TopLevelCondition> & { name: string })[];
  rules: Located<RawRule>[];
  /** the last checklist.yaml of the chain: where a pack-wide checklist problem is reported */
  checklistSource?: YamlSource;
  /** every layer's vocabulary.yaml, a child's words added to its parent's under the same key */
  vocabulary: VocabularyFile;
  /** `file#pointer` of values the schema check already reported */
  invalid: Set<string>;
}

const SCORING_FORMS = ['when', 'tiers', 'deduct', 'onEvent'] as const;

export function mergeLayers(chain: Layer[], problems: Problem[]): MergedPack | undefined {
  const last = chain[chain.length - 1];
  if (!last?.sources.manifest) return undefined;
  const merged: MergedPack = {
    manifest: { id: '', title: '', version: '' },
    manifestSource: last.sources.manifest,
    categories: [],
    facts: [],
    derived: [],
    sections: [],
    conditions: [],
    rules: [],
    vocabulary: {},
    invalid: new Set(chain.flatMap((l) => [...l.invalid])),
  };
  for (const layer of chain) {
    const m = layer.sources.manifest;
    if (m) {
      const data = m.data as PackManifest;
      // notSubmittedGrade is inherited unless the child names its own
      const notSubmittedGrade = data.notSubmittedGrade ?? merged.manifest.notSubmittedGrade;
      merged.manifest = {
        id: data.id,
        title: data.title,
        version: data.version,
        ...(data.description ? { description: data.description } : {}),
        ...(data.extends ? { extends: data.extends } : {}),
        ...(notSubmittedGrade ? { notSubmittedGrade } : {}),
      };
      if (data.grades) merged.grades = { value: data.grades, source: m, pointer: '/grades' };
      (data.categories ?? []).forEach((c, i) => {
        upsert(merged.categories, c, m, `/categories/${i}`);
      });
    }
    const f = layer.sources.facts;
    if (f) {
      const data = f.data as { facts?: FactDefinition[]; derived?: DerivedFact[] };
      (data.facts ?? []).forEach((x, i) => {
        upsert(merged.facts, x, f, `/facts/${i}`);
      });
      (data.derived ?? []).forEach((x, i) => {
        upsert(merged.derived, x, f, `/derived/${i}`);
      });
    }
    const s = layer.sources.sections;
    if (s)
      ((s.data as { sections?: SectionDefinition[] }).sections ?? []).forEach((x, i) => {
        upsert(merged.sections, x, s, `/sections/${i}`);
      });
    const v = layer.sources.vocabulary;
    if (v) mergeVocabulary(merged.vocabulary, v.data as VocabularyFile);
    const c = layer.sources.checklist;
    if (c) merged.checklistSource = c;
    if (c) mergeChecklist(merged, c, layer === chain[0], problems);
  }
  return merged;
}

/** A child's words join its parent's: lists by key, and by key within the keyed groups (roles, scopes …). */
function mergeVocabulary(into: VocabularyFile, add: VocabularyFile): void {
  const union = (a: string[] | undefined, b: string[]) => [...new Set([...(a ?? []), ...b])];
  const target = into as Record<string, unknown>;
  for (const [key, value] of Object.entries(add) as [string, unknown][]) {
    if (Array.isArray(value)) target[key] = union(target[key] as string[] | undefined, value as string[]);
    else if (value && typeof value === 'object') {
      const group = (target[key] ??= {}) as Record<string, string[]>;
      for (const [k, words] of Object.entries(value as Record<string, string[]>)) group[k] = union(group[k], words);
    }
  }
}

function upsert<T extends { id: string }>(list: Located<T>[], value: T, source: YamlSource, pointer: string): void {
  const i = list.findIndex((e) => e.value.id === value.id && e.source !== source);
  const entry = { value, source, pointer };
  if (i >= 0) list[i] = entry;
  else list.push(entry);
}

function mergeChecklist(merged: MergedPack, source: YamlSource, isRoot: boolean, problems: Problem[]): void {
  const raw = source.data as { conditions?: unknown; rules?: unknown; overrides?: unknown };
  // The schema check has reported any wrong shape; keep what has the shape of rules.
  const list = (v: unknown) =>
    Array.isArray(v)
      ? v.filter((r): r is RawRule => r !== null && typeof r === 'object' && typeof (r as RawRule).id === 'string')
      : [];
  const data = {
    conditions:
      raw.conditions !== null && typeof raw.conditions === 'object'
        ? (raw.conditions as Record<string, TopLevelCondition>)
        : {},
    rules: list(raw.rules),
    overrides: list(raw.overrides),
  };
  for (const [name, condition] of Object.entries(data.conditions ?? {})) {
    const i = merged.conditions.findIndex((c) => c.name === name);
    const entry = { name, value: condition, source, pointer: `/conditions/${name}` };
    if (i >= 0) merged.conditions[i] = entry;
    else merged.conditions.push(entry);
  }
  const inherited = new Map(merged.rules.map((r, i) => [r.value.id, i]));
  (data.rules ?? []).forEach((rule, i) => {
    const at = `/rules/${i}`;
    if (inherited.has(rule.id)) {
      problems.push(problem('pack.rule-exists', source.file, { id: rule.id }, pointerAt(source, `${at}/id`)));
      return;
    }
    merged.rules.push({ value: rule, source, pointer: at });
  });
  (data.overrides ?? []).forEach((override, i) => {
    const at = `/overrides/${i}`;
    const index = inherited.get(override.id);
    if (index === undefined || isRoot) {
      problems.push(problem('pack.unknown-override', source.file, { id: override.id }, pointerAt(source, `${at}/id`)));
      return;
    }
    const base = { ...merged.rules[index]!.value };
    // A new way of scoring replaces the inherited one rather than adding a second.
    if (SCORING_FORMS.some((k) => k in override)) for (const k of SCORING_FORMS) delete base[k];
    merged.rules[index] = { value: { ...base, ...override }, source, pointer: at };
  });
}
