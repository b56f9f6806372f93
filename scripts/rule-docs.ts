/**
 * Writes docs/rules/: README.md (the index) and, for every rule, <id>.md (Norwegian) and <id>.en.md (English),
 * all generated from the rules' metadata. Generated files of rules that no longer exist are removed.
 * Run with `npm run docs`; test/docs.test.ts fails when the files on disk are out of date.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRules } from '../rules/index.js';
import { GENERATED_MARKER, renderRuleDocs } from '../src/docs/rule-doc.js';

const here = dirname(fileURLToPath(import.meta.url));
// from scripts/ (tsx) or dist/scripts/ (compiled)
const root = [join(here, '..'), join(here, '..', '..')].find((dir) => existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'rules')))!;
const out = join(root, 'docs', 'rules');
mkdirSync(out, { recursive: true });

const docs = renderRuleDocs(allRules);
const wanted = new Set(docs.map((d) => d.file));
let written = 0;
for (const doc of docs) {
  const path = join(out, doc.file);
  if (existsSync(path) && readFileSync(path, 'utf8') === doc.content) continue;
  writeFileSync(path, doc.content);
  written++;
}
let removed = 0;
for (const file of readdirSync(out)) {
  if (!file.endsWith('.md') || wanted.has(file)) continue;
  const path = join(out, file);
  if (readFileSync(path, 'utf8').startsWith(GENERATED_MARKER)) {
    unlinkSync(path);
    removed++;
  }
}
const missing = allRules.filter((r) => !r.meta.examples).map((r) => r.meta.id);
console.log(`docs/rules: ${docs.length} files, ${written} written, ${removed} removed.`);
if (missing.length > 0) console.log(`Without examples (need a website scan): ${missing.join(', ')}`);
