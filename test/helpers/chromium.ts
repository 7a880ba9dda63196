/**
 * Debian's Chromium and the flags every browser test starts it with: headless as root, and none of
 * its background connections, which this machine's closed network refuses many at a time.
 */
export const CHROMIUM = '/usr/bin/chromium';
export const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
