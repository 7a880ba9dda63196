// Precompiles the JSON Schema validators (ajv standalone code) into dist/validators/, so a
// run does not spend ~150 ms compiling schemas at start-up. Run by `npm run build`.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020').default;
const standaloneCode = require('ajv/dist/standalone').default;

mkdirSync('dist/validators', { recursive: true });
for (const file of readdirSync('schemas')
  .filter((f) => f.endsWith('.schema.json'))
  .sort()) {
  // The same options as src/source/schema-check.ts, so errors are identical either way.
  const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true, code: { source: true } });
  const schemas = readdirSync('schemas')
    .filter((f) => f.endsWith('.schema.json'))
    .map((f) => JSON.parse(readFileSync(`schemas/${f}`, 'utf8')));
  for (const s of schemas) if (s.$id && !s.$id.endsWith(file)) ajv.addSchema(s);
  const validate = ajv.compile(JSON.parse(readFileSync(`schemas/${file}`, 'utf8')));
  writeFileSync(`dist/validators/${file.replace('.schema.json', '')}.cjs`, standaloneCode(ajv, validate));
}
