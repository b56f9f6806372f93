import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import orgNumber from '../../rules/org-number.js';
import outdatedCookieLaw from '../../rules/outdated-cookie-law.js';
import outdatedLaw2000 from '../../rules/outdated-law-2000.js';
import placeholderText from '../../rules/placeholder-text.js';
import policyDate from '../../rules/policy-date.js';
import retention from '../../rules/retention.js';
import terminology from '../../rules/terminology.js';
import thirdCountryTransfer from '../../rules/third-country-transfer.js';
import { runRules } from '../../src/engine/run.js';
import { formatHtmlDocument, formatHtmlIndex, htmlFileName } from '../../src/formatters/html.js';
import { formatFromPath, loadText } from '../../src/loaders/index.js';
import { analyseText } from '../../src/segment/document.js';
import type { DocumentReport, Evidence, Rule, RuleResult } from '../../src/types.js';
import { reportOf, result } from '../helpers/report.js';

const AS_OF = new Date('2026-11-22T12:00:00Z');
const ROOT = join(import.meta.dirname, '..', '..');
const RULES: Rule[] = [orgNumber, retention, thirdCountryTransfer, placeholderText, outdatedLaw2000, outdatedCookieLaw, policyDate, terminology];
const METAS = RULES.map((r) => r.meta);

function scanFile(relative: string, locale: 'nb' | 'en' = 'nb'): DocumentReport {
  const path = join(ROOT, relative);
  const doc = analyseText(loadText(readFileSync(path, 'utf8'), formatFromPath(path)), relative);
  return runRules(doc, RULES, { asOf: AS_OF, locale });
}

/** Evidence for the substring `quote` (its `nth` occurrence) of `text`. */
function ev(text: string, quote: string, nth = 0, section = ''): Evidence {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`"${quote}" not in text`);
  const before = text.slice(0, start);
  const line = before.split('\n').length;
  const column = start - before.lastIndexOf('\n');
  return { quote, start, end: start + quote.length, line, column, section };
}

function handBuilt(source: string, text: string, results: RuleResult[], score = 61): DocumentReport {
  return {
    source,
    language: 'nob',
    format: 'text',
    score,
    grade: score >= 90 ? 'A' : score >= 60 ? 'D' : 'F',
    categories: [
      { id: 'identity', score: 50 },
      { id: 'basis-purposes', score: 100 },
      { id: 'recipients-transfers', score: 75 },
      { id: 'retention', score: 0 },
      { id: 'rights', score: null },
      { id: 'quality', score: 20 },
    ],
    sections: [],
    results,
    text,
  };
}

/** Concatenated text of every <mark> piece of one highlight. */
function markText($: CheerioAPI, id: string): string {
  return $(`mark[data-ev="${id}"]`)
    .toArray()
    .map((el) => $(el).text())
    .join('');
}

/**
 * Every URL-bearing attribute value in the output that the page would load by itself.
 * A link's href is left out: following it is the reader's choice (the rule documentation), not a request the page makes.
 */
function urlAttributes(html: string): string[] {
  const values: string[] = [];
  for (const tag of html.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)) {
    for (const m of tag[2]!.matchAll(/\s(src|href|action|formaction|poster|srcset|data|xlink:href|background)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
      if (tag[1]!.toLowerCase() === 'a' && m[1]!.toLowerCase() === 'href') continue;
      values.push(m[3] ?? m[4] ?? m[5] ?? '');
    }
  }
  return values;
}

function assertNoExternalResources(html: string): void {
  for (const value of urlAttributes(html)) expect(value, `attribute value ${value}`).not.toMatch(/^\s*(?:[a-z][a-z0-9+.-]*:)?\/\//i);
  expect(html).not.toMatch(/@import/i);
  expect(html).not.toMatch(/url\(/i);
  expect(html).not.toMatch(/<link\b/i);
  expect(html).not.toMatch(/<(?:script|img|iframe|embed|object|video|audio|source)\b[^>]*\ssrc\s*=/i);
  // Outside the statement's own text (and quotes from it) and the links to the rule documentation, no URL appears at all.
  const $ = load(html);
  $('.statement, q.quote, .message, a.doc').remove();
  expect($.html()).not.toMatch(/https?:\/\//i);
}

const HOSTILE_TEXT = [
  'Personvernerklæring for Tom & Jerry AS',
  'Vi bruker <script>alert(1)</script> og <img src="https://evil.example/p.png" onerror="alert(2)">.',
  '<link rel="stylesheet" href="https://evil.example/x.css"> Les mer på https://evil.example/ & http://example.no/a?b=1&c=2.',
  'Kontakt: "post@tom.no" \'sitat\' </p></mark></div> <!-- kommentar -->',
].join('\n');

function hostileDoc(): DocumentReport {
  const t = HOSTILE_TEXT;
  return handBuilt('<b>kilde</b> & "sti".txt', t, [
    result({ ruleId: 'placeholder-text', category: 'quality', message: 'Fant <script>-rester & mer', suggestion: 'Fjern <script>.', evidence: [ev(t, '<script>alert(1)</script>'), ev(t, '</p></mark></div>')] }),
    result({ ruleId: 'broken-contact', status: 'warn', severity: 'warning', category: 'identity', message: 'Lenke <a href="x">', evidence: [ev(t, 'https://evil.example/'), ev(t, '& http://example.no/a?b=1&c=2')] }),
  ]);
}

describe('formatHtmlDocument: escaping', () => {
  const doc = hostileDoc();
  const html = formatHtmlDocument(doc, reportOf([doc]), METAS, { locale: 'nb' });
  const $ = load(html);

  it('renders untrusted text as text, never as markup', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>kilde');
    expect($('script')).toHaveLength(1);
    expect($('script').attr('src')).toBeUndefined();
    expect($('img, iframe, link, b')).toHaveLength(0);
    expect($('[onerror]')).toHaveLength(0);
    const statement = $('.statement').clone();
    statement.find('a.evref').remove();
    expect(statement.text()).toContain('<script>alert(1)</script>');
    expect(statement.text()).toContain('Tom & Jerry AS');
    expect(statement.text()).toContain('<img src="https://evil.example/p.png" onerror="alert(2)">');
    expect(statement.text()).toContain('</p></mark></div> <!-- kommentar -->');
    expect($('h1').text()).toBe('<b>kilde</b> & "sti".txt');
    expect($('#f-placeholder-text .message').text()).toBe('Fant <script>-rester & mer');
    expect($('title').text()).toContain('<b>kilde</b> & "sti".txt');
  });

  it('keeps the statement’s lines as paragraphs', () => {
    const paragraphs = $('.statement p');
    paragraphs.find('a.evref').remove();
    expect(paragraphs.toArray().map((p) => $(p).text())).toEqual(HOSTILE_TEXT.split('\n'));
  });

  it('highlights evidence that contains markup with the exact text', () => {
    expect(markText($, 'ev-placeholder-text-1')).toBe('<script>alert(1)</script>');
    expect(markText($, 'ev-placeholder-text-2')).toBe('</p></mark></div>');
    expect(markText($, 'ev-broken-contact-2')).toBe('& http://example.no/a?b=1&c=2');
  });

  it('makes no external requests', () => {
    assertNoExternalResources(html);
  });
});

describe('formatHtmlDocument: real corpus document (s02, EKKO)', () => {
  const doc = scanFile('corpus/seeds/s02-ekko-ipogs.txt');
  const html = formatHtmlDocument(doc, reportOf([doc]), METAS, { locale: 'nb', indexHref: 'index.html' });
  const $ = load(html);
  const findings = doc.results.filter((r) => r.status === 'fail' || r.status === 'warn');

  it('has findings to show', () => {
    expect(findings.length).toBeGreaterThanOrEqual(3);
    expect(doc.results.some((r) => r.ruleId === 'outdated-law-2000' && r.status === 'fail')).toBe(true);
  });

  it('is a Bokmål page with score, grade and a labelled category chart', () => {
    expect($('html').attr('lang')).toBe('nb');
    expect($('#score').text()).toBe(String(doc.score));
    expect($('#grade').text()).toContain(doc.grade);
    const svg = $('.chart svg');
    expect(svg.attr('role')).toBe('img');
    expect(svg.attr('aria-labelledby')).toBe('chart-title chart-desc');
    expect($('#chart-title').text()).toBe('Poeng per kategori');
    for (const c of doc.categories) {
      const name = { identity: 'Identitet', 'basis-purposes': 'Grunnlag og formål', 'recipients-transfers': 'Mottakere og overføring', retention: 'Lagring', rights: 'Rettigheter', quality: 'Aktualitet og kvalitet' }[c.id];
      expect($('#chart-desc').text()).toContain(`${name} ${c.score === null ? 'ikke relevant' : c.score}`);
    }
    expect(svg.find('g[role=listitem]')).toHaveLength(doc.categories.length);
    expect($('nav.toolbar a').attr('href')).toBe('index.html');
  });

  it('shows every fail/warn finding with status, severity, message, law reference and suggestion', () => {
    for (const r of findings) {
      const article = $(`#f-${r.ruleId}`);
      expect(article, r.ruleId).toHaveLength(1);
      expect(article.hasClass(`s-${r.status}`)).toBe(true);
      expect(article.find('.badge').text()).toBe(r.status === 'fail' ? 'Ikke oppfylt' : 'Bør vurderes');
      expect(article.find('code').first().text()).toBe(r.ruleId);
      expect(article.find('.sev').text()).toBe(`Alvorlighet: ${{ error: 'feil', warning: 'advarsel', info: 'info' }[r.severity]}`);
      expect(article.find('.message').text()).toBe(r.message);
      expect(article.find('.ref').text()).toContain(r.legalRef);
      expect(article.find('.suggestion').text()).toContain(r.suggestion);
    }
    expect($('article.finding')).toHaveLength(doc.results.length);
  });

  it('groups findings by category, worst first', () => {
    const order = { fail: 0, warn: 1, pass: 2, na: 3 } as const;
    for (const section of $('section.category').toArray()) {
      const statuses = $(section)
        .find('article.finding')
        .toArray()
        .map((a) => (['fail', 'warn', 'pass', 'na'] as const).find((s) => $(a).hasClass(`s-${s}`))!);
      const ranks = statuses.map((s) => order[s]);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
    const scores = $('section.category h3 .cat-score')
      .toArray()
      .map((el) => $(el).text())
      .map((t) => (t.endsWith('/100') ? Number(t.replace('/100', '')) : 101));
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });

  it('highlights every evidence item with its exact text and links finding and highlight both ways', () => {
    let total = 0;
    for (const r of doc.results) {
      const article = $(`#f-${r.ruleId}`);
      const links = article.find('ul.evidence:not(.suppressed) li a[href^="#ev-"]').toArray();
      const sorted = [...r.evidence].sort((a, b) => a.start - b.start);
      expect(links.length, r.ruleId).toBe(Math.min(sorted.length, 25));
      links.forEach((a, k) => {
        const id = $(a).attr('href')!.slice(1);
        const e = sorted[k]!;
        expect($(`mark#${id}`), id).toHaveLength(1);
        expect(markText($, id)).toBe(e.quote.replace(/[\r\n]/g, ''));
        expect($(`mark#${id}`).attr('data-f')).toBe(`f-${r.ruleId}`);
        expect($(a).text()).toBe(`linje ${e.line}:${e.column}`);
        if (e.section) expect($(a).parent().find('.sec').text()).toContain(e.section.slice(0, 40));
        expect($(a).parent().find('q.quote').text()).toBe(e.quote.length > 400 ? `${e.quote.slice(0, 399)}…` : e.quote);
      });
      total += r.evidence.length;
      const number = article.find('.num').text().replace('.', '');
      if (r.evidence.length > 0) expect($(`.statement a.evref[href="#f-${r.ruleId}"]`).first().text()).toBe(number);
    }
    expect($('mark[id^="ev-"]')).toHaveLength(total);
  });

  it('keeps the statement text intact around the highlights', () => {
    const paragraphs = $('.statement p');
    paragraphs.find('a.evref').remove();
    const lines = doc.text.split('\n').filter((line) => line.trim().length > 0);
    expect(paragraphs.toArray().map((p) => $(p).text())).toEqual(lines);
  });

  it('has a print stylesheet and an inline, hash-pinned CSP that forbids requests', () => {
    const css = $('style').text();
    expect(css).toContain('@media print');
    expect(css).toMatch(/@media print\{[^]*nav\.toolbar[^}]*display:none/);
    expect(css).toMatch(/print-color-adjust:exact/);
    expect(css).toMatch(/break-inside:avoid/);
    const csp = $('meta[http-equiv="Content-Security-Policy"]').attr('content')!;
    expect(csp).toContain("default-src 'none'");
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
    expect(csp).toContain(`style-src ${hash(css)}`);
    expect(csp).toContain(`script-src ${hash($('script').text())}`);
    assertNoExternalResources(html);
  });
});

describe('formatHtmlDocument: overlapping evidence', () => {
  const t = 'Alpha beta gamma delta epsilon\nZeta eta theta\niota';
  const doc = handBuilt('overlap.txt', t, [
    result({ ruleId: 'rule-a', evidence: [ev(t, 'Alpha beta gamma'), ev(t, 'epsilon\nZeta eta')] }),
    result({ ruleId: 'rule-b', status: 'warn', severity: 'warning', evidence: [ev(t, 'beta gamma delta'), ev(t, 'beta')] }),
    result({ ruleId: 'rule-c', category: 'retention', evidence: [ev(t, 'Alpha beta gamma'), ev(t, 'eta theta\niota')] }),
    result({ ruleId: 'rule-d', status: 'pass', category: 'rights', message: 'Ok.', suggestion: '', evidence: [{ quote: '', start: 5, end: 5, line: 1, column: 6, section: '' }, { quote: 'x', start: 900, end: 905, line: 9, column: 1, section: '' }] }),
  ]);
  const html = formatHtmlDocument(doc, reportOf([doc]), [], { locale: 'nb' });
  const $ = load(html);

  it('gives each overlapping, nested, identical or multi-line span its exact text', () => {
    expect(markText($, 'ev-rule-a-1')).toBe('Alpha beta gamma');
    expect(markText($, 'ev-rule-a-2')).toBe('epsilonZeta eta');
    expect(markText($, 'ev-rule-b-1')).toBe('beta gamma delta');
    expect(markText($, 'ev-rule-b-2')).toBe('beta');
    expect(markText($, 'ev-rule-c-1')).toBe('Alpha beta gamma');
    expect(markText($, 'ev-rule-c-2')).toBe('eta thetaiota');
    for (const id of ['ev-rule-a-1', 'ev-rule-a-2', 'ev-rule-b-1', 'ev-rule-b-2', 'ev-rule-c-1', 'ev-rule-c-2']) expect($(`#${id}`).is('mark')).toBe(true);
  });

  it('produces well-formed, properly nested markup', () => {
    const statement = html.slice(html.indexOf('<div class="statement"'), html.indexOf('</div>', html.indexOf('<div class="statement"')));
    const stack: string[] = [];
    for (const m of statement.matchAll(/<(\/?)(p|mark|a|div)\b[^>]*>/g)) {
      if (m[1]) expect(stack.pop()).toBe(m[2]);
      else stack.push(m[2]!);
    }
    expect(stack).toEqual(['div']);
    const paragraphs = $('.statement p');
    paragraphs.find('a.evref').remove();
    expect(paragraphs.toArray().map((p) => $(p).text())).toEqual(t.split('\n'));
  });

  it('skips empty or out-of-range spans without a broken link', () => {
    expect($('[id^="ev-rule-d"]')).toHaveLength(0);
    expect($('#f-rule-d a[href^="#ev-"]')).toHaveLength(0);
    expect($('#f-rule-d ul.evidence li')).toHaveLength(2);
    expect($('#f-rule-d').text()).toContain('finnes ikke i teksten');
  });

  it('links every highlight to a finding that exists', () => {
    for (const el of $('mark.ev').toArray()) expect($(`#${$(el).attr('data-f')}`)).toHaveLength(1);
    for (const el of $('a.evref').toArray()) expect($($(el).attr('href')!)).toHaveLength(1);
  });
});

describe('formatHtmlDocument: English', () => {
  const doc = scanFile('corpus/seeds/s02-ekko-ipogs.txt', 'en');
  const html = formatHtmlDocument(doc, reportOf([doc]), METAS, { locale: 'en' });
  const $ = load(html);

  it('uses English labels and lang="en"', () => {
    expect($('html').attr('lang')).toBe('en');
    expect($('#chart-title').text()).toBe('Score per category');
    expect($('#findings-h').text()).toBe('Findings');
    expect($('#statement-h').text()).toBe('Text of the statement');
    expect($('.badge').first().text()).toBe('Failed');
    expect(html).not.toContain('Ikke oppfylt');
    expect(html).not.toContain('Poeng per kategori');
    expect($('.chart desc').text()).toContain('Identity');
    // The statement itself stays Norwegian.
    expect($('.statement').attr('lang')).toBe('nb');
    expect($('.statement').text()).toContain('Personvernerklæring');
  });
});

describe('formatHtmlIndex', () => {
  const s02 = scanFile('corpus/seeds/s02-ekko-ipogs.txt');
  const s01 = scanFile('corpus/seeds/s01-igo.txt');
  const good = handBuilt('sites/good <site>.txt', 'Alt er bra.', [result({ ruleId: 'org-number', status: 'pass', suggestion: '' })], 96);
  const bad = handBuilt('sites/bad.txt', 'Lite her.', [
    result({ ruleId: 'rule-info', status: 'fail', severity: 'info' }),
    result({ ruleId: 'rule-warn', status: 'warn', severity: 'warning' }),
    result({ ruleId: 'rule-error', status: 'fail', severity: 'error' }),
    result({ ruleId: 'rule-warning-fail', status: 'fail', severity: 'warning' }),
    result({ ruleId: 'rule-pass', status: 'pass' }),
  ], 12);
  const docs = [good, s02, bad, s01];
  const pages = docs.map((d) => ({ source: d.source, href: htmlFileName(d.source) }));
  const report = reportOf(docs, [{ source: 'sites/broken <x>.pdf', message: 'Ukjent filformat & ugyldig' }]);
  const html = formatHtmlIndex(report, pages, { locale: 'nb' });
  const $ = load(html);
  const rows = $('#ranking tbody tr').toArray();

  it('ranks the documents by score, lowest first, each linking to its page', () => {
    const expected = [...docs].sort((a, b) => a.score - b.score);
    expect(rows.map((r) => $(r).attr('data-source'))).toEqual(expected.map((d) => d.source));
    rows.forEach((row, i) => {
      const d = expected[i]!;
      const cells = $(row).find('td');
      expect(cells.eq(0).text()).toBe(String(i + 1));
      expect(cells.eq(1).find('a').attr('href')).toBe(htmlFileName(d.source));
      expect(cells.eq(1).text()).toBe(d.source);
      expect(cells.eq(2).text()).toBe(String(d.score));
      expect(cells.eq(3).text()).toBe(d.grade);
    });
    expect($('html').attr('lang')).toBe('nb');
  });

  it('lists the three most serious fail/warn findings, linked to the finding', () => {
    const row = rows.find((r) => $(r).attr('data-source') === 'sites/bad.txt')!;
    const worst = $(row).find('ul.worst li code').toArray().map((c) => $(c).text());
    expect(worst).toEqual(['rule-error', 'rule-warning-fail', 'rule-info']);
    expect($(row).find('ul.worst a').first().attr('href')).toBe(`${htmlFileName('sites/bad.txt')}#f-rule-error`);
    const goodRow = rows.find((r) => $(r).attr('data-source') === good.source)!;
    expect($(goodRow).find('ul.worst')).toHaveLength(0);
    expect($(goodRow).text()).toContain('ingen');
  });

  it('has sortable column headers and lists unreadable files', () => {
    expect($('#ranking thead th button')).toHaveLength(7);
    expect($('#ranking thead th[aria-sort="ascending"]').text()).toBe('Poeng');
    expect($('script').text()).toContain('aria-sort');
    expect($('#errors li').text()).toBe('sites/broken <x>.pdf: Ukjent filformat & ugyldig');
    expect(html).not.toContain('<x>');
    assertNoExternalResources(html);
  });

  it('speaks English with locale en', () => {
    const en = load(formatHtmlIndex(report, pages, { locale: 'en' }));
    expect(en('html').attr('lang')).toBe('en');
    expect(en('#ranking thead th').eq(2).text()).toBe('Score');
    expect(en('#errors-h').text()).toContain('Could not be read');
  });

  it('handles an empty scan', () => {
    const empty = load(formatHtmlIndex(reportOf([]), [], { locale: 'nb' }));
    expect(empty('main').text()).toContain('Ingen dokumenter ble skannet.');
  });
});

describe('htmlFileName', () => {
  it('gives a safe, stable, distinct name per source', () => {
    const a = htmlFileName('corpus/seeds/s02-ekko-ipogs.txt');
    expect(a).toMatch(/^corpus-seeds-s02-ekko-ipogs-txt-[0-9a-f]{8}\.html$/);
    expect(htmlFileName('corpus/seeds/s02-ekko-ipogs.txt')).toBe(a);
    expect(htmlFileName('corpus/seeds/s02_ekko_ipogs.txt')).not.toBe(a);
    expect(htmlFileName('Personvern/Blåbær Øl.md')).toMatch(/^personvern-blabaer-ol-md-[0-9a-f]{8}\.html$/);
    for (const source of ['../../etc/passwd', 'C:\\Users\\x\\a b.html', '<script>.txt', '', '////', 'https://example.no/personvern?x=1', `${'a/'.repeat(100)}end.txt`]) {
      const name = htmlFileName(source);
      expect(name, source).toMatch(/^[a-z0-9][a-z0-9-]{0,60}-[0-9a-f]{8}\.html$/);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Real headless Chromium (Debian's package) driven by playwright-core.

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`Chromium not found at ${CHROMIUM}: browser test not run (install it with scripts/install-chromium.sh)`);

describe('HTML report in headless Chromium', () => {
  it.runIf(hasChromium)(
    'shows the score, scrolls to the evidence of a finding, prints cleanly, and makes no network request',
    async () => {
      const { chromium } = await import('playwright-core');
      const doc = scanFile('corpus/seeds/s02-ekko-ipogs.txt');
      const other = scanFile('corpus/seeds/s01-igo.txt');
      const report = reportOf([doc, other], [{ source: 'broken.pdf', message: 'Ukjent filformat' }]);
      const dir = mkdtempSync(join(tmpdir(), 'personvernsjekk-html-'));
      const docFile = join(dir, htmlFileName(doc.source));
      writeFileSync(docFile, formatHtmlDocument(doc, report, METAS, { locale: 'nb', indexHref: 'index.html' }));
      const pages = [doc, other].map((d) => ({ source: d.source, href: htmlFileName(d.source) }));
      writeFileSync(join(dir, htmlFileName(other.source)), formatHtmlDocument(other, report, METAS, { locale: 'nb', indexHref: 'index.html' }));
      writeFileSync(join(dir, 'index.html'), formatHtmlIndex(report, pages, { locale: 'nb' }));

      const root = typeof process.getuid === 'function' && process.getuid() === 0;
      const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: root ? ['--no-sandbox'] : [] });
      const problems: string[] = [];
      const requests: string[] = [];
      try {
        const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
        const page = await context.newPage();
        page.on('console', (msg) => {
          if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
        });
        page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
        page.on('request', (req) => requests.push(req.url()));
        const url = pathToFileURL(docFile).href;
        await page.goto(url);

        // The score and grade are visible at the top.
        const score = page.locator('#score');
        expect(await score.isVisible()).toBe(true);
        expect((await score.textContent())?.trim()).toBe(String(doc.score));
        expect(await page.locator('#grade').isVisible()).toBe(true);
        const inViewport = async (selector: string) => {
          const box = await page.locator(selector).first().boundingBox();
          const view = page.viewportSize()!;
          return box !== null && box.y >= 0 && box.y + box.height <= view.height && box.x >= 0 && box.x + box.width <= view.width;
        };
        expect(await inViewport('#score')).toBe(true);
        mkdirSync(join(ROOT, 'reports'), { recursive: true });
        await page.screenshot({ path: join(ROOT, 'reports', 'html-report.png') });

        // Click the quote link of a finding whose evidence lies far down in the statement.
        const outdated = doc.results.find((r) => r.ruleId === 'outdated-law-2000')!;
        expect(outdated.evidence.length).toBeGreaterThan(0);
        const link = page.locator('#f-outdated-law-2000 ul.evidence a[href^="#ev-"]').last();
        const target = (await link.getAttribute('href'))!;
        expect(await inViewport(target)).toBe(false);
        await link.click();
        await expect.poll(() => inViewport(target), { timeout: 5000 }).toBe(true);
        expect(await page.locator(target).evaluate((el) => el.classList.contains('flash'))).toBe(true);
        expect(await page.locator(target).textContent()).toBe(outdated.evidence[outdated.evidence.length - 1]!.quote.replace(/\n/g, ''));
        await page.screenshot({ path: join(ROOT, 'reports', 'html-report-evidence.png') });

        // The finding's "show in text" link and a click on a highlight go both ways.
        await page.locator('#f-placeholder-text a.show').click();
        const firstPlaceholder = (await page.locator('#f-placeholder-text a.show').getAttribute('href'))!;
        await expect.poll(() => inViewport(firstPlaceholder), { timeout: 5000 }).toBe(true);
        await page.locator(firstPlaceholder).click();
        await expect.poll(() => inViewport('#f-placeholder-text .head'), { timeout: 5000 }).toBe(true);

        // Print: no interactive chrome, highlights keep their colour.
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('nav.toolbar').isVisible()).toBe(false);
        expect(await page.locator('#score').isVisible()).toBe(true);
        const background = await page.locator(target).evaluate((el) => getComputedStyle(el).backgroundColor);
        expect(background).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
        const pdf = await page.pdf({ format: 'A4' });
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        await page.emulateMedia({ media: 'screen' });

        // The index: ranked lowest first, sortable by clicking a header, linking to the pages.
        await page.goto(pathToFileURL(join(dir, 'index.html')).href);
        const sources = () => page.locator('#ranking tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-source')));
        const byScore = [doc, other].sort((a, b) => a.score - b.score).map((d) => d.source);
        expect(await sources()).toEqual(byScore);
        await page.locator('#ranking thead th').nth(2).locator('button').click();
        expect(await sources()).toEqual([...byScore].reverse());
        expect(await page.locator('#ranking thead th').nth(2).getAttribute('aria-sort')).toBe('descending');
        await page.locator('#ranking thead th').nth(1).locator('button').click();
        expect(await sources()).toEqual([doc.source, other.source].sort((a, b) => a.localeCompare(b, 'nb')));
        await page.locator(`#ranking a[href="${htmlFileName(doc.source)}"]`).click();
        await page.waitForURL(url);
        expect(await page.locator('#score').textContent()).toBe(String(doc.score));
      } finally {
        await browser.close();
        rmSync(dir, { recursive: true, force: true });
      }
      expect(problems).toEqual([]);
      // Only the pages the test opened itself (file://) and data: URLs; nothing else, not even other local files.
      const opened = new Set([pathToFileURL(docFile).href, pathToFileURL(join(dir, 'index.html')).href]);
      const unexpected = requests.filter((u) => !u.startsWith('data:') && !opened.has(u.replace(/#.*$/, '')));
      expect(unexpected).toEqual([]);
      expect(requests.length).toBeGreaterThan(0);
    },
    60000,
  );
});
