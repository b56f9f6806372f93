import { createRequire } from 'node:module';
import type * as Cheerio from 'cheerio';

const require = createRequire(import.meta.url);
let cheerioModule: typeof Cheerio | undefined;

/**
 * cheerio, loaded the first time HTML is parsed: plain-text and Markdown scans, and
 * `--version`, start ~0.2 s faster without it.
 */
export function cheerio(): typeof Cheerio {
  cheerioModule ??= require('cheerio') as typeof Cheerio;
  return cheerioModule;
}

export type { Cheerio };
