/**
 * Online services that statements name as recipients, processors or trackers, as data.
 *
 * `region`: where the provider is established. 'non-eea' services (mostly US) imply a transfer
 * to a third country unless the statement names a safeguard; 'eea' services are listed so that
 * naming them is recognised as a recipient without suggesting a transfer; 'self-hosted' tools usually
 * run on the site's own server, so naming them names a recipient but says nothing of where the data goes.
 * `tracker`: the service sets analytics or marketing cookies/pixels on a website (cookieless analytics,
 * such as Simple Analytics and Fathom, has none).
 *
 * `pattern` is a regular-expression source matched as a whole word. Names that are also ordinary
 * words (Stripe, Zoom, Meta, Apple, Slack …) are matched case-sensitively (`caseSensitive`).
 */
import { fixedTextTest, withFixedText } from '../../src/nlp/patterns.js';

export interface ServiceEntry {
  name: string;
  pattern: string;
  region: 'non-eea' | 'eea' | 'self-hosted';
  tracker?: 'analytics' | 'marketing';
  caseSensitive?: boolean;
}

export const SERVICES: readonly ServiceEntry[] = [
  // Trackers (analytics / marketing)
  { name: 'Google Analytics', pattern: 'google[\\s-]*analytics|GA4', region: 'non-eea', tracker: 'analytics' },
  { name: 'Google Tag Manager', pattern: 'google[\\s-]*tag[\\s-]*manager|gtag', region: 'non-eea', tracker: 'analytics' },
  { name: 'Google Ads', pattern: 'google[\\s-]*ad(?:d?s|words|sense)|adwords|doubleclick', region: 'non-eea', tracker: 'marketing' },
  { name: 'Google retargeting', pattern: 'google[\\s-]*(?:retargeting|remarketing)', region: 'non-eea', tracker: 'marketing' },
  { name: 'Facebook Pixel', pattern: 'facebook[\\s-]*(?:pixel|piksel)[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*|meta[\\s-]*(?:pixel|piksel)[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*', region: 'non-eea', tracker: 'marketing' },
  { name: 'LinkedIn Insight Tag', pattern: 'linkedin[\\s-]*(?:insight[\\s-]*tag|pixel|piksel)[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*', region: 'non-eea', tracker: 'marketing' },
  { name: 'TikTok Pixel', pattern: 'tiktok[\\s-]*(?:pixel|piksel)[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*', region: 'non-eea', tracker: 'marketing' },
  { name: 'Snap Pixel', pattern: 'snap(?:chat)?[\\s-]*(?:pixel|piksel)[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*', region: 'non-eea', tracker: 'marketing' },
  { name: 'Pinterest Tag', pattern: 'pinterest[\\s-]*tag', region: 'non-eea', tracker: 'marketing' },
  // Hotjar Ltd is established in Malta
  { name: 'Hotjar', pattern: 'hotjar', region: 'eea', tracker: 'analytics' },
  { name: 'Microsoft Clarity', pattern: 'microsoft[\\s-]*clarity', region: 'non-eea', tracker: 'analytics' },
  { name: 'Mixpanel', pattern: 'mixpanel', region: 'non-eea', tracker: 'analytics' },
  { name: 'Amplitude', pattern: 'Amplitude', region: 'non-eea', tracker: 'analytics', caseSensitive: true },
  { name: 'Matomo', pattern: 'matomo|piwik', region: 'eea', tracker: 'analytics' },
  { name: 'Plausible', pattern: 'plausible[\\s-]*analytics', region: 'eea', tracker: 'analytics' },
  { name: 'Simple Analytics', pattern: 'simple[\\s-]*analytics', region: 'eea' },
  { name: 'Umami', pattern: 'umami(?:[\\s-]*analytics)?', region: 'self-hosted' },
  { name: 'Fathom Analytics', pattern: 'fathom[\\s-]*analytics', region: 'non-eea' },
  { name: 'Siteimprove', pattern: 'siteimprove', region: 'eea', tracker: 'analytics' },
  { name: 'HubSpot', pattern: 'hubspot', region: 'non-eea', tracker: 'marketing' },
  // Platforms and processors outside the EEA
  { name: 'Firebase', pattern: 'firebase', region: 'non-eea' },
  { name: 'Google', pattern: 'google(?:s)?', region: 'non-eea' },
  // the mail service named on its own ("lagret i en Gmail-postboks"); an address "@gmail.com" is excluded by the boundary
  { name: 'Gmail', pattern: 'gmail', region: 'non-eea' },
  { name: 'YouTube', pattern: 'youtube(?:s)?', region: 'non-eea', tracker: 'marketing' },
  { name: 'Facebook', pattern: 'facebook(?:s)?', region: 'non-eea' },
  { name: 'Meta', pattern: 'Meta(?:\\s+Platforms)?(?=\\s*[(/,)]|\\s+(?:Platforms|Ireland|og|and|eller|or)(?![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]))', region: 'non-eea', caseSensitive: true },
  { name: 'Instagram', pattern: 'instagram(?:s)?', region: 'non-eea' },
  { name: 'WhatsApp', pattern: 'whatsapp', region: 'non-eea' },
  { name: 'Messenger', pattern: 'facebook[\\s-]*messenger', region: 'non-eea' },
  { name: 'LinkedIn', pattern: 'linkedin(?:s)?', region: 'non-eea' },
  { name: 'Twitter/X', pattern: 'twitter(?:s)?|x\\.com', region: 'non-eea' },
  { name: 'TikTok', pattern: 'tiktok(?:s)?', region: 'non-eea' },
  { name: 'Snapchat', pattern: 'snapchat', region: 'non-eea' },
  { name: 'Pinterest', pattern: 'pinterest', region: 'non-eea' },
  { name: 'Vimeo', pattern: 'vimeo', region: 'non-eea' },
  { name: 'Microsoft', pattern: 'microsoft(?:s)?|office[\\s-]*365|microsoft[\\s-]*365|azure|onedrive|sharepoint', region: 'non-eea' },
  { name: 'Zoom', pattern: 'Zoom(?:\\s+Video\\s+Communications)?', region: 'non-eea', caseSensitive: true },
  { name: 'Stripe', pattern: 'Stripe(?:s)?', region: 'non-eea', caseSensitive: true },
  { name: 'PayPal', pattern: 'paypal', region: 'non-eea' },
  { name: 'Mailchimp', pattern: 'mailchimp|mandrill', region: 'non-eea' },
  { name: 'SendGrid', pattern: 'sendgrid', region: 'non-eea' },
  { name: 'Twilio', pattern: 'twilio', region: 'non-eea' },
  { name: 'Telnyx', pattern: 'telnyx', region: 'non-eea' },
  { name: 'Salesforce', pattern: 'salesforce', region: 'non-eea' },
  { name: 'Heroku', pattern: 'heroku', region: 'non-eea' },
  { name: 'GitHub', pattern: 'github(?:s)?', region: 'non-eea' },
  { name: 'Gumroad', pattern: 'gumroad', region: 'non-eea' },
  { name: 'Kajabi', pattern: 'kajabi', region: 'non-eea' },
  { name: 'Shopify', pattern: 'shopify', region: 'non-eea' },
  { name: 'Squarespace', pattern: 'squarespace', region: 'non-eea' },
  { name: 'Wix', pattern: 'Wix(?:\\.com)?', region: 'non-eea', caseSensitive: true },
  { name: 'Slack', pattern: 'Slack', region: 'non-eea', caseSensitive: true },
  { name: 'Discord', pattern: 'discord(?:s)?', region: 'non-eea' },
  { name: 'Dropbox', pattern: 'dropbox', region: 'non-eea' },
  { name: 'Apple', pattern: 'Apple(?:s)?|iCloud', region: 'non-eea', caseSensitive: true },
  { name: 'Amazon Web Services', pattern: 'amazon(?:s)?|AWS', region: 'non-eea' },
  { name: 'Cloudflare', pattern: 'cloudflare', region: 'non-eea' },
  { name: 'Vercel', pattern: 'vercel', region: 'non-eea' },
  { name: 'Netlify', pattern: 'netlify', region: 'non-eea' },
  { name: 'DigitalOcean', pattern: 'digital[\\s-]*ocean', region: 'non-eea' },
  { name: 'Zendesk', pattern: 'zendesk', region: 'non-eea' },
  { name: 'Intercom', pattern: 'Intercom', region: 'non-eea', caseSensitive: true },
  { name: 'Typeform', pattern: 'typeform', region: 'eea' },
  { name: 'SurveyMonkey', pattern: 'survey[\\s-]*monkey', region: 'non-eea' },
  { name: 'Calendly', pattern: 'calendly', region: 'non-eea' },
  { name: 'Trello', pattern: 'trello', region: 'non-eea' },
  { name: 'Asana', pattern: 'Asana', region: 'non-eea', caseSensitive: true },
  { name: 'Zapier', pattern: 'zapier', region: 'non-eea' },
  { name: 'ClickUp', pattern: 'clickup', region: 'non-eea' },
  // EmailJS Pte. Ltd. is established in Singapore
  { name: 'EmailJS', pattern: 'emailjs', region: 'non-eea' },
  { name: 'Auth0/Okta', pattern: 'auth0|okta', region: 'non-eea' },
  { name: 'Clerk', pattern: 'clerk\\.com|Clerk(?=\\s*[|(,])', region: 'non-eea' },
  { name: 'Sentry', pattern: 'Sentry', region: 'non-eea', caseSensitive: true },
  { name: 'Adobe', pattern: 'adobe', region: 'non-eea' },
  { name: 'WordPress.com', pattern: 'wordpress\\.com|automattic', region: 'non-eea' },
  { name: 'Tawk.to', pattern: 'tawk\\.to', region: 'non-eea' },
  { name: 'OpenAI', pattern: 'openai|chatgpt', region: 'non-eea' },
  // Established in the EEA (recipients, no transfer implied)
  { name: 'Brevo', pattern: 'brevo|sendinblue', region: 'eea' },
  { name: 'Mailjet', pattern: 'mailjet', region: 'eea' },
  { name: 'Fiken', pattern: 'fiken', region: 'eea' },
  { name: 'Tripletex', pattern: 'tripletex', region: 'eea' },
  { name: 'Visma', pattern: 'visma', region: 'eea' },
  { name: 'PowerOffice', pattern: 'poweroffice', region: 'eea' },
  { name: 'Vipps', pattern: 'vipps(?:\\s*mobilepay)?', region: 'eea' },
  { name: 'Klarna', pattern: 'klarna', region: 'eea' },
  { name: 'Nets', pattern: 'Nets|Nexi', region: 'eea', caseSensitive: true },
  { name: 'Domeneshop', pattern: 'domeneshop', region: 'eea' },
  { name: 'One.com', pattern: 'one\\.com', region: 'eea' },
  { name: 'Hetzner', pattern: 'hetzner', region: 'eea' },
  { name: 'Posten/Bring', pattern: 'Posten|Bring|PostNord|Helthjem', region: 'eea', caseSensitive: true },
  { name: 'Frankfurter API', pattern: 'frankfurter[\\s-]*api', region: 'eea' },
];

export interface ServiceRegex {
  entry: ServiceEntry;
  regex: RegExp;
}

const BOUNDARY_BEFORE = '(?<![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f0-9.@/-])';
const BOUNDARY_AFTER = '(?![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f0-9])';

/** The top-level alternatives of a regular expression's source. */
function alternativesOf(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/**
 * The fixed text each alternative of a service pattern starts with ("google" in
 * "google[\\s-]*analytics", "x.com" in "x\\.com"), for the prefilter; a letter made
 * optional by a quantifier is left off.
 */
export function leadingText(source: string): string[] {
  return alternativesOf(source).map((alternative) => {
    const m = /^(?:[0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]|\\\.)+/.exec(alternative);
    if (!m) return '';
    const text = m[0].replace(/\\\./g, '.');
    return /^[?*{]/.test(alternative.slice(m[0].length)) ? text.slice(0, -1) : text;
  });
}

/** Compiled, global, Unicode patterns for every service. */
export const SERVICE_PATTERNS: readonly ServiceRegex[] = SERVICES.map((entry) => ({
  entry,
  regex: withFixedText(
    new RegExp(`${BOUNDARY_BEFORE}(?:${entry.pattern})${BOUNDARY_AFTER}`, entry.caseSensitive ? 'gu' : 'giu'),
    leadingText(entry.pattern),
  ),
}));

const SERVICE_PIECES = SERVICES.map((entry) => leadingText(entry.pattern));

/**
 * Whether a text holds the fixed text of any service: false means no service pattern can match it.
 * (A service without fixed text would make every text a candidate.)
 */
export const mayNameService: (text: string) => boolean = SERVICE_PIECES.every((pieces) => pieces.length > 0)
  ? fixedTextTest(SERVICE_PIECES.flat())
  : () => true;
