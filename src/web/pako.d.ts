/** The part of pako 1.0 (the inflater JSZip itself uses) that the page's zip judge needs. */
declare module 'pako' {
  export class Inflate {
    constructor(options?: { raw?: boolean; chunkSize?: number });
    push(data: Uint8Array, mode?: boolean): boolean;
    onData(chunk: Uint8Array): void;
    err: number;
  }
}
