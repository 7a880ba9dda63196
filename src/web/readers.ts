import mammoth from 'mammoth';
import { parse } from 'yaml';
import { ReportData } from '../model/report.js';
import type { Pack } from '../pack/compiled-pack.js';
import { problem, ProblemError, type Problem } from '../problems/problem.js';
import { STYLE_MAP, hasZipSignature } from '../ingest/docx.js';
import { fromDocxHtml, fromTextBytes, type DocumentText } from '../ingest/document-text.js';
import { htmlToText } from '../ingest/html.js';
import { typeProblem } from '../ingest/fact-type.js';

/**
 * The readers the page has, each from the bytes a user dropped: the same conversions `fazhi check`
 * makes (ingest/document-text.ts), so the page and the CLI read the same text from the same file.
 */

/** .docx: mammoth's browser build (it unzips with JSZip, in memory) → HTML → text, as in node. */
export async function readDocx(bytes: Uint8Array, file: string): Promise<DocumentText> {
  if (!hasZipSignature(bytes))
    throw new ProblemError([problem('file.corrupt-docx', file, { reason: 'not a zip package' })]);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ arrayBuffer: bytes.slice().buffer }, { styleMap: STYLE_MAP })).value;
  } catch (e) {
    const reason = (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 200);
    throw new ProblemError([problem('file.corrupt-docx', file, { reason })]);
  }
  return fromDocxHtml(file, html, htmlToText);
}

/** .txt/.md in any encoding fazhi decodes (ingest/decode.ts). */
export const readText = async (bytes: Uint8Array, file: string, ext: string): Promise<DocumentText> =>
  fromTextBytes(file, ext, bytes);

/** .html/.htm: the article body, as `fazhi check` reads a saved page. */
export const readHtml = async (bytes: Uint8Array, file: string, ext: string): Promise<DocumentText> =>
  fromTextBytes(file, ext, bytes, htmlToText);

/**
 * A structured report (.yaml/.yml/.json), checked against the report model and the pack's facts.
 * The CLI's check also names each problem's line (source/yaml-source.ts reads files); here the
 * fact or field is named instead.
 */
export function readStructured(bytes: Uint8Array, file: string, pack: Pack): ReportData {
  let data: unknown;
  try {
    data = parse(new TextDecoder('utf-8').decode(bytes), { maxAliasCount: 100 });
  } catch (e) {
    const reason = (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
    throw new ProblemError([problem('yaml.syntax', file, { reason })]);
  }
  const parsed = ReportData.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const reason = `${issue.path.join('.') || '/'}: ${issue.message}`;
    throw new ProblemError([problem('yaml.syntax', file, { reason })]);
  }
  const problems: Problem[] = [];
  for (const [id, value] of Object.entries(parsed.data.facts)) {
    const def = pack.catalog.definition(id);
    if (!def) problems.push(problem('report.unknown-fact', file, { fact: id }));
    const p = def && typeProblem(def, value);
    if (p) problems.push(problem(p.code, file, { fact: id, ...p.params }));
  }
  if (problems.length > 0) throw new ProblemError(problems);
  return parsed.data;
}
