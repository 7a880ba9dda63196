import { problem, type Problem } from '../problems/problem.js';
import type { YamlSource } from '../source/yaml-source.js';
import { isKnownOperator, OPERATOR_NAMES, SIMPLE_PATH } from './condition-grammar.js';
import { suggest } from '../util/suggest.js';
import { ReportMeta } from '../model/report.js';
import type { ConditionShapeReason } from '../problems/messages.js';
import type { FactCatalog } from './fact-catalog.js';

const LEAF_KEYS = new Set(['fact', 'operator', 'value', 'path', 'params', 'name', 'priority']);
const BOOLEAN_KEYS = ['all', 'any', 'not', 'condition'] as const;
const ENUM_OPERATORS = new Set(['equal', 'notEqual', 'in', 'notIn']);

const NUMERIC_TYPES = new Set(['percent', 'count', 'number']);
/** The metadata fields a rule can read from `report` with a path (model/report.ts ReportMeta). */
const REPORT_FIELDS = Object.keys(ReportMeta.shape);

export interface ConditionScan {
  /** fact ids the condition reads, in order of appearance, without repeats */
  facts: string[];
  /** named conditions it references */
  references: string[];
  /** values compared against the `sections` fact */
  sections: string[];
}

export interface ConditionContext {
  source: YamlSource;
  catalog: FactCatalog;
  namedConditions: ReadonlySet<string>;
  problems: Problem[];
}

/** Checks a condition tree as json-rules-engine will read it, and lists what it reads. */
export function scanCondition(root: unknown, pointer: string, ctx: ConditionContext): ConditionScan {
  const scan: ConditionScan = { facts: [], references: [], sections: [] };
  const add = (list: string[], v: string) => {
    if (!list.includes(v)) list.push(v);
  };
  const fail = (at: string, reason: ConditionShapeReason, extra: Record<string, string> = {}, where: 'key' | 'value' = 'value') =>
    ctx.problems.push(problem('pack.condition-shape', ctx.source.file, { reason, ...extra }, { pointer: at, ...ctx.source.locate(at, where) }));

  const visit = (node: unknown, at: string, topLevel: boolean): void => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) {
      fail(at, topLevel ? 'top-level' : 'not-mapping');
      return;
    }
    const obj = node as Record<string, unknown>;
    const kinds = BOOLEAN_KEYS.filter((k) => k in obj);
    if (kinds.length > 1) {
      fail(at, 'several-kinds', { kinds: kinds.join(', ') });
      return;
    }
    const kind = kinds[0];
    if (kind === undefined) {
      if (topLevel) {
        fail(at, 'top-level');
        return;
      }
      visitLeaf(obj, at);
      return;
    }
    for (const key of Object.keys(obj)) {
      if (key !== kind && key !== 'name' && key !== 'priority') fail(`${at}/${key}`, 'extra-key', { kind, key }, 'key');
    }
    const inner = obj[kind];
    if (kind === 'all' || kind === 'any') {
      if (!Array.isArray(inner)) fail(`${at}/${kind}`, 'not-list', { kind });
      // json-rules-engine reads all: [] as true and any: [] as false: a rule that always or never passes
      else if (inner.length === 0) fail(`${at}/${kind}`, 'empty-list', { kind });
      else inner.forEach((c, i) => visit(c, `${at}/${kind}/${i}`, false));
    } else if (kind === 'not') {
      visit(inner, `${at}/not`, false);
    } else {
      if (typeof inner !== 'string') fail(`${at}/condition`, 'reference-name');
      else if (!ctx.namedConditions.has(inner)) {
        ctx.problems.push(
          problem('pack.unknown-condition', ctx.source.file, { name: inner }, { pointer: `${at}/condition`, ...ctx.source.locate(`${at}/condition`) }),
        );
      } else add(scan.references, inner);
    }
  };

  const visitLeaf = (obj: Record<string, unknown>, at: string): void => {
    for (const key of Object.keys(obj)) {
      if (!LEAF_KEYS.has(key)) {
        const hint = suggest(key, [...LEAF_KEYS, ...BOOLEAN_KEYS]);
        fail(`${at}/${key}`, 'unknown-key', { key, ...(hint ? { hint } : {}) }, 'key');
      }
    }
    for (const key of ['fact', 'operator'] as const) {
      if (typeof obj[key] !== 'string') fail(at, 'leaf-needs', { key });
    }
    if (!('value' in obj)) fail(at, 'leaf-needs', { key: 'value' });
    if (obj.path !== undefined && (typeof obj.path !== 'string' || !SIMPLE_PATH.test(obj.path))) {
      fail(`${at}/path`, 'path');
    }
    const fact = typeof obj.fact === 'string' ? obj.fact : undefined;
    if (fact !== undefined) checkFact(fact, `${at}/fact`) && add(scan.facts, fact);
    if (fact !== undefined && typeof obj.path === 'string' && SIMPLE_PATH.test(obj.path)) checkPath(fact, obj.path, `${at}/path`);
    const operator = typeof obj.operator === 'string' ? obj.operator : undefined;
    if (operator !== undefined && !isKnownOperator(operator)) {
      const suggestion = suggest(operator.split(':').pop()!, OPERATOR_NAMES);
      ctx.problems.push(
        problem(
          'pack.unknown-operator',
          ctx.source.file,
          { operator, allowed: OPERATOR_NAMES.join(', '), ...(suggestion ? { suggestion } : {}) },
          { pointer: `${at}/operator`, ...ctx.source.locate(`${at}/operator`) },
        ),
      );
    }
    const value = obj.value;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const ref = (value as Record<string, unknown>).fact;
      if (typeof ref !== 'string') fail(`${at}/value`, 'value-ref');
      else if (checkFact(ref, `${at}/value/fact`)) add(scan.facts, ref);
    } else if (fact !== undefined && operator !== undefined) {
      checkValue(fact, operator, value, `${at}/value`);
    }
  };

  const checkFact = (fact: string, at: string): boolean => {
    if (ctx.catalog.has(fact)) return true;
    const suggestion = suggest(fact, ctx.catalog.ids());
    ctx.problems.push(
      problem('pack.unknown-fact', ctx.source.file, { fact, ...(suggestion ? { suggestion } : {}) }, { pointer: at, ...ctx.source.locate(at) }),
    );
    return false;
  };

  // A typo in a path (or a path on a number) reads nothing, so a stated value would look unstated.
  const checkPath = (fact: string, path: string, at: string): void => {
    if (fact === 'report') {
      const field = /^\$\.([A-Za-z_]\w*)/.exec(path)?.[1];
      if (field !== undefined && !REPORT_FIELDS.includes(field)) {
        const hint = suggest(field, REPORT_FIELDS);
        fail(at, 'meta-path', { path, allowed: REPORT_FIELDS.join(', '), ...(hint ? { hint } : {}) });
      }
      return;
    }
    const def = ctx.catalog.definition(fact);
    const type = def?.type ?? (fact === 'sections' ? 'list' : ctx.catalog.derived(fact) ? 'number' : undefined);
    if (type !== undefined) fail(at, 'path-on-scalar', { fact, type });
  };

  /** A derived fact is numeric unless it is a date (yearDate) or passes on a non-numeric input (coalesce, zeroBase's first). */
  const derivedIsNumeric = (fact: string, depth = 0): boolean => {
    const d = ctx.catalog.derived(fact);
    if (!d || d.op === 'yearDate' || depth > 8) return false;
    if (d.op !== 'coalesce' && d.op !== 'zeroBase') return true;
    return (d.op === 'zeroBase' ? (d.of ?? []).slice(0, 1) : (d.of ?? [])).every((id) => {
      const def = ctx.catalog.definition(id);
      return def ? NUMERIC_TYPES.has(def.type) : derivedIsNumeric(id, depth + 1);
    });
  };

  const checkValue = (fact: string, operator: string, value: unknown, at: string): void => {
    const base = operator.split(':').pop()!;
    if ((base === 'in' || base === 'notIn') && !Array.isArray(value)) {
      fail(at, 'list-operator', { operator });
      return;
    }
    const def0 = ctx.catalog.definition(fact);
    const numeric = def0 ? NUMERIC_TYPES.has(def0.type) : derivedIsNumeric(fact);
    const scalars = Array.isArray(value) ? value : [value];
    // "100" against a percentage never matches (json-rules-engine compares with ===, < on strings)
    if (numeric && !operator.includes(':') && scalars.some((v) => typeof v !== 'number')) {
      const bad = scalars.find((v) => typeof v !== 'number');
      fail(at, 'value-type', { fact, type: def0?.type ?? 'number', value: String(bad), expected: 'a number, e.g. 100' });
      return;
    }
    if (def0?.type === 'boolean' && scalars.some((v) => typeof v !== 'boolean')) {
      const bad = scalars.find((v) => typeof v !== 'boolean');
      fail(at, 'value-type', { fact, type: 'boolean', value: String(bad), expected: 'true or false' });
      return;
    }
    if (fact === 'sections' && (base === 'contains' || base === 'doesNotContain')) {
      if (typeof value === 'string') {
        add(scan.sections, value);
        if (!ctx.catalog.sectionIds.includes(value)) {
          ctx.problems.push(
            problem('pack.unknown-section', ctx.source.file, { section: value, allowed: ctx.catalog.sectionIds.join(', ') }, { pointer: at, ...ctx.source.locate(at) }),
          );
        }
      }
      return;
    }
    const def = ctx.catalog.definition(fact);
    if (def?.type !== 'enum' || !def.values || !ENUM_OPERATORS.has(base)) return;
    const values = Array.isArray(value) ? value : [value];
    values.forEach((v, i) => {
      if (typeof v === 'string' && !def.values!.includes(v)) {
        const p = Array.isArray(value) ? `${at}/${i}` : at;
        ctx.problems.push(
          problem('pack.enum-value', ctx.source.file, { fact, value: v, allowed: def.values!.join(', ') }, { pointer: p, ...ctx.source.locate(p) }),
        );
      }
    });
  };

  visit(root, pointer, true);
  return scan;
}
