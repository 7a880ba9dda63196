import stringWidth from 'string-width';

/** Pads to a display width, counting CJK characters as two terminal columns. */
export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - stringWidth(s)));
}
export function padStart(s: string, width: number): string {
  return ' '.repeat(Math.max(0, width - stringWidth(s))) + s;
}
export function displayWidth(s: string): number {
  return stringWidth(s);
}
