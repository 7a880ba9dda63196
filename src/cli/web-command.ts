import { spawn } from 'node:child_process';
import { siteFiles } from '../site/site-files.js';
import { writeSite } from '../site/write-site.js';
import { serveSite, siteUrl } from '../site/serve.js';
import type { Lang } from '../util/lang.js';
import { EXIT, type CliIO } from './io.js';

export interface WebOptions {
  out: string;
  rules?: string;
  lang: Lang;
}

/** `fazhi web --out <dir>`: the static site, for any web server, a shared drive or a USB stick. */
export async function runWeb(options: WebOptions, io: CliIO): Promise<number> {
  writeSite(options.out, await siteFiles(options.rules));
  io.stdout(
    options.lang === 'zh'
      ? `网页已写入 ${options.out}（用浏览器打开其中的 index.html）\n`
      : `site written to ${options.out} (open its index.html in a browser)\n`,
  );
  return EXIT.ok;
}

export interface ServeOptions {
  rules?: string;
  port: number;
  host: string;
  open?: boolean;
  lang: Lang;
}

/** `fazhi serve`: the same site from this machine; runs until stopped (Ctrl+C). */
export async function runServe(options: ServeOptions, io: CliIO): Promise<number> {
  const server = await serveSite(await siteFiles(options.rules), options.port, options.host);
  const url = siteUrl(server, options.host);
  io.stdout(options.lang === 'zh' ? `网页地址：${url}（按 Ctrl+C 停止）\n` : `serving at ${url} (Ctrl+C to stop)\n`);
  if (options.open) openInBrowser(url);
  await new Promise<void>((resolve) => server.once('close', resolve));
  return EXIT.ok;
}

/** The system's own opener; a machine without one still has the URL printed above. */
function openInBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : ['xdg-open', [url]];
  const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
  child.on('error', () => {});
  child.unref();
}
