import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PackData } from '../../src/pack/pack-data.js';
import { runCli } from '../helpers/cli.js';
import { tempPack } from '../helpers/temp-pack.js';

/** The packs a site's packs.js hands the page, as the page reads them (window.FAZHI_PACKS). */
function sitePacks(dir: string): PackData[] {
  const js = readFileSync(join(dir, 'packs.js'), 'utf8');
  const prefix = 'window.FAZHI_PACKS = ';
  expect(js.startsWith(prefix)).toBe(true);
  return JSON.parse(js.slice(prefix.length).trim().replace(/;$/, '')) as PackData[];
}

describe('fazhi web', () => {
  it('writes the page and the bundled packs, national first', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'fazhi-web-')), 'site');
    const run = await runCli(['web', '--out', out]);
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'app.css',
      'app.js',
      'doc.js',
      'engine.js',
      'index.html',
      'packs.js',
      'patterns.js',
      'pdf-cmaps.js',
      'pdf.js',
      'structured.js',
    ]);
    expect(sitePacks(out).map((p) => p.pack.manifest.id)).toEqual(['national', 'example_province']);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    // relative paths only, and a policy that allows no inline script and no connection
    expect(html).toMatch(/src="app\.js"/);
    expect(html).not.toMatch(/(src|href)="(\/|https?:)/);
    expect(html).toContain("default-src 'none'; script-src 'self'");
  });

  it('offers a --rules pack first, under its folder name, with no path of this machine', async () => {
    const pack = tempPack({ 'pack.yaml': (t) => t.replace(/^title: .*$/m, 'title: 本市细则') });
    const out = join(mkdtempSync(join(tmpdir(), 'fazhi-web-')), 'site');
    expect((await runCli(['web', '--out', out, '--rules', pack])).code).toBe(0);
    const packs = sitePacks(out);
    expect(packs.map((p) => p.pack.manifest.title)[0]).toBe('本市细则');
    expect(packs).toHaveLength(3);
    expect(JSON.stringify(packs)).not.toContain(tmpdir());
  });

  it('says in one line when the pack is broken, exit 2', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'fazhi-web-')), 'site');
    const run = await runCli(['web', '--out', out, '--rules', join(tmpdir(), 'no-such-pack-dir')]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('no-such-pack-dir');
  });
});

describe('fazhi serve', () => {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const c of children.splice(0)) c.kill();
  });

  /** Starts the built CLI's server; resolves with the URL it prints. */
  function serve(args: string[]): {
    child: ChildProcess;
    url: Promise<string>;
    exit: Promise<{ code: number | null; stderr: string }>;
  } {
    const child = spawn(process.execPath, ['bin/fazhi.js', 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let stdout = '';
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const url = new Promise<string>((resolve) =>
      child.stdout!.on('data', (d) => {
        stdout += d;
        const m = /http:\/\/\S+?\//.exec(stdout);
        if (m) resolve(m[0]);
      }),
    );
    const exit = new Promise<{ code: number | null; stderr: string }>((resolve) =>
      child.on('exit', (code) => resolve({ code, stderr })),
    );
    return { child, url, exit };
  }

  const fetchText = (url: string) =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) =>
      get(url, (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      }).on('error', reject),
    );

  it('serves the page with its policy, and a taken port is one line, exit 2', async () => {
    const first = serve(['--port', '0']);
    const url = await first.url;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetchText(url);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body).toContain('src="app.js"');
    expect((await fetchText(`${url}packs.js`)).body).toContain('"national"');
    expect((await fetchText(`${url}../../etc/passwd`)).status).toBe(404);

    const port = new URL(url).port;
    const second = serve(['--port', port]);
    const { code, stderr } = await second.exit;
    expect(code).toBe(2);
    expect(stderr).toBe(`127.0.0.1:${port}: 端口 ${port} 已被占用；请用 --port 换一个端口\n`);
  });
});
