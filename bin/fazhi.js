#!/usr/bin/env node
// Runs the bundled CLI (scripts/bundle.mjs); `npm ci` builds dist/ through the `prepare` script.
import { main } from '../dist/bundle/main.js';

main(process.argv).then((code) => {
  process.exitCode = code;
});
