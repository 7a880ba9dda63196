import { createServer, type Server } from 'node:http';
import { problem, ProblemError } from '../problems/problem.js';
import type { SiteFile } from './site-files.js';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
};

/** The page's policy as a header too: the meta tag in index.html already says the same for file://. */
const HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; " +
    "form-action 'none'; object-src 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

/**
 * Serves the site's files from memory (GET and HEAD; / is index.html). Resolves with the server once
 * it listens; a taken port or an address it cannot bind is one problem.
 */
export function serveSite(files: SiteFile[], port: number, host: string): Promise<Server> {
  const byPath = new Map(files.map((f) => [`/${f.name}`, f]));
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = byPath.get(path === '/' ? '/index.html' : path);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', ...HEADERS }).end();
      return;
    }
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...HEADERS }).end('not found\n');
      return;
    }
    const type = TYPES[file.name.split('.').pop()!] ?? 'application/octet-stream';
    res.writeHead(200, { 'Content-Type': type, ...HEADERS });
    res.end(req.method === 'HEAD' ? undefined : file.content);
  });
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      const where = `${host}:${port}`;
      if (e.code === 'EADDRINUSE') reject(new ProblemError([problem('serve.port-taken', where, { port })]));
      else reject(new ProblemError([problem('serve.listen-failed', where, { reason: e.code ?? e.message })]));
    });
    server.listen(port, host, () => resolve(server));
  });
}

/** The URL a browser opens: an IPv6 host in brackets. */
export function siteUrl(server: Server, host: string): string {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
}
