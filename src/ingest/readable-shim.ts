/**
 * For the browser build only: word-extractor's OLE reader (doc.ts) does `require('stream')` for one
 * class, StorageStream extends Readable, which it reads with on('data' | 'error' | 'end'). A bundle
 * aliases `stream` to this file (and injects the `buffer` package's Buffer as a global) instead of
 * shipping a stream polyfill. Node uses its own stream module; this file is not imported there.
 *
 * The contract word-extractor relies on: once a 'data' listener is added, `_read()` is called; each
 * `_read()` (synchronous or returning a promise) pushes one chunk, or null at the end; every chunk
 * pushed asks for the next.
 */
type Listener = (...args: unknown[]) => void;

export class Readable {
  private listeners: Record<string, Listener[]> = {};
  private flowing = false;

  /** Overridden by the subclass: push one chunk, or null when there is no more. */
  _read(): unknown {
    return undefined;
  }

  on(event: string, listener: Listener): this {
    (this.listeners[event] ??= []).push(listener);
    if (event === 'data' && !this.flowing) {
      this.flowing = true;
      queueMicrotask(() => this.next());
    }
    return this;
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners[event] ?? []) listener(...args);
  }

  push(chunk: unknown): boolean {
    if (chunk === null) {
      this.emit('end');
      return false;
    }
    this.emit('data', chunk);
    queueMicrotask(() => this.next());
    return true;
  }

  destroy(error?: unknown): void {
    if (error) this.emit('error', error);
  }

  private next(): void {
    try {
      const pending = this._read();
      if (pending instanceof Promise) pending.catch((e: unknown) => this.emit('error', e));
    } catch (e) {
      this.emit('error', e);
    }
  }
}

export default { Readable };
