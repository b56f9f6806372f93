/**
 * Bundles the CLI into one file, `dist/personvernsjekk.cjs`: part of `npm run build`.
 * Node then reads one file instead of resolving and linking some 150 modules at every
 * start, and the launcher (`src/cli.ts`) can keep V8's compiled code of that one file
 * between runs. Packages loaded only for some inputs stay outside.
 */
import { build, type Plugin } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { data as francData } from 'franc/data.js';
import { CANDIDATES } from '../src/segment/language.js';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * franc builds trigram tables for all its 187 languages when it is loaded; the scanner only ever
 * asks it to choose between CANDIDATES, all in Latin script. Answers for those are the same with
 * the other tables left out: text in another script is undetermined either way.
 */
const francCandidatesOnly: Plugin = {
  name: 'franc-candidates-only',
  setup(bundle) {
    bundle.onLoad({ filter: /[\\/]franc[\\/]data\.js$/ }, () => {
      const latin = Object.fromEntries(CANDIDATES.map((code) => [code, francData.Latin![code]!]));
      return { contents: `export const data = ${JSON.stringify({ Latin: latin })};`, loader: 'js' };
    });
  },
};

await build({
  entryPoints: [join(dist, 'src', 'cli-program.js')],
  outfile: join(dist, 'personvernsjekk.cjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // jsonc-parser's "main" is a UMD build that requires its parts at run time
  mainFields: ['module', 'main'],
  // English NLP, HTML parsing, web fetching and page rendering: loaded when a scan needs them
  external: ['compromise', 'cheerio', 'undici', 'natural', 'playwright-core'],
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [francCandidatesOnly],
  logLevel: 'warning',
});
