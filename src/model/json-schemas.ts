import { z } from 'zod';
import { Assessment } from './assessment.js';
import { BatchResult } from './batch.js';
import { CheckOutput } from './check.js';
import { ChecklistFile, FactsFile, PackManifest, SectionsFile } from './pack.js';
import { ReportData } from './report.js';
import { WaiversFile } from './waiver.js';
import { VocabularyFile } from './vocabulary.js';
import { EventsFile } from './events.js';
import { RuleTestFile } from './rule-test.js';
import { RosterFile } from './roster.js';
import { RulesValidation } from './problem-row.js';

/**
 * The JSON Schemas checked in under schemas/, generated from the zod models so the
 * two can never disagree. User files are validated as *input* (defaults optional);
 * the assessment is validated as *output*.
 */
export const SCHEMA_SOURCES = {
  'report.schema.json': { schema: ReportData, io: 'input', title: 'fazhi structured report' },
  'pack.schema.json': { schema: PackManifest, io: 'input', title: 'fazhi rule pack manifest (pack.yaml)' },
  'facts.schema.json': { schema: FactsFile, io: 'input', title: 'fazhi fact vocabulary (facts.yaml)' },
  'sections.schema.json': { schema: SectionsFile, io: 'input', title: 'fazhi report sections (sections.yaml)' },
  'vocabulary.schema.json': {
    schema: VocabularyFile,
    io: 'input',
    title: 'fazhi extraction vocabulary (vocabulary.yaml)',
  },
  'checklist.schema.json': { schema: ChecklistFile, io: 'input', title: 'fazhi checklist rules (checklist.yaml)' },
  'waivers.schema.json': { schema: WaiversFile, io: 'input', title: 'fazhi waivers' },
  'events.schema.json': {
    schema: EventsFile,
    io: 'input',
    title: 'fazhi assessor events (--events): vetoes and deductions',
  },
  'roster.schema.json': {
    schema: RosterFile,
    io: 'input',
    title: 'fazhi roster (--roster 名单.yaml): the units an office assesses this round',
  },
  'rule-test.schema.json': { schema: RuleTestFile, io: 'input', title: 'fazhi rule tests (tests/*.yaml)' },
  'assessment.schema.json': { schema: Assessment, io: 'output', title: 'fazhi assessment' },
  'batch.schema.json': { schema: BatchResult, io: 'output', title: 'fazhi batch result (fazhi batch --format json)' },
  'check.schema.json': {
    schema: CheckOutput,
    io: 'output',
    title:
      'fazhi check --format json: the assessment, or the error entry, of each input — an object for one input, an ' +
      'array for several',
  },
  'rules-validate.schema.json': {
    schema: RulesValidation,
    io: 'output',
    title: 'fazhi rules validate --format json: every problem of a pack, as data',
  },
} as const;

export type SchemaFile = keyof typeof SCHEMA_SOURCES;

export function generateJsonSchema(file: SchemaFile): Record<string, unknown> {
  const { schema, io, title } = SCHEMA_SOURCES[file];
  const generated = z.toJSONSchema(schema as z.ZodType, { target: 'draft-2020-12', io, unrepresentable: 'any' });
  return { $id: `https://fazhi.invalid/schemas/${file}`, title, ...generated };
}

export function renderJsonSchema(file: SchemaFile): string {
  return `${JSON.stringify(generateJsonSchema(file), null, 2)}\n`;
}
