import type { FactDefinition } from '../model/pack.js';
import type { FactValue, ReportData } from '../model/report.js';
import type { Pack } from '../pack/compiled-pack.js';
import { typeProblem } from '../ingest/fact-type.js';
import { problemMessage } from '../problems/messages.js';
import { bracketed, packName, punctuation, type Lang } from '../util/lang.js';
import { h, replace } from './dom.js';
import { word } from './i18n.js';
import type { Corrections } from './session.js';
import { evidenceOf, reportFieldDefinitions, statedValue, yearInRange } from './report-fields.js';

export interface FactsHandlers {
  /** a value was changed (undefined: removed); the form has checked it fits the fact's type */
  onChange: (id: string, value: FactValue | undefined) => void;
  /** the clause a value came from was chosen: show it in the document */
  onClause: (id: string) => void;
}

/** The facts the report states (and those it does not) as a form: label, value, unit, the clause it came from. */
export function renderFacts(
  root: HTMLElement,
  pack: Pack,
  extracted: ReportData,
  corrections: Corrections,
  lang: Lang,
  handlers: FactsHandlers,
): void {
  const row = (def: FactDefinition) => factRow(def, extracted, corrections, lang, handlers);
  replace(
    root,
    h('h2', { id: 'facts-heading' }, word(lang, 'facts')),
    h('p', { class: 'muted' }, word(lang, 'factsHelp')),
    h('h3', {}, word(lang, 'reportFields')),
    h('ul', { class: 'facts' }, ...reportFieldDefinitions(lang).map(row)),
    h('h3', {}, word(lang, 'packFacts')),
    h('ul', { class: 'facts' }, ...pack.facts.map(row)),
  );
}

function factRow(
  def: FactDefinition,
  extracted: ReportData,
  corrections: Corrections,
  lang: Lang,
  handlers: FactsHandlers,
): HTMLElement {
  const id = `fact-${def.id}`;
  const byHand = corrections.has(def.id);
  const value = byHand ? corrections.get(def.id) : statedValue(extracted, def.id);
  const input = valueInput(def, value, lang);
  input.id = id;
  input.setAttribute('data-fact', def.id);
  const error = h('span', { class: 'error', id: `${id}-error`, role: 'alert' });
  input.setAttribute('aria-describedby', `${id}-error`);
  input.addEventListener('change', () => {
    const read = readValue(def, input.value);
    const problem = read === undefined ? undefined : typeProblem(def, read);
    const fact = packName(lang, def.label, def.en);
    if (problem || (read !== undefined && !yearInRange(def.id, read))) {
      const reason = problem
        ? problemMessage(problem.code, { fact, ...problem.params }, lang)
        : word(lang, 'yearRange');
      error.textContent = word(lang, 'invalid', { reason });
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    handlers.onChange(def.id, read);
  });
  const quote = evidenceOf(extracted, def.id)[0]?.quote;
  const clause = quote
    ? h('button', { type: 'button', class: 'clause link' }, `${word(lang, 'clause')}${punctuation(lang).colon}${quote}`)
    : null;
  clause?.addEventListener('click', () => handlers.onClause(def.id));
  return h(
    'li',
    { class: byHand ? 'fact corrected' : 'fact', 'data-fact': def.id },
    h('label', { for: id }, packName(lang, def.label, def.en)),
    h('span', { class: 'value' }, input, def.unit ? h('span', { class: 'unit' }, def.unit) : null),
    byHand ? h('span', { class: 'badge corrected-badge' }, `✎ ${word(lang, 'corrected')}`) : null,
    error,
    clause,
  );
}

/** A choice for booleans and enums (so only a valid value can be given), a text box for the rest. */
function valueInput(
  def: FactDefinition,
  value: FactValue | undefined,
  lang: Lang,
): HTMLInputElement | HTMLSelectElement {
  const none = h('option', { value: '' }, bracketed(lang, word(lang, 'notStated')).trim());
  if (def.type === 'boolean' || def.type === 'enum') {
    const options =
      def.type === 'boolean'
        ? [h('option', { value: 'true' }, word(lang, 'yes')), h('option', { value: 'false' }, word(lang, 'no'))]
        : (def.values ?? []).map((v) => h('option', { value: v }, def.valueLabels?.[v] ?? v));
    const select = h('select', {}, none, ...options);
    select.value = value === undefined ? '' : String(value);
    return select;
  }
  const input = h('input', {
    type: def.type === 'date' ? 'date' : 'text',
    inputmode: ['count', 'percent', 'number'].includes(def.type) ? 'decimal' : undefined,
    autocomplete: 'off',
  });
  input.value = value === undefined ? '' : String(value);
  return input;
}

/**
 * What the user typed as the fact's value: '' is absent; a number type that does not parse stays text, which the
 * type check refuses.
 */
function readValue(def: FactDefinition, raw: string): FactValue | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  if (def.type === 'boolean') return text === 'true';
  if (['count', 'percent', 'number'].includes(def.type)) {
    const n = Number(text.replace(/[，,]/g, '').replace(/%$/, ''));
    return Number.isFinite(n) ? n : text;
  }
  return text;
}
