import { problem, type Problem } from '../problems/problem.js';
import { pointerAt, type YamlSource } from '../source/yaml-source.js';
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
  const scanner = new ConditionScanner(ctx);
  scanner.visit(root, pointer, true);
  return scanner.scan;
}

/** One walk over a condition tree: each node checked in document order, its problems pushed to the context. */
class ConditionScanner {
  readonly scan: ConditionScan = { facts: [], references: [], sections: [] };

  constructor(private readonly ctx: ConditionContext) {}

  private add(list: string[], v: string): void {
    if (!list.includes(v)) list.push(v);
  }

  private fail(
    at: string,
    reason: ConditionShapeReason,
    extra: Record<string, string> = {},
    where: 'key' | 'value' = 'value',
  ): void {
    this.ctx.problems.push(
      problem(
        'pack.condition-shape',
        this.ctx.source.file,
        { reason, ...extra },
        pointerAt(this.ctx.source, at, where),
      ),
    );
  }

  /** A problem other than the tree's shape, at the value `at` points to. */
  private report(code: Parameters<typeof problem>[0], params: Record<string, string>, at: string): void {
    this.ctx.problems.push(problem(code, this.ctx.source.file, params, pointerAt(this.ctx.source, at)));
  }

  visit(node: unknown, at: string, topLevel: boolean): void {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) {
      this.fail(at, topLevel ? 'top-level' : 'not-mapping');
      return;
    }
    const obj = node as Record<string, unknown>;
    const kinds = BOOLEAN_KEYS.filter((k) => k in obj);
    if (kinds.length > 1) {
      this.fail(at, 'several-kinds', { kinds: kinds.join(', ') });
      return;
    }
    const kind = kinds[0];
    if (kind === undefined) {
      if (topLevel) this.fail(at, 'top-level');
      else this.visitLeaf(obj, at);
      return;
    }
    for (const key of Object.keys(obj)) {
      if (key !== kind && key !== 'name' && key !== 'priority')
        this.fail(`${at}/${key}`, 'extra-key', { kind, key }, 'key');
    }
    this.visitBoolean(kind, obj[kind], at);
  }

  private visitBoolean(kind: (typeof BOOLEAN_KEYS)[number], inner: unknown, at: string): void {
    if (kind === 'all' || kind === 'any') {
      if (!Array.isArray(inner)) this.fail(`${at}/${kind}`, 'not-list', { kind });
      // json-rules-engine reads all: [] as true and any: [] as false: a rule that always or never passes
      else if (inner.length === 0) this.fail(`${at}/${kind}`, 'empty-list', { kind });
      else
        inner.forEach((c, i) => {
          this.visit(c, `${at}/${kind}/${i}`, false);
        });
    } else if (kind === 'not') {
      this.visit(inner, `${at}/not`, false);
    } else if (typeof inner !== 'string') {
      this.fail(`${at}/condition`, 'reference-name');
    } else if (!this.ctx.namedConditions.has(inner)) {
      this.report('pack.unknown-condition', { name: inner }, `${at}/condition`);
    } else this.add(this.scan.references, inner);
  }

  private visitLeaf(obj: Record<string, unknown>, at: string): void {
    for (const key of Object.keys(obj)) {
      if (!LEAF_KEYS.has(key)) {
        const hint = suggest(key, [...LEAF_KEYS, ...BOOLEAN_KEYS]);
        this.fail(`${at}/${key}`, 'unknown-key', { key, ...(hint ? { hint } : {}) }, 'key');
      }
    }
    for (const key of ['fact', 'operator'] as const) {
      if (typeof obj[key] !== 'string') this.fail(at, 'leaf-needs', { key });
    }
    if (!('value' in obj)) this.fail(at, 'leaf-needs', { key: 'value' });
    if (obj.path !== undefined && (typeof obj.path !== 'string' || !SIMPLE_PATH.test(obj.path))) {
      this.fail(`${at}/path`, 'path');
    }
    const fact = typeof obj.fact === 'string' ? obj.fact : undefined;
    if (fact !== undefined) this.checkFact(fact, `${at}/fact`) && this.add(this.scan.facts, fact);
    if (fact !== undefined && typeof obj.path === 'string' && SIMPLE_PATH.test(obj.path))
      this.checkPath(fact, obj.path, `${at}/path`);
    const operator = typeof obj.operator === 'string' ? obj.operator : undefined;
    if (operator !== undefined && !isKnownOperator(operator)) {
      const suggestion = suggest(operator.split(':').pop()!, OPERATOR_NAMES);
      this.report(
        'pack.unknown-operator',
        { operator, allowed: OPERATOR_NAMES.join(', '), ...(suggestion ? { suggestion } : {}) },
        `${at}/operator`,
      );
    }
    const value = obj.value;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const ref = (value as Record<string, unknown>).fact;
      if (typeof ref !== 'string') this.fail(`${at}/value`, 'value-ref');
      else if (this.checkFact(ref, `${at}/value/fact`)) this.add(this.scan.facts, ref);
    } else if (fact !== undefined && operator !== undefined) {
      this.checkValue(fact, operator, value, `${at}/value`);
    }
  }

  private checkFact(fact: string, at: string): boolean {
    if (this.ctx.catalog.has(fact)) return true;
    const suggestion = suggest(fact, this.ctx.catalog.ids());
    this.report('pack.unknown-fact', { fact, ...(suggestion ? { suggestion } : {}) }, at);
    return false;
  }

  // A typo in a path (or a path on a number) reads nothing, so a stated value would look unstated.
  private checkPath(fact: string, path: string, at: string): void {
    if (fact === 'report') {
      const field = /^\$\.([A-Za-z_]\w*)/.exec(path)?.[1];
      if (field !== undefined && !REPORT_FIELDS.includes(field)) {
        const hint = suggest(field, REPORT_FIELDS);
        this.fail(at, 'meta-path', { path, allowed: REPORT_FIELDS.join(', '), ...(hint ? { hint } : {}) });
      }
      return;
    }
    const def = this.ctx.catalog.definition(fact);
    const type = def?.type ?? (fact === 'sections' ? 'list' : this.ctx.catalog.derived(fact) ? 'number' : undefined);
    if (type !== undefined) this.fail(at, 'path-on-scalar', { fact, type });
  }

  /**
   * A derived fact is numeric unless it is a date (yearDate) or passes on a non-numeric input (coalesce,
   * zeroBase's first).
   */
  private derivedIsNumeric(fact: string, depth = 0): boolean {
    const d = this.ctx.catalog.derived(fact);
    if (!d || d.op === 'yearDate' || depth > 8) return false;
    if (d.op !== 'coalesce' && d.op !== 'zeroBase') return true;
    return (d.op === 'zeroBase' ? (d.of ?? []).slice(0, 1) : (d.of ?? [])).every((id) => {
      const def = this.ctx.catalog.definition(id);
      return def ? NUMERIC_TYPES.has(def.type) : this.derivedIsNumeric(id, depth + 1);
    });
  }

  private checkValue(fact: string, operator: string, value: unknown, at: string): void {
    const base = operator.split(':').pop()!;
    if ((base === 'in' || base === 'notIn') && !Array.isArray(value)) {
      this.fail(at, 'list-operator', { operator });
      return;
    }
    if (!this.valueTypeFits(fact, operator, value, at)) return;
    if (fact === 'sections' && (base === 'contains' || base === 'doesNotContain')) {
      if (typeof value === 'string') {
        this.add(this.scan.sections, value);
        if (!this.ctx.catalog.sectionIds.includes(value))
          this.report('pack.unknown-section', { section: value, allowed: this.ctx.catalog.sectionIds.join(', ') }, at);
      }
      return;
    }
    const def = this.ctx.catalog.definition(fact);
    if (def?.type !== 'enum' || !def.values || !ENUM_OPERATORS.has(base)) return;
    const values = Array.isArray(value) ? value : [value];
    values.forEach((v, i) => {
      if (typeof v === 'string' && !def.values!.includes(v)) {
        this.report(
          'pack.enum-value',
          { fact, value: v, allowed: def.values!.join(', ') },
          Array.isArray(value) ? `${at}/${i}` : at,
        );
      }
    });
  }

  /** A number for a numeric fact, true or false for a boolean one; says so and returns false otherwise. */
  private valueTypeFits(fact: string, operator: string, value: unknown, at: string): boolean {
    const def = this.ctx.catalog.definition(fact);
    const numeric = def ? NUMERIC_TYPES.has(def.type) : this.derivedIsNumeric(fact);
    const scalars = Array.isArray(value) ? value : [value];
    // "100" against a percentage never matches (json-rules-engine compares with ===, < on strings)
    if (numeric && !operator.includes(':') && scalars.some((v) => typeof v !== 'number')) {
      const bad = scalars.find((v) => typeof v !== 'number');
      this.fail(at, 'value-type', {
        fact,
        type: def?.type ?? 'number',
        value: String(bad),
        expected: 'a number, e.g. 100',
      });
      return false;
    }
    if (def?.type === 'boolean' && scalars.some((v) => typeof v !== 'boolean')) {
      const bad = scalars.find((v) => typeof v !== 'boolean');
      this.fail(at, 'value-type', { fact, type: 'boolean', value: String(bad), expected: 'true or false' });
      return false;
    }
    return true;
  }
}
