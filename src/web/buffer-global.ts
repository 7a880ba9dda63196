/** doc.js's `Buffer` (scripts/bundle-web.mjs injects it): the npm package, which word-extractor's reader needs. */
export { Buffer } from 'buffer/';
