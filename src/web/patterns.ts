import { compilePatterns } from '../pack/auditor-pattern.js';
import type { PatternCompiler } from '../pack/pack-data.js';

/**
 * patterns.js's entry (scripts/bundle-web.mjs): RE2 (re2js) for the auditors' patterns, loaded by
 * the engine only for a pack that has one — neither bundled pack does, and RE2 is an eighth of the engine.
 */
(globalThis as { FAZHI_PATTERNS?: PatternCompiler }).FAZHI_PATTERNS = compilePatterns;
