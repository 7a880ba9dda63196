import type { Pack } from '../pack/compiled-pack.js';
import { fillTemplateWith } from '../pack/template.js';

/** A sentence of the pack filled for one finding: the facts the rule read, its points and maximum, enum values in words. */
export function filled(
  template: string,
  pack: Pack,
  facts: Record<string, unknown>,
  maxPoints: number,
  points: number,
) {
  // points and maxPoints win over a fact of the same name, as they always have
  const value = (name: string): unknown => {
    if (name === 'points') return points;
    if (name === 'maxPoints') return maxPoints;
    return Object.hasOwn(facts, name) ? facts[name] : undefined;
  };
  return fillTemplateWith(template, value, (name, v) => pack.catalog.valueLabel(name, v));
}
