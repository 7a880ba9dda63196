import type { Assessment, Finding } from '../model/assessment.js';
import type { ReportData } from '../model/report.js';
import type { Pack } from '../pack/compiled-pack.js';
import { packFromData, type PackData } from '../pack/pack-data.js';
import { formatProblem } from '../problems/format.js';
import { ProblemError } from '../problems/problem.js';
import type { Lang } from '../util/lang.js';
import { renderCard, showLinked } from './card.js';
import { byId, h, replace } from './dom.js';
import { renderDocument, showFinding } from './doc-view.js';
import { renderDownloads } from './downloads.js';
import { renderFacts } from './facts-form.js';
import { word } from './i18n.js';
import { ACCEPTED, acceptAttribute, extensionOf, MAX_FILE_BYTES, typeFor } from './intake.js';
import { corrected, loadBytes, scoreReport, type Corrections, type Loaded } from './session.js';

/**
 * The page's entry (bundled into app.js by scripts/bundle-web.mjs): the packs come from packs.js,
 * which `fazhi web` writes beside it as `window.FAZHI_PACKS`; everything else happens here.
 */
interface State {
  lang: Lang;
  packs: PackData[];
  pack: number;
  compiled: Map<number, Pack>;
  input?: { bytes: Uint8Array; file: string };
  loaded?: Loaded;
  corrections: Corrections;
  report?: ReportData;
  assessment?: Assessment;
  /** performance.now() when the file was chosen: the page records how long scoring took (npm run bench) */
  chosenAt?: number;
}

const state: State = {
  lang: 'zh',
  packs: (globalThis as { FAZHI_PACKS?: PackData[] }).FAZHI_PACKS ?? [],
  pack: 0,
  compiled: new Map(),
  corrections: new Map(),
};

const currentPack = (): Pack => {
  let pack = state.compiled.get(state.pack);
  if (!pack) {
    pack = packFromData(state.packs[state.pack]!);
    state.compiled.set(state.pack, pack);
  }
  return pack;
};

function status(text: string, alert = false): void {
  const el = byId('status');
  el.setAttribute('role', alert ? 'alert' : 'status');
  el.className = alert ? 'status error' : 'status';
  el.textContent = text;
}

function problemText(e: unknown): string {
  if (e instanceof ProblemError) return e.problems.map((p) => formatProblem(p, state.lang)).join('\n');
  return e instanceof Error ? e.message : String(e);
}

/** Texts of the page's frame, in the chosen language. */
function renderChrome(): void {
  const { lang } = state;
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = word(lang, 'title');
  byId('title').textContent = word(lang, 'title');
  byId('tagline').textContent = word(lang, 'tagline');
  byId('pack-label').textContent = word(lang, 'pack');
  byId('lang').textContent = word(lang, 'language');
  byId('pick-label').textContent = word(lang, 'pick');
  byId('drop-hint').textContent = word(lang, 'drop');
  const select = byId<HTMLSelectElement>('pack');
  replace(select, ...state.packs.map((p, i) => h('option', { value: i }, p.pack.manifest.title)));
  select.value = String(state.pack);
  const types = ACCEPTED.map((t) =>
    t.kind === 'pending' ? `${t.exts.join(' ')}（${word(lang, 'pending')}）` : t.exts.join(' '),
  );
  byId('types').textContent = `${word(lang, 'accepted')}：${types.join('，')}`;
}

async function chooseFile(file: File): Promise<void> {
  const ext = extensionOf(file.name);
  const type = typeFor(ext);
  if (!type) {
    const list = ACCEPTED.filter((t) => t.kind !== 'pending').flatMap((t) => t.exts);
    return status(word(state.lang, 'unsupported', { ext: ext || file.name, list: list.join(' ') }), true);
  }
  if (type.kind === 'pending') return status(word(state.lang, 'pendingType', { ext }), true);
  // refused before a byte is read: a huge file would freeze the tab
  if (file.size > MAX_FILE_BYTES) return status(word(state.lang, 'tooLarge'), true);
  state.chosenAt = performance.now();
  status(word(state.lang, 'reading'));
  state.input = { bytes: new Uint8Array(await file.arrayBuffer()), file: file.name };
  await load();
}

async function load(): Promise<void> {
  if (!state.input) return;
  state.corrections = new Map();
  try {
    state.loaded = await loadBytes(state.input.bytes, state.input.file, currentPack());
  } catch (e) {
    state.loaded = undefined;
    byId('results').hidden = true;
    return status(problemText(e), true);
  }
  await rescore();
}

async function rescore(): Promise<void> {
  const loaded = state.loaded;
  if (!loaded) return;
  const pack = currentPack();
  state.report = corrected(loaded.report, state.corrections, state.lang);
  state.assessment = await scoreReport(pack, state.report, loaded.file, state.lang);
  renderResults(pack, loaded, state.report, state.assessment);
  status(`${loaded.file}：${word(state.lang, 'score')} ${state.assessment.score}`);
  if (state.chosenAt !== undefined) {
    document.body.dataset.scoreMs = String(Math.round(performance.now() - state.chosenAt));
    state.chosenAt = undefined;
  }
  document.body.dataset.scored = String(Number(document.body.dataset.scored ?? 0) + 1);
}

function renderResults(pack: Pack, loaded: Loaded, report: ReportData, a: Assessment): void {
  const { lang } = state;
  const focused = document.activeElement?.id;
  byId('results').hidden = false;
  const card = byId('card');
  const doc = byId('document');
  const onFinding = (f: Finding) => showFinding(doc, loaded.text, f);
  renderCard(card, a, lang, { onFinding });
  renderDocument(doc, loaded.text, report, a, lang, {
    onHighlight: (findings) =>
      showLinked(
        card,
        findings.map((f) => f.ruleId),
      ),
  });
  renderFacts(byId('facts'), pack, loaded.report, state.corrections, lang, {
    onChange: (id, value) => {
      if (value === loaded.report.facts[id]) state.corrections.delete(id);
      else state.corrections.set(id, value);
      void rescore();
    },
    onClause: (id) =>
      showFinding(doc, loaded.text, { evidence: [loaded.report.evidence?.[id] ?? []].flat() } as Finding),
  });
  const current = () => ({ pack, report: state.report!, assessment: state.assessment!, file: loaded.file });
  renderDownloads(byId('downloads'), current, lang);
  if (focused) document.getElementById(focused)?.focus({ preventScroll: true });
}

function wire(): void {
  const input = byId<HTMLInputElement>('file');
  input.accept = acceptAttribute();
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void chooseFile(file);
  });
  const zone = byId('intake');
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  // a file dropped anywhere is taken, not opened by the browser in place of the page
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    const file = e.dataTransfer?.files[0];
    if (file) void chooseFile(file);
  });
  byId<HTMLSelectElement>('pack').addEventListener('change', (e) => {
    state.pack = Number((e.target as HTMLSelectElement).value);
    void load();
  });
  byId('lang').addEventListener('click', () => {
    state.lang = state.lang === 'zh' ? 'en' : 'zh';
    renderChrome();
    void rescore();
  });
}

renderChrome();
wire();
document.body.dataset.ready = 'true';
