import type { LoadCMap } from '../ingest/pdf.js';
import { loadScript } from './dom.js';

/**
 * pdf.ts's CMap loader in the page: the Adobe-GB1 CMaps of vendor/pdf-cmaps, carried base64 by
 * pdf-cmaps.js (scripts/bundle-web.mjs writes it), loaded the first time a PDF asks for one: only a
 * PDF with a non-embedded Chinese font does. Never a fetch: the page makes no request but its own scripts.
 */
export const loadCMapBundled: LoadCMap = async (name) => {
  await loadScript('pdf-cmaps.js');
  const cmaps = (globalThis as { FAZHI_CMAPS?: Record<string, string> }).FAZHI_CMAPS ?? {};
  // A name comes from the PDF: only the table's own entries, never a property of Object's.
  if (!Object.hasOwn(cmaps, name)) throw new Error(`no CMap named ${JSON.stringify(name)}`);
  const binary = atob(cmaps[name]!);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
};
