import { fail, pass, warn, type RuleContext } from '../src/engine/context.js';
import type { Rule } from '../src/types.js';
import { isValidOrgNumber, organisationNumbersIn } from './lib/org-numbers.js';

export { isValidOrgNumber };

export const orgNumber: Rule = {
  meta: {
    id: 'org-number',
    kind: 'requirement',
    category: 'identity',
    severity: 'info',
    weight: 1,
    legalRef: 'GDPR art. 13(1)(a); enhetsregisterloven',
    description: {
      nb: 'Organisasjonsnummeret er oppgitt og har gyldig kontrollsiffer (modulus 11).',
      en: 'The organisation number is given and its check digit is valid (modulus 11).',
    },
    suggestion: {
      nb: 'Oppgi organisasjonsnummeret ved navnet på virksomheten, f.eks. «Eksempel AS, org.nr. 974 761 467».',
      nn: 'Oppgje organisasjonsnummeret ved namnet på verksemda, t.d. «Døme AS, org.nr. 974 761 467».',
      en: 'Give the organisation number next to the organisation\'s name, e.g. "Eksempel AS, org.nr. 974 761 467".',
    },
    rationale: {
      nb: 'Personvernforordningen artikkel 13 nr. 1 bokstav a krever at den behandlingsansvarliges identitet oppgis. Loven krever ikke organisasjonsnummeret i selve erklæringen, men nummeret fra Enhetsregisteret peker entydig ut den juridiske enheten, også når flere virksomheter har like navn. Et nummer med feil kontrollsiffer (modulus 11) peker ikke på noen enhet og tyder på en skrivefeil.',
      en: 'GDPR Article 13(1)(a) requires the identity of the controller. The law does not require the organisation number in the statement itself, but the number from the Central Coordinating Register for Legal Entities identifies the legal entity unambiguously, also where several businesses have similar names. A number with a wrong check digit (modulus 11) points to no entity and suggests a typing error.',
    },
    examples: {
      pass: [
        { lang: 'nb', text: 'Behandlingsansvarlig er Arbeids- og velferdsetaten (NAV), org.nr. 889 640 782.' },
        { lang: 'nn', text: 'Datatilsynet (org.nr. 974 761 467) er behandlingsansvarleg for opplysningane du sender inn.' },
      ],
      warn: [
        {
          lang: 'nb',
          text: 'Nettbutikken drives av Sykkelverkstedet Nord AS i Tromsø.',
          note: { nb: 'Ingen organisasjonsnummer.', en: 'No organisation number.' },
        },
        {
          lang: 'nn',
          text: 'Nettbutikken vert driven av Fjordvev AS i Sogndal.',
          note: { nb: 'Ingen organisasjonsnummer.', en: 'No organisation number.' },
        },
      ],
      fail: [
        {
          lang: 'nb',
          text: 'Behandlingsansvarlig er Eksempel AS, org.nr. 974 761 468.',
          note: { nb: 'Kontrollsifferet skulle vært 7.', en: 'The check digit should be 7.' },
        },
        {
          lang: 'nn',
          text: 'Fjordvev AS (organisasjonsnummer 912 345 678) er behandlingsansvarleg.',
          note: { nb: 'Kontrollsifferet stemmer ikke.', en: 'The check digit is wrong.' },
        },
      ],
    },
    docs: {
      fix: {
        nb: 'Slå opp virksomheten i Enhetsregisteret (brreg.no) og kopier nummeret derfra; nummeret har ni sifre, og det siste er et kontrollsiffer.',
        en: 'Look the organisation up in the Central Coordinating Register for Legal Entities (brreg.no) and copy the number from there; it has nine digits, the last one a check digit.',
      },
      statuses: {
        pass: { nb: 'organisasjonsnummer med gyldig kontrollsiffer (modulus 11)', en: 'an organisation number with a valid check digit (modulus 11)' },
        warn: { nb: 'ikke noe organisasjonsnummer', en: 'no organisation number' },
        fail: { nb: 'organisasjonsnummer med feil kontrollsiffer', en: 'an organisation number with a wrong check digit' },
      },
    },
  },
  check(ctx: RuleContext) {
    const found: Array<{ start: number; end: number; digits: string; labelled: boolean }> = [];
    for (const sentence of ctx.sentences) {
      for (const n of organisationNumbersIn(sentence.text)) {
        found.push({ start: sentence.start + n.index, end: sentence.start + n.index + n.length, digits: n.digits, labelled: n.labelled });
      }
    }
    if (found.length === 0) {
      return warn({
        nb: 'Fant ikke noe organisasjonsnummer.',
        en: 'No organisation number found.',
      });
    }
    const invalid = found.filter((f) => !isValidOrgNumber(f.digits));
    if (invalid.length > 0) {
      return fail(
        {
          nb: `Organisasjonsnummeret ${invalid.map((f) => f.digits).join(', ')} har feil kontrollsiffer (modulus 11).`,
          en: `The organisation number ${invalid.map((f) => f.digits).join(', ')} has a wrong check digit (modulus 11).`,
        },
        invalid,
      );
    }
    return pass(
      {
        nb: `Gyldig organisasjonsnummer: ${found.map((f) => f.digits).join(', ')}.`,
        en: `Valid organisation number: ${found.map((f) => f.digits).join(', ')}.`,
      },
      found,
    );
  },
};

export default orgNumber;
