import { na, pass, warn, type Match, type RuleContext } from '../src/engine/context.js';
import { test, words } from '../src/nlp/patterns.js';
import type { Rule, Sentence } from '../src/types.js';
import { findChannels, type Channel } from './lib/identity-contact.js';
import { AUTHORITY, DPO, FIRST_PERSON } from './lib/identity-terms.js';

/** Generic statements about who must have a DPO, not about this organisation's. */
const GENERIC = words(
  'må ha', 'skal ha', 'plikt* til å ha', 'krav om', 'krav til', 'pålagt å ha', 'et personvernombud er', 'eit personvernombod er',
  'hva er et personvernombud', 'kva er eit personvernombod', 'must have', 'must appoint', 'are required to', 'is required to',
  'a data protection officer is', 'les mer om', 'read more about',
);
/** "… men har likevel utnevnt …": a negated duty followed by an appointment. */
const APPOINTED = words('utnevnt', 'oppnevnt', 'oppnemnt', 'valgt', 'vald', 'appointed', 'designated', 'har et', 'har eit', 'have a');

function isGeneric(s: Sentence): boolean {
  if (test(AUTHORITY, s.text) && !test(FIRST_PERSON, s.text)) return true;
  return test(GENERIC, s.text) && !test(FIRST_PERSON, s.text);
}

/** A negated mention ("vi har ikke personvernombud") unless the sentence goes on to an appointment after "men". */
function isDenied(ctx: RuleContext, m: Match): boolean {
  if (!ctx.isNegated(m.sentence, m)) return false;
  const rest = m.sentence.text.slice(m.end - m.sentence.start);
  const after = /(?:,?\s+men\s+|,?\s+but\s+)(.*)$/iu.exec(rest);
  return !(after && test(APPOINTED, after[1]!));
}

/** Addresses for one task, never an officer's: "folk+unsubscribe@…", "noreply@…", "avmelding@…". */
const TASK_ADDRESS = /(?:^|[+._-])(?:unsubscribe|avmeld[a-zæøå]*|avmelding|noreply|no-reply|donotreply|nyhetsbrev|newsletter)(?=[+._@-])/iu;
/** "send e-post til X eller ved henvendelse hos personvernombudet": the address is the alternative to the officer. */
const OR_BEFORE_OFFICER = /^[^.;:!?]{0,30}?\s(?:eller|or)\s[^.;:!?]{0,40}$/iu;

/** A channel that is not the officer's: a task address, or one offered as the alternative to contacting the officer. */
function isOtherChannel(ctx: RuleContext, channel: Channel, officer: Match): boolean {
  if (TASK_ADDRESS.test(channel.text)) return true;
  return channel.end <= officer.start && OR_BEFORE_OFFICER.test(ctx.text.slice(channel.end, officer.start));
}

export const dpoContact: Rule = {
  meta: {
    id: 'dpo-contact',
    kind: 'requirement',
    category: 'identity',
    severity: 'warning',
    weight: 2,
    legalRef: 'GDPR art. 13(1)(b), art. 14(1)(b), art. 37–39; personopplysningsloven §§ 18–19',
    description: {
      nb: 'Er det oppnevnt personvernombud, oppgis kontaktopplysningene til ombudet.',
      en: 'If a data protection officer is appointed, their contact details are given.',
    },
    suggestion: {
      nb: 'Oppgi hvordan personvernombudet kan kontaktes, f.eks. «Vårt personvernombud er Kari Nordmann, e-post personvernombud@eksempel.no, telefon 22 00 00 00.»',
      nn: 'Oppgje korleis personvernombodet kan kontaktast, t.d. «Personvernombodet vårt er Kari Nordmann, e-post personvernombod@dome.no, telefon 22 00 00 00.»',
      en: 'State how the data protection officer can be reached, e.g. "Our data protection officer is Kari Nordmann, e-mail dpo@eksempel.no, phone +47 22 00 00 00."',
    },
    rationale: {
      nb: 'Har virksomheten et personvernombud, skal erklæringen gi kontaktopplysningene til ombudet (personvernforordningen artikkel 13 nr. 1 bokstav b og artikkel 37 nr. 7). Den registrerte kan kontakte ombudet om alle spørsmål om behandlingen og om rettighetene sine (artikkel 38 nr. 4). Offentlige myndigheter og virksomheter som overvåker mennesker i stor skala eller behandler særlige kategorier av opplysninger i stor skala, må ha personvernombud (artikkel 37 nr. 1).',
      en: 'Where the organisation has a data protection officer, the statement must give the DPO\'s contact details (GDPR Article 13(1)(b) and Article 37(7)). Data subjects may contact the DPO on all issues about the processing and their rights (Article 38(4)). Public authorities and organisations that monitor people on a large scale or process special categories of data on a large scale must appoint one (Article 37(1)).',
    },
    examples: {
      pass: [
        { lang: 'nb', text: 'Kommunen har et personvernombud som du kan kontakte på personvernombud@fjellkommune.no eller telefon 62 40 00 00.' },
        { lang: 'nn', text: 'Kommunen har personvernombod. Du kan kontakte personvernombodet på e-post personvernombod@fjordkommune.no.' },
      ],
      warn: [
        { lang: 'nb', text: 'Kommunen har oppnevnt et personvernombud som skal se til at personvernregelverket følges.' },
        { lang: 'nn', text: 'Skulen har eit eige personvernombod som skal sjå til at regelverket vert følgt.' },
      ],
      fail: [],
    },
    docs: {
      statuses: {
        pass: { nb: 'personvernombudet er nevnt med en kontaktkanal', en: 'the data protection officer is named with a contact channel' },
        warn: { nb: 'personvernombud nevnt, uten kontaktopplysninger', en: 'a data protection officer is mentioned, with no contact details' },
        na: { nb: 'personvernombud er ikke nevnt', en: 'no data protection officer is mentioned' },
      },
    },
  },
  check(ctx: RuleContext) {
    const mentions = ctx.find(DPO);
    let own = mentions.filter((m) => !isDenied(ctx, m) && !isGeneric(m.sentence));
    const denied = mentions.filter((m) => isDenied(ctx, m));
    // A "Personvernombud" heading over "Vi har ikke personvernombud" is not an appointment.
    const body = mentions.filter((m) => !ctx.isHeading(m.sentence));
    if (body.length > 0 && own.every((m) => ctx.isHeading(m.sentence))) own = [];
    if (own.length === 0) {
      if (denied.length > 0) {
        return na({
          nb: `Erklæringen sier at det ikke er oppnevnt personvernombud («${denied[0]!.sentence.text}»), så det er ingen kontaktopplysninger å oppgi.`,
          en: `The statement says no data protection officer is appointed ("${denied[0]!.sentence.text}"), so there are no contact details to give.`,
        });
      }
      return na({
        nb: mentions.length > 0
          ? 'Personvernombud nevnes bare generelt eller om Datatilsynet, ikke som virksomhetens eget ombud; regelen gjelder ikke.'
          : 'Personvernombud er ikke nevnt; regelen gjelder bare når det er oppnevnt et ombud.',
        en: mentions.length > 0
          ? 'A data protection officer is only mentioned in general or about Datatilsynet, not as the organisation\'s own; the rule does not apply.'
          : 'No data protection officer is mentioned; the rule only applies when one is appointed.',
      });
    }
    // a channel right after the officer in the same sentence is the officer's, whatever an earlier sentence was about
    // ("Ordninga er initiert av Datatilsynet. Du kan kontakte personvernombodet vårt på e-postadressa …")
    const officerBefore = (c: Channel) =>
      own.some((m) => c.start >= m.sentence.start && c.end <= m.sentence.end && m.end <= c.start && !test(AUTHORITY, ctx.text.slice(m.end, c.start)));
    const channels = findChannels(ctx).filter((c) => c.owner === 'controller' || (c.owner === 'authority' && officerBefore(c)));
    const near: Channel[] = [];
    let anchor: Match | undefined;
    for (const m of own) {
      const from = Math.max(0, m.sentence.index - 1);
      const to = Math.min(ctx.sentences.length - 1, m.sentence.index + 3);
      const lo = ctx.sentences[from]!.start;
      const hi = ctx.sentences[to]!.end;
      const hits = channels.filter((c) => c.start >= lo && c.end <= hi && !isOtherChannel(ctx, c, m));
      if (hits.length > 0) {
        anchor ??= m;
        for (const h of hits) if (!near.some((n) => n.start === h.start)) near.push(h);
      }
    }
    if (anchor) {
      const list = [...new Set(near.map((c) => c.text))].map((t) => `«${t}»`).join(', ');
      return pass(
        {
          nb: `Personvernombudet («${anchor.text}») er oppgitt med kontaktopplysninger: ${list}.`,
          en: `The data protection officer ("${anchor.text}") is given with contact details: ${list.replace(/[«»]/g, '"')}.`,
        },
        [anchor, ...near.sort((a, b) => a.start - b.start)],
      );
    }
    return warn(
      {
        nb: `Personvernombud er nevnt («${own[0]!.sentence.text}»), men uten e-post, telefon eller adresse til ombudet.`,
        en: `A data protection officer is mentioned ("${own[0]!.sentence.text}"), but with no e-mail, phone or address.`,
      },
      own,
    );
  },
};

export default dpoContact;
