import { CONTROL_CHARACTERS as CONTROL, escapeMarkdownText } from '../util/markdown-text.js';

/**
 * A copy of a value with control characters removed from every string in it. Text from a
 * report (an authority, a quote) must never reach a terminal as an escape sequence that clears
 * the screen or sets the window title; the card's own colours are added after this.
 */
export function withoutControlCharacters<T>(value: T): T {
  if (typeof value === 'string') return value.replace(CONTROL, '') as T;
  if (Array.isArray(value)) return value.map(withoutControlCharacters) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = withoutControlCharacters(v);
    return out as T;
  }
  return value;
}

/** Identifiers the card prints inside code spans, where an escape would show literally. */
const CODE_KEYS = new Set(['file', 'ruleId', 'category']);

/**
 * A copy of an assessment whose text cannot become markup: a report's `<script>`, `<iframe>` or
 * `[x](javascript:…)` reaches a Markdown reader as the characters it is, never as HTML or a link.
 */
export function markdownEscaped<T>(value: T, key = ''): T {
  if (typeof value === 'string') return (CODE_KEYS.has(key) ? value : escapeMarkdownText(value)) as T;
  if (Array.isArray(value)) return value.map((v) => markdownEscaped(v, key)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = markdownEscaped(v, k);
    return out as T;
  }
  return value;
}
