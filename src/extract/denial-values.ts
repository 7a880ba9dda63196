import type { FactValue } from '../model/report.js';
import type { FactExtractor } from './compile.js';

/** The value a denial of `value` gives: the pack's whenNegated, or false for a boolean's true; none for a denial. */
export function deniedValue(x: FactExtractor, value: string): string | undefined {
  return x.whenNegated?.[value] ?? (x.type === 'boolean' && value === 'true' ? 'false' : undefined);
}

/** Whether a value is one a denial gives: false, or what the fact maps a denied value to (none). */
export function isDenial(x: FactExtractor, value: FactValue): boolean {
  if (value === false || value === 'false') return true;
  const mapped = x.whenNegated;
  if (mapped === undefined || typeof value !== 'string') return false;
  for (const k in mapped) if (mapped[k] === value) return true;
  return false;
}
