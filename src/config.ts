import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { distance } from 'fastest-levenshtein';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import picomatch from 'picomatch';
import type { Severity } from './types.js';

export const CONFIG_FILE = 'personvernsjekk.config.json';

export type RuleSetting = 'off' | 'on' | { severity?: Severity; weight?: number; enabled?: boolean };

export interface Config {
  /** Per-rule: "off", "on", or severity/weight overrides. */
  rules?: Record<string, RuleSetting>;
  failOn?: 'error' | 'warning';
  minScore?: number;
  /** Names the organisation goes by, accepted by controller-identity and broken-contact. */
  organisationNames?: string[];
  /** The organisation's own domains, for broken-contact. */
  domains?: string[];
  /** Glob patterns (relative to the config file) of paths not to scan. */
  ignore?: string[];
}

export interface LoadedConfig extends Config {
  /** Where it was read from; undefined when no file was found. */
  path?: string;
}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'ConfigError';
  }
}

const KEYS = new Set(['$schema', 'rules', 'failOn', 'minScore', 'organisationNames', 'domains', 'ignore']);
const RULE_KEYS = new Set(['severity', 'weight', 'enabled']);
const SEVERITIES = new Set(['error', 'warning', 'info']);

function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestScore) {
      bestScore = d;
      best = c;
    }
  }
  return bestScore <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** " Mente du «…»?" for the nearest candidate by edit distance, or nothing when none is near. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const near = closest(word, candidates);
  return near ? ` Mente du «${near}»?` : '';
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** Checks a parsed config against the known keys and rule ids; every problem is an error naming the key. */
export function validateConfig(value: unknown, file: string, ruleIds: readonly string[]): Config {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(file, 'konfigurasjonen må være et JSON-objekt');
  }
  const config = value as Record<string, unknown>;
  for (const key of Object.keys(config)) {
    if (!KEYS.has(key)) throw new ConfigError(file, `ukjent nøkkel «${key}».${didYouMean(key, KEYS)} Gyldige nøkler: ${[...KEYS].filter((k) => k !== '$schema').join(', ')}.`);
  }
  if (config.rules !== undefined) {
    if (typeof config.rules !== 'object' || config.rules === null || Array.isArray(config.rules)) {
      throw new ConfigError(file, '«rules» må være et objekt med regel-id som nøkler');
    }
    const known = new Set(ruleIds);
    for (const [id, setting] of Object.entries(config.rules)) {
      if (!known.has(id)) {
        throw new ConfigError(file, `ukjent regel «${id}» i «rules».${didYouMean(id, known)} Se alle regler med «personvernsjekk rules».`);
      }
      if (setting === 'off' || setting === 'on') continue;
      if (typeof setting !== 'object' || setting === null || Array.isArray(setting)) {
        throw new ConfigError(file, `regelen «${id}»: bruk "off", "on" eller { "severity": …, "weight": … }`);
      }
      for (const [k, v] of Object.entries(setting)) {
        if (!RULE_KEYS.has(k)) throw new ConfigError(file, `regelen «${id}»: ukjent nøkkel «${k}» (gyldige: severity, weight, enabled)`);
        if (k === 'severity' && !SEVERITIES.has(v as string)) throw new ConfigError(file, `regelen «${id}»: severity må være error, warning eller info`);
        if (k === 'weight' && (typeof v !== 'number' || v < 0 || v > 10)) throw new ConfigError(file, `regelen «${id}»: weight må være et tall fra 0 til 10`);
        if (k === 'enabled' && typeof v !== 'boolean') throw new ConfigError(file, `regelen «${id}»: enabled må være true eller false`);
      }
    }
  }
  if (config.failOn !== undefined && config.failOn !== 'error' && config.failOn !== 'warning') {
    throw new ConfigError(file, '«failOn» må være "error" eller "warning"');
  }
  if (config.minScore !== undefined && (typeof config.minScore !== 'number' || config.minScore < 0 || config.minScore > 100)) {
    throw new ConfigError(file, '«minScore» må være et tall fra 0 til 100');
  }
  for (const key of ['organisationNames', 'domains', 'ignore'] as const) {
    if (config[key] !== undefined && !isStringArray(config[key])) throw new ConfigError(file, `«${key}» må være en liste med tekster`);
  }
  return config as Config;
}

/** Reads a config file; comments and trailing commas are allowed (JSON with comments, as in tsconfig.json). */
export function readConfig(file: string, ruleIds: readonly string[]): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(file, `kunne ikke leses (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true });
  if (errors.length > 0) {
    const e = errors[0]!;
    const line = text.slice(0, e.offset).split('\n').length;
    throw new ConfigError(file, `ugyldig JSON på linje ${line} (${printParseErrorCode(e.error)})`);
  }
  return { ...validateConfig(value, file, ruleIds), path: resolve(file) };
}

/** The nearest config file in the directory of `start` or above it. */
export function findConfig(start: string): string | undefined {
  let dir = resolve(start);
  try {
    if (!statSync(dir).isDirectory()) dir = dirname(dir);
  } catch {
    dir = dirname(dir);
  }
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** A predicate for paths the config tells us to leave out. */
export function ignoreMatcher(config: LoadedConfig): (path: string) => boolean {
  if (!config.ignore?.length || !config.path) return () => false;
  const base = dirname(config.path);
  const match = picomatch(config.ignore, { dot: true });
  return (path: string) => {
    const rel = relative(base, resolve(path)).split(sep).join('/');
    return !rel.startsWith('..') && match(rel);
  };
}

export const STARTER_CONFIG = `// Innstillinger for personvernsjekk. Filen kan ha kommentarer.
// Dokumentasjon: se README.md og «personvernsjekk rules».
{
  // Slå regler av ("off") eller endre alvorlighetsgrad og vekt:
  //   "dpo-contact": "off",
  //   "policy-date": { "severity": "error", "weight": 2 }
  "rules": {
  },

  // Avslutt med kode 1 ved funn på dette nivået eller høyere: "error" eller "warning".
  "failOn": "error",

  // Avslutt med kode 1 når et dokument får lavere poengsum enn dette (0–100).
  // "minScore": 70,

  // Navnene virksomheten bruker, f.eks. ["Eksempel AS", "Eksempel"].
  "organisationNames": [],

  // Virksomhetens egne domener, f.eks. ["eksempel.no"].
  "domains": [],

  // Stier som ikke skal skannes (glob, relativt til denne filen).
  "ignore": ["node_modules/**", "reports/**"]
}
`;
