import type { Renderer } from './types.js';

/** The Assessment contract of DESIGN.md: one object for one report, an array for several. */
export const renderJson: Renderer = (assessments) =>
  JSON.stringify(assessments.length === 1 ? assessments[0] : assessments, null, 2) + '\n';
