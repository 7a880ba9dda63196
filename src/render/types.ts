import type { Assessment } from '../model/assessment.js';
import type { Lang } from './labels.js';

export interface RenderOptions {
  lang: Lang;
  /** ANSI colours: only for a terminal that wants them */
  color: boolean;
}

/** A renderer is a pure function of the assessments. */
export type Renderer = (assessments: Assessment[], options: RenderOptions) => string;
