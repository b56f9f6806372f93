import { describe, expect, it } from 'vitest';
import orgNumber from '../../rules/org-number.js';
import { runRules } from '../../src/engine/run.js';
import { formatJson } from '../../src/formatters/json.js';
import { loadText } from '../../src/loaders/index.js';
import { analyseText } from '../../src/segment/document.js';
import type { InputFormat } from '../../src/types.js';
import { AS_OF } from '../helpers/doc.js';

function run(text: string, format: InputFormat) {
  const [result] = runRules(analyseText(loadText(text, format), 'draft'), [orgNumber], { asOf: AS_OF }).results;
  return result!;
}

describe('inline suppression', () => {
  it('suppresses a finding in the next Markdown paragraph and still reports it', () => {
    const md = '# Personvern\n\n<!-- personvernsjekk-disable-next-line org-number -- nummeret kommer etter registrering -->\nEksempel AS, org.nr. 974 761 468, er behandlingsansvarlig.\n';
    const r = run(md, 'markdown');
    expect(r.status).toBe('pass');
    expect(r.message).toMatch(/Undertrykt/);
    expect(r.suppressed?.map((e) => e.quote)).toEqual(['974 761 468']);
    expect(r.suppressed?.[0]?.line).toBe(4);
    const json = JSON.parse(formatJson({ tool: { name: 'personvernsjekk', version: '0' }, asOf: '2026-11-22', documents: [{ ...runRules(analyseText(loadText(md, 'markdown'), 'd'), [orgNumber]), text: '' }], errors: [] }));
    expect(json.documents[0].results[0].suppressed[0].quote).toBe('974 761 468');
  });

  it('covers only the next block and only the named rule', () => {
    const md = '<!-- personvernsjekk-disable-next-line org-number -->\nFørste avsnitt uten nummer.\n\nEksempel AS, org.nr. 974 761 468.\n';
    expect(run(md, 'markdown').status).toBe('fail');
    const other = '<!-- personvernsjekk-disable-next-line retention -->\nEksempel AS, org.nr. 974 761 468.\n';
    expect(run(other, 'markdown').status).toBe('fail');
  });

  it('works in HTML, and without rule ids suppresses every rule', () => {
    const html = '<main><h1>Personvern</h1><!-- personvernsjekk-disable-next-line --><p>Eksempel AS, org.nr. 974 761 468.</p><p>Kontakt oss.</p></main>';
    const r = run(html, 'html');
    expect(r.status).toBe('pass');
    expect(r.suppressed).toHaveLength(1);
  });
});
