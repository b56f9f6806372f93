import { describe, expect, it } from 'vitest';
import rightWithdrawConsent from '../../rules/right-withdraw-consent.js';
import { check, corpusDoc } from '../helpers/doc.js';

describe('right-withdraw-consent', () => {
  it('passes leaving a newsletter or mailing list one signed up to, when no other consent is named (Bokmål and Nynorsk)', () => {
    const nb = check(rightWithdrawConsent, 'Personvern\n\nVi sender e-post til alle som har registrert seg på e-postlisten. Avregistrering gjøres ved å sende e-post til liste+unsubscribe@firma.no.');
    expect(nb.status).toBe('pass');
    expect(nb.message.nb).toContain('nyhetsbrevet eller e-postlisten');
    expect(check(rightWithdrawConsent, 'Personvern\n\nDu kan melde deg på nyheitsbrevet vårt. Du kan når som helst melde deg av via lenkja nedst i e-posten.').status).toBe('pass');
    const other = check(
      rightWithdrawConsent,
      'Personvern\n\n## Informasjonskapsler\n\nStatistikk samler vi bare inn med ditt samtykke.\n\n## Nyhetsbrev\n\nDu kan melde deg av nyhetsbrevet nederst i hver e-post.\n',
      { format: 'markdown' },
    );
    expect(other.status).toBe('fail');
  });

  it('passes withdrawal stated in Bokmål', () => {
    const r = check(rightWithdrawConsent, 'Det rettslige grunnlaget er ditt samtykke. Du kan når som helst trekke samtykket tilbake.');
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual(['Du kan når som helst trekke samtykket tilbake.']);
  });

  it('passes Nynorsk "trekkje attende" and "trekkje ditt samtykke"', () => {
    expect(check(rightWithdrawConsent, 'Behandlingsgrunnlaget er samtykke. Du kan når som helst trekkje attende samtykket ditt.').status).toBe('pass');
    expect(check(rightWithdrawConsent, 'Vi nyttar samtykkje som grunnlag. Du kan trekkje ditt samtykke ved å sende oss ein e-post.').status).toBe('pass');
  });

  it('passes withdrawal said with a pronoun or as a noun (Bokmål and Nynorsk)', () => {
    const nb = check(rightWithdrawConsent, 'Grunnlaget er samtykket ditt, og du kan trekke det tilbake når som helst.');
    expect(nb.status).toBe('pass');
    expect(nb.quotes).toEqual(['Grunnlaget er samtykket ditt, og du kan trekke det tilbake når som helst.']);
    expect(check(rightWithdrawConsent, 'Vi ber om samtykkje til statistikk. Du kan trekkje det attende i innstillingane.').status).toBe('pass');
    const noun = check(rightWithdrawConsent, 'Analyse skjer bare med samtykke.\n\nDine rettigheter\n\n- Innsyn\n- Tilbaketrekking av samtykke der behandlingen bygger på samtykke');
    expect(noun.status).toBe('pass');
    // a withdrawal from something else is not a withdrawal of consent
    expect(check(rightWithdrawConsent, 'Grunnlaget er samtykket ditt. Du kan trekke deg fra kurset ved å gi beskjed.').status).toBe('fail');
  });

  it('passes English withdrawal', () => {
    const r = check(rightWithdrawConsent, 'Where processing is based on consent, you may withdraw your consent at any time.');
    expect(r.status).toBe('pass');
    expect(r.message.en).toContain('The right to withdraw consent is stated');
  });

  it('passes unsubscribing from a newsletter that rests on consent', () => {
    const r = check(rightWithdrawConsent, 'Nyhetsbrev\n\nVi sender nyhetsbrev til dem som har samtykket til det. Du kan melde deg av nyhetsbrevet når som helst.');
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual(['Du kan melde deg av nyhetsbrevet når som helst.']);
  });

  it('fails consent as a basis with no way to withdraw, also cookie consent', () => {
    const r = check(rightWithdrawConsent, 'Behandlingsgrunnlaget er samtykke, jf. art. 6 nr. 1 bokstav a.');
    expect(r.status).toBe('fail');
    expect(r.message.nb).toContain('Behandlingsgrunnlaget er samtykke');
    expect(check(rightWithdrawConsent, 'By using this site you consent to our use of cookies.').status).toBe('fail');
  });

  it('fails when the newsletter is not tied to consent and only an unsubscribe link is given', () => {
    const text = 'Markedsføring\n\nBehandlingen er basert på samtykke.\n\nNyhetsbrev\n\nDet er frivillig å motta nyhetsbrev. Du kan når som helst melde deg av.';
    expect(check(rightWithdrawConsent, text).status).toBe('fail');
  });

  it('fails a withdrawal that is negated', () => {
    expect(check(rightWithdrawConsent, 'Du samtykker til vilkårene. Samtykket kan ikke trekkes tilbake.').status).toBe('fail');
  });

  it('is not applicable when consent is negated or only in a list of all six bases', () => {
    const negated = check(rightWithdrawConsent, 'Vi behandler ikke opplysninger på grunnlag av samtykke.');
    expect(negated.status).toBe('na');
    expect(negated.message.nb).toContain('ikke brukes');
    const generic = check(
      rightWithdrawConsent,
      'Vi kan behandle opplysningene dine på grunnlag av i) samtykke, ii) avtale, iii) rettslig forpliktelse, iv) vitale interesser, v) allmennhetens interesse eller vi) berettiget interesse.',
    );
    expect(generic.status).toBe('na');
    expect(generic.message.en).toContain('generic list');
    expect(check(rightWithdrawConsent, 'Vi brukar ikkje kjeks til annonsar eller sporing.').status).toBe('na');
  });

  it('fails consent implied by use of the site', () => {
    const r = check(rightWithdrawConsent, 'Ved å bruke nettstedet godtar du bruk av informasjonskapsler.');
    expect(r.status).toBe('fail');
    expect(r.message.nb).toContain('godtar');
  });

  it('passes consent settings on the site, but not browser settings', () => {
    const site = check(rightWithdrawConsent, 'Behandlingsgrunnlaget er samtykke. Du kan når som helst endre innstillingene for informasjonskapsler nederst på siden.');
    expect(site.status).toBe('pass');
    expect(site.message.en).toContain('consent settings');
    expect(check(rightWithdrawConsent, 'Informasjonskapsler settes med ditt samtykke. Du kan endre cookie-innstillinger i nettleseren din.').status).toBe('fail');
  });

  it('reads the corpus statements', () => {
    const d09 = check(rightWithdrawConsent, corpusDoc('dev/d09-varmeguiden.html'));
    expect(d09.status).toBe('pass');
    expect(d09.quotes).toContain('Du kan når som helst trekke samtykket tilbake.');
    const s05 = check(rightWithdrawConsent, corpusDoc('seeds/s05-ikomm.txt'));
    expect(s05.status).toBe('fail');
    expect(s05.message.nb).toContain('Behandlingsgrunnlaget er samtykke fra den enkelte');
    expect(check(rightWithdrawConsent, corpusDoc('dev/d02-fribyte-boskonf-en.md')).status).toBe('na');
  });
});

describe('right-withdraw-consent: consent asked for without the word', () => {
  it('fails when the data subject is asked to accept a recording and withdrawal is never stated', () => {
    const nb = check(rightWithdrawConsent, 'Når du ringer kundeservice, blir du bedt om å godta at samtalen tas opp.');
    expect(nb.status).toBe('fail');
    expect(nb.message.nb).toContain('blir du bedt om å godta at samtalen tas opp');
    expect(check(rightWithdrawConsent, 'Når du ringjer oss, blir du beden om å godta at samtalen vert teken opp.').status).toBe('fail');
    expect(check(rightWithdrawConsent, 'Før vi publiserer bilete, ber vi om løyve frå deg.').status).toBe('fail');
    expect(check(rightWithdrawConsent, 'Callers are asked to accept that the call is recorded.').status).toBe('fail');
  });

  it('passes when that consent can be withdrawn', () => {
    expect(
      check(rightWithdrawConsent, 'Når du ringer oss, blir du bedt om å godta at samtalen tas opp. Du kan når som helst trekke tilbake samtykket ved å si fra til oss.').status,
    ).toBe('pass');
    expect(check(rightWithdrawConsent, 'Før vi publiserer bilder, spør vi om tillatelse fra deg. Du kan når som helst trekke tilbake tillatelsen.').status).toBe('pass');
  });

  it('fails when only a newsletter opt-out elsewhere is offered', () => {
    const text =
      'Telefonsamtaler\n\nNår du ringer oss, blir du bedt om å godta at samtalen blir tatt opp.\n\nNyhetsbrev\n\nVi sender nyhetsbrev til kunder. Du kan melde deg av nyhetsbrevet når som helst.';
    expect(check(rightWithdrawConsent, text).status).toBe('fail');
  });

  it('is na for accepting terms and conditions, and for a negated request', () => {
    expect(check(rightWithdrawConsent, 'Ved bestilling blir du bedt om å godta kjøpsvilkårene.').status).toBe('na');
    expect(check(rightWithdrawConsent, 'Du blir beden om å godta vilkåra for bruk av appen.').status).toBe('na');
    expect(check(rightWithdrawConsent, 'Before booking you are asked to accept our terms and conditions.').status).toBe('na');
    expect(check(rightWithdrawConsent, 'Vi ber ikke om tillatelse til å bruke opplysningene.').status).toBe('na');
  });

  it('is na when consent is only the exception to a disclosure that otherwise does not happen', () => {
    const nb = check(rightWithdrawConsent, 'Vi deler ikke opplysningene dine med andre, med mindre du har samtykket til det.');
    expect(nb.status).toBe('na');
    expect(nb.message.nb).toContain('unntak');
    expect(check(rightWithdrawConsent, 'Opplysningene selges ikke til tredjeparter med mindre du samtykker.').status).toBe('na');
    expect(check(rightWithdrawConsent, 'Me deler ikkje opplysningane med andre, med mindre du samtykkjer til det.').status).toBe('na');
    expect(check(rightWithdrawConsent, 'Me gjev ikkje opplysningane vidare utan samtykke frå deg.').status).toBe('na');
    expect(check(rightWithdrawConsent, 'Vi gir ikke opplysningene videre uten ditt samtykke.').status).toBe('na');
    expect(check(rightWithdrawConsent, 'We will not share your personal information with any third party unless we have your express consent.').status).toBe('na');
  });

  it('still fails consent relied on for an activity, or claimed by using the site, with no way to withdraw', () => {
    expect(check(rightWithdrawConsent, 'Vi sender nyhetsbrev når du har samtykket til det.').status).toBe('fail');
    expect(check(rightWithdrawConsent, 'Me sender nyheitsbrev berre når du har samtykt til det.').status).toBe('fail');
    expect(check(rightWithdrawConsent, 'Ved å bruke nettstaden vår samtykkjer du til personvernerklæringa vår.').status).toBe('fail');
  });
});
