import { describe, expect, it } from 'vitest';
import { Readable } from '../../src/ingest/readable-shim.js';

/** Reads a stream the way word-extractor's streamBuffer does. */
const collect = (stream: Readable) =>
  new Promise<string[]>((resolve, reject) => {
    const chunks: string[] = [];
    stream.on('data', (c) => chunks.push(c as string));
    stream.on('error', reject);
    stream.on('end', () => resolve(chunks));
  });

describe('the browser stand-in for stream.Readable', () => {
  it('delivers the chunks an asynchronous _read pushes, in order, then ends', async () => {
    class Sectors extends Readable {
      private i = 0;
      override _read() {
        return Promise.resolve().then(() => this.push(this.i < 3 ? `s${this.i++}` : null));
      }
    }
    expect(await collect(new Sectors())).toEqual(['s0', 's1', 's2']);
  });

  it('a _read that throws or rejects is an error, not a hang', async () => {
    class Broken extends Readable {
      override _read() {
        return Promise.reject(new Error('sector out of range'));
      }
    }
    await expect(collect(new Broken())).rejects.toThrow('sector out of range');
  });
});
