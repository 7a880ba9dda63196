import type { DerivedFact, FactDefinition } from '../model/pack.js';
import { packName, type Lang } from '../util/lang.js';

/** Facts every pack has: the report's metadata block and the list of sections found. */
export const BUILTIN_FACTS = ['report', 'sections'] as const;

/** Names a message template may use besides the rule's facts: the points earned and at stake. */
export const TEMPLATE_EXTRAS = ['points', 'maxPoints'] as const;

/**
 * Ids a pack may not give a fact, and why: the built-ins; the template parameters (a fact named
 * points could never be shown, {{points}} being the rule's points); and the names objects carry
 * from their prototype (constructor, toString …), which a lookup by name finds on any object.
 */
export const RESERVED_FACT_IDS: ReadonlyMap<string, 'builtin' | 'template' | 'object'> = new Map([
  ...BUILTIN_FACTS.map((id) => [id, 'builtin'] as const),
  ...TEMPLATE_EXTRAS.map((id) => [id, 'template'] as const),
  // those a fact id could spell (camelCase): __proto__ and the like are refused by the id's pattern already
  ...Object.getOwnPropertyNames(Object.prototype)
    .filter((id) => /^[a-z][A-Za-z0-9]*$/.test(id))
    .map((id) => [id, 'object'] as const),
]);

/** The fact ids a pack's conditions may read: stated facts, derived facts and the built-ins. */
export class FactCatalog {
  private readonly stated = new Map<string, FactDefinition>();
  private readonly computed = new Map<string, DerivedFact>();

  constructor(
    facts: FactDefinition[],
    derived: DerivedFact[],
    readonly sectionIds: string[],
  ) {
    for (const f of facts) this.stated.set(f.id, f);
    for (const d of derived) this.computed.set(d.id, d);
  }

  has(id: string): boolean {
    return this.stated.has(id) || this.computed.has(id) || (BUILTIN_FACTS as readonly string[]).includes(id);
  }
  ids(): string[] {
    return [...this.stated.keys(), ...this.computed.keys(), ...BUILTIN_FACTS];
  }
  definition(id: string): FactDefinition | undefined {
    return this.stated.get(id);
  }
  derived(id: string): DerivedFact | undefined {
    return this.computed.get(id);
  }
  statedIds(): string[] {
    return [...this.stated.keys()];
  }
  label(id: string, lang: Lang = 'zh'): string {
    const def = this.stated.get(id) ?? this.computed.get(id);
    if (!def) return id;
    return packName(lang, def.label, def.en);
  }
  /** How a value of this fact reads in a message: an enum value's label, when the pack gives one. */
  valueLabel(id: string, value: unknown): string | undefined {
    const labels = this.stated.get(id)?.valueLabels;
    // own keys only: a value such as "constructor" must not read the prototype
    return typeof value === 'string' && labels && Object.hasOwn(labels, value) ? labels[value] : undefined;
  }
  /** The fact itself plus, for a derived fact, every fact it is computed from. */
  closure(ids: Iterable<string>): string[] {
    const out: string[] = [];
    const visit = (id: string) => {
      if (out.includes(id)) return;
      out.push(id);
      for (const input of this.computed.get(id)?.of ?? []) visit(input);
    };
    for (const id of ids) visit(id);
    return out;
  }
}
