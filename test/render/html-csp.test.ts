import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { renderHtmlPage } from '../../src/render/html.js';
import { batchFromAssessments } from '../../src/render/batch-view.js';

describe('the HTML page’s Content-Security-Policy', () => {
  it('allows exactly the sorting script the page carries (its sha256 is written out in render/html.ts)', () => {
    for (const lang of ['zh', 'en'] as const) {
      const page = renderHtmlPage(batchFromAssessments([]), lang);
      const allowed = /script-src 'sha256-([A-Za-z0-9+/=]+)'/.exec(page)?.[1];
      const scripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
      expect(scripts).toHaveLength(1);
      expect(allowed).toBe(createHash('sha256').update(scripts[0]!).digest('base64'));
    }
  });
});
