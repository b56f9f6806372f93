import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runRules, type RunOptions } from './engine/run.js';
import { decodeBytes, DEFAULT_MAX_BYTES, formatFromPath, InputError, loadText, SUPPORTED_EXTENSIONS } from './loaders/index.js';
import { analyseText } from './segment/document.js';
import type { DocumentReport, InputFormat, Report, Rule, ScanError } from './types.js';
import { VERSION } from './version.js';

export interface ScanOptions extends RunOptions {
  rules: readonly Rule[];
  maxBytes?: number;
  /** Paths to leave out (from the config's "ignore"). */
  ignore?: (path: string) => boolean;
  /** Reads standard input when a path is "-". */
  readStdin?: () => Buffer;
}

export interface AnalyseOptions extends RunOptions {
  rules: readonly Rule[];
  format?: InputFormat;
  source?: string;
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Analyses one statement given as text (plain text, Markdown or HTML). */
export function analyseDocument(input: string, options: AnalyseOptions): DocumentReport {
  const loaded = loadText(input, options.format);
  return runRules(analyseText(loaded, options.source ?? '<text>'), options.rules, options);
}

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'reports']);

function walk(dir: string, out: string[], ignore: (path: string) => boolean): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (ignore(full)) continue;
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(full, out, ignore);
    } else if (entry.isFile() && formatFromPath(entry.name)) {
      out.push(full);
    }
  }
}

interface Input {
  source: string;
  read: () => Buffer;
  format?: InputFormat;
}

function describeError(err: unknown): string {
  if (err instanceof InputError) return `${err.message} – ${err.hint}`;
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'finnes ikke – kontroller stien';
  if (code === 'EACCES' || code === 'EPERM') return 'mangler lesetilgang – kontroller filrettighetene';
  if (code === 'EISDIR') return 'er en mappe';
  return `kunne ikke leses: ${(err as Error).message}`;
}

function expandInputs(paths: string[], options: ScanOptions, errors: ScanError[]): Input[] {
  const inputs: Input[] = [];
  for (const path of paths) {
    if (path === '-') {
      inputs.push({ source: '<stdin>', read: options.readStdin ?? (() => readFileSync(0)) });
      continue;
    }
    let stat;
    try {
      stat = statSync(path);
    } catch (err) {
      errors.push({ source: path, message: describeError(err) });
      continue;
    }
    if (stat.isDirectory()) {
      const files: string[] = [];
      walk(path, files, options.ignore ?? (() => false));
      if (files.length === 0) {
        errors.push({
          source: path,
          message: `mappen inneholder ingen filer av typene ${Object.keys(SUPPORTED_EXTENSIONS).join(', ')}`,
        });
      }
      for (const file of files) inputs.push({ source: file, read: () => readFileSync(file), format: formatFromPath(file) });
    } else {
      inputs.push({ source: path, read: () => readFileSync(path), format: formatFromPath(path) });
    }
  }
  return inputs;
}

/** Scans files, directories (recursively, by extension) and "-" (stdin). One unreadable input never stops the rest. */
export function scanPaths(paths: string[], options: ScanOptions): Report {
  const errors: ScanError[] = [];
  const documents: DocumentReport[] = [];
  for (const input of expandInputs(paths, options, errors)) {
    try {
      const text = decodeBytes(input.read(), options.maxBytes ?? DEFAULT_MAX_BYTES);
      documents.push(analyseDocument(text, { ...options, format: input.format, source: input.source }));
    } catch (err) {
      errors.push({ source: input.source, message: describeError(err) });
    }
  }
  return { tool: { name: 'personvernsjekk', version: VERSION }, asOf: isoDate(options.asOf ?? new Date()), documents, errors };
}
