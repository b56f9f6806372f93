import { describe, expect, it } from 'vitest';
import rightErasure from '../../rules/right-erasure.js';
import { check, corpusDoc } from '../helpers/doc.js';

describe('right-erasure', () => {
  it('passes "be oss om å slette" in Bokmål', () => {
    const r = check(rightErasure, 'Du kan når som helst be oss om å slette opplysninger om deg.');
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual(['Du kan når som helst be oss om å slette opplysninger om deg.']);
  });

  it('passes Nynorsk "blir sletta" and "retten til å bli gløymd"', () => {
    expect(check(rightErasure, 'Du kan be om at opplysningane blir sletta.').status).toBe('pass');
    expect(check(rightErasure, 'Du har rett til å bli gløymd.').status).toBe('pass');
  });

  it('passes the right carried on after a comma to a second "til" (Nynorsk, Bokmål, English), but not the controller\'s own right', () => {
    expect(check(rightErasure, 'Du har rett til innsyn i det som måtte finnast om deg, og til å få det retta eller sletta.').status).toBe('pass');
    expect(check(rightErasure, 'Du har rett til å se opplysningene, og til å få dem rettet og slettet.').status).toBe('pass');
    expect(check(rightErasure, 'You have the right to see your data, and to have it corrected or erased.').status).toBe('pass');
    expect(check(rightErasure, 'Vi har rett til å lagre opplysningene, og til å rette og slette dem når vi vil.').status).toBe('fail');
  });

  it('passes "slettet uten ugrunnet opphold": that "uten" negates nothing', () => {
    const r = check(rightErasure, 'Du har rett til å få dine personopplysninger slettet uten ugrunnet opphold.');
    expect(r.status).toBe('pass');
  });

  it('passes English erasure and deletion on request', () => {
    expect(check(rightErasure, 'You can request that we delete your data.').status).toBe('pass');
    expect(check(rightErasure, 'Opplysningene slettes når du ber om det.').status).toBe('pass');
  });

  it('passes deletion the user triggers by ending the membership', () => {
    const r = check(rightErasure, 'For å si opp medlemskapet kan du kontakte styret. Etter at medlemskapet er sagt opp, blir alle opplysningene dine slettet.');
    expect(r.status).toBe('pass');
    expect(r.message.en).toContain('have the data deleted themselves');
  });

  describe('self-service deletion by the data subject', () => {
    it('passes "Sletter du brukerkontoen din, slettes også opplysningene om deg" as self-service', () => {
      const r = check(rightErasure, 'Sletter du brukerkontoen din, slettes også opplysningene om deg.');
      expect(r.status).toBe('pass');
      expect(r.quotes).toEqual(['Sletter du brukerkontoen din, slettes også opplysningene om deg.']);
      expect(r.message.nb).toContain('den registrerte kan selv få opplysningene slettet');
      expect(r.message.nb).not.toContain('egen praksis');
    });

    it('passes Nynorsk wordings: "Slettar du brukarkontoen din", "Når du slettar brukaren din", "Dersom du slettar profilen din"', () => {
      expect(check(rightErasure, 'Slettar du brukarkontoen din, blir også opplysningane om deg sletta.').status).toBe('pass');
      expect(check(rightErasure, 'Når du slettar brukaren din, slettar vi alt vi har lagra om deg.').status).toBe('pass');
      expect(check(rightErasure, 'Dersom du slettar profilen din i appen, forsvinn han frå tenesta.').status).toBe('pass');
      expect(check(rightErasure, 'Kunden kan sjølv slette brukarkontoen sin i appen.').status).toBe('pass');
    });

    it('passes other Bokmål and English wordings: "ved å slette kontoen", an imperative, "if you delete your account"', () => {
      expect(check(rightErasure, 'Ved å slette kontoen din under Innstillinger fjerner du profilen fra tjenesten.').status).toBe('pass');
      expect(check(rightErasure, 'Slett kontoen din under Innstillinger, så forsvinner profilen.').status).toBe('pass');
      expect(check(rightErasure, 'If you delete your account, your profile disappears from the service.').status).toBe('pass');
      expect(check(rightErasure, 'By deleting your account, you remove your profile from our service.').status).toBe('pass');
    });

    it('fails when the controller deletes the account, and says it is the controller\'s practice', () => {
      const inverted = check(rightErasure, 'Sletter vi brukerkontoen din, mister du tilgangen til kursene.');
      expect(inverted.status).toBe('fail');
      expect(inverted.message.nb).toContain('«Sletter vi brukerkontoen din» beskriver virksomhetens egen praksis');
      const inactive = check(rightErasure, 'Hvis du ikke har logget inn på to år, sletter vi kontoen din.');
      expect(inactive.status).toBe('fail');
      expect(inactive.message.nb).toContain('egen praksis');
    });

    it('fails a negated self-service deletion, deleting something that is not the data subject\'s data, and browser data', () => {
      expect(check(rightErasure, 'Hvis du ikke sletter kontoen din, lagrer vi opplysningene i tre år.').status).toBe('fail');
      expect(check(rightErasure, 'Du kan ikkje slette brukarkontoen din sjølv.').status).toBe('fail');
      expect(check(rightErasure, 'Når du sletter en melding, forsvinner den fra innboksen.').status).toBe('fail');
      expect(check(rightErasure, 'Som administrator kan du slette brukere i organisasjonen.').status).toBe('fail');
      expect(check(rightErasure, 'Når du sletter historikken i nettleseren, forsvinner informasjonskapslene.').status).toBe('fail');
    });

    it('does not call the data subject\'s own act the controller\'s practice when it fails', () => {
      const r = check(rightErasure, 'Når du sletter dem fra handlekurven, forsvinner de også fra ordreoversikten din.');
      expect(r.status).toBe('fail');
      expect(r.message.nb).not.toContain('egen praksis');
    });
  });

  it('fails retention: the controller deleting after a period is not the right', () => {
    const r = check(rightErasure, 'Oppbevaring og sletting\n\nVi sletter opplysningene etter 3 år. Opplysningene slettes etter 5 år.');
    expect(r.status).toBe('fail');
    expect(r.message.nb).toContain('Vi sletter opplysningene etter 3 år');
  });

  it('fails the controller claiming a right to delete, and a negated erasure', () => {
    expect(check(rightErasure, 'Vi har rett til å slette kontoen din dersom du bryter vilkårene.').status).toBe('fail');
    expect(check(rightErasure, 'Du har ikke rett til sletting av opplysninger som vi er pålagt å lagre.').status).toBe('fail');
  });

  it('fails deleting cookies in the browser', () => {
    expect(check(rightErasure, 'Du kan når som helst slette informasjonskapsler i nettleseren.').status).toBe('fail');
  });

  it('fails deletion of logs next to an unsubscribe sentence', () => {
    expect(check(rightErasure, 'Du kan når som helst melde deg av nyhetsbrevet. Loggfiler slettes etter 90 dager.').status).toBe('fail');
  });

  it('fails a noun in a sentence about the controller\'s routines', () => {
    expect(check(rightErasure, 'Vi har rutiner for sletting, og du kan lese mer om dem her.').status).toBe('fail');
  });

  it('fails deleting something other than personal data, passes deleting the account', () => {
    expect(check(rightErasure, 'Du kan når som helst slette nyhetsbrev-e-postene våre.').status).toBe('fail');
    const r = check(rightErasure, 'Du kan slette kontoen din og alle tilhørende data under Innstillinger.');
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual(['Du kan slette kontoen din og alle tilhørende data under Innstillinger.']);
  });

  it('reads the corpus statements', () => {
    const dv01 = check(rightErasure, corpusDoc('dev/dv01-sitatvegg-hyperion.md'));
    expect(dv01.status).toBe('fail');
    expect(dv01.message.nb).toContain('Normalt sletter vi');
    const s04 = check(rightErasure, corpusDoc('seeds/s04-invoice-club.txt'));
    expect(s04.status).toBe('pass');
    expect(s04.message.nb).toContain('Du kan når som helst be oss om å slette opplysninger knyttet til deg som kunde');
  });
});
