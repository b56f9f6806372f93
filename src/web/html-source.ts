import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';

export interface SourceRange {
  start: number;
  end: number;
}

/** An absolute http(s) URL, or undefined for other schemes (mailto:, javascript:) and malformed values. */
export function resolveHttpUrl(raw: string, base: string): URL | undefined {
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The base URL relative links resolve against: the page's `<base href>` if it has one. */
export function documentBase($: CheerioAPI, pageUrl: string): string {
  const href = $('base[href]').first().attr('href');
  return (href && resolveHttpUrl(href, pageUrl)?.href) || pageUrl;
}

/** The entities that commonly appear in URLs written in attributes. */
export function decodeAttribute(raw: string): string {
  return raw.replace(/&amp;/gi, '&').replace(/&#0*38;/g, '&').replace(/&#x0*26;/gi, '&').replace(/&quot;/gi, '"');
}

/**
 * Where an attribute's value stands in the HTML source, without its quotes.
 * Needs a document loaded with `sourceCodeLocationInfo: true`.
 */
export function attributeRange(html: string, el: Element, name: string): SourceRange | undefined {
  // parse5 records attribute ranges; domhandler's type leaves them out.
  const attrs = (el.sourceCodeLocation as { attrs?: Record<string, { startOffset: number; endOffset: number }> } | null | undefined)?.attrs;
  const attr = attrs?.[name];
  if (!attr) return undefined;
  const eq = html.indexOf('=', attr.startOffset);
  if (eq < 0 || eq >= attr.endOffset) return undefined;
  let from = eq + 1;
  while (from < attr.endOffset && /\s/.test(html[from]!)) from++;
  let to = attr.endOffset;
  const quote = html[from];
  if (quote === '"' || quote === "'") {
    from++;
    if (html[to - 1] === quote) to--;
  }
  return to > from ? { start: from, end: to } : undefined;
}

/** The range of an element's content between its start and end tags. */
export function contentRange(el: Element): SourceRange | undefined {
  const loc = el.sourceCodeLocation;
  if (!loc?.startTag) return undefined;
  return { start: loc.startTag.endOffset, end: loc.endTag?.startOffset ?? loc.endOffset };
}
