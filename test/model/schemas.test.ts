import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderJsonSchema, SCHEMA_SOURCES, type SchemaFile } from '../../src/model/json-schemas.js';

describe('checked-in JSON Schemas', () => {
  it.each(Object.keys(SCHEMA_SOURCES) as SchemaFile[])(
    'schemas/%s is what the zod model generates (run `npm run schemas`)',
    (file) => {
      expect(readFileSync(`schemas/${file}`, 'utf8')).toBe(renderJsonSchema(file));
    },
  );
});
