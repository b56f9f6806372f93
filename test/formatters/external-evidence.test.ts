import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { renderReport } from '../../src/formatters/index.js';
import { formatHtmlDocument } from '../../src/formatters/html.js';
import type { DocumentReport, Report } from '../../src/types.js';

const TEXT = 'Personvernerklæring\n\nVi bruker Google Analytics for å lage statistikk.';
const SCRIPT = 'https://connect.facebook.net/en_US/fbevents.js';

const doc: DocumentReport = {
  source: 'https://firma.no/personvern',
  language: 'nob',
  format: 'html',
  score: 50,
  grade: 'E',
  categories: [{ id: 'recipients-transfers', score: 0 }],
  sections: [{ heading: 'Personvernerklæring', topic: 'other', start: 0, end: TEXT.length, line: 1 }],
  results: [
    {
      ruleId: 'undisclosed-tracker',
      status: 'fail',
      severity: 'error',
      category: 'recipients-transfers',
      message: 'Meta Pixel lastes, men er ikke nevnt.',
      suggestion: 'Nevn Meta Pixel.',
      legalRef: 'GDPR art. 13(1)(e)',
      // Offsets and line point into the homepage's HTML, not into the statement.
      evidence: [{ quote: SCRIPT, start: 4, end: 4 + SCRIPT.length, line: 12, column: 15, section: '', url: 'https://firma.no/' }],
    },
  ],
  text: TEXT,
};
const report: Report = { tool: { name: 'personvernsjekk', version: '0' }, asOf: '2026-11-22', documents: [doc], errors: [] };
const metas = allRules.map((r) => r.meta);

describe('evidence from another fetched page', () => {
  it('points SARIF at that page', () => {
    const sarif = JSON.parse(renderReport('sarif', report, metas, { locale: 'nb' }));
    const location = sarif.runs[0].results[0].locations[0].physicalLocation;
    expect(location.artifactLocation.uri).toBe('https://firma.no/');
    expect(location.region.startLine).toBe(12);
  });

  it('names the page in the terminal, JUnit, Markdown and GitHub outputs', () => {
    for (const format of ['stylish', 'junit', 'markdown', 'github'] as const) {
      expect(renderReport(format, report, metas, { locale: 'nb' }), format).toContain('https://firma.no/');
    }
    const github = renderReport('github', report, metas, { locale: 'nb' });
    expect(github).not.toMatch(/line=12/);
  });

  it('does not highlight the statement text at offsets that belong to another page', () => {
    const html = formatHtmlDocument(doc, report, metas, { locale: 'nb' });
    expect(html).not.toMatch(/<mark[^>]*data-ev=/);
    expect(html).toContain('https://firma.no/ · linje 12:15');
  });
});
