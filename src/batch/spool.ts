import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Assessment } from '../model/assessment.js';

/**
 * Keeps a large batch's findings on disk instead of in memory. Each assessment's findings are
 * written once to a temporary file and its `findings` becomes a getter that reads them back
 * when an output needs them — the assessment serialises the same (JSON.stringify reads the
 * getter), but only the summary of each report stays on the heap. The file is removed when
 * the process exits.
 */
export class FindingSpool {
  private readonly dir = mkdtempSync(join(tmpdir(), 'fazhi-spool-'));
  private readonly fd = openSync(join(this.dir, 'findings.json'), 'w+');
  private position = 0;
  private closed = false;
  private readonly cleanup = () => this.close();

  constructor() {
    process.once('exit', this.cleanup);
  }

  spill(a: Assessment): void {
    const bytes = Buffer.from(JSON.stringify(a.findings), 'utf8');
    const offset = this.position;
    writeSync(this.fd, bytes, 0, bytes.length, offset);
    this.position += bytes.length;
    const { fd } = this;
    const length = bytes.length;
    // Redefining an existing key keeps its place, so the assessment's key order (and JSON) is unchanged.
    Object.defineProperty(a, 'findings', {
      enumerable: true,
      configurable: true,
      get(): Assessment['findings'] {
        const buffer = Buffer.allocUnsafe(length);
        readSync(fd, buffer, 0, length, offset);
        return JSON.parse(buffer.toString('utf8')) as Assessment['findings'];
      },
    });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    process.removeListener('exit', this.cleanup);
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
