import { fail, pass, type RuleContext } from '../src/engine/context.js';
import type { Rule } from '../src/types.js';
import { findPlaceholders, type PlaceholderKind } from './lib/identity-placeholder.js';

const KIND: Record<PlaceholderKind, { nb: string; en: string }> = {
  brackets: { nb: 'uutfylt felt i klammer', en: 'unfilled bracketed field' },
  'template-syntax': { nb: 'malkode', en: 'template syntax' },
  'x-run': { nb: 'X-er som plassholder', en: 'X placeholder' },
  marker: { nb: 'arbeidsmerke', en: 'work marker' },
  'lorem-ipsum': { nb: 'blindtekst', en: 'dummy text' },
  instruction: { nb: 'instruks fra malen', en: 'template instruction' },
  'dummy-name': { nb: 'eksempelnavn', en: 'dummy name' },
  'dummy-email': { nb: 'eksempeladresse', en: 'dummy address' },
  'obfuscated-email': { nb: 'skjult e-postadresse som aldri kom fram på siden', en: 'obfuscated e-mail that never reached the page' },
  'dummy-number': { nb: 'eksempelnummer eller -adresse', en: 'dummy number or address' },
  'blank-value': { nb: 'tomt felt', en: 'blank field' },
  'unfilled-slot': { nb: 'setning som slutter med kolon uten innhold etter', en: 'sentence ending in a colon with nothing after it' },
};

export const placeholderText: Rule = {
  meta: {
    id: 'placeholder-text',
    kind: 'defect',
    category: 'quality',
    severity: 'warning',
    weight: 2,
    legalRef: 'GDPR art. 12(1)',
    description: {
      nb: 'Rester fra maler og skraping: X-er som plassholder, «[firmanavn]», «lorem ipsum», arbeidsmerker, instrukser til den som fyller ut malen, malkode som nettleseren viser som tekst («<%= … %>», «{{ … }}», «@extends(…)»; PHP-kode vises ikke og regnes ikke med), «[email protected]».',
      en: 'Template leftovers and scraping debris: X placeholders, "[firmanavn]", "lorem ipsum", work markers, instructions to whoever fills in the template, template syntax a browser shows as text ("<%= … %>", "{{ … }}", "@extends(…)"; PHP code is never shown and does not count), "[email protected]".',
    },
    suggestion: {
      nb: 'Fyll inn de faktiske opplysningene (navn, adresse, leverandører, dato) og fjern alle plassholdere før erklæringen publiseres.',
      nn: 'Fyll inn dei faktiske opplysningane (namn, adresse, leverandørar, dato) og fjern alle plasshaldarar før erklæringa blir publisert.',
      en: 'Fill in the actual details (name, address, vendors, date) and remove every placeholder before publishing the statement.',
    },
    rationale: {
      nb: 'Informasjonen skal være korrekt, forståelig og lett tilgjengelig (personvernforordningen artikkel 12 nr. 1). En plassholder som «[firmanavn]», «XXX» eller «Postboks 1234, 0123 Oslo» betyr at opplysningen den står for – ofte identitet og kontaktopplysninger etter artikkel 13 nr. 1 bokstav a – faktisk mangler. «[email protected]» er en e-postadresse som ble skjult av nettstedets beskyttelse mot spam og aldri kom fram.',
      en: 'The information must be correct, intelligible and easily accessible (GDPR Article 12(1)). A placeholder such as "[firmanavn]", "XXX" or "Postboks 1234, 0123 Oslo" means the information it stands for – often identity and contact details under Article 13(1)(a) – is in fact missing. "[email protected]" is an e-mail address hidden by the site\'s spam protection that never reached the page.',
    },
    examples: {
      pass: [
        { lang: 'nb', text: 'Behandlingsansvarlig er Sykkelverkstedet Nord AS, Storgata 40, 9008 Tromsø.' },
        { lang: 'nn', text: 'Behandlingsansvarleg er Fjordbygda sogelag, Kyrkjevegen 2, 6856 Sogndal.' },
      ],
      fail: [
        { lang: 'nb', text: 'Behandlingsansvarlig er [firmanavn], Postboks 1234, 0123 Oslo.' },
        { lang: 'nn', text: 'Har du spørsmål, kan du sende e-post til [email protected].' },
        { lang: 'nb', text: 'Sist oppdatert: XX.XX.20XX' },
        {
          lang: 'nb',
          text: 'Behandlingsansvarlig er <%= site.name %>. Kontakt oss på <%= site.email %>.',
          note: { nb: 'Malkode som aldri ble fylt ut; nettleseren viser den som tekst.', en: 'Template code never filled in; the browser shows it as text.' },
        },
      ],
    },
    docs: {
      statuses: {
        pass: { nb: 'ingen malrester funnet', en: 'no template leftovers found' },
        fail: { nb: 'malrester og plassholdere («XXX», «[firmanavn]», «lorem ipsum», «[email protected]», oppdiktede adresser, synlig malkode som «<%= … %>»), hver forekomst sitert', en: 'template leftovers and placeholders ("XXX", "[firmanavn]", "lorem ipsum", "[email protected]", dummy addresses, visible template syntax such as "<%= … %>"), every occurrence quoted' },
      },
    },
  },
  check(ctx: RuleContext) {
    const found = findPlaceholders(ctx);
    if (found.length === 0) {
      return pass({
        nb: 'Fant ingen plassholdere eller malrester i teksten.',
        en: 'No placeholders or template leftovers found in the text.',
      });
    }
    const distinct = [...new Map(found.map((p) => [p.text, p])).values()];
    const shown = distinct.slice(0, 6);
    const more = distinct.length > shown.length ? ` (+${distinct.length - shown.length})` : '';
    return fail(
      {
        nb: `Fant ${found.length} plassholder${found.length === 1 ? '' : 'e'}: ${shown.map((p) => `«${p.text}» (${KIND[p.kind].nb})`).join(', ')}${more}.`,
        en: `Found ${found.length} placeholder${found.length === 1 ? '' : 's'}: ${shown.map((p) => `"${p.text}" (${KIND[p.kind].en})`).join(', ')}${more}.`,
      },
      found,
    );
  },
};

export default placeholderText;
