import type { CategoryId } from './types.js';

/** Display names of the scoring categories, for every report and the rule pages. */
export const CATEGORY_NAMES: Record<CategoryId, { nb: string; en: string }> = {
  identity: { nb: 'Identitet', en: 'Identity' },
  'basis-purposes': { nb: 'Grunnlag og formål', en: 'Basis and purposes' },
  'recipients-transfers': { nb: 'Mottakere og overføring', en: 'Recipients and transfers' },
  retention: { nb: 'Lagring', en: 'Retention' },
  rights: { nb: 'Rettigheter', en: 'Rights' },
  quality: { nb: 'Aktualitet og kvalitet', en: 'Currency and quality' },
};
