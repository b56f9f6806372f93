import { rememberedByText } from '../memo.js';
import { matchAll, test, words } from '../nlp/patterns.js';
import type { Block, Section, Topic } from '../types.js';

/** Headings about purposes: "Formål", "Hvorfor …", "Hvordan vi bruker …", "Korleis me brukar …", "How we use …". */
export const PURPOSE_HEADING = words(
  'formål*', 'føremål*', 'hvorfor', 'kvifor', 'korfor', 'purpose*', 'why we', 'how we use', 'what we use', 'bruk av',
  'hvordan bruker', 'hvordan vi bruker', 'hvordan vi benytter', 'hva vi bruker', 'hva bruker vi', 'slik bruker vi',
  'korleis vi brukar', 'korleis me brukar', 'korleis brukar vi', 'kva vi brukar', 'kva me brukar', 'kva brukar vi', 'slik brukar vi',
);

/** Heading and body vocabulary for each topic, Bokmål, Nynorsk and English. Order matters: the first topic wins ties. */
export const TOPIC_TERMS: Array<[Topic, RegExp]> = [
  ['complaint', words('klage*', 'complain*', 'tilsynsmyndighet*', 'datatilsynet')],
  ['rights', words('rettighet*', 'rettar*', 'rettane', 'dine rettar', 'innsyn*', 'retting', 'sletting', 'your rights', 'rights', 'right to *', 'dataportabilitet', 'protestere', 'begrensning', 'avgrensing')],
  ['cookies', words('informasjonskaps*', 'cookie*', 'kjeks', 'sporing*', 'pikseltag*', 'analyseverktøy*', 'tracking')],
  ['transfers', words('overføring*', 'utlandet', 'utenfor eu*', 'utanfor eu*', 'utenfor eøs', 'utanfor eøs', 'tredjeland*', 'transfer*', 'outside the eea')],
  ['recipients', words('deler', 'deling*', 'dele', 'delt', 'deles', 'utlever*', 'mottaker*', 'mottakar*', 'tredjepart*', 'databehandler*', 'databehandlar*', 'share*', 'sharing', 'recipient*', 'third part*', 'tilgang til', 'kven får', 'hvem får', 'hvem har tilgang')],
  ['retention', words('lagring*', 'lagrer', 'lagrar', 'lagres', 'lagra', 'oppbevar*', 'hvor lenge', 'kor lenge', 'lagringstid', 'sletterutin*', 'retention', 'how long', 'store*', 'storage')],
  ['basis', words('behandlingsgrunnlag*', 'rettslig* grunnlag*', 'rettsleg* grunnlag*', 'grunnlag*', 'hjemmel', 'legal basis', 'lawful*')],
  ['purposes', PURPOSE_HEADING],
  ['data', words('hvilke* *opplysning*', 'kva *opplysning*', 'kategori*', 'data we collect', 'samler inn', 'samlar inn', 'innsamling*', 'what data', 'personal data we', 'opplysninger vi', 'opplysningar vi', 'personopplysninger som', 'hva behandles')],
  ['identity', words('behandlingsansvarl*', 'kontakt*', 'contact*', 'controller', 'om oss', 'who we are', 'hvem er vi', 'kven er vi', 'personvernombud*', 'personvernombod*')],
  ['security', words('sikkerhet*', 'sikring*', 'tryggleik*', 'security', 'informasjonssikkerhet')],
  ['changes', words('endring*', 'oppdater*', 'changes', 'updates')],
];

/** The topics a heading names. Rules ask this of a sentence's heading for every sentence under it. */
export const classifyHeading: (heading: string) => readonly Topic[] = rememberedByText((heading) =>
  TOPIC_TERMS.filter(([, pattern]) => test(pattern, heading)).map(([topic]) => topic),
);

function classifyBody(body: string): Topic[] {
  let best: Topic | undefined;
  let bestCount = 0;
  for (const [topic, pattern] of TOPIC_TERMS) {
    const count = matchAll(pattern, body).length;
    if (count > bestCount) {
      best = topic;
      bestCount = count;
    }
  }
  return best && bestCount >= 2 ? [best] : [];
}

/** Sections from heading blocks; text before the first heading is a section without heading. */
export function buildSections(text: string, blocks: Block[]): { sections: Section[]; sectionOfBlock: number[] } {
  const sections: Section[] = [];
  const sectionOfBlock: number[] = [];
  let current: Section | undefined;
  blocks.forEach((block, i) => {
    if (block.kind === 'heading' || !current) {
      const isHeading = block.kind === 'heading';
      current = {
        index: sections.length,
        heading: isHeading ? text.slice(block.start, block.end) : '',
        headingStart: isHeading ? block.start : block.start,
        headingEnd: isHeading ? block.end : block.start,
        start: block.start,
        end: block.end,
        level: isHeading ? block.level : 0,
        topic: 'other',
        topics: [],
      };
      sections.push(current);
    }
    current.end = block.end;
    sectionOfBlock[i] = current.index;
  });
  for (const section of sections) {
    const headingTopics = classifyHeading(section.heading);
    const topics = headingTopics.length > 0 ? [...headingTopics] : classifyBody(text.slice(section.headingEnd, section.end));
    section.topics = topics.length > 0 ? topics : ['other'];
    section.topic = section.topics[0]!;
  }
  if (sections.length === 0) {
    sections.push({ index: 0, heading: '', headingStart: 0, headingEnd: 0, start: 0, end: text.length, level: 0, topic: 'other', topics: ['other'] });
  }
  return { sections, sectionOfBlock };
}
