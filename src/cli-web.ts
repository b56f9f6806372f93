import { existsSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import type { Locale } from './engine/run.js';
import type { DocumentReport, Rule, ScanError, Severity } from './types.js';
import { describeWebError } from './web/errors.js';
import type { WebResources } from './web/scan-site.js';
import {
  DEFAULT_CONCURRENCY,
  DEFAULT_DELAY_MS,
  DEFAULT_JSONL,
  formatSummaryTable,
  LineProgress,
  readSiteList,
  runPortfolio,
  TtyProgress,
  type ProgressSink,
} from './web/sites.js';

/** The scan command's web options as commander hands them over. */
export interface WebCliOptions {
  sites?: string;
  concurrency?: number;
  delay?: number;
  jsonl?: string;
  resume?: boolean;
  allowPrivate?: boolean;
  ignoreRobots?: boolean;
  render?: boolean;
  /** Seconds per page. */
  timeout?: number;
}

/** The rule settings of the scan (the same as for files). */
export interface WebRunSettings {
  rules: readonly Rule[];
  asOf: Date;
  locale: Locale;
  maxBytes?: number;
  overrides?: Record<string, { severity?: Severity; weight?: number }>;
  organisationNames?: string[];
  domains?: string[];
}

export interface WebIo {
  /** Progress, notes and the summary table. */
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Stops the batch (the CLI aborts on Ctrl-C). */
  signal?: AbortSignal;
}

function integer(min: number, max: number, what: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`${what} fra ${min} til ${max}`);
    return n;
  };
}

function seconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 600) throw new InvalidArgumentError('et antall sekunder over 0 og høyst 600');
  return n;
}

/** Adds the options for scanning websites to the scan command. */
export function addWebOptions(command: Command): Command {
  return command
    .option('--sites <file>', 'skann alle nettstedene i filen (ett domene eller én adresse per linje, # for kommentarer)')
    .option('--concurrency <n>', `antall nettsteder som skannes samtidig (standard ${DEFAULT_CONCURRENCY})`, integer(1, 32, 'et heltall'))
    .option('--delay <ms>', `pause mellom forespørsler til samme nettsted i millisekunder (standard ${DEFAULT_DELAY_MS})`, integer(0, 60_000, 'et heltall'))
    .option('--jsonl <file>', `JSON Lines-fil der hvert nettsted skrives når det er ferdig (standard ${DEFAULT_JSONL})`)
    .option('--resume', 'hopp over nettsteder som allerede står i JSON Lines-filen')
    .option('--allow-private', 'tillat private og lokale adresser (eget nett, localhost)')
    .option('--ignore-robots', 'overstyr robots.txt (rapporten sier at det er gjort)')
    .option('--render', 'last sidene i hodeløs Chromium (for nettsteder som bygger innholdet med JavaScript) og registrer informasjonskapsler satt før samtykke')
    .option('--timeout <s>', 'tidsgrense per side i sekunder (standard 20)', seconds);
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const DOMAIN = /^(?:[a-z0-9\u00c0-\u024f](?:[a-z0-9\u00c0-\u024f-]{0,61}[a-z0-9\u00c0-\u024f])?\.)+[a-z\u00c0-\u024f]{2,63}\.?(?::\d{1,5})?(?:[/?#]\S*)?$/i;
const HOST_LITERAL = /^(?:localhost|\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\])(?::\d{1,5})?(?:[/?#]\S*)?$/i;
/** Endings that make "policy.html" a file name rather than a domain. */
const FILE_ENDING = /\.(?:txt|text|md|markdown|html?|xhtml|json|pdf|docx?)$/i;

/** An address or domain to fetch rather than a path: http(s)://…, any other scheme (refused later with a reason), firma.no, www.firma.no/personvern, localhost:8080. A path that exists on disk is always a file. */
export function isWebInput(arg: string): boolean {
  if (arg === '-' || existsSync(arg)) return false;
  if (SCHEME.test(arg)) return true;
  const host = arg.split(/[/?#]/, 1)[0]!;
  if (FILE_ENDING.test(host) && !arg.includes('/')) return false;
  return DOMAIN.test(arg) || HOST_LITERAL.test(arg);
}

/** Splits the scan command's arguments into files (and directories, and -) and websites. */
export function splitInputs(paths: string[]): { files: string[]; web: string[] } {
  const files: string[] = [];
  const web: string[] = [];
  for (const p of paths) (isWebInput(p) ? web : files).push(p);
  return { files, web };
}

function progressFor(io: WebIo, locale: Locale): ProgressSink {
  return io.stderr.isTTY ? new TtyProgress(io.stderr as NodeJS.WriteStream, locale) : new LineProgress(io.stderr, locale);
}

/**
 * Scans websites given on the command line and/or in a --sites file and returns the documents and
 * errors to merge into the scan's report. A --sites batch streams every finished site to the JSON
 * Lines file, shows progress on stderr and ends with a summary table there.
 */
export async function runWebScans(
  web: string[],
  options: WebCliOptions,
  settings: WebRunSettings,
  io: WebIo = { stderr: process.stderr },
): Promise<{ documents: DocumentReport[]; errors: ScanError[] }> {
  const documents: DocumentReport[] = [];
  const errors: ScanError[] = [];
  let listed: string[] = [];
  if (options.sites) {
    try {
      listed = readSiteList(options.sites);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      errors.push({ source: options.sites, message: code === 'ENOENT' ? 'finnes ikke – kontroller stien til --sites-filen' : `kunne ikke leses: ${(err as Error).message}` });
    }
    if (listed.length === 0 && errors.length === 0) errors.push({ source: options.sites, message: 'inneholder ingen nettsteder – skriv ett domene eller én adresse per linje' });
  }
  if (web.length === 0 && listed.length === 0) return { documents, errors };
  // Loaded here so that commands which never touch the web start without it.
  const { closeWebResources, createWebResources, scanSite } = await import('./web/scan-site.js');

  // Ctrl-C stops a batch cleanly (finished sites are in the JSON Lines file); a second Ctrl-C ends the process at once.
  let interrupt: AbortController | undefined;
  const onSigint = () => interrupt?.abort();
  if (!io.signal && listed.length > 0) {
    interrupt = new AbortController();
    io = { ...io, signal: interrupt.signal };
    process.once('SIGINT', onSigint);
  }

  let resources: WebResources;
  try {
    resources = await createWebResources(
      {
        allowPrivate: options.allowPrivate,
        ignoreRobots: options.ignoreRobots,
        render: options.render,
        timeoutMs: options.timeout !== undefined ? Math.round(options.timeout * 1000) : undefined,
        maxBytes: settings.maxBytes,
        delayMs: options.delay ?? DEFAULT_DELAY_MS,
      },
      io.signal,
    );
  } catch (err) {
    process.removeListener('SIGINT', onSigint);
    errors.push({ source: '--render', message: describeWebError(err, settings.locale) });
    return { documents, errors };
  }

  const scan = (input: string, signal: AbortSignal) =>
    scanSite(input, {
      rules: settings.rules,
      asOf: settings.asOf,
      locale: settings.locale,
      overrides: settings.overrides,
      organisationNames: settings.organisationNames,
      domains: settings.domains,
      resources,
      signal,
    });
  const collect = (outcomes: Awaited<ReturnType<typeof runPortfolio>>['outcomes']) => {
    for (const o of outcomes) {
      if (o.document) documents.push(o.document);
      else errors.push({ source: o.input, message: o.error ?? '' });
    }
  };

  try {
    if (web.length > 0) {
      const result = await runPortfolio(web, { scan, concurrency: options.concurrency, signal: io.signal, locale: settings.locale, rules: settings.rules });
      collect(result.outcomes);
    }
    if (listed.length > 0) {
      const jsonlPath = options.jsonl ?? DEFAULT_JSONL;
      const result = await runPortfolio(listed, {
        scan,
        concurrency: options.concurrency,
        jsonlPath,
        resume: options.resume,
        signal: io.signal,
        progress: progressFor(io, settings.locale),
        locale: settings.locale,
        rules: settings.rules,
      });
      collect(result.outcomes);
      io.stderr.write('\n' + formatSummaryTable(result.outcomes, settings.locale) + '\n');
      io.stderr.write(
        settings.locale === 'en'
          ? `Results: ${jsonlPath} (one JSON line per site).\n`
          : `Resultater: ${jsonlPath} (én JSON-linje per nettsted).\n`,
      );
      if (result.interrupted) {
        io.stderr.write(
          settings.locale === 'en'
            ? `Interrupted: ${listed.length - result.outcomes.length} site(s) not scanned. Run again with --resume to scan the rest.\n`
            : `Avbrutt: ${listed.length - result.outcomes.length} nettsted(er) ble ikke skannet. Kjør på nytt med --resume for å skanne resten.\n`,
        );
      }
    }
  } finally {
    process.removeListener('SIGINT', onSigint);
    await closeWebResources(resources);
  }
  return { documents, errors };
}
