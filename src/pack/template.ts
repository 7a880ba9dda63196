import { formatNumber } from '../util/numbers.js';

/** A placeholder that inserts a value: `{{headAppearanceRate}}`. */
const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;
/** Anything written as a placeholder, whether or not it names a value: `{{__proto__}}`, `{{ a.b }}`, `{{}}`. */
const ANY_PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/**
 * Every `{{…}}` in a template, with what it names (trimmed) and where it stands: the pack check
 * judges each one, so a placeholder that names no value (`{{__proto__}}`) is an error, not text.
 */
export function templatePlaceholders(template: string): { name: string; text: string; index: number }[] {
  return [...template.matchAll(ANY_PLACEHOLDER)].map((m) => ({ name: m[1]!.trim(), text: m[0], index: m.index }));
}

/**
 * Fills a template; a name with no value is left visible as 〈未载明〉 rather than dropped.
 * `display` turns a raw value into its words (an enum value into its label). Only the values'
 * own properties are read: `{{constructor}}` never reaches an object's prototype.
 */
export function fillTemplate(
  template: string,
  values: Record<string, unknown>,
  display: (name: string, value: unknown) => string | undefined = () => undefined,
  unknown = '〈未载明〉',
): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const v = Object.hasOwn(values, name) ? values[name] : undefined;
    if (v === undefined || v === null) return unknown;
    const shown = display(name, v);
    if (shown !== undefined) return shown;
    if (typeof v === 'number') return formatNumber(v);
    return String(v);
  });
}
