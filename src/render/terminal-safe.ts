/** C0 and C1 control characters other than tab and newline: ESC starts ANSI/OSC sequences. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

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
