import type { TopLevelCondition } from '../model/condition.js';
import type {
  Category,
  DerivedFact,
  FactDefinition,
  Grade,
  PackManifest,
  Rule,
  SectionDefinition,
} from '../model/pack.js';
import type { CompiledPattern } from './auditor-pattern.js';
import type { FactCatalog } from './fact-catalog.js';
import type { VocabularyFile } from '../model/vocabulary.js';

export interface CompiledRule {
  rule: Rule;
  /** every fact the rule reads (conditions, tiers, deduction), named conditions expanded */
  facts: string[];
  /** those facts and, for derived ones, every fact they are computed from: what a finding quotes and shows */
  readFacts: string[];
  /** facts the rule's notApplicable condition reads (and their inputs): quoted when it does not apply */
  naFacts: string[];
  /** report metadata fields its conditions read (documentType, period, publishedOn …): quoted from reportEvidence */
  metaFields: string[];
  /** sections the rule's conditions test for */
  sections: string[];
  /** the pack file that defines (or last overrode) the rule */
  file: string;
}

/** A pack loaded, validated and ready to apply to any number of reports. */
export interface Pack {
  /** the pack's own directory */
  dir: string;
  /** grades and categories resolved through `extends` */
  manifest: PackManifest & { grades: Grade[]; categories: Category[] };
  /** the directories of the pack chain, root first */
  chain: string[];
  facts: FactDefinition[];
  /** in dependency order: every input precedes the facts computed from it */
  derived: DerivedFact[];
  sections: SectionDefinition[];
  conditions: Record<string, TopLevelCondition>;
  rules: CompiledRule[];
  catalog: FactCatalog;
  /** the words extraction judges sentences by (vocabulary.yaml through the chain) */
  vocabulary: VocabularyFile;
  /** each fact's auditor pattern (`pattern:`), compiled when the pack was opened: extraction matches with these */
  patterns: ReadonlyMap<string, CompiledPattern>;
}
