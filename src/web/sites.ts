import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { getMaxListeners, setMaxListeners } from 'node:events';
import { dirname } from 'node:path';
import type { Locale } from '../engine/run.js';
import { formatJson } from '../formatters/json.js';
import type { DocumentReport, Rule, RuleResult } from '../types.js';
import { VERSION } from '../version.js';
import { describeWebError, FetchError } from './errors.js';

export const DEFAULT_CONCURRENCY = 4;
export const DEFAULT_DELAY_MS = 1000;
export const DEFAULT_JSONL = 'reports/sites.jsonl';

/** One line of the JSON Lines file: a finished site. `document` has the shape of a document in the JSON output. */
export interface SiteLine {
  input: string;
  ok: boolean;
  document?: Record<string, unknown>;
  error?: { message: string; code?: string };
  finishedAt: string;
}

/** A finished site in memory. */
export interface SiteOutcome {
  input: string;
  ok: boolean;
  document?: DocumentReport;
  /** "message – hint" when the site could not be scanned. */
  error?: string;
  errorCode?: string;
  finishedAt: string;
  /** Read from the JSON Lines file of an earlier run (--resume), not scanned now. */
  resumed?: boolean;
}

/** Reports progress as sites start and finish. */
export interface ProgressSink {
  begin(total: number, skipped: number): void;
  finished(outcome: SiteOutcome, done: number, total: number): void;
  end(interrupted: boolean): void;
}

export interface PortfolioOptions {
  /** Scans one site; rejects with a FetchError (or anything) when it cannot. */
  scan: (input: string, signal: AbortSignal) => Promise<DocumentReport>;
  concurrency?: number;
  /** Where each finished site is appended at once; none when absent. */
  jsonlPath?: string;
  /** Skip inputs already in the JSON Lines file (and keep the file); otherwise the file starts afresh. */
  resume?: boolean;
  /** Stops the batch: no new site starts, and sites in flight are not written (a later --resume scans them). */
  signal?: AbortSignal;
  progress?: ProgressSink;
  locale?: Locale;
  /** For turning resumed documents back into reports (rule categories). */
  rules?: readonly Rule[];
}

export interface PortfolioResult {
  /** Every site of the list that has an outcome (resumed ones included), in list order. */
  outcomes: SiteOutcome[];
  /** Sites scanned in this run. */
  scanned: number;
  /** Sites skipped because the JSON Lines file already had them. */
  skipped: number;
  interrupted: boolean;
}

/** The sites in a --sites file: one domain or address per line; blank lines and # comments are skipped, duplicates dropped. */
export function parseSiteList(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const line = raw.replace(/\s+#.*$/, '').trim();
    if (!line || line.startsWith('#')) continue;
    const key = line.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(line);
  }
  return out;
}

export function readSiteList(path: string): string[] {
  return parseSiteList(readFileSync(path, 'utf8'));
}

/** Finished sites in a JSON Lines file; a damaged line (an interrupted write) is skipped, so that site is scanned again. */
export function readJsonl(path: string): Map<string, SiteLine> {
  const out = new Map<string, SiteLine>();
  if (!existsSync(path)) return out;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const parsed = JSON.parse(line) as SiteLine;
      if (typeof parsed.input === 'string' && typeof parsed.ok === 'boolean') out.set(parsed.input, parsed);
    } catch {
      // a line cut short by an interruption
    }
  }
  return out;
}

/** A document in the JSON contract's shape (as `--format json` prints it). */
export function documentJson(doc: DocumentReport): Record<string, unknown> {
  const report = { tool: { name: 'personvernsjekk', version: VERSION }, asOf: '', documents: [doc], errors: [] };
  return (JSON.parse(formatJson(report)) as { documents: Array<Record<string, unknown>> }).documents[0]!;
}

/** A document read back from the JSON Lines file; the statement's text is not stored there. */
export function reviveDocument(json: Record<string, unknown>, rules: readonly Rule[] = []): DocumentReport {
  const categories = new Map(rules.map((r) => [r.meta.id, r.meta.category]));
  const doc = json as unknown as DocumentReport;
  return {
    ...doc,
    format: doc.format ?? 'html',
    text: '',
    results: (doc.results ?? []).map((r: RuleResult) => ({ ...r, category: r.category ?? categories.get(r.ruleId) ?? 'quality' })),
  };
}

function lineOf(outcome: SiteOutcome): SiteLine {
  return {
    input: outcome.input,
    ok: outcome.ok,
    ...(outcome.document ? { document: documentJson(outcome.document) } : {}),
    ...(outcome.error ? { error: { message: outcome.error, ...(outcome.errorCode ? { code: outcome.errorCode } : {}) } } : {}),
    finishedAt: outcome.finishedAt,
  };
}

function outcomeOf(line: SiteLine, rules: readonly Rule[] | undefined): SiteOutcome {
  return {
    input: line.input,
    ok: line.ok,
    ...(line.document ? { document: reviveDocument(line.document, rules) } : {}),
    ...(line.error ? { error: line.error.message, errorCode: line.error.code } : {}),
    finishedAt: line.finishedAt,
    resumed: true,
  };
}

/**
 * Scans a list of sites with at most `concurrency` at a time. Each finished site is appended to
 * the JSON Lines file at once, so an interruption loses only the sites in flight; with `resume`
 * the sites already in the file are skipped.
 */
export async function runPortfolio(inputs: string[], options: PortfolioOptions): Promise<PortfolioResult> {
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));
  const signal = options.signal ?? new AbortController().signal;
  // Each site in flight listens on the batch signal; more than Node's default of 10 is expected, not a leak.
  setMaxListeners(Math.max(getMaxListeners(signal), concurrency * 2 + 10), signal);
  const done = new Map<string, SiteOutcome>();
  let skipped = 0;
  if (options.jsonlPath) {
    mkdirSync(dirname(options.jsonlPath), { recursive: true });
    if (options.resume) {
      const previous = readJsonl(options.jsonlPath);
      for (const input of inputs) {
        const line = previous.get(input);
        if (line) {
          done.set(input, outcomeOf(line, options.rules));
          skipped++;
        }
      }
      // A file cut off in the middle of a line gets a line break first, so the next line stays whole.
      const text = existsSync(options.jsonlPath) ? readFileSync(options.jsonlPath, 'utf8') : '';
      if (text.length > 0 && !text.endsWith('\n')) appendFileSync(options.jsonlPath, '\n');
    } else {
      writeFileSync(options.jsonlPath, '');
    }
  }
  const pending = inputs.filter((input) => !done.has(input));
  const total = inputs.length;
  let finished = skipped;
  options.progress?.begin(total, skipped);

  let next = 0;
  const worker = async () => {
    while (!signal.aborted && next < pending.length) {
      const input = pending[next++]!;
      const site = new AbortController();
      const onAbort = () => site.abort(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      let outcome: SiteOutcome;
      try {
        const document = await options.scan(input, site.signal);
        outcome = { input, ok: true, document, finishedAt: new Date().toISOString() };
      } catch (err) {
        if (signal.aborted) return; // not finished: a --resume run scans it again
        outcome = {
          input,
          ok: false,
          error: describeWebError(err, options.locale ?? 'nb'),
          ...(err instanceof FetchError ? { errorCode: err.code } : {}),
          finishedAt: new Date().toISOString(),
        };
      } finally {
        signal.removeEventListener('abort', onAbort);
      }
      if (signal.aborted) return;
      if (options.jsonlPath) appendFileSync(options.jsonlPath, JSON.stringify(lineOf(outcome)) + '\n');
      done.set(input, outcome);
      finished++;
      options.progress?.finished(outcome, finished, total);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, pending.length) }, worker));
  const interrupted = signal.aborted;
  options.progress?.end(interrupted);
  return {
    outcomes: inputs.filter((input) => done.has(input)).map((input) => done.get(input)!),
    scanned: finished - skipped,
    skipped,
    interrupted,
  };
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function outcomeText(outcome: SiteOutcome, locale: Locale): string {
  if (outcome.document) return `${outcome.document.score} ${outcome.document.grade}`;
  return `${locale === 'en' ? 'error' : 'feil'} – ${outcome.error ?? ''}`;
}

/** Progress on a terminal: one bar redrawn in place on stderr. */
export class TtyProgress implements ProgressSink {
  private total = 0;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly locale: Locale = 'nb',
  ) {}

  begin(total: number, skipped: number): void {
    this.total = total;
    if (skipped > 0) this.stream.write(skippedText(skipped, this.locale) + '\n');
    this.draw(skipped, '');
  }

  finished(outcome: SiteOutcome, done: number): void {
    this.draw(done, `${outcome.ok ? '✓' : '✗'} ${outcome.input} ${outcomeText(outcome, this.locale)}`);
  }

  end(): void {
    this.stream.write('\n');
  }

  private draw(done: number, last: string): void {
    const width = 24;
    const filled = this.total === 0 ? width : Math.round((done / this.total) * width);
    const bar = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${this.total}`;
    const columns = this.stream.columns || 80;
    this.stream.write(`\r\u001b[2K${truncate(`${bar}  ${last}`, columns - 1)}`);
  }
}

/** Progress in a log or pipe: one plain line per finished site, "[12/50] firma.no: 81 B". */
export class LineProgress implements ProgressSink {
  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly locale: Locale = 'nb',
  ) {}

  begin(_total: number, skipped: number): void {
    if (skipped > 0) this.stream.write(skippedText(skipped, this.locale) + '\n');
  }

  finished(outcome: SiteOutcome, done: number, total: number): void {
    this.stream.write(`[${done}/${total}] ${outcome.input}: ${outcomeText(outcome, this.locale)}\n`);
  }

  end(): void {}
}

function skippedText(skipped: number, locale: Locale): string {
  return locale === 'en' ? `Skipping ${skipped} site(s) already in the results file (--resume).` : `Hopper over ${skipped} nettsted(er) som allerede er i resultatfilen (--resume).`;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The worst findings of a document: fails before warns, errors before warnings. */
export function worstFindings(doc: DocumentReport, count = 3): string[] {
  return doc.results
    .filter((r) => r.status === 'fail' || r.status === 'warn')
    .sort((a, b) => Number(a.status === 'warn') - Number(b.status === 'warn') || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
    .slice(0, count)
    .map((r) => r.ruleId);
}

/** The table printed after a batch: site, score, grade, the worst findings or the error. */
export function formatSummaryTable(outcomes: SiteOutcome[], locale: Locale = 'nb'): string {
  const head = locale === 'en' ? ['Site', 'Score', 'Grade', 'Worst findings / error'] : ['Nettsted', 'Poeng', 'Karakter', 'Verste funn / feil'];
  const rows = outcomes.map((o) =>
    o.document
      ? [o.input, String(o.document.score), o.document.grade, worstFindings(o.document).join(', ') || '–']
      : [o.input, '–', '–', `${locale === 'en' ? 'error' : 'feil'}: ${o.error ?? ''}`],
  );
  const siteWidth = Math.min(40, Math.max(head[0]!.length, ...rows.map((r) => r[0]!.length)));
  const lines = [head, ...rows].map((r) =>
    [truncate(r[0]!, siteWidth).padEnd(siteWidth), r[1]!.padStart(head[1]!.length), r[2]!.padEnd(head[2]!.length), truncate(r[3]!, 110)].join('  '),
  );
  lines.splice(1, 0, '-'.repeat(Math.min(160, Math.max(...lines.map((l) => l.length)))));
  const ok = outcomes.filter((o) => o.ok).length;
  const failed = outcomes.length - ok;
  lines.push(
    locale === 'en'
      ? `${outcomes.length} site(s): ${ok} scanned, ${failed} could not be scanned.`
      : `${outcomes.length} nettsted(er): ${ok} skannet, ${failed} kunne ikke skannes.`,
  );
  return lines.join('\n');
}
