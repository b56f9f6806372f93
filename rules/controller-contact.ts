import { fail, pass, warn, type RuleContext } from '../src/engine/context.js';
import { test } from '../src/nlp/patterns.js';
import type { Rule, Span } from '../src/types.js';
import { domainIn, findChannels, type Channel, type ChannelKind } from './lib/identity-contact.js';
import { CONTACT_INVITATION, CONTACT_LINK_TEXT, CONTACT_WORDS, FORM_OR_LINK, PAGE_POINTER, THIRD_PARTY_DOMAINS } from './lib/identity-terms.js';

const KIND: Record<ChannelKind, { nb: string; en: string }> = {
  email: { nb: 'e-post', en: 'e-mail' },
  mailto: { nb: 'e-postlenke', en: 'e-mail link' },
  phone: { nb: 'telefon', en: 'phone' },
  address: { nb: 'postadresse', en: 'postal address' },
};

/** A contact page's address in the text: "eksempel.no/kontakt", "https://eksempel.no/contact-us". */
const CONTACT_URL = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9@.-])(?:https?:\/\/)?(?:[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9-]+\.)+[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]{2,}\/[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9/_.-]{0,60}?(?:kontakt|contact)[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9_-]*/giu;

/** A contact page link: href or link text says kontakt/contact. */
const CONTACT_HREF = /(?:^|[/#?=_-])(?:kontakt\w*|contact\w*|kundeservice|support)(?:$|[/.#?_-])/i;

function describe(channels: Channel[]): { nb: string; en: string } {
  const seen = new Set<string>();
  const parts: Array<{ nb: string; en: string }> = [];
  for (const c of channels) {
    const key = c.text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    parts.push({ nb: `${KIND[c.kind].nb} «${c.text}»`, en: `${KIND[c.kind].en} "${c.text}"` });
  }
  return { nb: parts.map((p) => p.nb).join(', '), en: parts.map((p) => p.en).join(', ') };
}

/** Sentences and links that offer only a form, a contact page or "this link". */
function formsAndLinks(ctx: RuleContext): Span[] {
  const out: Span[] = [];
  const formSentences = new Set<number>();
  for (const m of ctx.find(FORM_OR_LINK, { skipNegated: true })) {
    const s = m.sentence;
    // "Unngå sensitive opplysningar i skjemaet" under the heading "Når du tek kontakt"
    const heading = ctx.sectionOf(s).heading;
    if (!test(CONTACT_WORDS, s.text) && !test(CONTACT_WORDS, heading) && !/kontakt|contact/i.test(m.text)) continue;
    out.push(m);
    formSentences.add(s.index);
  }
  // "korleis du kan kome i kontakt med oss, finn du på nettsidene våre"
  for (const m of ctx.find(PAGE_POINTER, { skipNegated: true })) {
    if (!formSentences.has(m.sentence.index) && test(CONTACT_INVITATION, m.sentence.text)) out.push(m);
  }
  // "kontakt oss på: eksempel.no/kontakt" — a contact page written out as an address
  for (const m of ctx.findInText(CONTACT_URL)) out.push(m);
  for (const link of ctx.doc.links) {
    const visible = ctx.text.slice(link.start, link.end);
    if (visible.trim().length === 0) continue;
    // Datatilsynet's or another body's contact page is not the controller's
    const host = /^https?:\/\/([^/?#:]{1,200})/i.exec(link.href.trim())?.[1];
    if (host && domainIn(host.replace(/^www\./i, ''), THIRD_PARTY_DOMAINS)) continue;
    if (CONTACT_HREF.test(link.href) || (CONTACT_LINK_TEXT.test(visible) && !/^mailto:.+@/i.test(link.href))) out.push(link);
  }
  const unique = new Map<string, Span>();
  for (const s of out.sort((a, b) => a.start - b.start)) unique.set(`${s.start}:${s.end}`, s);
  return [...unique.values()];
}

export const controllerContact: Rule = {
  meta: {
    id: 'controller-contact',
    kind: 'requirement',
    category: 'identity',
    severity: 'error',
    weight: 2,
    legalRef: 'GDPR art. 13(1)(a), art. 14(1)(a)',
    description: {
      nb: 'Kontaktopplysninger til den behandlingsansvarlige: e-post, telefon eller postadresse.',
      en: "The controller's contact details: e-mail, phone or postal address.",
    },
    suggestion: {
      nb: 'Oppgi minst én direkte kontaktkanal, f.eks. «Spørsmål om personvern kan rettes til Eksempel AS, Storgata 1, 0155 Oslo, e-post personvern@eksempel.no, telefon 22 00 00 00.»',
      nn: 'Oppgje minst éin direkte kontaktkanal, t.d. «Spørsmål om personvern kan rettast til Døme AS, Storgata 1, 0155 Oslo, e-post personvern@dome.no, telefon 22 00 00 00.»',
      en: 'Give at least one direct contact channel, e.g. "Questions about privacy can be sent to Eksempel AS, Storgata 1, 0155 Oslo, e-mail privacy@eksempel.no, phone +47 22 00 00 00."',
    },
    rationale: {
      nb: 'Personvernforordningen artikkel 13 nr. 1 bokstav a krever kontaktopplysningene til den behandlingsansvarlige, og artikkel 12 nr. 2 krever at det skal være lett å bruke rettighetene. Det forutsetter en direkte kanal: e-postadresse, telefonnummer eller postadresse. Et kontaktskjema eller «send oss en e-post» uten adresse gir ikke den registrerte noe å henvende seg til utenfor nettstedet.',
      en: 'GDPR Article 13(1)(a) requires the contact details of the controller, and Article 12(2) requires that exercising the rights be made easy. That takes a direct channel: an e-mail address, a phone number or a postal address. A contact form, or "send us an e-mail" with no address, leaves the data subject nothing to turn to outside the website.',
    },
    examples: {
      pass: [
        { lang: 'nb', text: 'Har du spørsmål om personvern, kan du sende e-post til personvern@sykkelnord.no eller ringe oss på 77 60 12 34.' },
        { lang: 'nn', text: 'Spørsmål om personvern kan du sende til post@fjordbygda-sogelag.no eller til Fjordbygda sogelag, Postboks 12, 6856 Sogndal.' },
      ],
      warn: [
        { lang: 'nb', text: 'Har du spørsmål om hvordan vi behandler opplysningene dine, kan du kontakte oss via kontaktskjemaet på nettsiden.' },
        { lang: 'nn', text: 'Har du spørsmål om korleis vi behandlar opplysningane dine, kan du ta kontakt med oss gjennom kontaktskjemaet på nettsida.' },
      ],
      fail: [
        { lang: 'nb', text: 'Ta gjerne kontakt med oss hvis du har spørsmål om hvordan vi behandler personopplysningene dine.' },
        { lang: 'nn', text: 'Ta gjerne kontakt med oss dersom du har spørsmål om korleis vi behandlar personopplysningane dine.' },
      ],
    },
    docs: {
      statuses: {
        pass: { nb: 'e-postadresse, telefonnummer eller postadresse er oppgitt', en: 'an e-mail address, phone number or postal address is given' },
        warn: {
          nb: 'bare et kontaktskjema, en lenke («denne lenken», «ta kontakt her») eller en henvisning til en nettside',
          en: 'only a contact form, a link ("this link", "contact us here") or a pointer to a web page',
        },
        fail: { nb: 'ingen kontaktopplysninger', en: 'no contact details' },
      },
    },
  },
  check(ctx: RuleContext) {
    const channels = findChannels(ctx);
    const own = channels.filter((c) => c.owner === 'controller');
    if (own.length > 0) {
      const d = describe(own);
      return pass({ nb: `Kontaktopplysninger til den behandlingsansvarlige: ${d.nb}.`, en: `Contact details for the controller: ${d.en}.` }, own);
    }
    const others = channels.length > 0 ? describe(channels) : undefined;
    const notOwn = others
      ? { nb: ` (bare ${others.nb}, som tilhører Datatilsynet eller en tredjepart)`, en: ` (only ${others.en}, which belong to Datatilsynet or a third party)` }
      : { nb: '', en: '' };
    const forms = formsAndLinks(ctx);
    if (forms.length > 0) {
      const quoted = forms.slice(0, 3).map((f) => `«${ctx.text.slice(f.start, f.end)}»`).join(', ');
      return warn(
        {
          nb: `Bare et kontaktskjema eller en lenke (${quoted}); ingen e-post, telefon eller postadresse til den behandlingsansvarlige${notOwn.nb}.`,
          en: `Only a contact form or link (${quoted}); no e-mail, phone or postal address for the controller${notOwn.en}.`,
        },
        forms,
      );
    }
    const searched = ctx.headingsFor('identity');
    const where = searched.length > 0 ? searched.map((h) => `«${h}»`).join(', ') : 'hele dokumentet';
    return fail({
      nb: `Fant ingen e-post, telefon eller postadresse til den behandlingsansvarlige (søkt i ${where})${notOwn.nb}. Art. 13(1)(a) krever kontaktopplysninger.`,
      en: `No e-mail, phone or postal address for the controller found (searched ${searched.length > 0 ? searched.map((h) => `"${h}"`).join(', ') : 'the whole document'})${notOwn.en}. Art. 13(1)(a) requires contact details.`,
    });
  },
};

export default controllerContact;
