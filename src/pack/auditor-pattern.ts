import { RE2JS } from 're2js';

/** One match of an auditor's pattern: where it starts and ends (UTF-16 offsets) and its `value` group. */
export interface PatternMatch {
  index: number;
  text: string;
  value: string | undefined;
}

export interface AuditorPattern {
  source: string;
  matchAll(text: string): Iterable<PatternMatch>;
}

/**
 * An auditor-written regular expression, matched by RE2 (re2js) in time linear in the text:
 * `(a+)+$` cannot hang a batch however it is written. Measured 70× slower than V8 per
 * character, which is fine for the few optional patterns a pack has; the extractor's own
 * value patterns, built from literals, stay on V8. RE2 has no lookaround or backreferences:
 * such a pattern is refused when the pack loads, with RE2's reason.
 */
export function compileAuditorPattern(source: string): AuditorPattern | { error: string } {
  let re: ReturnType<typeof RE2JS.compile>;
  try {
    re = RE2JS.compile(source);
  } catch (e) {
    return { error: (e instanceof Error ? e.message : String(e)).replace(/^error parsing regexp: /, '') };
  }
  const named = source.includes('(?<value>') || source.includes('(?P<value>');
  return {
    source,
    *matchAll(text: string) {
      const m = re.matcher(text);
      while (m.find()) {
        const whole = m.group() ?? '';
        const value = named ? (m.group('value') ?? undefined) : m.groupCount() >= 1 ? (m.group(1) ?? undefined) : whole;
        yield { index: m.start(), text: whole, value };
      }
    },
  };
}
