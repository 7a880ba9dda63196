import { Rule, type TopLevelCondition } from '../model/index.js';
import { problem, type Problem } from '../problems/problem.js';
import { suggest } from '../util/suggest.js';
import type { CompiledRule } from './compiled-pack.js';
import { scanCondition, type ConditionContext } from './conditions.js';
import { duplicateIds } from './duplicate-ids.js';
import { TEMPLATE_EXTRAS, type FactCatalog } from './fact-catalog.js';
import type { MergedPack } from './merge-layers.js';
import { templatePlaceholders } from './template.js';
import { locateInScalar } from './template-position.js';
import { unreachableTiers } from './tier-reach.js';
import { factsOf, requirementsOfConditions } from './requirements.js';


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
  for (const c of merged.conditions) scanCondition(c.value, c.pointer, { source: c.source, catalog, namedConditions: names, problems });
  problems.push(...duplicateIds(merged.rules, 'rule'));
  const categories = merged.categories.map((c) => c.value.id);

  const rules: CompiledRule[] = [];
  const reported = (file: string, at: string) => [...merged.invalid].some((k) => k === `${file}#${at}` || k.startsWith(`${file}#${at}/`));
  for (const { value: rawRule, source, pointer: at } of merged.rules) {
    const schemaReported = reported(source.file, at);
    const ctx: ConditionContext = { source, catalog, namedConditions: names, problems };
    const locate = (p: string) => ({ pointer: p, ...source.locate(p) });
    const before = problems.length;
    const facts: string[] = [];
    const sections: string[] = [];
    const collect = (condition: unknown, p: string) => {
      const scan = scanCondition(condition, p, ctx);
      if (problems.length > before) return;
      for (const s of scan.sections) if (!sections.includes(s)) sections.push(s);
      for (const f of factsOf(condition as TopLevelCondition, named)) if (!facts.includes(f)) facts.push(f);
    };
    if (rawRule.when !== undefined) collect(rawRule.when, `${at}/when`);
    rawRule.tiers?.forEach((tier, t) => collect(tier.when, `${at}/tiers/${t}/when`));
    // The notApplicable condition's facts are optional: absent, the rule simply applies.
    const naFacts: string[] = [];
    const na = (rawRule as { notApplicable?: { when?: unknown } }).notApplicable;
    if (na && typeof na === 'object' && na.when !== undefined) {
      scanCondition(na.when, `${at}/notApplicable/when`, ctx);
      if (problems.length === before) for (const f of factsOf(na.when as TopLevelCondition, named)) if (!naFacts.includes(f)) naFacts.push(f);
    }

    const parsed = Rule.safeParse(rawRule);
    if (!parsed.success) {
      if (problems.length === before && !schemaReported) {
        problems.push(problem('schema.other', source.file, { reason: parsed.error.issues[0]?.message ?? 'invalid rule' }, locate(at)));
      }
      continue;
    }
    const rule = parsed.data;
    if (!categories.includes(rule.category)) {
      problems.push(problem('pack.unknown-category', source.file, { category: rule.category, allowed: categories.join(', ') }, locate(`${at}/category`)));
    }
    const forms = [rule.when, rule.tiers, rule.deduct, rule.onEvent].filter((f) => f !== undefined).length;
    if (forms !== 1) problems.push(problem('pack.scoring-form', source.file, {}, locate(at)));
    for (const [earlier, later] of unreachableTiers(rule.tiers ?? [])) {
      problems.push(problem('pack.tier-unreachable', source.file, { tier: later + 1, earlier: earlier + 1 }, locate(`${at}/tiers/${later}/when`)));
    }
    rule.tiers?.forEach((tier, t) => {
      if (tier.points > rule.points) {
        problems.push(problem('pack.tier-points', source.file, { tierPoints: tier.points, points: rule.points }, locate(`${at}/tiers/${t}/points`)));
      }
    });
    if (rule.deduct) {
      const fact = rule.deduct.fact;
      if (!catalog.has(fact)) {
        const suggestion = suggest(fact, catalog.ids());
        problems.push(problem('pack.unknown-fact', source.file, { fact, ...(suggestion ? { suggestion } : {}) }, locate(`${at}/deduct/fact`)));
      } else if (!facts.includes(fact)) facts.push(fact);
    }
    // A template can only be judged once the facts it may name are known.
    const readFacts = catalog.closure(facts);
    const naRead = catalog.closure(naFacts);
    const usable = [...readFacts, ...TEMPLATE_EXTRAS];
    if (problems.length === before) {
      const templates = [
        ['message', rule.message, usable],
        ['missingMessage', rule.missingMessage, usable],
        ['notApplicable/message', rule.notApplicable?.message, [...naRead, ...TEMPLATE_EXTRAS]],
        ...(rule.tiers ?? []).map((tier, t) => [`tiers/${t}/message`, tier.message, usable] as const),
      ] as const;
      for (const [key, template, allowed] of templates) {
        // Every {{…}} is judged, not only well-formed names: {{__proto__}} or {{constructor}} is a mistake, never text or a prototype read.
        const placeholders = templatePlaceholders(template ?? '');
        placeholders.forEach(({ name, text }, i) => {
          if ((allowed as readonly string[]).includes(name)) return;
          const nth = placeholders.slice(0, i).filter((p) => p.text === text).length;
          const pointer = `${at}/${key}`;
          problems.push(problem('pack.template-fact', source.file, { name, allowed: allowed.join(', ') }, { pointer, ...locateInScalar(source, pointer, text, nth) }));
        });
      }
    }
    const conditions = [rule.when, ...(rule.tiers ?? []).map((t) => t.when), rule.notApplicable?.when].filter((c) => c !== undefined);
    const metaFields = [...new Set(requirementsOfConditions(conditions, named).filter((r) => r.fact === 'report' && r.path).map((r) => r.path!.replace(/^\$\./, '').split('.')[0]!))];
    if (rule.enabled) rules.push({ rule, facts, readFacts, naFacts: naRead, metaFields, sections, file: source.file });
  }
  if (rules.length === 0 && problems.length === 0) {
    const last = merged.checklistSource ?? merged.manifestSource;
    problems.push(problem('pack.no-rules', last.file, {}, { pointer: '', ...last.locate('') }));
  }
  return { conditions: named, rules, problems };
}
