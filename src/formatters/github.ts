import { findingLevel } from '../engine/level.js';
import type { Locale } from '../engine/run.js';
import type { Report, RuleMeta, Severity } from '../types.js';

export interface GithubOptions {
  locale?: Locale;
}

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

const LABELS = {
  nb: { suggestion: 'Forslag', unreadable: 'Kunne ikke leses' },
  en: { suggestion: 'Suggestion', unreadable: 'Could not be read' },
};

/** Escapes the message part of a workflow command (what follows "::"). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command (file=…, title=…): data escaping plus ":" and ",". */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Repo-relative POSIX path for an annotation; standard input has no file to annotate. */
function annotationFile(source: string): string | undefined {
  if (source === '<stdin>' || source === '-') return undefined;
  let path = source.replace(/\\/g, '/');
  while (path.startsWith('./')) path = path.slice(2);
  return path;
}

function command(name: string, properties: Array<[string, string | number | undefined]>, message: string): string {
  const props = properties
    .filter((p): p is [string, string | number] => p[1] !== undefined && p[1] !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/**
 * GitHub Actions workflow commands: one annotation per quoted piece of evidence of every finding
 * (`::error file=…,line=…,col=…,title=<rule-id>::message`), error/warning/notice by the finding's level,
 * line 1 for findings with nothing to quote, and `::error file=…::message` for unreadable inputs.
 */
export function formatGithub(report: Report, _rules: readonly RuleMeta[], options: GithubOptions = {}): string {
  const l = LABELS[options.locale ?? 'nb'];
  const lines: string[] = [];
  for (const doc of report.documents) {
    const file = annotationFile(doc.source);
    for (const r of doc.results) {
      const level = findingLevel(r);
      if (level === null) continue;
      const suggestion = r.suggestion ? `\n${l.suggestion}: ${r.suggestion}` : '';
      const anchors = r.evidence.length > 0 ? r.evidence : [undefined];
      for (const e of anchors) {
        const text = `${r.message}${e ? `\n${e.url ? `${e.url}: ` : ''}«${e.quote}»` : ''}${suggestion}`;
        lines.push(
          command(
            COMMAND[level],
            [
              ['file', file],
              ['line', file === undefined || e?.url ? undefined : (e?.line ?? 1)],
              ['col', file === undefined || e?.url ? undefined : (e?.column ?? 1)],
              ['title', r.ruleId],
            ],
            text,
          ),
        );
      }
    }
  }
  for (const e of report.errors) {
    lines.push(command('error', [['file', annotationFile(e.source)]], `${l.unreadable}: ${e.message}`));
  }
  return lines.join('\n');
}
