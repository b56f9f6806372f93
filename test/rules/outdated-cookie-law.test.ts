import { describe, expect, it } from 'vitest';
import outdatedCookieLaw from '../../rules/outdated-cookie-law.js';
import { check, corpusDoc } from '../helpers/doc.js';

describe('outdated-cookie-law', () => {
  it('quotes the old cookie section in the seeds', () => {
    const s02 = check(outdatedCookieLaw, corpusDoc('seeds/s02-ekko-ipogs.txt'));
    expect(s02.status).toBe('fail');
    expect(s02.quotes).toHaveLength(1);
    expect(s02.quotes[0]).toContain('§ 2-7 b');
    const s05 = check(outdatedCookieLaw, corpusDoc('seeds/s05-ikomm.txt'));
    expect(s05.status).toBe('fail');
    expect(s05.quotes).toEqual(['ekomloven § 2-7b']);
    expect(check(outdatedCookieLaw, corpusDoc('dev/d01-get-academy.html')).quotes).toEqual(['ekomloven § 2-7b']);
  });

  it('passes browser-settings consent when the old section is not cited', () => {
    // dv01 states the old rule as law, but cites no section: that is for the cookies rule.
    expect(check(outdatedCookieLaw, corpusDoc('dev/dv01-sitatvegg-hyperion.md')).status).toBe('pass');
  });

  it('covers the act name with the section in Bokmål, Nynorsk and English spellings', () => {
    expect(check(outdatedCookieLaw, 'Informasjonskapslar\n\nVi brukar kjeks i samsvar med ekomlova § 2-7 b.').quotes).toEqual(['ekomlova § 2-7 b']);
    expect(check(outdatedCookieLaw, 'Cookies\n\nDette følger av ekomloven paragraf 2-7b.').quotes).toEqual(['ekomloven paragraf 2-7b']);
    expect(check(outdatedCookieLaw, 'Cookies\n\nDet følger av lov om elektronisk kommunikasjon § 2-7 b at vi må informere.').quotes).toEqual([
      'lov om elektronisk kommunikasjon § 2-7 b',
    ]);
    expect(check(outdatedCookieLaw, 'Cookies\n\nWe use cookies under section 2-7b of the Electronic Communications Act.').status).toBe('fail');
  });

  it('takes a bare § 2-7 b in a cookie context and every occurrence', () => {
    expect(check(outdatedCookieLaw, 'Cookies\n\nVi følger § 2-7 b om informasjonskapsler.').quotes).toEqual(['§ 2-7 b']);
    expect(check(outdatedCookieLaw, 'Cookies\n\nVi viser til ekomloven 2-7b og ekomloven § 2-7 b.').quotes).toEqual(['ekomloven 2-7b', 'ekomloven § 2-7 b']);
  });

  it('finds the 2003 act by its date', () => {
    expect(check(outdatedCookieLaw, 'Cookies\n\nLov 4. juli 2003 nr. 83 om elektronisk kommunikasjon gjelder.').quotes).toEqual(['Lov 4. juli 2003 nr. 83']);
  });

  it('passes the new act and transition notes', () => {
    expect(check(outdatedCookieLaw, 'Cookies\n\nVi følger ekomloven § 3-15.').status).toBe('pass');
    expect(check(outdatedCookieLaw, 'Cookies\n\nEtter ny ekomlov § 3-15 (tidligere ekomloven § 2-7 b) må vi be om samtykke.').status).toBe('pass');
    expect(check(outdatedCookieLaw, 'Cookies\n\nRegelen i ekomloven § 2-7 b ble erstattet 1. januar 2025.').status).toBe('pass');
  });

  it('ignores the same number in other acts and outside any cookie context', () => {
    expect(check(outdatedCookieLaw, 'Arbeid\n\nEtter arbeidsmiljøloven § 2-7 b har du rettigheter.').status).toBe('pass');
    expect(check(outdatedCookieLaw, 'Priser\n\nTabell 2-7 b viser prisene.').status).toBe('pass');
  });
});
