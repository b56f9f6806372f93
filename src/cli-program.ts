import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Locale } from './engine/run.js';
import { FORMAT_NAMES, renderReport, REPORT_FILES, writeHtmlReport, type FormatName } from './formatters/index.js';
import { CONFIG_FILE, ConfigError, didYouMean, findConfig, ignoreMatcher, readConfig, STARTER_CONFIG, type LoadedConfig } from './config.js';
import { addWebOptions, runWebScans, splitInputs, type WebCliOptions } from './cli-web.js';
import type { Report, Rule, Severity } from './types.js';

/** The rules and the scanner are loaded by the commands that need them, so --version and --help start fast. */
async function loadRules(): Promise<readonly Rule[]> {
  return (await import('../rules/index.js')).allRules;
}
import { VERSION } from './version.js';
import { findingLevel } from './engine/level.js';
import { explainRule } from './docs/explain.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

class UsageError extends Error {}

function parseDate(value: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError('bruk formatet ÅÅÅÅ-MM-DD, f.eks. 2026-11-22');
  }
  return new Date(`${value}T12:00:00Z`);
}

function parseScore(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError('et tall fra 0 til 100');
  return n;
}

function parseMegabytes(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('et positivt tall (MB)');
  return Math.round(n * 1024 * 1024);
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];
}

function collectFormats(value: string, previous: FormatName[] = []): FormatName[] {
  const formats = [...previous];
  for (const name of collect(value)) {
    if (!(FORMAT_NAMES as readonly string[]).includes(name)) {
      throw new InvalidArgumentError(`ukjent format «${name}»; velg blant ${FORMAT_NAMES.join(', ')}`);
    }
    if (!formats.includes(name as FormatName)) formats.push(name as FormatName);
  }
  return formats;
}


export function exitCodeFor(report: Report, failOn: 'error' | 'warning', minScore?: number): number {
  if (report.documents.length === 0) return EXIT_USAGE;
  const levels: Severity[] = failOn === 'error' ? ['error'] : ['error', 'warning'];
  for (const doc of report.documents) {
    if (minScore !== undefined && doc.score < minScore) return EXIT_FINDINGS;
    if (doc.results.some((r) => levels.includes(findingLevel(r) as Severity))) return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

function selectRules(allRules: readonly Rule[], only: string[] | undefined, disabled: string[] | undefined, config: LoadedConfig): readonly Rule[] {
  const known = new Set(allRules.map((r) => r.meta.id));
  for (const id of [...(only ?? []), ...(disabled ?? [])]) {
    if (!known.has(id)) throw new UsageError(`ukjent regel «${id}».${didYouMean(id, known)} Se alle regler med «personvernsjekk rules».`);
  }
  const offInConfig = (id: string) => {
    const setting = config.rules?.[id];
    return setting === 'off' || (typeof setting === 'object' && setting.enabled === false);
  };
  // --rule names rules explicitly, so it wins over "off" in the config.
  if (only?.length) return allRules.filter((r) => only.includes(r.meta.id) && !disabled?.includes(r.meta.id));
  return allRules.filter((r) => !disabled?.includes(r.meta.id) && !offInConfig(r.meta.id));
}

function overridesFrom(config: LoadedConfig): Record<string, { severity?: Severity; weight?: number }> {
  const out: Record<string, { severity?: Severity; weight?: number }> = {};
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    if (typeof setting === 'object') out[id] = { severity: setting.severity, weight: setting.weight };
  }
  return out;
}

function loadConfig(explicit: string | undefined, paths: string[], ids: string[]): LoadedConfig {
  if (explicit) return readConfig(explicit, ids);
  const start = paths.find((p) => p !== '-') ?? process.cwd();
  const found = findConfig(start);
  return found ? readConfig(found, ids) : {};
}

interface ScanCliOptions {
  format?: FormatName[];
  outputDir: string;
  color: boolean;
  asOf?: Date;
  rule?: string[];
  disable?: string[];
  failOn: 'error' | 'warning';
  minScore?: number;
  lang: Locale;
  maxSize?: number;
  output?: string;
  config?: string;
}

export function buildProgram(write: (text: string) => void, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('personvernsjekk')
    .description('Kontrollerer norske personvernerklæringer mot GDPR art. 13/14 og norsk lov.')
    .version(VERSION, '-V, --version', 'skriv ut versjonsnummeret')
    .helpOption('-h, --help', 'vis hjelp')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  // `personvernsjekk policy.html` scans, as `personvernsjekk scan policy.html` does
  const scanCommand = program
    .command('scan', { isDefault: true })
    .description('skann filer (.txt, .md, .html), mapper, - (standard inn) eller nettsteder')
    .argument('[paths...]', 'filer, mapper, - eller nettadresser/domener (f.eks. firma.no)')
    .option('-f, --format <format>', `utdataformat: ${FORMAT_NAMES.join(', ')} (kan gjentas eller kommaskilles; standard stylish)`, collectFormats)
    .option('--output-dir <dir>', 'mappe for rapportfiler (html, og alle formater når flere er valgt)', 'reports')
    .option('--no-color', 'ingen farger (farger brukes bare i terminal)')
    .option('--as-of <date>', 'skannedato ÅÅÅÅ-MM-DD for policy-date (gir reproduserbare resultater)', parseDate)
    .option('--rule <id>', 'kjør bare denne regelen (kan gjentas eller kommaskilles)', collect)
    .option('--disable <id>', 'slå av denne regelen (kan gjentas eller kommaskilles)', collect)
    .addOption(new Option('--fail-on <level>', 'avslutt med kode 1 ved funn på dette nivået eller høyere').choices(['error', 'warning']).default('error'))
    .option('--min-score <n>', 'avslutt med kode 1 hvis et dokument får lavere poengsum', parseScore)
    .addOption(new Option('--lang <locale>', 'språk i meldingene').choices(['nb', 'en']).default('nb'))
    .option('--max-size <mb>', 'største filstørrelse i MB (standard 5)', parseMegabytes)
    .option('-o, --output <file>', 'skriv rapporten til fil i stedet for standard ut')
    .option('-c, --config <file>', `konfigurasjonsfil (standard: nærmeste ${CONFIG_FILE} fra stien og oppover)`);
  addWebOptions(scanCommand)
    .action(async (paths: string[], opts: ScanCliOptions & WebCliOptions, command: Command) => {
      if (paths.length === 0 && !opts.sites) throw new UsageError('oppgi filer, mapper, nettadresser eller --sites <fil>');
      const formats = opts.format ?? ['stylish'];
      if (opts.output && (formats.length > 1 || formats[0] === 'html')) {
        throw new UsageError('--output gjelder bare ett format som ikke er html; bruk --output-dir for html og flere formater');
      }
      const { files, web } = splitInputs(paths);
      const [allRules, { scanPaths }] = await Promise.all([loadRules(), import('./scan.js')]);
      const config = loadConfig(opts.config, files, allRules.map((r) => r.meta.id));
      const fromCli = (name: string) => command.getOptionValueSource(name) === 'cli';
      const failOn = fromCli('failOn') ? opts.failOn : (config.failOn ?? opts.failOn);
      const minScore = opts.minScore ?? config.minScore;
      const rules = selectRules(allRules, opts.rule, opts.disable, config);
      const asOf = opts.asOf ?? new Date();
      const report = scanPaths(files, {
        rules,
        asOf,
        locale: opts.lang,
        maxBytes: opts.maxSize,
        overrides: overridesFrom(config),
        organisationNames: config.organisationNames,
        domains: config.domains,
        ignore: ignoreMatcher(config),
      });
      const fromWeb = await runWebScans(web, opts, {
        rules,
        asOf,
        locale: opts.lang,
        maxBytes: opts.maxSize,
        overrides: overridesFrom(config),
        organisationNames: config.organisationNames,
        domains: config.domains,
      });
      report.documents.push(...fromWeb.documents);
      report.errors.push(...fromWeb.errors);
      documentsScanned += report.documents.length;
      const color = opts.color && !opts.output && process.stdout.isTTY === true && !process.env.NO_COLOR;
      const metas = rules.map((r) => r.meta);
      const toFiles = formats.length > 1 || command.getOptionValueSource('outputDir') === 'cli';
      const written: string[] = [];
      for (const format of formats) {
        if (format === 'html') {
          written.push(...writeHtmlReport(report, metas, opts.outputDir, opts.lang));
          continue;
        }
        // Terminal formats stay on standard output beside report files: the log is where they are read.
        const toStdout = !toFiles || format === 'stylish' || format === 'github';
        const text = renderReport(format, report, metas, { locale: opts.lang, color: toStdout && color }) + '\n';
        if (opts.output) {
          writeFileSync(opts.output, text);
        } else if (toStdout) {
          write(text);
        } else {
          mkdirSync(opts.outputDir, { recursive: true });
          const path = join(opts.outputDir, REPORT_FILES[format]);
          writeFileSync(path, text);
          written.push(path);
        }
      }
      for (const path of written) process.stderr.write(`personvernsjekk: skrev ${path}\n`);
      for (const e of report.errors) process.stderr.write(`personvernsjekk: ${e.source}: ${e.message}\n`);
      setExit(exitCodeFor(report, failOn, minScore));
    });

  program
    .command('init')
    .description(`skriv en kommentert ${CONFIG_FILE} i gjeldende mappe`)
    .option('--force', 'skriv over en eksisterende fil')
    .action((opts: { force?: boolean }) => {
      if (existsSync(CONFIG_FILE) && !opts.force) {
        throw new UsageError(`${CONFIG_FILE} finnes allerede. Bruk --force for å skrive over den.`);
      }
      writeFileSync(CONFIG_FILE, STARTER_CONFIG);
      write(`Skrev ${CONFIG_FILE}.\n`);
      setExit(EXIT_OK);
    });

  program
    .command('rules')
    .description('list alle regler med alvorlighetsgrad og beskrivelse')
    .addOption(new Option('-f, --format <format>', 'utdataformat').choices(['text', 'json']).default('text'))
    .addOption(new Option('--lang <locale>', 'språk').choices(['nb', 'en']).default('nb'))
    .action(async (opts: { format: 'text' | 'json'; lang: Locale }) => {
      const allRules = await loadRules();
      if (opts.format === 'json') {
        write(JSON.stringify(allRules.map((r) => r.meta), null, 2) + '\n');
      } else {
        const lines = allRules.map(
          (r) => `${r.meta.id.padEnd(28)} ${r.meta.severity.padEnd(8)} ${String(r.meta.weight).padEnd(2)} ${r.meta.category.padEnd(21)} ${r.meta.description[opts.lang]}`,
        );
        write(lines.join('\n') + '\n');
      }
      setExit(EXIT_OK);
    });

  program
    .command('explain')
    .description('forklar en regel: hva den sjekker, hvorfor (loven), eksempler og hvordan du retter')
    .argument('<rule-id>', 'regelens id, f.eks. retention')
    .addOption(new Option('--lang <locale>', 'språk').choices(['nb', 'en']).default('nb'))
    .option('--no-color', 'ingen farger')
    .action(async (id: string, opts: { lang: Locale; color: boolean }) => {
      const allRules = await loadRules();
      const rule = allRules.find((r) => r.meta.id === id);
      if (!rule) {
        throw new UsageError(`ukjent regel «${id}».${didYouMean(id, allRules.map((r) => r.meta.id))} Se alle regler med «personvernsjekk rules».`);
      }
      const color = opts.color && process.stdout.isTTY === true && !process.env.NO_COLOR;
      const width = Math.min(100, process.stdout.columns || 100);
      write(explainRule(rule, { locale: opts.lang, color, width }) + '\n');
      setExit(EXIT_OK);
    });
  return program;
}

let documentsScanned = 0;

/** How many documents this process has scanned: a run that scanned has compiled the code a scan needs. */
export function scannedDocuments(): number {
  return documentsScanned;
}

export async function main(argv: string[]): Promise<number> {
  let code = EXIT_OK;
  const program = buildProgram(
    (text) => process.stdout.write(text),
    (c) => {
      code = c;
    },
  );
  try {
    // with no arguments at all, the overview of commands rather than the default command's complaint
    await program.parseAsync(argv.length <= 2 ? [...argv, '--help'] : argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? EXIT_OK : EXIT_USAGE;
    }
    if (err instanceof UsageError || err instanceof ConfigError) {
      process.stderr.write(`personvernsjekk: ${err.message}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
  return code;
}

