import { deflateRawSync, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflatedSizeNode } from '../../src/ingest/pdf-inflate-node.js';
import { pakoInflatedSize } from '../../src/web/pdf-inflate.js';

/** The page measures a PDF's streams with pako where the CLI uses zlib: both must say the same. */
describe("the page's PDF stream measure (pako) agrees with the CLI's (zlib)", () => {
  const text = Buffer.from('全年收到行政复议申请58件，审结52件。'.repeat(1000));
  const spaces = Buffer.alloc(3 * 1024 * 1024, 0x20);

  it.each([
    ['a stream under the cap: its size', deflateSync(text), 10 * 1024 * 1024, text.length],
    ['a stream over the cap: one byte past it', deflateSync(spaces), 1024 * 1024, 1024 * 1024 + 1],
    ['exactly the cap: its size', deflateSync(spaces), spaces.length, spaces.length],
    ['a bomb cut short: still over the cap', deflateSync(spaces).subarray(0, -6), 1024 * 1024, 1024 * 1024 + 1],
    ['raw deflate without the zlib header: no zlib data', deflateRawSync(text), 10 * 1024 * 1024, undefined],
    ['bytes that are no compressed data', Buffer.from('BT /F1 12 Tf (abc) Tj ET'), 1024, undefined],
  ])('%s', (_, data, cap, size) => {
    expect(inflatedSizeNode(new Uint8Array(data), cap)).toBe(size);
    expect(pakoInflatedSize(new Uint8Array(data), cap)).toBe(size);
  });

  it('measures a stream cut short for what it holds, as pdf.js inflates what there is', () => {
    // zlib's 4-byte checksum and the last 2 bytes of deflate data cut off: nearly all, not all, comes out
    const cut = new Uint8Array(deflateSync(text).subarray(0, -6));
    const size = inflatedSizeNode(cut, 1e9)!;
    expect(size).toBeGreaterThan(text.length * 0.9);
    expect(size).toBeLessThan(text.length);
    expect(pakoInflatedSize(cut, 1e9)).toBe(size);
  });
});
