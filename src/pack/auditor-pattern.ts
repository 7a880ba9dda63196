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

/** What compiling a pattern gives: the pattern, or RE2's reason for refusing it. */
export type CompiledPattern = AuditorPattern | { error: string };

/**
 * Every fact's pattern compiled, by fact id: once, when a pack is opened, so that extraction
 * (extract/compile.ts) does not import RE2 (~270 KB of code to load) for the packs that have none.
 */
export function compilePatterns(
  facts: readonly { id: string; pattern?: string | undefined }[],
): Map<string, CompiledPattern> {
  const compiled = new Map<string, CompiledPattern>();
  for (const f of facts) if (f.pattern !== undefined) compiled.set(f.id, compileAuditorPattern(f.pattern));
  return compiled;
}

/**
 * An auditor-written regular expression, matched by RE2 (re2js) in time linear in the text:
 * `(a+)+$` cannot hang a batch however it is written. Measured 70× slower than V8 per
 * character, which is fine for the few optional patterns a pack has; the extractor's own
 * value patterns, built from literals, stay on V8. RE2 has no lookaround or backreferences:
 * such a pattern is refused when the pack loads, with RE2's reason.
 */
export function compileAuditorPattern(source: string): CompiledPattern {
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
