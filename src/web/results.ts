import type { Finding } from '../model/assessment.js';
import { renderCard, showLinked } from './card.js';
import { byId } from './dom.js';
import { renderDocument, showFinding } from './doc-view.js';
import { renderDownloads } from './downloads.js';
import type { ResultsView } from './engine-api.js';
import { renderFacts } from './facts-form.js';
import { word } from './i18n.js';
import { punctuation } from '../util/lang.js';
import { evidenceOf } from './report-fields.js';

/** The card, the document beside it, the facts form and the downloads, each wired to the others. */
export function renderResults(v: ResultsView): void {
  const { pack, loaded, lang } = v;
  const focused = document.activeElement?.id;
  byId('results').hidden = false;
  const card = byId('card');
  const doc = byId('document');
  renderCard(card, v.assessment, lang, {
    onFinding: (f) => {
      // a finding with no quote in the text (a fact not stated, a structured report) says so instead
      if (!showFinding(doc, loaded.text, f))
        byId('status').textContent = `${f.title}${punctuation(lang).colon}${word(lang, 'noQuote')}`;
    },
  });
  renderDocument(doc, loaded.text, v.report, v.assessment, lang, {
    onHighlight: (findings) =>
      showLinked(
        card,
        findings.map((f) => f.ruleId),
      ),
  });
  renderFacts(byId('facts'), pack, loaded.report, v.corrections, lang, {
    onChange: v.onCorrection,
    onClause: (id) => showFinding(doc, loaded.text, { evidence: evidenceOf(loaded.report, id) } as Finding),
  });
  renderDownloads(byId('downloads'), () => ({ ...v, file: loaded.file }), lang);
  // a re-score re-renders the form: the field being edited keeps the focus
  if (focused) document.getElementById(focused)?.focus({ preventScroll: true });
}
