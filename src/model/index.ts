export * from './common.js';
export * from './report.js';
export * from './condition.js';
export * from './pack.js';
export * from './waiver.js';
export * from './assessment.js';
export * from './rule-test.js';
export * from './review.js';
