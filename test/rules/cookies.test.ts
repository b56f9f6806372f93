import { describe, expect, it } from 'vitest';
import cookies from '../../rules/cookies.js';
import { check, corpusDoc } from '../helpers/doc.js';

describe('cookies', () => {
  describe('pass: no cookies or only necessary ones', () => {
    it('reads the limit after the noun: cookies "kun til å" keep a login (Nynorsk, Bokmål)', () => {
      const nn = check(cookies, 'Appen nyttar informasjonskapslar kun til å verifisera gyldig brukarkonto.');
      expect(nn.status).toBe('pass');
      expect(check(cookies, 'Nettsiden bruker informasjonskapsler bare for å holde deg innlogget.').status).toBe('pass');
      // the limit does not make analytics necessary
      expect(check(cookies, 'Vi bruker informasjonskapsler kun til å analysere trafikken med Google Analytics.').status).not.toBe('pass');
    });

    it('passes "we do not use cookies" in Bokmål and Nynorsk', () => {
      const nb = check(cookies, 'Vi bruker ikke informasjonskapsler.');
      expect(nb.status).toBe('pass');
      expect(nb.quotes).toEqual(['Vi bruker ikke informasjonskapsler.']);
      expect(check(cookies, 'Nettstaden brukar ikkje informasjonskapslar.').status).toBe('pass');
    });

    it('passes an English statement that only uses strictly necessary cookies', () => {
      const r = check(cookies, 'We only use cookies that are strictly necessary for the website to work, such as session cookies for login.');
      expect(r.status).toBe('pass');
      expect(r.quotes).toEqual(['We only use cookies that are strictly necessary for the website to work']);
    });

    it('passes only necessary cookies', () => {
      expect(check(cookies, 'Vi bruker kun nødvendige informasjonskapsler for at nettsiden skal fungere.').status).toBe('pass');
      expect(check(cookies, 'Vi brukar berre naudsynte informasjonskapslar.').quotes).toEqual(['Vi brukar berre naudsynte informasjonskapslar.']);
      expect(check(cookies, 'Vi bruker informasjonskapsler for innlogging og for å huske handlekurven.').status).toBe('pass');
    });
  });

  describe('pass: analytics/marketing only with consent', () => {
    it('passes a consent banner and choices', () => {
      const r = check(cookies, 'Vi bruker informasjonskapsler til statistikk og markedsføring, men bare dersom du samtykker i cookie-banneret. Du kan velge hvilke informasjonskapsler du godtar.');
      expect(r.status).toBe('pass');
      expect(r.quotes).toContain('dersom du samtykker');
      expect(r.quotes).toContain('Du kan velge hvilke');
    });

    it('passes Nynorsk and English consent wording', () => {
      expect(check(cookies, 'Vi brukar informasjonskapslar til statistikk. Vi ber om samtykke før dei vert sette.').status).toBe('pass');
      expect(check(cookies, 'We use analytics cookies only with your consent, which you give in the cookie banner.').status).toBe('pass');
    });
  });

  describe('warn: analytics/marketing without valid consent', () => {
    it('warns when refusal is only through browser settings', () => {
      const r = check(cookies, 'Vi bruker informasjonskapsler til analyse og markedsføring. Du kan slå av informasjonskapsler i nettleseren din.');
      expect(r.status).toBe('warn');
      expect(r.quotes).toContain('nettleseren din');
      expect(r.message.nb).toContain('§ 3-15');
    });

    it('warns on implied consent and on trackers with no consent at all', () => {
      expect(check(cookies, 'Vi bruker informasjonskapsler fra Google Analytics. Ved å bruke nettsiden samtykker du til dette.').status).toBe('warn');
      const pixel = check(cookies, 'Vi bruker Facebook-pikselen til å måle annonser. Les mer om informasjonskapsler i vår cookie-erklæring.');
      expect(pixel.status).toBe('warn');
      expect(pixel.quotes).toContain('Facebook-pikselen');
    });

    it('keeps analytics that follow a negated marketing clause ("…, men vi bruker …")', () => {
      const r = check(cookies, 'Vi bruker ikke informasjonskapsler til markedsføring, men vi bruker analysecookies fra Google Analytics.');
      expect(r.status).toBe('warn');
      expect(r.quotes).toContain('Google Analytics');
    });

    it('warns on English implied consent', () => {
      const r = check(cookies, 'This site uses cookies from Google Analytics to measure traffic. By continuing to use the site you agree to our use of cookies.');
      expect(r.status).toBe('warn');
      expect(r.quotes).toContain('By continuing to use the site you agree');
    });

    it('warns when cookies are mentioned but not explained', () => {
      expect(check(cookies, 'Vi bruker informasjonskapsler.').status).toBe('warn');
      expect(check(cookies, 'Vi bruker informasjonskapsler, blant annet til å huske innloggingen din.').status).toBe('warn');
    });
  });

  describe('fail and na', () => {
    it('fails trackers named with no explanation', () => {
      const r = check(cookies, 'Vi bruker Google Analytics for å lage besøksstatistikk.');
      expect(r.status).toBe('fail');
      expect(r.quotes).toEqual(['Google Analytics']);
    });

    it('is not applicable when cookies are never mentioned', () => {
      const r = check(cookies, 'Vi sender nyhetsbrev dersom du samtykker.');
      expect(r.status).toBe('na');
      expect(r.message.en).toContain('does not mention cookies');
    });
  });

  describe('corpus', () => {
    it('warns on Google Analytics with refusal only through the browser (s05)', () => {
      const r = check(cookies, corpusDoc('seeds/s05-ikomm.txt'));
      expect(r.status).toBe('warn');
      expect(r.quotes).toContain('Google Analytics');
      expect(r.quotes).toContain('tillegg i nettleseren');
    });

    it('passes functional-only cookies (s01) and analytics behind a banner (d09)', () => {
      const s01 = check(cookies, corpusDoc('seeds/s01-igo.txt'));
      expect(s01.status).toBe('pass');
      expect(s01.quotes[0]).toMatch(/^Vi bruker kun informasjonskapsler for å gi deg en bedre brukeropplevelse/);
      const d09 = check(cookies, corpusDoc('dev/d09-varmeguiden.html'));
      expect(d09.status).toBe('pass');
      expect(d09.quotes).toContain('Dersom du samtykker');
    });

    it('passes a Nynorsk statement whose cookies only make a form work', () => {
      expect(check(cookies, corpusDoc('dev/d04-oslobygda-kulturlag-nn.md')).quotes).toEqual(['Vi brukar ikkje kjeks til annonsar eller sporing utover det skjemaa krev.']);
    });

    it('warns on consent through browser settings and is not applicable without cookies', () => {
      expect(check(cookies, corpusDoc('dev/dv01-sitatvegg-hyperion.md')).quotes).toContain('automatisk samtykket');
      expect(check(cookies, corpusDoc('dev/d02-fribyte-boskonf-en.md')).status).toBe('na');
    });
  });

  describe('session cookies, cookieless analytics and consent in the site\'s own words', () => {
    it('passes cookies that only keep the session', () => {
      const nb = check(cookies, 'Informasjonskapsler brukes bare for å knytte økten til brukeren din.');
      expect(nb.status).toBe('pass');
      expect(nb.quotes).toEqual(['Informasjonskapsler brukes bare for å knytte økten til brukeren din.']);
      expect(check(cookies, 'Tenesta lagrar ein øktbasert informasjonskapsel som blir sletta når du lukkar nettlesaren.').status).toBe('pass');
    });

    it('passes analytics that sets no cookies, wherever the tool is named again', () => {
      const nn = check(
        cookies,
        'Tenesta lagrar ein øktbasert informasjonskapsel. I tillegg nyttar vi Siteimprove med cookieless tracking til webanalyse. Siteimprove blir brukt til statistikk om besøk.',
      );
      expect(nn.status).toBe('pass');
      expect(nn.message.en).toContain('Analytics runs without cookies');
      const nb = check(cookies, 'Vi bruker Matomo uten informasjonskapsler til besøksstatistikk.');
      expect(nb.status).toBe('pass');
      const en = check(cookies, 'We count visits with Plausible Analytics, which is cookieless.');
      expect(en.status).toBe('pass');
      expect(en.message.en).toContain('sets no cookies');
    });

    it('still warns on another tool that sets cookies', () => {
      const r = check(cookies, 'Vi nyttar Siteimprove med cookieless tracking til webanalyse. Google Analytics brukar informasjonskapslar til statistikk.');
      expect(r.status).toBe('warn');
      expect(r.quotes).toContain('Google Analytics');
      expect(r.quotes).not.toContain('Siteimprove');
    });

    it('passes the label of a consent checkbox', () => {
      const nb = check(cookies, 'Denne nettsiden bruker informasjonskapsler for å føre statistikk.\n\n- Jeg tillater at anonyme data samles inn til trafikkanalyse.');
      expect(nb.status).toBe('pass');
      expect(nb.quotes).toContain('Jeg tillater');
      expect(check(cookies, 'Nettstaden brukar informasjonskapslar til statistikk.\n\n- Eg godtek at informasjonskapslar til statistikk blir sette.').status).toBe('pass');
    });

    it('passes "not set unless you consent" in Bokmål, Nynorsk and English', () => {
      const nb = check(cookies, 'Vi bruker informasjonskapsler til statistikk. Disse blir ikke satt med mindre du har gitt oss ditt samtykke.');
      expect(nb.status).toBe('pass');
      expect(nb.quotes).toContain('med mindre du har gitt oss ditt samtykke');
      expect(check(cookies, 'Vi brukar informasjonskapslar til statistikk. Vi set dei ikkje utan at du har samtykt.').status).toBe('pass');
      expect(check(cookies, 'We use analytics cookies. We never set them unless you have given your consent.').quotes).toContain('unless you have given your consent');
    });

    it('does not take a restatement of the law, or consent to something else, as the site\'s consent', () => {
      expect(check(cookies, 'Vi bruker informasjonskapsler til statistikk. Lagring av opplysninger er ikke tillatt med mindre bruker har gitt sitt samtykke.').status).toBe('warn');
      expect(check(cookies, 'Vi bruker informasjonskapsler til markedsføring. Vi gjør ikke følgende: kobler navnet ditt til informasjonskapselen uten samtykke fra deg.').status).toBe('warn');
    });
  });
});
