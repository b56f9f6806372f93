import { allRules, rulesById } from '../rules/index.js';
import { analyseDocument, isoDate, scanPaths, type AnalyseOptions, type ScanOptions } from './scan.js';
import type { DocumentReport, Report } from './types.js';
import { scanSite, type WebScanOptions } from './web/scan-site.js';
import { VERSION } from './version.js';

export type AnalyseInputOptions = Omit<AnalyseOptions, 'rules'> & { rules?: AnalyseOptions['rules'] };

/**
 * Analyses one privacy statement given as text, Markdown or HTML and returns
 * a report with one document.
 *
 *   const report = analyse(html, { format: 'html', asOf: new Date('2026-11-22') });
 */
export function analyse(input: string, options: AnalyseInputOptions = {}): Report {
  const asOf = options.asOf ?? new Date();
  const doc = analyseDocument(input, { ...options, asOf, rules: options.rules ?? allRules });
  return { tool: { name: 'personvernsjekk', version: VERSION }, asOf: isoDate(asOf), documents: [doc], errors: [] };
}

/**
 * Scans a website like `personvernsjekk scan firma.no`: finds the privacy statement from the
 * homepage (or takes the address given), and runs the rules, the website rules included.
 *
 *   const doc = await scanWebsite('firma.no', { asOf: new Date('2026-11-22') });
 */
export function scanWebsite(input: string, options: Partial<WebScanOptions> = {}): Promise<DocumentReport> {
  return scanSite(input, { ...options, rules: options.rules ?? allRules });
}

/** Scans files and directories like the CLI's `scan` command. */
export function scan(paths: string[], options: Partial<ScanOptions> = {}): Report {
  return scanPaths(paths, { ...options, rules: options.rules ?? allRules });
}

export { allRules, rulesById, VERSION };
export {
  FORMAT_NAMES,
  formatGithub,
  formatHtmlDocument,
  formatHtmlIndex,
  formatJson,
  formatJunit,
  formatMarkdown,
  formatSarif,
  formatStylish,
  renderReport,
  writeHtmlReport,
  type FormatName,
} from './formatters/index.js';
export { findingLevel } from './engine/level.js';
export { explainRule, ruleDocUrl } from './docs/explain.js';
export { discoverSite } from './web/discover.js';
export { detectTrackers } from './web/trackers.js';
export type { WebScanOptions, WebSettings } from './web/scan-site.js';
export type { SiteData, FetchedPage } from './web/site.js';
export type * from './types.js';
