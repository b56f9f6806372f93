/** A page fetched from the organisation's website. */
export interface FetchedPage {
  /** The address asked for. */
  url: string;
  /** The address after redirects; relative links on the page resolve against it. */
  finalUrl: string;
  status: number;
  html: string;
}

/** What a website scan found: the statement page, the homepage and how the statement was found. */
export interface SiteData {
  homepage?: FetchedPage;
  policy: FetchedPage;
  foundBy: 'given' | 'link' | 'sitemap' | 'guess';
  alternatives: Array<{ url: string; foundBy: 'link' | 'sitemap' | 'guess'; score: number }>;
  cookies?: Array<{ name: string; domain: string }>;
  robotsIgnored?: boolean;
}
