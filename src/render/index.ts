import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';
import type { Renderer } from './types.js';

/** Every output format, by the name `--format` takes. */
export const RENDERERS = {
  text: renderText,
  json: renderJson,
  md: renderMarkdown,
} satisfies Record<string, Renderer>;

export type Format = keyof typeof RENDERERS;
export const FORMATS = Object.keys(RENDERERS) as Format[];
export type { RenderOptions, Renderer } from './types.js';
