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
