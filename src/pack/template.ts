const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

/** The names a message template inserts: `{{headAppearanceRate}}` → headAppearanceRate. */
export function templateNames(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/**
 * Fills a template; a name with no value is left visible as 〈未载明〉 rather than dropped.
 * `display` turns a raw value into its words (an enum value into its label).
 */
export function fillTemplate(
  template: string,
  values: Record<string, unknown>,
  display: (name: string, value: unknown) => string | undefined = () => undefined,
  unknown = '〈未载明〉',
): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const v = values[name];
    if (v === undefined || v === null) return unknown;
    const shown = display(name, v);
    if (shown !== undefined) return shown;
    if (typeof v === 'number') return formatNumber(v);
    return String(v);
  });
}

/** Up to two decimals, no trailing zeros: 95.7317 → 95.73, 100 → 100. */
export function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}
