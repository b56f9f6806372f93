import { cheerio, type Cheerio } from './cheerio.js';
import type { AnyNode, Element } from 'domhandler';
import type { LoadedText } from '../types.js';
import { InputError } from './decode.js';
import { DEBRIS_LINE } from './plaintext.js';
import { TextBuilder } from './text-builder.js';
import { blankFrontMatter, blankServerTemplateTags, hasVisibleTemplateSyntax } from './templates.js';

const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'head', 'title', 'meta', 'link',
  'nav', 'header', 'footer', 'aside', 'button', 'select', 'option', 'input', 'textarea', 'form', 'dialog',
]);

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'li', 'dt', 'dd', 'blockquote', 'pre', 'address', 'figure',
  'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'ul', 'ol', 'dl', 'details', 'summary', 'body', 'html',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'center',
]);

/** Cookie banners, consent dialogs and "skip to content" links: page furniture, not the statement. */
const FURNITURE = /(?:^|[\s_-])(?:cookie|consent|samtykke-?banner|gdpr-banner|cc-window|skip-link|breadcrumbs?|brodsmule|visually-hidden|sr-only)(?:$|[\s_-])/i;

const TITLE_CLASS = /(?:^|[\s_-])(?:title|heading|overskrift|tittel|header)(?:$|[\s_-])/i;

function isHidden(el: Element): boolean {
  const attribs = el.attribs ?? {};
  if ('hidden' in attribs || attribs['aria-hidden'] === 'true') return true;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(attribs.style ?? '')) return true;
  const marker = `${attribs.id ?? ''} ${attribs.class ?? ''} ${attribs.role === 'navigation' ? 'breadcrumb' : ''}`;
  return FURNITURE.test(marker) || attribs.role === 'navigation' || attribs.role === 'banner' || attribs.role === 'contentinfo';
}

/** Maps each character of a decoded text node to its index in the raw source (entities take several raw characters). */
function mapDecoded(decoded: string, raw: string, rawStart: number): number[] {
  const positions: number[] = new Array(decoded.length);
  let r = 0;
  for (let d = 0; d < decoded.length; d++) {
    positions[d] = rawStart + Math.min(r, Math.max(raw.length - 1, 0));
    if (r < raw.length && raw[r] === decoded[d]) {
      r++;
      continue;
    }
    if (r < raw.length && raw[r] === '&') {
      const semi = raw.indexOf(';', r);
      if (semi > r && semi - r <= 32) {
        // a character outside the BMP decodes to two UTF-16 units from one entity
        const code = decoded.codePointAt(d) ?? 0;
        if (code > 0xffff && d + 1 < decoded.length) {
          positions[d + 1] = positions[d]!;
          d++;
        }
        r = semi + 1;
        continue;
      }
    }
    r++;
  }
  return positions;
}

function looksLikeHeading($el: Cheerio.Cheerio<Element>, el: Element): boolean {
  if (el.tagName !== 'p' && el.tagName !== 'div') return false;
  // the shape first: the text of a wrapping <div> can be the whole page
  if (!TITLE_CLASS.test(el.attribs?.class ?? '')) {
    const children = (el.children ?? []).filter((n) => !(n.type === 'text' && (n as { data: string }).data.trim() === ''));
    if (!(children.length === 1 && children[0]!.type === 'tag' && ['strong', 'b'].includes((children[0] as Element).tagName))) return false;
  }
  const text = $el.text().replace(/\s+/g, ' ').trim();
  return text.length > 0 && text.length <= 90 && !/[.;,]$/.test(text);
}

/**
 * Reads an HTML page or fragment through cheerio. Scripts, styles, navigation,
 * headers, footers and cookie banners are left out; headings are kept as block
 * boundaries, and every character keeps its position in the original markup.
 */
export function loadHtml(original: string): LoadedText {
  try {
    return loadHtmlTree(original);
  } catch (err) {
    // the page's elements are walked recursively; thousands of nested levels exhaust the stack
    if (err instanceof RangeError) {
      throw new InputError('HTML-en er nestet for dypt til å leses (tusenvis av nivåer)', 'lagre siden som ren tekst (.txt), eller fjern den dype nestingen, og skann på nytt');
    }
    throw err;
  }
}

function loadHtmlTree(original: string): LoadedText {
  const prepared = blankServerTemplateTags(blankFrontMatter(original));
  const $ = cheerio().load(prepared, { sourceCodeLocationInfo: true });
  const builder = new TextBuilder(original, 'html');

  const mainCandidates = $('main, [role=main], article').toArray();
  const bodyTextLength = $('body').text().trim().length;
  let root: AnyNode = $('body').get(0) ?? $.root().get(0)!;
  for (const candidate of mainCandidates) {
    if ($(candidate).text().trim().length > bodyTextLength * 0.3) {
      root = candidate;
      break;
    }
  }

  /**
   * Page chrome (a site header, a banner) is left out, except where a template put the
   * statement itself inside it: several paragraphs of prose are content, not chrome. So is
   * the statement's own title block, a header with the page heading and no menu
   * (`<header><h1>Personvernerklæring</h1><p>Sist oppdatert: …</p></header>`).
   */
  const isHeader = (el: Element): boolean => el.tagName.toLowerCase() === 'header' || el.attribs?.role === 'banner';
  const isTitleBlock = (el: Element): boolean => {
    const $el = $(el);
    return isHeader(el) && $el.find('h1, h2').length > 0 && $el.find('nav, ul, ol, [role=navigation], form, button').length === 0 && $el.find('a').length <= 1;
  };
  const holdsContent = (el: Element): boolean => {
    if (!isHeader(el)) return false;
    const prose = $(el).find('p, li').toArray().filter((p) => $(p).text().trim().length >= 40);
    return prose.length >= 3 || isTitleBlock(el);
  };

  const visit = (node: AnyNode): void => {
    if (node.type === 'text') {
      const data = (node as { data: string }).data;
      const start = node.startIndex ?? 0;
      const end = node.endIndex ?? start + data.length;
      const raw = prepared.slice(start, end);
      if (raw === data) builder.appendRaw(data, start);
      else builder.appendMapped(data, mapDecoded(data, raw, start));
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return;
    const el = node as Element;
    const tag = node.type === 'tag' ? el.tagName.toLowerCase() : 'root';
    if (tag !== 'root' && node !== root && (SKIPPED_TAGS.has(tag) || isHidden(el)) && !holdsContent(el)) return;
    if (tag === 'br') {
      builder.appendSpace(el.startIndex ?? 0);
      return;
    }
    const headingMatch = /^h([1-6])$/.exec(tag);
    const isBlock = BLOCK_TAGS.has(tag);
    if (headingMatch) builder.openBlock('heading', Number(headingMatch[1]));
    else if (isBlock && looksLikeHeading($(el), el)) builder.openBlock('heading', 4);
    else if (tag === 'li' || tag === 'dt' || tag === 'dd') builder.openBlock('list-item');
    else if (tag === 'tr') builder.openBlock('table-row');
    else if (isBlock) builder.openBlock('paragraph');

    const linkStart = builder.length;
    for (const child of el.children ?? []) {
      visit(child);
      if (tag === 'tr' && child.type === 'tag') builder.appendSpace(child.endIndex ?? 0);
    }
    if (tag === 'a' && el.attribs?.href) builder.addLink(linkStart, builder.length, el.attribs.href);
    if (headingMatch || isBlock || tag === 'li' || tag === 'tr') builder.closeBlock();
  };
  /**
   * Template code a server left around the main element ("@extends('layout')" above <main>) is shown to the
   * reader too, and so is the statement's title block in a header before it.
   */
  const visitAround = (node: AnyNode): void => {
    for (const child of (node as Element).children ?? []) {
      if (child === root || (child.type === 'tag' && isTitleBlock(child as Element))) visit(child);
      else if (child.type === 'tag' && $.contains(child as Element, root as Element)) visitAround(child);
      else if (child.type === 'text' && hasVisibleTemplateSyntax((child as { data: string }).data)) {
        builder.openBlock('paragraph');
        visit(child);
        builder.closeBlock();
      }
    }
  };
  const body = $('body').get(0);
  if (body && root !== body && $.contains(body, root as Element)) visitAround(body);
  else visit(root);
  // the page footer's contact block counts as part of the statement; the rest of the footer is chrome
  for (const block of footerContactBlocks($)) {
    builder.openBlock('paragraph');
    for (const child of block.children ?? []) visit(child);
    builder.closeBlock();
  }
  const loaded = builder.finish();
  return dropDebrisBlocks(loaded);
}

/** An e-mail address, a Norwegian phone number, an organisation number or a postcode with a place name (not "© 2026 Firma"). */
const CONTACT_DETAIL =
  /[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+|(?<![\d-])(?:\+47[ \u00a0]?)?(?:\d{2}[ \u00a0]?){3}\d{2}(?![\d-])|(?<![\d-])\d{3}[ \u00a0]?\d{3}[ \u00a0]?\d{3}(?![\d-])|(?<!(?:©|\([cC]\)|[cC]opyright)[ \u00a0]{0,3})(?<![\d-])\d{4}[ \u00a0]+[A-ZÆØÅ][a-zæøå]+/u;
const FOOTER_SKIPPED = new Set(['nav', 'form', 'aside', 'button', 'select', 'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'dialog']);

/** A copyright line that names its holder: "© 2026 Lønnstad Bygdeservice. Alle rettigheter reservert." */
const COPYRIGHT_LINE = /(?:©|\([cC]\)|[cC]opyright)[ \u00a0]*(?:\d{4}(?:[–-]\d{2,4})?[ \u00a0]*)?[A-ZÆØÅ]/u;

/**
 * The smallest blocks of the page footer (`<footer>`, role="contentinfo") that hold contact details:
 * "Firma AS · Storgata 1, 0155 Oslo · post@firma.no", and beside them the copyright line that names the
 * holder. Navigation, forms and hidden parts are left out.
 */
function footerContactBlocks($: Cheerio.CheerioAPI): Element[] {
  const footers = $('footer, [role=contentinfo]')
    .toArray()
    .filter((f) => !$(f).parents('footer, [role=contentinfo]').length);
  const out: Element[] = [];
  for (const footer of footers) {
    const kept: Array<{ el: Element; contact: boolean }> = [];
    const collect = (el: Element): boolean => {
      let found = false;
      for (const child of el.children ?? []) {
        if (child.type !== 'tag') continue;
        const c = child as Element;
        if (FOOTER_SKIPPED.has(c.tagName.toLowerCase()) || isHidden(c)) continue;
        if (collect(c)) found = true;
      }
      if (found) return true;
      const isBlock = BLOCK_TAGS.has(el.tagName.toLowerCase()) || el.tagName.toLowerCase() === 'footer' || el.attribs?.role === 'contentinfo';
      if (!isBlock) return false;
      const text = $(el).text();
      const contact = CONTACT_DETAIL.test(text);
      if (!contact && !COPYRIGHT_LINE.test(text)) return false;
      kept.push({ el, contact });
      return true;
    };
    collect(footer);
    if (kept.some((k) => k.contact)) out.push(...kept.map((k) => k.el));
  }
  return out;
}

/** Removes blocks that are only page furniture ("Scroll to top") from the block list; their text stays in place. */
function dropDebrisBlocks(loaded: LoadedText): LoadedText {
  loaded.blocks = loaded.blocks.filter((b) => !DEBRIS_LINE.test(loaded.text.slice(b.start, b.end)));
  return loaded;
}
