import type { FactExtractor } from './compile.js';

/** The units a fact counts in: its `units`, else its one `unit` (a rate's %). */
export function unitsOf(x: FactExtractor): string[] {
  return x.def.units ?? (x.def.unit === undefined ? [] : [x.def.unit]);
}
