import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../engine/run.js';
import type { Report, RuleMeta } from '../types.js';
import { formatGithub } from './github.js';
import { formatHtmlDocument, formatHtmlIndex, htmlFileName } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'markdown', 'github', 'junit', 'html'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/** File each format is written to when reports go to a directory (html writes one page per document). */
export const REPORT_FILES: Record<Exclude<FormatName, 'html'>, string> = {
  stylish: 'report.txt',
  json: 'report.json',
  sarif: 'report.sarif',
  markdown: 'report.md',
  github: 'report.github.txt',
  junit: 'report.junit.xml',
};

export interface RenderOptions {
  locale: Locale;
  color?: boolean;
}

/** Renders a report in one of the single-file formats. */
export function renderReport(format: Exclude<FormatName, 'html'>, report: Report, rules: readonly RuleMeta[], opts: RenderOptions): string {
  switch (format) {
    case 'stylish':
      return formatStylish(report, { color: opts.color ?? false, locale: opts.locale });
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report, rules, { locale: opts.locale });
    case 'markdown':
      return formatMarkdown(report, rules, { locale: opts.locale });
    case 'github':
      return formatGithub(report, rules, { locale: opts.locale });
    case 'junit':
      return formatJunit(report, rules, { locale: opts.locale });
  }
}

/**
 * Writes the HTML report into `dir`: one self-contained page per document, and an
 * index page ranking them when more than one document was scanned or a file failed.
 * Returns the paths written, the page to open first leading.
 */
export function writeHtmlReport(report: Report, rules: readonly RuleMeta[], dir: string, locale: Locale): string[] {
  mkdirSync(dir, { recursive: true });
  const withIndex = report.documents.length !== 1 || report.errors.length > 0;
  const pages = report.documents.map((doc) => ({ source: doc.source, href: htmlFileName(doc.source) }));
  const written: string[] = [];
  if (withIndex) {
    const indexPath = join(dir, 'index.html');
    writeFileSync(indexPath, formatHtmlIndex(report, pages, { locale }));
    written.push(indexPath);
  }
  report.documents.forEach((doc, i) => {
    const path = join(dir, pages[i]!.href);
    writeFileSync(path, formatHtmlDocument(doc, report, rules, { locale, indexHref: withIndex ? 'index.html' : undefined }));
    written.push(path);
  });
  return written;
}

export { formatGithub, formatHtmlDocument, formatHtmlIndex, formatJson, formatJunit, formatMarkdown, formatSarif, formatStylish, htmlFileName };
