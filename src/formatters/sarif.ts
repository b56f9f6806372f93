import { createHash } from 'node:crypto';
import { ruleDocUrl } from '../docs/links.js';
import { findingLevel } from '../engine/level.js';
import type { Locale } from '../engine/run.js';
import type { DocumentReport, Evidence, Report, RuleMeta, RuleResult, Severity } from '../types.js';

export interface SarifOptions {
  /** Language of the rule metadata (descriptions, help); the results' messages are already localised in the report. */
  locale?: Locale;
}

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Key under which each result's fingerprint is published; bump the suffix if the recipe ever changes. */
export const FINGERPRINT_KEY = 'personvernsjekk/v1';

type SarifLevel = 'error' | 'warning' | 'note';

interface SarifRegion {
  startLine: number;
  startColumn: number;
  snippet?: { text: string };
}

interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string };
    region: SarifRegion;
  };
  message?: { text: string };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: SarifLocation[];
  partialFingerprints: Record<string, string>;
  suppressions?: Array<{ kind: 'inSource'; justification: string }>;
  properties: Record<string, unknown>;
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { category: string; tags: string[]; precision: string; [key: string]: unknown };
}

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

const LABELS = {
  nb: {
    legalRef: 'Rettslig grunnlag',
    suggestion: 'Forslag',
    severity: 'Alvorlighet',
    category: 'Kategori',
    missing: 'Ingen sitat: funnet gjelder dokumentet som helhet (f.eks. noe som mangler).',
    suppressed: 'Undertrykt med personvernsjekk-disable-next-line i dokumentet.',
    unreadable: 'Kunne ikke leses',
    section: (heading: string) => `Under overskriften «${heading}»`,
  },
  en: {
    legalRef: 'Legal basis',
    suggestion: 'Suggestion',
    severity: 'Severity',
    category: 'Category',
    missing: 'No quote: the finding concerns the document as a whole (e.g. something missing).',
    suppressed: 'Suppressed with personvernsjekk-disable-next-line in the document.',
    unreadable: 'Could not be read',
    section: (heading: string) => `Under the heading "${heading}"`,
  },
};

/** "outdated-law-2000" → "OutdatedLaw2000". */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/**
 * The artifact URI for a report source: forward slashes, no leading "./", percent-encoded where a URI
 * needs it (spaces, æøå, "#", "?"). Standard input becomes "stdin"; URLs are kept as they are.
 */
export function artifactUri(source: string): string {
  if (source === '<stdin>' || source === '-') return 'stdin';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) return source;
  let path = source.replace(/\\/g, '/');
  while (path.startsWith('./')) path = path.slice(2);
  const encoded = encodeURI(path).replace(/#/g, '%23').replace(/\?/g, '%3F');
  // A Windows drive letter would otherwise read as a URI scheme ("C:").
  return /^[A-Za-z]:\//.test(path) ? `file:///${encoded}` : encoded;
}

function fingerprint(ruleId: string, uri: string, quote: string): string {
  const normalised = quote.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(`${ruleId}\u0000${uri}\u0000${normalised}`).digest('hex').slice(0, 32);
}

function ruleDescriptor(meta: RuleMeta, locale: Locale): SarifRule {
  const l = LABELS[locale];
  const description = meta.description[locale];
  const suggestion = meta.suggestion[locale];
  const text = [description, `${l.legalRef}: ${meta.legalRef}.`, `${l.suggestion}: ${suggestion}`].join('\n\n');
  const markdown = [
    `**${description}**`,
    `*${l.legalRef}:* ${meta.legalRef}`,
    `*${l.severity}:* \`${meta.severity}\` · *${l.category}:* \`${meta.category}\``,
    `*${l.suggestion}:* ${suggestion}`,
  ].join('\n\n');
  return {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: description },
    fullDescription: { text: `${description} (${meta.legalRef})` },
    help: { text, markdown },
    helpUri: ruleDocUrl(meta.id, locale),
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: {
      category: meta.category,
      tags: ['personvern', 'gdpr', meta.category, meta.kind],
      // Defect rules quote the offending text itself; requirement rules infer presence or absence from wording.
      precision: meta.kind === 'defect' ? 'high' : 'medium',
      kind: meta.kind,
      legalRef: meta.legalRef,
      weight: meta.weight,
    },
  };
}

/** A descriptor for a result whose rule was not passed in (e.g. a rule from a newer registry). */
function fallbackDescriptor(r: RuleResult): SarifRule {
  return {
    id: r.ruleId,
    name: pascalCase(r.ruleId),
    shortDescription: { text: r.ruleId },
    fullDescription: { text: `${r.ruleId} (${r.legalRef})` },
    help: { text: r.legalRef, markdown: r.legalRef },
    helpUri: ruleDocUrl(r.ruleId, 'nb'),
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { category: r.category, tags: ['personvern', 'gdpr', r.category], precision: 'medium' },
  };
}

function locationsFor(uri: string, evidence: readonly Evidence[], locale: Locale): SarifLocation[] {
  const l = LABELS[locale];
  if (evidence.length === 0) {
    return [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: 1, startColumn: 1 } }, message: { text: l.missing } }];
  }
  return evidence.map((e) => ({
    physicalLocation: {
      // Evidence from another fetched page (a tracker on the homepage) points into that page.
      artifactLocation: { uri: e.url ?? uri },
      region: { startLine: Math.max(1, e.line), startColumn: Math.max(1, e.column), snippet: { text: e.quote } },
    },
    ...(e.section ? { message: { text: l.section(e.section) } } : {}),
  }));
}

function messageText(r: RuleResult, locale: Locale): string {
  return r.suggestion ? `${r.message} ${LABELS[locale].suggestion}: ${r.suggestion}` : r.message;
}

function documentResults(doc: DocumentReport, indexOf: (r: RuleResult) => number, locale: Locale): SarifResult[] {
  const l = LABELS[locale];
  const uri = artifactUri(doc.source);
  const out: SarifResult[] = [];
  for (const r of doc.results) {
    const level = findingLevel(r);
    const properties = { status: r.status, severity: r.severity, category: r.category, legalRef: r.legalRef, score: doc.score, grade: doc.grade };
    if (level !== null) {
      out.push({
        ruleId: r.ruleId,
        ruleIndex: indexOf(r),
        level: LEVEL[level],
        message: { text: messageText(r, locale) },
        locations: locationsFor(uri, r.evidence, locale),
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(r.ruleId, uri, r.evidence[0]?.quote ?? '') },
        properties,
      });
    }
    if (r.suppressed?.length) {
      // Suppressed evidence is reported as a suppressed result, so code scanning shows it as dismissed in source.
      out.push({
        ruleId: r.ruleId,
        ruleIndex: indexOf(r),
        level: LEVEL[level ?? r.severity],
        message: { text: messageText(r, locale) },
        locations: locationsFor(uri, r.suppressed, locale),
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(r.ruleId, uri, r.suppressed[0]!.quote) },
        suppressions: [{ kind: 'inSource', justification: l.suppressed }],
        properties,
      });
    }
  }
  return out;
}

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, every rule as a reportingDescriptor,
 * one result per warn/fail with a location per quoted piece of evidence (line 1 when nothing can be quoted),
 * and unreadable inputs as tool execution notifications.
 */
export function formatSarif(report: Report, rules: readonly RuleMeta[], options: SarifOptions = {}): string {
  const locale = options.locale ?? 'nb';
  const descriptors = rules.map((meta) => ruleDescriptor(meta, locale));
  const index = new Map<string, number>(descriptors.map((d, i) => [d.id, i]));
  const indexOf = (r: RuleResult): number => {
    let i = index.get(r.ruleId);
    if (i === undefined) {
      i = descriptors.push(fallbackDescriptor(r)) - 1;
      index.set(r.ruleId, i);
    }
    return i;
  };
  const results = report.documents.flatMap((doc) => documentResults(doc, indexOf, locale));
  const notifications = report.errors.map((e) => ({
    level: 'error' as const,
    message: { text: `${LABELS[locale].unreadable}: ${e.message}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(e.source) } } }],
  }));
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            language: locale === 'en' ? 'en-US' : 'nb-NO',
            rules: descriptors,
          },
        },
        invocations: [
          {
            // Unreadable inputs are reported and the batch goes on; the run failed only if nothing could be read.
            executionSuccessful: report.errors.length === 0 || report.documents.length > 0,
            toolExecutionNotifications: notifications,
          },
        ],
        language: locale === 'en' ? 'en-US' : 'nb-NO',
        columnKind: 'utf16CodeUnits',
        results,
        properties: {
          asOf: report.asOf,
          documents: report.documents.map((d) => ({ uri: artifactUri(d.source), score: d.score, grade: d.grade, language: d.language })),
        },
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
