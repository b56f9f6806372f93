import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import outdatedTransferFramework from '../../rules/outdated-transfer-framework.js';
import { CORPUS, check, corpusDoc } from '../helpers/doc.js';

describe('outdated-transfer-framework', () => {
  it('passes the corpus statements, none of which rely on Safe Harbor or Privacy Shield', () => {
    const r = check(outdatedTransferFramework, corpusDoc('seeds/s03-iconic.txt'));
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual([]);
    expect(check(outdatedTransferFramework, corpusDoc('dev/dv04-chiroclick-template.md')).status).toBe('pass');
  });

  it('fails a real statement once Privacy Shield is given as the basis for its Google services', () => {
    const text = readFileSync(join(CORPUS, 'seeds/s03-iconic.txt'), 'utf8');
    const r = check(outdatedTransferFramework, `${text}\n\nOverføring til USA\n\nGoogle er sertifisert under EU-US Privacy Shield, som sikrer et tilstrekkelig beskyttelsesnivå.\n`);
    expect(r.status).toBe('fail');
    expect(r.quotes).toEqual(['EU-US Privacy Shield']);
  });

  it('fails Safe Harbor and Privacy Shield as a current basis in Bokmål, Nynorsk and English', () => {
    expect(check(outdatedTransferFramework, 'Overføring\n\nMailchimp er med i Safe Harbor-ordningen.').quotes).toEqual(['Safe Harbor']);
    expect(check(outdatedTransferFramework, 'Overføring\n\nOverføringa skjer gjennom personvernskjoldet.').quotes).toEqual(['personvernskjoldet']);
    expect(check(outdatedTransferFramework, 'Transfers\n\nOur provider participates in the EU-U.S. Privacy Shield framework.').quotes).toEqual([
      'EU-U.S. Privacy Shield',
    ]);
  });

  it('quotes every occurrence', () => {
    const r = check(
      outdatedTransferFramework,
      'Overføring\n\nGoogle er sertifisert under Privacy Shield. Mailchimp overfører data i henhold til Safe Harbor.',
    );
    expect(r.quotes).toEqual(['Privacy Shield', 'Safe Harbor']);
  });

  it('passes the frameworks mentioned as invalidated or replaced', () => {
    expect(check(outdatedTransferFramework, 'Overføring\n\nPrivacy Shield ble kjent ugyldig i 2020 (Schrems II). Vi bruker nå EUs standardkontrakter.').status).toBe('pass');
    expect(check(outdatedTransferFramework, 'Overføring\n\nData Privacy Framework erstattet Privacy Shield i 2023.').status).toBe('pass');
    expect(check(outdatedTransferFramework, 'Transfers\n\nThe Privacy Shield is no longer valid; we rely on SCCs.').status).toBe('pass');
    expect(check(outdatedTransferFramework, 'Overføring\n\nVi baserer oss ikke på Privacy Shield.').status).toBe('pass');
  });

  it('does not flag the current EU-U.S. Data Privacy Framework', () => {
    const r = check(outdatedTransferFramework, 'Overføring\n\nOverføringen skjer etter EU-U.S. Data Privacy Framework.');
    expect(r.status).toBe('pass');
    expect(r.message.en).toContain('No reference');
  });

  it('warns on a bare mention that neither relies on it nor calls it invalid', () => {
    const r = check(outdatedTransferFramework, 'Overføring\n\nSjå Privacy Shield.');
    expect(r.status).toBe('warn');
    expect(r.quotes).toEqual(['Privacy Shield']);
  });

  it('warns when a statement relies on Privacy Shield and then calls it invalid', () => {
    const r = check(outdatedTransferFramework, 'Overføring\n\nGoogle er sertifisert under Privacy Shield. Denne ordningen ble kjent ugyldig i 2020.');
    expect(r.status).toBe('warn');
    expect(r.quotes).toEqual(['Privacy Shield']);
  });
});
