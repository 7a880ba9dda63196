import type { FactExtractor } from './compile.js';
import { parseNumeral } from './numbers.js';
import { unitsOf } from './fact-units.js';

/** A cell's one figure, with the fact's unit if it gives one (655件, 98.6%, 1,807); undefined otherwise. */
export function cellValue(x: FactExtractor, cell: string): number | undefined {
  const m = CELL_FIGURE.exec(cell.trim());
  if (!m) return undefined;
  if (m[2] && !unitsOf(x).includes(m[2].replace('％', '%'))) return undefined;
  return parseNumeral(m[1]!);
}

const CELL_FIGURE = /^(\d{1,3}(?:[,，]\d{3})+|\d+(?:\.\d+)?)\s*([%％]|[件场次人名卷项个起宗份期]{1,2})?$/u;
