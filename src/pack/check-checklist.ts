import { Rule, type TopLevelCondition } from '../model/index.js';
import { problem, type Problem } from '../problems/problem.js';
import { suggest } from '../util/suggest.js';
import type { CompiledRule } from './compiled-pack.js';
import { scanCondition, type ConditionContext } from './conditions.js';
import { duplicateIds } from './duplicate-ids.js';
import { TEMPLATE_EXTRAS, type FactCatalog } from './fact-catalog.js';
import type { Located, MergedPack, RawRule } from './merge-layers.js';
import { templatePlaceholders } from './template.js';
import { locateInScalar } from './template-position.js';
import { unreachableTiers } from './tier-reach.js';
import { factsOf, requirementsOfConditions } from './requirements.js';
import { pointerAt } from '../source/yaml-source.js';

/**
 * Everything about the rules that a JSON Schema cannot say. Runs after the schema check,
 * which leaves condition trees to scanCondition here.
 */
export function checkChecklist(
  merged: MergedPack,
  catalog: FactCatalog,
): { conditions: Record<string, TopLevelCondition>; rules: CompiledRule[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const names = new Set(merged.conditions.map((c) => c.name));
  const named = Object.fromEntries(merged.conditions.map((c) => [c.name, c.value]));
  for (const c of merged.conditions)
    scanCondition(c.value, c.pointer, { source: c.source, catalog, namedConditions: names, problems });
  problems.push(...duplicateIds(merged.rules, 'rule'));
  const checks: Checks = {
    catalog,
    names,
    named,
    problems,
    categories: merged.categories.map((c) => c.value.id),
    reported: (file, at) => [...merged.invalid].some((k) => k === `${file}#${at}` || k.startsWith(`${file}#${at}/`)),
  };
  const rules: CompiledRule[] = [];
  for (const entry of merged.rules) {
    const compiled = checkRule(entry, checks);
    if (compiled) rules.push(compiled);
  }
  if (rules.length === 0 && problems.length === 0) {
    const last = merged.checklistSource ?? merged.manifestSource;
    problems.push(problem('pack.no-rules', last.file, {}, pointerAt(last, '')));
  }
  return { conditions: named, rules, problems };
}

/** What every rule is checked against, and where its problems go. */
interface Checks {
  catalog: FactCatalog;
  names: ReadonlySet<string>;
  named: Record<string, TopLevelCondition>;
  problems: Problem[];
  categories: string[];
  /** whether the schema check already reported something at or below this place */
  reported: (file: string, at: string) => boolean;
}

type RuleEntry = Located<RawRule>;

/** One rule: its conditions scanned, then what the schema cannot say about it; the compiled rule when it is enabled. */
function checkRule(entry: RuleEntry, checks: Checks): CompiledRule | undefined {
  const { value: rawRule, source, pointer: at } = entry;
  const { catalog, problems } = checks;
  const before = problems.length;
  const { facts, sections, naFacts } = conditionReads(entry, checks);
  const parsed = Rule.safeParse(rawRule);
  if (!parsed.success) {
    if (problems.length === before && !checks.reported(source.file, at)) {
      problems.push(
        problem(
          'schema.other',
          source.file,
          { reason: parsed.error.issues[0]?.message ?? 'invalid rule' },
          locate(entry, at),
        ),
      );
    }
    return undefined;
  }
  const rule = parsed.data;
  checkScoring(rule, entry, checks, facts);
  // A template can only be judged once the facts it may name are known.
  const readFacts = catalog.closure(facts);
  const naRead = catalog.closure(naFacts);
  if (problems.length === before)
    checkTemplates(rule, entry, problems, [...readFacts, ...TEMPLATE_EXTRAS], [...naRead, ...TEMPLATE_EXTRAS]);
  const conditions = [rule.when, ...(rule.tiers ?? []).map((t) => t.when), rule.notApplicable?.when].filter(
    (c) => c !== undefined,
  );
  const metaFields = [
    ...new Set(
      requirementsOfConditions(conditions, checks.named)
        .filter((r) => r.fact === 'report' && r.path)
        .map((r) => r.path!.replace(/^\$\./, '').split('.')[0]!),
    ),
  ];
  return rule.enabled
    ? { rule, facts, readFacts, naFacts: naRead, metaFields, sections, file: source.file }
    : undefined;
}

const locate = (entry: RuleEntry, pointer: string) => pointerAt(entry.source, pointer);

/** The rule's conditions checked; the facts and sections they read — the notApplicable condition's facts apart. */
function conditionReads(
  { value: rawRule, source, pointer: at }: RuleEntry,
  checks: Checks,
): { facts: string[]; sections: string[]; naFacts: string[] } {
  const { problems } = checks;
  const ctx: ConditionContext = { source, catalog: checks.catalog, namedConditions: checks.names, problems };
  const before = problems.length;
  const facts: string[] = [];
  const sections: string[] = [];
  const collect = (condition: unknown, p: string) => {
    const scan = scanCondition(condition, p, ctx);
    if (problems.length > before) return;
    for (const s of scan.sections) if (!sections.includes(s)) sections.push(s);
    for (const f of factsOf(condition as TopLevelCondition, checks.named)) if (!facts.includes(f)) facts.push(f);
  };
  if (rawRule.when !== undefined) collect(rawRule.when, `${at}/when`);
  rawRule.tiers?.forEach((tier, t) => {
    collect(tier.when, `${at}/tiers/${t}/when`);
  });
  // The notApplicable condition's facts are optional: absent, the rule simply applies.
  const naFacts: string[] = [];
  const na = (rawRule as { notApplicable?: { when?: unknown } }).notApplicable;
  if (na && typeof na === 'object' && na.when !== undefined) {
    scanCondition(na.when, `${at}/notApplicable/when`, ctx);
    if (problems.length === before)
      for (const f of factsOf(na.when as TopLevelCondition, checks.named)) if (!naFacts.includes(f)) naFacts.push(f);
  }
  return { facts, sections, naFacts };
}

/**
 * Its category, one way of scoring, tiers that can be reached and are worth no more than the rule, a
 * deduction's fact (added to `facts`).
 */
function checkScoring(rule: Rule, entry: RuleEntry, { catalog, categories, problems }: Checks, facts: string[]): void {
  const file = entry.source.file;
  const at = entry.pointer;
  if (!categories.includes(rule.category)) {
    problems.push(
      problem(
        'pack.unknown-category',
        file,
        { category: rule.category, allowed: categories.join(', ') },
        locate(entry, `${at}/category`),
      ),
    );
  }
  const forms = [rule.when, rule.tiers, rule.deduct, rule.onEvent].filter((f) => f !== undefined).length;
  if (forms !== 1) problems.push(problem('pack.scoring-form', file, {}, locate(entry, at)));
  for (const [earlier, later] of unreachableTiers(rule.tiers ?? [])) {
    problems.push(
      problem(
        'pack.tier-unreachable',
        file,
        { tier: later + 1, earlier: earlier + 1 },
        locate(entry, `${at}/tiers/${later}/when`),
      ),
    );
  }
  rule.tiers?.forEach((tier, t) => {
    if (tier.points > rule.points) {
      problems.push(
        problem(
          'pack.tier-points',
          file,
          { tierPoints: tier.points, points: rule.points },
          locate(entry, `${at}/tiers/${t}/points`),
        ),
      );
    }
  });
  if (rule.deduct) {
    const fact = rule.deduct.fact;
    if (!catalog.has(fact)) {
      const suggestion = suggest(fact, catalog.ids());
      problems.push(
        problem(
          'pack.unknown-fact',
          file,
          { fact, ...(suggestion ? { suggestion } : {}) },
          locate(entry, `${at}/deduct/fact`),
        ),
      );
    } else if (!facts.includes(fact)) facts.push(fact);
  }
}

/** Every {{…}} of the rule's messages names a value the message can have. */
function checkTemplates(
  rule: Rule,
  { source, pointer: at }: RuleEntry,
  problems: Problem[],
  usable: string[],
  naUsable: string[],
): void {
  const templates = [
    ['message', rule.message, usable],
    ['missingMessage', rule.missingMessage, usable],
    ['notApplicable/message', rule.notApplicable?.message, naUsable],
    ...(rule.tiers ?? []).map((tier, t) => [`tiers/${t}/message`, tier.message, usable] as const),
  ] as const;
  for (const [key, template, allowed] of templates) {
    // Every {{…}} is judged, not only well-formed names: {{__proto__}} or {{constructor}} is a mistake,
    // never text or a prototype read.
    const placeholders = templatePlaceholders(template ?? '');
    placeholders.forEach(({ name, text }, i) => {
      if (allowed.includes(name)) return;
      const nth = placeholders.slice(0, i).filter((p) => p.text === text).length;
      const pointer = `${at}/${key}`;
      problems.push(
        problem(
          'pack.template-fact',
          source.file,
          { name, allowed: allowed.join(', ') },
          { pointer, ...locateInScalar(source, pointer, text, nth) },
        ),
      );
    });
  }
}
