import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { problem, type Problem } from '../problems/problem.js';
import type { SchemaFile } from '../model/json-schemas.js';
import { PACKAGE_ROOT, SCHEMAS_DIR } from '../util/package-root.js';
import { suggest } from '../util/suggest.js';
import { pointerAt, pointerSegments, type YamlSource } from './yaml-source.js';

// ajv is CommonJS: under NodeNext its default export arrives as the module object.
const Ajv2020 = ajv2020.default as unknown as typeof ajv2020.Ajv2020;
// Options shared with scripts/gen-validators.mjs, so both give the same errors. Created only when needed.
let ajvInstance: InstanceType<typeof Ajv2020> | undefined;
const ajv = () => (ajvInstance ??= new Ajv2020({ allErrors: true, strict: false, verbose: true }));
const validators = new Map<SchemaFile, ValidateFunction>();

/**
 * Built code (dist/) uses the validators `npm run build` precompiled; source (tests, tsx) compiles the
 * checked-in schemas.
 */
const PRECOMPILED = import.meta.url.includes('/dist/') ? join(PACKAGE_ROOT, 'dist', 'validators') : undefined;
const require = createRequire(import.meta.url);

function validatorFor(file: SchemaFile): ValidateFunction {
  let v = validators.get(file);
  if (!v) {
    const precompiled = PRECOMPILED && join(PRECOMPILED, file.replace('.schema.json', '.cjs'));
    v = precompiled && existsSync(precompiled) ? (require(precompiled) as ValidateFunction) : compile(file);
    validators.set(file, v);
  }
  return v;
}

function compile(file: SchemaFile): ValidateFunction {
  return ajv().compile(JSON.parse(readFileSync(join(SCHEMAS_DIR, file), 'utf8')));
}

/**
 * Validates a parsed file against one of the checked-in JSON Schemas and returns one
 * problem per real mistake, positioned at its line:column. Subtrees matched by `skip`
 * are left to a more precise checker (json-rules-engine conditions: a union whose
 * raw ajv errors would list every branch).
 */
export function checkAgainstSchema(source: YamlSource, schema: SchemaFile, skip?: RegExp): Problem[] {
  const validate = validatorFor(schema);
  if (validate(source.data)) return [];
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const error of validate.errors ?? []) {
    if (skip?.test(error.instancePath)) continue;
    const p = toProblem(error, source);
    if (!p) continue;
    const key = `${p.pointer}|${p.code}|${JSON.stringify(p.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(p);
  }
  return problems;
}

function valueAt(data: unknown, pointer: string): unknown {
  let node: unknown = data;
  for (const segment of pointerSegments(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function show(value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

type At = (p: string, where?: 'key' | 'value') => Parameters<typeof problem>[3];

function toProblem(error: ErrorObject, source: YamlSource): Problem | undefined {
  const pointer = error.instancePath;
  const at: At = (p, where = 'value') => pointerAt(source, p, where);
  const actual = valueAt(source.data, pointer);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return problem('schema.required', source.file, { field: String(params.missingProperty) }, at(pointer));
    case 'additionalProperties':
      return unknownField(error, source, at);
    case 'propertyNames':
      return undefined; // reported by the pattern error on the name itself
    case 'type':
      return problem(
        'schema.type',
        source.file,
        { expected: String(params.type), actual: jsonType(actual) },
        at(pointer),
      );
    case 'enum':
      return problem(
        'schema.enum',
        source.file,
        { actual: show(actual), allowed: (params.allowedValues as unknown[]).join(', ') },
        at(pointer),
      );
    case 'pattern':
      return patternProblem(error, source, actual, at);
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return problem(
        'schema.range',
        source.file,
        { actual: show(actual), comparison: String(params.comparison), limit: Number(params.limit) },
        at(pointer),
      );
    case 'minLength':
    case 'minItems':
      return problem('schema.length', source.file, { limit: Number(params.limit) }, at(pointer));
    case 'uniqueItems':
      return problem('schema.unique', source.file, {}, at(pointer));
    default: // anyOf, oneOf and the rest: ajv's own words
      return problem('schema.other', source.file, { reason: error.message ?? error.keyword }, at(pointer));
  }
}

/** A field the schema does not have: the fields it does, and the nearest one. */
function unknownField(error: ErrorObject, source: YamlSource, at: At): Problem {
  const field = String((error.params as Record<string, unknown>).additionalProperty);
  const allowed = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
  const suggestion = suggest(field, allowed);
  const pointer = `${error.instancePath}/${field.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  return problem(
    'schema.unknown-field',
    source.file,
    { field, allowed: allowed.join(', '), ...(suggestion ? { suggestion } : {}) },
    at(pointer, 'key'),
  );
}

/** A value (or a key, under propertyNames) not of the required form: the schema's description says what is. */
function patternProblem(error: ErrorObject, source: YamlSource, actual: unknown, at: At): Problem {
  const pattern = String((error.params as Record<string, unknown>).pattern);
  const described = (error.parentSchema as { description?: string })?.description;
  const name = (error as { propertyName?: string }).propertyName;
  const pointer = name ? `${error.instancePath}/${name}` : error.instancePath;
  return problem(
    'schema.pattern',
    source.file,
    { actual: show(name ?? actual), pattern, expected: described ?? pattern },
    at(pointer, name ? 'key' : 'value'),
  );
}
