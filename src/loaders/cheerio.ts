import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as Cheerio from 'cheerio';

const require = createRequire(import.meta.url);
let loader: Pick<typeof Cheerio, 'load'> | undefined;

/**
 * cheerio's `load`, brought in the first time HTML is parsed: plain-text and Markdown
 * scans, and `--version`, start ~0.2 s faster without it. Only the parsing part of
 * cheerio is loaded: its package entry also loads an HTTP client (undici, ~0.1 s) for
 * `fromURL`, which the scanner never uses (pages are fetched by src/web/fetch.ts).
 */
export function cheerio(): Pick<typeof Cheerio, 'load'> {
  if (!loader) {
    try {
      const packageDir = dirname(require.resolve('cheerio/package.json'));
      loader = require(join(packageDir, 'dist', 'commonjs', 'load-parse.js')) as Pick<typeof Cheerio, 'load'>;
      if (typeof loader.load !== 'function') throw new Error('cheerio layout changed');
    } catch {
      loader = require('cheerio') as typeof Cheerio;
    }
  }
  return loader;
}

export type { Cheerio };
