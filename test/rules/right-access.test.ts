import { describe, expect, it } from 'vitest';
import rightAccess from '../../rules/right-access.js';
import { check, corpusDoc } from '../helpers/doc.js';

describe('right-access', () => {
  it('passes "rett til innsyn" in Bokmål', () => {
    const r = check(rightAccess, 'Dine rettigheter\n\nDu har rett til innsyn i personopplysningene vi behandler om deg.');
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual(['Du har rett til innsyn i personopplysningene vi behandler om deg.']);
  });

  it('passes reworded access in Nynorsk: a copy of the data', () => {
    const r = check(rightAccess, 'Du kan be om ein kopi av opplysningane vi har lagra om deg.');
    expect(r.status).toBe('pass');
    expect(r.message.nb).toContain('kopi av opplysningane');
  });

  it('passes "rett til å få vite hvilke opplysninger" and "krav på innsyn"', () => {
    expect(check(rightAccess, 'Kunden har rett til å få informasjon om hvilke opplysninger vi har om kunden.').status).toBe('pass');
    expect(check(rightAccess, 'Etter loven har man krav på innsyn i de opplysninger som er registrert.').status).toBe('pass');
  });

  it('passes English "request a copy of all information"', () => {
    const r = check(rightAccess, 'You can request a copy of all information we process about you.');
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual(['You can request a copy of all information we process about you.']);
  });

  it('passes a bare item in a rights list introduced by "rett til:"', () => {
    const r = check(rightAccess, 'Etter personvernforordningen har du blant annet rett til:\n- Innsyn i hvilke opplysninger som behandles om deg\n- Retting av uriktige opplysninger');
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual(['Innsyn i hvilke opplysninger som behandles om deg']);
  });

  it('passes a reference to the rights in art. 15–22', () => {
    expect(check(rightAccess, 'Du har rettigheter etter personvernforordningen art. 15–22.').status).toBe('pass');
  });

  it('fails when access is negated or only given to others', () => {
    expect(check(rightAccess, 'Du kan ikkje krevje innsyn i opplysningar om andre.').status).toBe('fail');
    expect(check(rightAccess, 'Databehandlerne vil kunne få innsyn i enkelte opplysninger.').status).toBe('fail');
  });

  it('passes a right addressed as having nothing to apply to, but not a denied right (Bokmål and Nynorsk)', () => {
    expect(check(rightAccess, 'Siden vi ikke samler inn data om deg, finnes det ingenting hos oss å be om innsyn i.').status).toBe('pass');
    expect(check(rightAccess, 'Sidan vi ikkje lagrar noko om deg, er det ingenting å krevje innsyn i.').status).toBe('pass');
    expect(check(rightAccess, 'Du har ingen rett til å kreve innsyn i interne notater.').status).toBe('fail');
  });

  it('fails access claimed by an authority, and "access" to the website', () => {
    expect(check(rightAccess, 'Datatilsynet kan kreve innsyn i våre systemer.').status).toBe('fail');
    expect(check(rightAccess, 'You can access our website without registering.').status).toBe('fail');
  });

  it('passes bullets under a lead-in without a colon', () => {
    const r = check(rightAccess, 'Du har følgende rettigheter\n- innsyn\n- retting');
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual(['innsyn']);
  });

  it('fails a copy of something other than personal data', () => {
    expect(check(rightAccess, 'Du har rett til å få en kopi av standardkontraktene.').status).toBe('fail');
  });

  it('fails a statement with no rights and names what was searched', () => {
    const r = check(rightAccess, 'Lagring\n\nVi lagrer opplysningene i to år.');
    expect(r.status).toBe('fail');
    expect(r.quotes).toEqual([]);
    expect(r.message.nb).toContain('Fant ikke retten til innsyn');
  });

  it('reads the corpus statements', () => {
    const s03 = check(rightAccess, corpusDoc('seeds/s03-iconic.txt'));
    expect(s03.status).toBe('pass');
    expect(s03.quotes).toContain('Du har rett til å be om en kopi av informasjonen vi har om deg.');
    expect(check(rightAccess, corpusDoc('dev/d04-oslobygda-kulturlag-nn.md')).quotes).toEqual(['Du kan når som helst be om innsyn eller sletting – ta kontakt med oss.']);
    expect(check(rightAccess, corpusDoc('dev/d06-kodesonen.html')).status).toBe('fail');
  });
});

describe('right-access: self-service and reworded access', () => {
  it('passes members who log in themselves and see their own profile (Bokmål and Nynorsk)', () => {
    const nb = check(rightAccess, 'Medlemmene kan selv logge inn og se og endre sin profil på Min side.');
    expect(nb.status).toBe('pass');
    expect(nb.quotes).toEqual(['Medlemmene kan selv logge inn og se og endre sin profil på Min side.']);
    expect(check(rightAccess, 'Speidarane kan sjølv logge inn og sjå og endre medlemsprofilen sin.').status).toBe('pass');
  });

  it('fails self-service without the data subject\'s own data, or by others', () => {
    expect(check(rightAccess, 'Alle kan logge inn og se og endre kampoppsettet.').status).toBe('fail');
    expect(check(rightAccess, 'Trenerne kan selv logge inn og se oversikten over kampene.').status).toBe('fail');
    expect(check(rightAccess, 'Foreldre kan selv logge inn og se og endre opplysningene om barna sine.').status).toBe('fail');
  });

  it('passes "se alle opplysningene vi har om deg" in Bokmål and Nynorsk', () => {
    expect(check(rightAccess, 'Du kan se alle opplysningene vi har registrert om deg på Min side.').status).toBe('pass');
    expect(check(rightAccess, 'Du kan sjå alle opplysningane vi har lagra om deg ved å logge inn.').status).toBe('pass');
  });

  it('passes English "see all of the information we have stored" and "view the information we hold about you"', () => {
    const r = check(rightAccess, 'For the members area you can see all of the information we have stored related to your person.');
    expect(r.status).toBe('pass');
    expect(r.message.en).toContain('you can see all of the information we have stored');
    expect(check(rightAccess, 'After logging in, you can view the information we hold about you.').status).toBe('pass');
  });

  it('passes English "a right to be informed about what data … processes about them" and customers asking for access', () => {
    expect(check(rightAccess, 'Registered users have a right to be informed about what data the company processes about them.').status).toBe('pass');
    expect(check(rightAccess, 'Customers can contact customer service to get access to this information.').status).toBe('pass');
  });

  it('fails near misses: opening hours, cookies information, staff access, a cross-reference', () => {
    expect(check(rightAccess, 'You can see our opening hours on the website.').status).toBe('fail');
    expect(check(rightAccess, 'You have the right to be informed about how we use cookies.').status).toBe('fail');
    expect(check(rightAccess, 'Only authorised employees have access to the information.').status).toBe('fail');
    expect(check(rightAccess, 'We restrict access to the data to our support staff.').status).toBe('fail');
    expect(check(rightAccess, 'Se punkt 3 om opplysningene vi deler.').status).toBe('fail');
  });
});
