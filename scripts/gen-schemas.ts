// Writes schemas/*.json from the zod models (npm run schemas).
import { writeFileSync, mkdirSync } from 'node:fs';
import { SCHEMA_SOURCES, renderJsonSchema, type SchemaFile } from '../src/model/json-schemas.js';

mkdirSync('schemas', { recursive: true });
for (const file of Object.keys(SCHEMA_SOURCES) as SchemaFile[]) {
  writeFileSync(`schemas/${file}`, renderJsonSchema(file));
  console.log(`schemas/${file}`);
}
