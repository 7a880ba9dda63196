import type { Assessment } from '../model/assessment.js';
import type { ReportData } from '../model/report.js';
import type { PackData } from '../pack/pack-data.js';
import { bracketed, punctuation, type Lang } from '../util/lang.js';
import { byId, h, loadScript, replace } from './dom.js';
import type { Engine } from './engine-api.js';
import { acceptAttribute, extensionOf, FILE_TYPES, MAX_FILE_BYTES, typeFor } from './file-types.js';
import { word } from './i18n.js';
import type { Corrections, Loaded } from './session.js';
import { statedValue } from './report-fields.js';

/**
 * The page's shell (app.js): its frame, the file intake and the state. The packs come from
 * packs.js (`window.FAZHI_PACKS`, written by `fazhi web`); the readers, extraction and scoring
 * from engine.js, loaded as soon as the shell is up (engine-api.ts says why).
 */
interface State {
  lang: Lang;
  packs: PackData[];
  pack: number;
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
  corrections: new Map(),
};

/** engine.js, loaded once the shell is up. */
const engine: Promise<Engine> = loadScript('engine.js').then(() => {
  document.body.dataset.engineMs = String(Math.round(performance.now()));
  return (globalThis as { FAZHI_ENGINE?: Engine }).FAZHI_ENGINE!;
});

function status(text: string, alert = false): void {
  const el = byId('status');
  el.setAttribute('role', alert ? 'alert' : 'status');
  el.className = alert ? 'status error' : 'status';
  el.textContent = text;
}

/** Texts of the page's frame, in the chosen language. */
function renderChrome(): void {
  const { lang } = state;
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = word(lang, 'title');
  byId('title').textContent = word(lang, 'title');
  byId('tagline').textContent = word(lang, 'tagline');
  byId('pack-label').textContent = word(lang, 'pack');
  const toggle = byId('lang');
  toggle.textContent = word(lang, 'language');
  toggle.lang = lang === 'zh' ? 'en' : 'zh-CN';
  byId('pick-label').textContent = word(lang, 'pick');
  byId('drop-hint').textContent = word(lang, 'drop');
  const select = byId<HTMLSelectElement>('pack');
  replace(select, ...state.packs.map((p, i) => h('option', { value: i }, p.pack.manifest.title)));
  select.value = String(state.pack);
  const types = FILE_TYPES.map((t) =>
    t.ready ? t.exts.join(' ') : `${t.exts.join(' ')}${bracketed(lang, word(lang, 'pending'))}`,
  );
  byId('types').textContent =
    `${word(lang, 'accepted')}${punctuation(lang).colon}${types.join(punctuation(lang).comma)}`;
}

async function chooseFile(file: File): Promise<void> {
  const ext = extensionOf(file.name);
  const type = typeFor(ext);
  if (!type) {
    const list = FILE_TYPES.filter((t) => t.ready).flatMap((t) => t.exts);
    return status(word(state.lang, 'unsupported', { ext: ext || file.name, list: list.join(' ') }), true);
  }
  if (!type.ready) return status(word(state.lang, 'pendingType', { ext }), true);
  // refused before a byte is read: a huge file would freeze the tab
  if (file.size > MAX_FILE_BYTES) return status(word(state.lang, 'tooLarge'), true);
  state.chosenAt = performance.now();
  status(word(state.lang, 'reading'));
  state.input = { bytes: new Uint8Array(await file.arrayBuffer()), file: file.name };
  await load();
}

async function load(): Promise<void> {
  if (!state.input) return;
  const e = await engine;
  state.corrections = new Map();
  try {
    state.loaded = await e.loadBytes(state.input.bytes, state.input.file, await e.pack(state.packs[state.pack]!));
  } catch (err) {
    state.loaded = undefined;
    byId('results').hidden = true;
    return status(e.errorText(err, state.lang), true);
  }
  await rescore();
}

async function rescore(): Promise<void> {
  const loaded = state.loaded;
  if (!loaded) return;
  const e = await engine;
  const pack = await e.pack(state.packs[state.pack]!);
  state.report = e.corrected(loaded.report, state.corrections, state.lang);
  state.assessment = await e.scoreReport(pack, state.report, loaded.file, state.lang);
  e.renderResults({
    pack,
    loaded,
    report: state.report,
    assessment: state.assessment,
    corrections: state.corrections,
    lang: state.lang,
    onCorrection: (id, value) => {
      if (value === statedValue(loaded.report, id)) state.corrections.delete(id);
      else state.corrections.set(id, value);
      void rescore();
    },
  });
  status(`${loaded.file}${punctuation(state.lang).colon}${word(state.lang, 'score')} ${state.assessment.score}`);
  if (state.chosenAt !== undefined) {
    document.body.dataset.scoreMs = String(Math.round(performance.now() - state.chosenAt));
    state.chosenAt = undefined;
  }
  document.body.dataset.scored = String(Number(document.body.dataset.scored ?? 0) + 1);
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
// the chosen pack is compiled while the user picks a file
void engine
  .then((e) => e.pack(state.packs[state.pack]!))
  .then(() => {
    document.body.dataset.engine = 'ready';
  });
// ms since navigation start when the page can take a file (npm run bench: time to interactive)
document.body.dataset.readyMs = String(Math.round(performance.now()));
document.body.dataset.ready = 'true';
