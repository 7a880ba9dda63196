import { BoundedMap } from '../util/bounded-map.js';
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
  return fillTemplateWith(
    template,
    (name) => (Object.hasOwn(values, name) ? values[name] : undefined),
    display,
    unknown,
  );
}

/** fillTemplate with each value looked up by name: no object of values is built for one message. */
export function fillTemplateWith(
  template: string,
  lookup: (name: string) => unknown,
  display: (name: string, value: unknown) => string | undefined = () => undefined,
  unknown = '〈未载明〉',
): string {
  const { texts, names } = partsOf(template);
  let out = texts[0]!;
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    const v = lookup(name);
    out += v === undefined || v === null ? unknown : shown(name, v, display);
    out += texts[i + 1]!;
  }
  return out;
}

function shown(name: string, v: unknown, display: (name: string, value: unknown) => string | undefined): string {
  const words = display(name, v);
  if (words !== undefined) return words;
  return typeof v === 'number' ? formatNumber(v) : String(v);
}

/** A template split at its placeholders: the text around them (one more than the names) and the names. */
type TemplateParts = { texts: string[]; names: string[] };

/** Templates are the pack's few sentences, filled once per finding: each is split once. */
const split = new BoundedMap<string, TemplateParts>();

function partsOf(template: string): TemplateParts {
  return split.get(template) ?? split.set(template, splitTemplate(template));
}

function splitTemplate(template: string): TemplateParts {
  const parts: TemplateParts = { texts: [], names: [] };
  let at = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    parts.texts.push(template.slice(at, m.index));
    parts.names.push(m[1]!);
    at = m.index + m[0].length;
  }
  parts.texts.push(template.slice(at));
  return parts;
}
