/** Where the rule pages live in the repository, and where they are published. Change the base when the repository moves. */
export const DOCS_BASE_URL = 'https://github.com/personvernsjekk/personvernsjekk/blob/main/docs/rules/';

export type DocLocale = 'nb' | 'en';

/** The page's file name: `<id>.md` in Norwegian, `<id>.en.md` in English. */
export function ruleDocFile(id: string, locale: DocLocale = 'nb'): string {
  return locale === 'en' ? `${id}.en.md` : `${id}.md`;
}

/** Repository-relative path of a rule's page, e.g. `docs/rules/retention.md`. */
export function ruleDocPath(id: string, locale: DocLocale = 'nb'): string {
  return `docs/rules/${ruleDocFile(id, locale)}`;
}

/** Public URL of a rule's page, for links from HTML and SARIF reports. */
export function ruleDocUrl(id: string, locale: DocLocale = 'nb'): string {
  return `${DOCS_BASE_URL}${ruleDocFile(id, locale)}`;
}
