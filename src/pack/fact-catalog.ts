import type { DerivedFact, FactDefinition } from '../model/pack.js';

/** Facts every pack has: the report's metadata block and the list of sections found. */
export const BUILTIN_FACTS = ['report', 'sections'] as const;

/** The fact ids a pack's conditions may read: stated facts, derived facts and the built-ins. */
export class FactCatalog {
  private readonly stated = new Map<string, FactDefinition>();
  private readonly computed = new Map<string, DerivedFact>();

  constructor(facts: FactDefinition[], derived: DerivedFact[], readonly sectionIds: string[]) {
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
  label(id: string, lang: 'zh' | 'en' = 'zh'): string {
    const def = this.stated.get(id) ?? this.computed.get(id);
    if (!def) return id;
    return lang === 'en' ? (def.en ?? def.label) : def.label;
  }
  /** How a value of this fact reads in a message: an enum value's label, when the pack gives one. */
  valueLabel(id: string, value: unknown): string | undefined {
    return typeof value === 'string' ? this.stated.get(id)?.valueLabels?.[value] : undefined;
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
