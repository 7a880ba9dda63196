import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import mammoth from 'mammoth';

/**
 * .docx → HTML with mammoth (convertToHtml keeps headings, tables and paragraph order;
 * WPS/Chinese templates name heading styles 标题 1, so they are mapped too).
 */
const STYLE_MAP = [
  "p[style-name='标题 1'] => h1:fresh",
  "p[style-name='标题 2'] => h2:fresh",
  "p[style-name='标题 3'] => h3:fresh",
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='标题'] => h1:fresh",
];

/** A .docx is a zip file: it starts with PK\x03\x04. */
export function hasZipSignature(buf: Uint8Array): boolean {
  return buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;
}

export async function docxToHtml(buf: Buffer): Promise<string> {
  const result = await mammoth.convertToHtml({ buffer: buf }, { styleMap: STYLE_MAP });
  return result.value;
}

/**
 * The same conversion for callers that must stay synchronous (`loadReport`): mammoth is
 * promise-based, so it runs in a short-lived child Node process (~0.1 s per file).
 * Throws an Error whose message is mammoth's reason when the file is not a readable .docx.
 */
export function docxToHtmlSync(buf: Buffer): string {
  const mammothPath = createRequire(import.meta.url).resolve('mammoth');
  const script = `
    const mammoth = require(${JSON.stringify(mammothPath)});
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c)).on('end', () => {
      mammoth.convertToHtml({ buffer: Buffer.concat(chunks) }, { styleMap: ${JSON.stringify(STYLE_MAP)} })
        .then((r) => process.stdout.write(r.value), (e) => { process.stderr.write(String(e && e.message || e)); process.exit(3); });
    });`;
  try {
    return execFileSync(process.execPath, ['-e', script], { input: buf, maxBuffer: 512 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'] }).toString('utf8');
  } catch (e) {
    const stderr = (e as { stderr?: Buffer }).stderr?.toString('utf8').trim();
    throw new Error(stderr || (e instanceof Error ? e.message : String(e)));
  }
}
