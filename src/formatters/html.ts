import { CATEGORY_NAMES } from '../categories.js';
import { createHash } from 'node:crypto';
import { ruleDocUrl } from '../docs/links.js';
import { findingLevel } from '../engine/level.js';
import type { Locale } from '../engine/run.js';
import type { CategoryId, DocumentReport, Evidence, LanguageCode, Report, RuleMeta, RuleResult, Severity, Status } from '../types.js';

/*
 * Self-contained HTML reports: one page per document (summary, category chart, findings, and the
 * statement's own text with the evidence highlighted) and an index page ranking several documents.
 * Everything is inline (CSS, SVG, one small script); a Content-Security-Policy forbids any request.
 */

export interface HtmlDocumentOptions {
  locale: Locale;
  /** Link back to the index page, when several documents were scanned. */
  indexHref?: string;
}

export interface HtmlIndexOptions {
  locale: Locale;
}

const CATEGORY_ORDER: CategoryId[] = ['identity', 'basis-purposes', 'recipients-transfers', 'retention', 'rights', 'quality'];

const LANGUAGE_NAMES: Record<LanguageCode, { nb: string; en: string }> = {
  nob: { nb: 'bokmål', en: 'Norwegian Bokmål' },
  nno: { nb: 'nynorsk', en: 'Norwegian Nynorsk' },
  eng: { nb: 'engelsk', en: 'English' },
  und: { nb: 'ukjent språk', en: 'unknown language' },
};

const LABELS = {
  nb: {
    title: 'Personvernrapport',
    indexTitle: 'Personvernrapport – oversikt',
    score: 'Poeng',
    grade: 'Karakter',
    outOf: 'av 100',
    scanDate: 'Skannedato',
    language: 'Språk',
    format: 'Format',
    categories: 'Poeng per kategori',
    categoriesDesc: (list: string) => `Poeng fra 0 til 100 per kategori: ${list}.`,
    notApplicable: 'ikke relevant',
    findings: 'Funn',
    findingsIntro: 'Gruppert etter kategori, svakeste kategori og alvorligste funn først.',
    statement: 'Erklæringens tekst',
    statementIntro: 'Teksten slik verktøyet leste den. Markeringene viser sitatene funnene bygger på; tallet etter en markering viser til funnet.',
    noText: 'Teksten er ikke tilgjengelig i denne rapporten.',
    status: { fail: 'Ikke oppfylt', warn: 'Bør vurderes', pass: 'Oppfylt', na: 'Ikke relevant' } as Record<Status, string>,
    severityLabel: 'Alvorlighet',
    severity: { error: 'feil', warning: 'advarsel', info: 'info' } as Record<Severity, string>,
    legalRef: 'Rettslig grunnlag',
    aboutRule: 'Om regelen',
    suggestion: 'Forslag',
    checks: 'Regelen sjekker',
    evidence: 'Sitater',
    line: 'linje',
    showInText: 'Vis i teksten',
    notInText: 'finnes ikke i teksten',
    noQuote: 'Ingen sitat – gjelder dokumentet som helhet.',
    more: (n: number) => `… og ${n} til (alle er markert i teksten).`,
    suppressed: 'Undertrykt med personvernsjekk-disable-next-line',
    counts: (c: Record<Status, number>) => `${c.fail} ikke oppfylt · ${c.warn} bør vurderes · ${c.pass} oppfylt · ${c.na} ikke relevant`,
    noResults: 'Ingen regler ble kjørt.',
    print: 'Skriv ut / lagre som PDF',
    back: '← Til oversikten',
    toTop: 'Til toppen',
    skip: 'Hopp til funnene',
    toolbar: 'Verktøylinje',
    footer: (tool: string, version: string, date: string) => `Laget med ${tool} ${version} · skannedato ${date}. Rapporten er en automatisk gjennomgang og erstatter ikke juridisk vurdering.`,
    // index
    documents: 'Dokumenter',
    rank: 'Nr.',
    document: 'Dokument',
    failCount: 'Ikke oppfylt',
    warnCount: 'Bør vurderes',
    worst: 'Alvorligste funn',
    noFindings: 'ingen',
    sortHint: 'Sortert etter poeng, lavest først. Klikk på en kolonneoverskrift for å sortere.',
    average: 'Gjennomsnitt',
    scanned: (n: number) => `${n} ${n === 1 ? 'dokument' : 'dokumenter'} skannet`,
    unreadable: 'Kunne ikke leses',
    none: 'Ingen dokumenter ble skannet.',
  },
  en: {
    title: 'Privacy statement report',
    indexTitle: 'Privacy statement report – overview',
    score: 'Score',
    grade: 'Grade',
    outOf: 'of 100',
    scanDate: 'Scan date',
    language: 'Language',
    format: 'Format',
    categories: 'Score per category',
    categoriesDesc: (list: string) => `Scores from 0 to 100 per category: ${list}.`,
    notApplicable: 'not applicable',
    findings: 'Findings',
    findingsIntro: 'Grouped by category, weakest category and most serious findings first.',
    statement: 'Text of the statement',
    statementIntro: 'The text as the tool read it. Highlights show the quotes the findings rest on; the number after a highlight refers to the finding.',
    noText: 'The text is not available in this report.',
    status: { fail: 'Failed', warn: 'Needs review', pass: 'Passed', na: 'Not applicable' } as Record<Status, string>,
    severityLabel: 'Severity',
    severity: { error: 'error', warning: 'warning', info: 'info' } as Record<Severity, string>,
    legalRef: 'Legal basis',
    aboutRule: 'About the rule',
    suggestion: 'Suggestion',
    checks: 'The rule checks',
    evidence: 'Quotes',
    line: 'line',
    showInText: 'Show in text',
    notInText: 'not found in the text',
    noQuote: 'No quote – concerns the document as a whole.',
    more: (n: number) => `… and ${n} more (all are highlighted in the text).`,
    suppressed: 'Suppressed with personvernsjekk-disable-next-line',
    counts: (c: Record<Status, number>) => `${c.fail} failed · ${c.warn} need review · ${c.pass} passed · ${c.na} not applicable`,
    noResults: 'No rules were run.',
    print: 'Print / save as PDF',
    back: '← Back to the overview',
    toTop: 'Back to top',
    skip: 'Skip to the findings',
    toolbar: 'Toolbar',
    footer: (tool: string, version: string, date: string) => `Made with ${tool} ${version} · scan date ${date}. The report is an automated review and does not replace legal advice.`,
    documents: 'Documents',
    rank: 'No.',
    document: 'Document',
    failCount: 'Failed',
    warnCount: 'Needs review',
    worst: 'Most serious findings',
    noFindings: 'none',
    sortHint: 'Sorted by score, lowest first. Click a column heading to sort.',
    average: 'Average',
    scanned: (n: number) => `${n} document${n === 1 ? '' : 's'} scanned`,
    unreadable: 'Could not be read',
    none: 'No documents were scanned.',
  },
};

/** The statement's own language, for screen readers and hyphenation. */
const STATEMENT_LANG: Partial<Record<LanguageCode, string>> = { nob: 'nb', nno: 'nn', eng: 'en' };

const STATUS_ORDER: Record<Status, number> = { fail: 0, warn: 1, pass: 2, na: 3 };
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const MAX_LISTED_EVIDENCE = 25;
const MAX_QUOTE = 400;

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Lower-case ASCII slug: Norwegian letters transliterated, everything else folded to hyphens. */
function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A safe file name for a document's page: a slug of the source path (its last 60 characters, the
 * most telling part) and a short hash of the full source, so different paths never share a name.
 */
export function htmlFileName(source: string): string {
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 8);
  let slug = slugify(source.replace(/^[a-z]+:\/\//i, ''));
  if (slug.length > 60) slug = slug.slice(-60).replace(/^-+/, '');
  return `${slug || 'dokument'}-${hash}.html`;
}

/** Relative or fragment links only: anything with a scheme other than http(s)/file is neutralised. */
function safeHref(href: string): string {
  if (/^\s*javascript:/i.test(href) || /^\s*data:/i.test(href) || /^\s*vbscript:/i.test(href)) return `./${href.trim()}`;
  return href;
}

function statusCounts(results: readonly RuleResult[]): Record<Status, number> {
  const counts: Record<Status, number> = { fail: 0, warn: 0, pass: 0, na: 0 };
  for (const r of results) counts[r.status]++;
  return counts;
}

/** Worst first: status, then the finding's level (a warn counts at most as a warning), then severity. */
function compareResults(a: RuleResult, b: RuleResult): number {
  const level = (r: RuleResult) => {
    const l = findingLevel(r);
    return l === null ? 3 : SEVERITY_ORDER[l];
  };
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || level(a) - level(b) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId);
}

function scoreClass(score: number | null): string {
  if (score === null) return 'na';
  if (score >= 80) return 'good';
  if (score >= 50) return 'fair';
  return 'poor';
}

function gradeClass(grade: DocumentReport['grade']): string {
  return grade === 'A' || grade === 'B' ? 'good' : grade === 'C' || grade === 'D' ? 'fair' : 'poor';
}

// ---------------------------------------------------------------------------------------------
// Inline assets. The CSP below allows exactly these (by hash) and nothing else.

const CSS = `
:root{--fg:#1c1f24;--muted:#59606b;--line:#d7dbe0;--bg:#fff;--soft:#f4f6f8;--fail:#b42318;--warn:#b54708;--pass:#067647;--na:#667085;--accent:#1d4ed8;
--m-fail:rgba(217,45,32,.22);--m-warn:rgba(247,144,9,.30);--m-pass:rgba(18,183,106,.16);--m-na:rgba(102,112,133,.16)}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main,header.page,footer.page,nav.toolbar{max-width:62rem;margin:0 auto;padding:0 1.25rem}
a{color:var(--accent)}
h1{font-size:1.6rem;line-height:1.25;margin:.2rem 0 .4rem;overflow-wrap:anywhere}
h2{font-size:1.3rem;margin:2.2rem 0 .6rem;padding-bottom:.25rem;border-bottom:2px solid var(--line)}
h3{font-size:1.1rem;margin:1.6rem 0 .5rem;display:flex;gap:.6rem;align-items:baseline;flex-wrap:wrap}
.muted{color:var(--muted)}
.small{font-size:.88rem}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.skip:not(:focus){position:absolute;left:-9999px}
nav.toolbar{display:flex;gap:.75rem;align-items:center;justify-content:space-between;padding-top:.75rem;padding-bottom:.75rem;border-bottom:1px solid var(--line);flex-wrap:wrap}
nav.toolbar button{font:inherit;padding:.35rem .8rem;border:1px solid var(--line);border-radius:.4rem;background:var(--soft);cursor:pointer}
nav.toolbar button:hover{background:#e9edf1}
header.page{padding-top:1.25rem}
.eyebrow{text-transform:uppercase;letter-spacing:.06em;font-size:.78rem;color:var(--muted);margin:0}
.summary{display:grid;grid-template-columns:minmax(11rem,14rem) 1fr;gap:1.5rem;align-items:start;margin-top:1rem}
.scorecard{border:1px solid var(--line);border-radius:.6rem;padding:1rem;text-align:center;background:var(--soft)}
.scorecard .score{font-size:3rem;font-weight:700;line-height:1}
.scorecard .of{color:var(--muted)}
.grade{display:inline-block;margin-top:.6rem;padding:.15rem .7rem;border-radius:999px;font-weight:700;color:#fff}
.grade.good{background:var(--pass)}.grade.fair{background:var(--warn)}.grade.poor{background:var(--fail)}
dl.meta{display:grid;grid-template-columns:auto 1fr;gap:.1rem .8rem;margin:.8rem 0 0;font-size:.88rem;text-align:left}
dl.meta dt{color:var(--muted)}dl.meta dd{margin:0;overflow-wrap:anywhere}
.chart{margin:0}
.chart svg{width:100%;max-width:38rem;height:auto;display:block}
.chart .label{font-size:13px;fill:var(--fg)}
.chart .value{font-size:13px;font-weight:700;fill:var(--fg)}
.chart .track{fill:#eef0f3}
.chart .bar.good{fill:#12b76a}.chart .bar.fair{fill:#f79009}.chart .bar.poor{fill:#d92d20}
.chart .value.na{fill:var(--muted);font-weight:400;font-style:italic}
.counts{margin:.5rem 0 0;font-size:.92rem}
.category{margin-top:1.2rem}
.category h3 .cat-score{font-weight:400;color:var(--muted);font-size:.95rem}
.finding{border:1px solid var(--line);border-left:6px solid var(--na);border-radius:.5rem;padding:.75rem 1rem;margin:.7rem 0;scroll-margin-top:1rem;background:#fff}
.finding.s-fail{border-left-color:var(--fail)}.finding.s-warn{border-left-color:var(--warn)}.finding.s-pass{border-left-color:var(--pass)}
.finding.s-pass,.finding.s-na{padding:.5rem 1rem}
.finding .head{display:flex;gap:.5rem;align-items:baseline;flex-wrap:wrap;margin:0}
.finding .num{font-weight:700;color:var(--muted);min-width:1.6rem}
.finding code{font:600 .92rem ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.badge{display:inline-block;padding:.05rem .5rem;border-radius:.3rem;font-size:.8rem;font-weight:700;border:1px solid currentColor}
.badge.s-fail{color:var(--fail)}.badge.s-warn{color:var(--warn)}.badge.s-pass{color:var(--pass)}.badge.s-na{color:var(--na)}
.sev{font-size:.82rem;color:var(--muted)}
.finding .message{margin:.4rem 0}
.finding .desc{margin:.2rem 0;font-size:.88rem;color:var(--muted)}
.finding .ref{margin:.3rem 0;font-size:.9rem}
.finding .suggestion{margin:.5rem 0;padding:.5rem .75rem;background:#eff4ff;border-radius:.4rem;font-size:.95rem}
.finding ul.evidence{list-style:none;padding:0;margin:.4rem 0 0}
.finding ul.evidence li{margin:.3rem 0;font-size:.92rem}
.loc{font:600 .82rem ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:nowrap}
.sec{color:var(--muted);font-size:.85rem}
q.quote{quotes:"«" "»"}
.statement{border:1px solid var(--line);border-radius:.5rem;padding:1rem 1.25rem;background:#fcfcfd;overflow-wrap:anywhere}
.statement p{margin:.35rem 0;white-space:pre-wrap}
.statement p.heading{font-weight:700;margin-top:1rem}
mark.ev{color:inherit;padding:.05em 0;border-radius:2px;cursor:pointer;scroll-margin:6rem;-webkit-print-color-adjust:exact;print-color-adjust:exact}
mark.ev.s-fail{background:var(--m-fail);box-shadow:inset 0 -2px 0 rgba(180,35,24,.7)}
mark.ev.s-warn{background:var(--m-warn);box-shadow:inset 0 -2px 0 rgba(181,71,8,.6)}
mark.ev.s-pass{background:var(--m-pass)}
mark.ev.s-na{background:var(--m-na)}
mark.ev.flash,.finding.flash{outline:3px solid var(--accent);outline-offset:1px}
a.evref{font-size:.7rem;vertical-align:super;line-height:0;text-decoration:none;font-weight:700;padding:0 .1rem}
table.ranking{border-collapse:collapse;width:100%;font-size:.95rem}
table.ranking th,table.ranking td{border-bottom:1px solid var(--line);padding:.45rem .5rem;text-align:left;vertical-align:top}
table.ranking td.num,table.ranking th.num{text-align:right}
table.ranking th button{all:unset;cursor:pointer;font-weight:700}
table.ranking th button:focus-visible{outline:2px solid var(--accent)}
table.ranking th[aria-sort=ascending] button::after{content:" ▲";font-size:.7em}
table.ranking th[aria-sort=descending] button::after{content:" ▼";font-size:.7em}
table.ranking td.source{overflow-wrap:anywhere}
.pill{display:inline-block;padding:0 .45rem;border-radius:.3rem;font-weight:700;color:#fff}
.pill.good{background:var(--pass)}.pill.fair{background:var(--warn)}.pill.poor{background:var(--fail)}
ul.worst{margin:0;padding:0;list-style:none}
ul.worst code{white-space:nowrap}
ul.errors li{margin:.25rem 0}
footer.page{margin-top:2.5rem;padding-top:.75rem;padding-bottom:2rem;border-top:1px solid var(--line);font-size:.82rem;color:var(--muted)}
@media (max-width:40rem){.summary{grid-template-columns:1fr}}
@page{margin:16mm 14mm 18mm}
@media print{
  body{font-size:10.5pt;background:#fff}
  nav.toolbar,.no-print,.skip,.finding a.show{display:none!important}
  main,header.page,footer.page{max-width:none;padding:0}
  a{color:inherit;text-decoration:none}
  a.evref{color:var(--muted)}
  h2{break-after:avoid;page-break-after:avoid}
  h3{break-after:avoid;page-break-after:avoid}
  .summary,.scorecard,.chart{break-inside:avoid;page-break-inside:avoid}
  .finding{break-inside:avoid;page-break-inside:avoid;box-shadow:none}
  .finding .suggestion{background:#fff;border:1px solid var(--line)}
  #statement{break-before:page;page-break-before:always}
  .statement{border:0;padding:0;background:#fff}
  .statement p{orphans:3;widows:3}
  mark.ev,.grade,.pill,.chart svg *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  mark.ev.flash,.finding.flash{outline:0}
  table.ranking th button::after{content:""!important}
  table.ranking tr{break-inside:avoid;page-break-inside:avoid}
}
`;

const DOCUMENT_SCRIPT = `
(function(){
  function byId(id){return document.getElementById(id);}
  function flash(els){
    for(var i=0;i<els.length;i++){els[i].classList.add('flash');}
    setTimeout(function(){for(var i=0;i<els.length;i++){els[i].classList.remove('flash');}},2200);
  }
  function setHash(id){try{history.replaceState(null,'','#'+id);}catch(e){}}
  document.addEventListener('click',function(event){
    var target=event.target;
    if(!(target instanceof Element))return;
    var link=target.closest('a[href^="#ev-"]');
    if(link){
      var id=link.getAttribute('href').slice(1);
      var mark=byId(id);
      if(!mark)return;
      event.preventDefault();
      mark.scrollIntoView({block:'center',inline:'nearest'});
      flash(document.querySelectorAll('mark[data-ev="'+id+'"]'));
      setHash(id);
      return;
    }
    if(target.closest('a'))return;
    var hit=target.closest('mark[data-f]');
    if(hit){
      var finding=byId(hit.getAttribute('data-f'));
      if(!finding)return;
      finding.scrollIntoView({block:'start'});
      flash([finding]);
      setHash(finding.id);
    }
  });
  var print=byId('print-button');
  if(print){print.hidden=false;print.addEventListener('click',function(){window.print();});}
})();
`;

const INDEX_SCRIPT = `
(function(){
  var table=document.getElementById('ranking');
  if(!table)return;
  var body=table.tBodies[0];
  var heads=table.tHead.rows[0].cells;
  function value(row,col,type){
    var cell=row.cells[col];
    var raw=cell.getAttribute('data-sort');
    if(raw===null)raw=cell.textContent||'';
    return type==='num'?Number(raw):raw.toLowerCase();
  }
  function sortBy(col,dir){
    var type=heads[col].getAttribute('data-type');
    var rows=Array.prototype.slice.call(body.rows);
    rows.sort(function(a,b){
      var x=value(a,col,type),y=value(b,col,type);
      var c=type==='num'?x-y:String(x).localeCompare(String(y),'nb');
      if(c===0)c=Number(a.getAttribute('data-order'))-Number(b.getAttribute('data-order'));
      return dir==='ascending'?c:-c;
    });
    for(var i=0;i<rows.length;i++){body.appendChild(rows[i]);}
    for(var j=0;j<heads.length;j++){
      if(j===col)heads[j].setAttribute('aria-sort',dir);else heads[j].removeAttribute('aria-sort');
    }
  }
  for(var k=0;k<heads.length;k++){
    (function(col){
      var button=heads[col].querySelector('button');
      if(!button)return;
      button.addEventListener('click',function(){
        var now=heads[col].getAttribute('aria-sort');
        sortBy(col,now==='ascending'?'descending':'ascending');
      });
    })(k);
  }
})();
`;

function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

const CSP = (script: string) =>
  [
    "default-src 'none'",
    `style-src ${cspHash(CSS)}`,
    `script-src ${cspHash(script)}`,
    'img-src data:',
    "font-src 'none'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

function page(locale: Locale, title: string, body: string, script: string): string {
  return [
    '<!doctype html>',
    `<html lang="${locale === 'en' ? 'en' : 'nb'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP(script))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="color-scheme" content="light">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    body,
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Document page

interface Highlight {
  /** Element id of the evidence's first <mark>, e.g. "ev-org-number-1". */
  id: string;
  findingId: string;
  findingNumber: number;
  status: Status;
  title: string;
  start: number;
  end: number;
}

interface Finding {
  result: RuleResult;
  id: string;
  number: number;
  /** Mark ids of the evidence items, in evidence order (null when the span lies outside the text). */
  evidenceIds: Array<string | null>;
}

function categoryChart(doc: DocumentReport, locale: Locale): string {
  const l = LABELS[locale];
  const rowHeight = 30;
  const labelWidth = 200;
  const barWidth = 300;
  const width = labelWidth + barWidth + 120;
  const categories = doc.categories;
  const height = Math.max(1, categories.length) * rowHeight + 6;
  const described = categories
    .map((c) => `${CATEGORY_NAMES[c.id]?.[locale] ?? c.id} ${c.score === null ? l.notApplicable : c.score}`)
    .join(', ');
  const rows = categories.map((c, i) => {
    const name = CATEGORY_NAMES[c.id]?.[locale] ?? c.id;
    const y = i * rowHeight + 4;
    const value = c.score === null ? null : Math.max(0, Math.min(100, c.score));
    const aria = `${name}: ${value === null ? l.notApplicable : `${value} ${l.outOf}`}`;
    const bar = value === null ? '' : `<rect class="bar ${scoreClass(value)}" x="${labelWidth}" y="${y + 4}" width="${(barWidth * value) / 100}" height="${rowHeight - 12}" rx="3"></rect>`;
    const valueText = value === null ? l.notApplicable : String(value);
    return [
      `<g role="listitem" aria-label="${escapeHtml(aria)}">`,
      `<title>${escapeHtml(aria)}</title>`,
      `<text class="label" x="0" y="${y + rowHeight / 2 + 1}" dominant-baseline="middle" aria-hidden="true">${escapeHtml(name)}</text>`,
      `<rect class="track" x="${labelWidth}" y="${y + 4}" width="${barWidth}" height="${rowHeight - 12}" rx="3"></rect>`,
      bar,
      `<text class="value ${value === null ? 'na' : ''}" x="${labelWidth + barWidth + 8}" y="${y + rowHeight / 2 + 1}" dominant-baseline="middle" aria-hidden="true">${escapeHtml(valueText)}</text>`,
      '</g>',
    ].join('');
  });
  return [
    '<figure class="chart">',
    `<svg viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title chart-desc" focusable="false">`,
    `<title id="chart-title">${escapeHtml(l.categories)}</title>`,
    `<desc id="chart-desc">${escapeHtml(l.categoriesDesc(described))}</desc>`,
    `<g role="list">${rows.join('')}</g>`,
    '</svg>',
    `<figcaption class="sr-only">${escapeHtml(l.categoriesDesc(described))}</figcaption>`,
    '</figure>',
  ].join('\n');
}

/** Assigns ids and numbers to the results (display order) and collects the evidence highlights. */
function planFindings(doc: DocumentReport): { groups: Array<{ id: CategoryId; score: number | null; findings: Finding[] }>; highlights: Highlight[] } {
  const textLength = doc.text.length;
  const usedIds = new Set<string>();
  const uniqueId = (base: string) => {
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    return id;
  };
  const categoryScore = new Map(doc.categories.map((c) => [c.id, c.score] as const));
  const byCategory = new Map<CategoryId, RuleResult[]>();
  for (const r of doc.results) {
    const list = byCategory.get(r.category) ?? [];
    list.push(r);
    byCategory.set(r.category, list);
  }
  const order = (id: CategoryId) => {
    const i = CATEGORY_ORDER.indexOf(id);
    return i < 0 ? CATEGORY_ORDER.length : i;
  };
  const worstStatus = (list: RuleResult[]) => Math.min(...list.map((r) => STATUS_ORDER[r.status]));
  const categories = [...byCategory.keys()].sort((a, b) => {
    const sa = categoryScore.get(a) ?? null;
    const sb = categoryScore.get(b) ?? null;
    const va = sa === null ? 101 : sa;
    const vb = sb === null ? 101 : sb;
    return va - vb || worstStatus(byCategory.get(a)!) - worstStatus(byCategory.get(b)!) || order(a) - order(b);
  });
  const highlights: Highlight[] = [];
  let number = 0;
  const groups = categories.map((id) => {
    const findings = [...byCategory.get(id)!].sort(compareResults).map((result): Finding => {
      number++;
      const base = slugify(result.ruleId) || 'regel';
      const findingId = uniqueId(`f-${base}`);
      const evidenceIds = result.evidence.map((e, k) => {
        if (e.url) return null;
        const start = Math.max(0, Math.min(textLength, Math.floor(e.start)));
        const end = Math.max(0, Math.min(textLength, Math.floor(e.end)));
        if (!(end > start)) return null;
        const id = uniqueId(`ev-${base}-${k + 1}`);
        highlights.push({ id, findingId, findingNumber: number, status: result.status, title: `${number}. ${result.ruleId}: ${result.message}`, start, end });
        return id;
      });
      return { result, id: findingId, number, evidenceIds };
    });
    return { id, score: categoryScore.get(id) ?? null, findings };
  });
  return { groups, highlights };
}

function isBreak(code: number): boolean {
  return code === 10 || code === 13;
}

/**
 * The statement's text as paragraphs (one per line) with every highlight wrapped in <mark>.
 * The text is cut at every highlight boundary and line break; each piece is wrapped in one <mark>
 * per highlight covering it, opened and closed within the piece, so overlapping or nested spans
 * always give well-formed markup. The first piece of a highlight carries its id; all its pieces
 * carry data-ev. After the piece where a highlight ends, a small numbered link points to its finding.
 * Returns the ids that were rendered (a span of line breaks only has nothing to show).
 */
function renderStatement(doc: DocumentReport, highlights: Highlight[], locale: Locale): { html: string; rendered: Set<string> } {
  const text = doc.text;
  const rendered = new Set<string>();
  if (!text) return { html: `<p class="muted">${escapeHtml(LABELS[locale].noText)}</p>`, rendered };
  const cuts = new Set<number>([0, text.length]);
  for (const h of highlights) {
    cuts.add(h.start);
    cuts.add(h.end);
  }
  for (let i = 0; i < text.length; i++) {
    if (isBreak(text.charCodeAt(i))) {
      cuts.add(i);
      cuts.add(i + 1);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const headingStarts = new Set<number>();
  for (const s of doc.sections) {
    if (s.heading && text.startsWith(s.heading, s.start)) headingStarts.add(s.start);
  }
  const sorted = [...highlights].sort((a, b) => a.start - b.start || b.end - a.end || a.findingNumber - b.findingNumber);
  const paragraphs: string[] = [];
  let current = '';
  let currentStart = 0;
  let hasText = false;
  const flush = () => {
    if (hasText) paragraphs.push(`<p${headingStarts.has(currentStart) ? ' class="heading"' : ''}>${current}</p>`);
    current = '';
    hasText = false;
  };
  let active: Highlight[] = [];
  let next = 0;
  const ref = (h: Highlight) => `<a class="evref" href="#${h.findingId}" title="${escapeHtml(h.title)}">${h.findingNumber}</a>`;
  for (let p = 0; p + 1 < points.length; p++) {
    const a = points[p]!;
    const b = points[p + 1]!;
    while (next < sorted.length && sorted[next]!.start <= a) active.push(sorted[next++]!);
    active = active.filter((h) => h.end > a);
    if (isBreak(text.charCodeAt(a))) {
      // A highlight whose span ends just after a line break still gets its reference, on its last line.
      for (const h of active) {
        if (h.end === b && rendered.has(h.id)) {
          current += ref(h);
          hasText = true;
        }
      }
      flush();
      currentStart = b;
      continue;
    }
    const piece = escapeHtml(text.slice(a, b));
    if (piece.trim().length > 0) hasText = true;
    const covering = active.filter((h) => h.start <= a && h.end >= b);
    let open = '';
    let close = '';
    for (const h of covering) {
      const first = !rendered.has(h.id);
      rendered.add(h.id);
      open += `<mark class="ev s-${h.status}${first ? '' : ' cont'}"${first ? ` id="${h.id}"` : ''} data-ev="${h.id}" data-f="${h.findingId}" title="${escapeHtml(h.title)}">`;
      close += '</mark>';
    }
    current += open + piece + close;
    for (const h of covering) {
      if (h.end === b) current += ref(h);
    }
  }
  flush();
  return { html: paragraphs.join('\n'), rendered };
}

function evidenceItem(e: Evidence, markId: string | null, locale: Locale): string {
  const l = LABELS[locale];
  const where = `<span class="loc">${e.url ? `${escapeHtml(e.url)} · ` : ''}${escapeHtml(l.line)} ${e.line}:${e.column}</span>`;
  const loc = markId ? `<a href="#${markId}" title="${escapeHtml(l.showInText)}">${where}</a>` : e.url ? where : `${where} <span class="sec">(${escapeHtml(l.notInText)})</span>`;
  const section = e.section ? ` <span class="sec">· ${escapeHtml(truncate(e.section, 120))}</span>` : '';
  return `<li>${loc}${section} <q class="quote">${escapeHtml(truncate(e.quote, MAX_QUOTE))}</q></li>`;
}

function findingHtml(f: Finding, meta: RuleMeta | undefined, rendered: Set<string>, locale: Locale): string {
  const l = LABELS[locale];
  const r = f.result;
  const ids = f.evidenceIds.map((id) => (id !== null && rendered.has(id) ? id : null));
  const firstMark = ids.find((id): id is string => id !== null);
  const level = findingLevel(r);
  const out: string[] = [];
  out.push(`<article class="finding s-${r.status}${level ? ` l-${level}` : ''}" id="${f.id}" aria-labelledby="${f.id}-h">`);
  out.push(
    `<p class="head" id="${f.id}-h"><span class="num">${f.number}.</span> <span class="badge s-${r.status}">${escapeHtml(l.status[r.status])}</span> <code>${escapeHtml(r.ruleId)}</code>${level ? ` <span class="sev">${escapeHtml(l.severityLabel)}: ${escapeHtml(l.severity[r.severity])}</span>` : ''}${firstMark ? ` <a class="show" href="#${firstMark}">${escapeHtml(l.showInText)} ↓</a>` : ''}</p>`,
  );
  out.push(`<p class="message">${escapeHtml(r.message)}</p>`);
  if (meta && (r.status === 'fail' || r.status === 'warn')) out.push(`<p class="desc">${escapeHtml(l.checks)}: ${escapeHtml(meta.description[locale])}</p>`);
  const docLink = `<a class="doc" href="${escapeHtml(ruleDocUrl(r.ruleId, locale))}" rel="noopener">${escapeHtml(l.aboutRule)}</a>`;
  out.push(`<p class="ref">${r.legalRef ? `<strong>${escapeHtml(l.legalRef)}:</strong> ${escapeHtml(r.legalRef)} · ` : ''}${docLink}</p>`);
  if (r.suggestion) out.push(`<div class="suggestion"><strong>${escapeHtml(l.suggestion)}:</strong> ${escapeHtml(r.suggestion)}</div>`);
  if (r.evidence.length > 0) {
    const order = r.evidence.map((e, k) => ({ e, id: ids[k] ?? null })).sort((a, b) => a.e.start - b.e.start);
    const shown = order.slice(0, MAX_LISTED_EVIDENCE);
    out.push(`<ul class="evidence" aria-label="${escapeHtml(l.evidence)}">${shown.map((x) => evidenceItem(x.e, x.id, locale)).join('')}</ul>`);
    if (order.length > shown.length) out.push(`<p class="small muted">${escapeHtml(l.more(order.length - shown.length))}</p>`);
  } else if (r.status === 'fail' || r.status === 'warn') {
    out.push(`<p class="small muted">${escapeHtml(l.noQuote)}</p>`);
  }
  if (r.suppressed?.length) {
    out.push(`<p class="small muted">${escapeHtml(l.suppressed)}:</p>`);
    out.push(`<ul class="evidence suppressed">${r.suppressed.map((e) => evidenceItem(e, null, locale).replace(/ <span class="sec">\([^)]*\)<\/span>/, '')).join('')}</ul>`);
  }
  out.push('</article>');
  return out.join('\n');
}

/** One self-contained HTML page for one document: summary, category chart, findings and the highlighted text. */
export function formatHtmlDocument(doc: DocumentReport, report: Report, rules: readonly RuleMeta[], opts: HtmlDocumentOptions): string {
  const locale: Locale = opts.locale === 'en' ? 'en' : 'nb';
  const l = LABELS[locale];
  const metas = new Map(rules.map((m) => [m.id, m]));
  const { groups, highlights } = planFindings(doc);
  const statement = renderStatement(doc, highlights, locale);
  const counts = statusCounts(doc.results);
  const body: string[] = [];
  body.push(`<a class="skip" href="#findings">${escapeHtml(l.skip)}</a>`);
  body.push(`<nav class="toolbar" aria-label="${escapeHtml(l.toolbar)}">`);
  body.push(opts.indexHref ? `<a href="${escapeHtml(safeHref(opts.indexHref))}">${escapeHtml(l.back)}</a>` : '<span></span>');
  body.push(`<button type="button" id="print-button" hidden>${escapeHtml(l.print)}</button>`);
  body.push('</nav>');
  body.push('<header class="page" id="top">');
  body.push(`<p class="eyebrow">${escapeHtml(l.title)}</p>`);
  body.push(`<h1>${escapeHtml(doc.source)}</h1>`);
  body.push('<div class="summary">');
  body.push(
    `<section class="scorecard" aria-label="${escapeHtml(l.score)}"><div class="score" id="score">${doc.score}</div><div class="of">${escapeHtml(l.score)} ${escapeHtml(l.outOf)}</div>` +
      `<div class="grade ${gradeClass(doc.grade)}" id="grade">${escapeHtml(l.grade)} ${escapeHtml(doc.grade)}</div>` +
      `<dl class="meta"><dt>${escapeHtml(l.scanDate)}</dt><dd>${escapeHtml(report.asOf)}</dd><dt>${escapeHtml(l.language)}</dt><dd>${escapeHtml(LANGUAGE_NAMES[doc.language]?.[locale] ?? doc.language)}</dd><dt>${escapeHtml(l.format)}</dt><dd>${escapeHtml(doc.format)}</dd></dl></section>`,
  );
  body.push(`<section aria-label="${escapeHtml(l.categories)}"><h2 class="sr-only">${escapeHtml(l.categories)}</h2>${categoryChart(doc, locale)}<p class="counts">${escapeHtml(l.counts(counts))}</p></section>`);
  body.push('</div>');
  body.push('</header>');
  body.push('<main>');
  body.push(`<section id="findings" aria-labelledby="findings-h"><h2 id="findings-h">${escapeHtml(l.findings)}</h2>`);
  body.push(`<p class="small muted">${escapeHtml(l.findingsIntro)}</p>`);
  if (groups.length === 0) body.push(`<p>${escapeHtml(l.noResults)}</p>`);
  for (const g of groups) {
    const name = CATEGORY_NAMES[g.id]?.[locale] ?? g.id;
    body.push(`<section class="category" id="cat-${slugify(g.id)}" aria-labelledby="cat-${slugify(g.id)}-h">`);
    body.push(`<h3 id="cat-${slugify(g.id)}-h">${escapeHtml(name)} <span class="cat-score">${g.score === null ? escapeHtml(l.notApplicable) : `${g.score}/100`}</span></h3>`);
    for (const f of g.findings) body.push(findingHtml(f, metas.get(f.result.ruleId), statement.rendered, locale));
    body.push('</section>');
  }
  body.push('</section>');
  body.push(`<section id="statement" aria-labelledby="statement-h"><h2 id="statement-h">${escapeHtml(l.statement)}</h2>`);
  body.push(`<p class="small muted">${escapeHtml(l.statementIntro)}</p>`);
  const textLang = STATEMENT_LANG[doc.language];
  body.push(`<div class="statement"${textLang ? ` lang="${textLang}"` : ''}>`);
  body.push(statement.html);
  body.push('</div>');
  body.push(`<p class="no-print small"><a href="#top">${escapeHtml(l.toTop)} ↑</a></p>`);
  body.push('</section>');
  body.push('</main>');
  body.push(`<footer class="page">${escapeHtml(l.footer(report.tool.name, report.tool.version, report.asOf))}</footer>`);
  return page(locale, `${l.title}: ${doc.source} – ${doc.score}/100 (${doc.grade})`, body.join('\n'), DOCUMENT_SCRIPT);
}

// ---------------------------------------------------------------------------------------------
// Index page

/** The most serious fail/warn findings of a document, worst first. */
function worstFindings(doc: DocumentReport, n: number): RuleResult[] {
  return doc.results.filter((r) => r.status === 'fail' || r.status === 'warn').sort(compareResults).slice(0, n);
}

/** A page ranking several documents by score (lowest first), sortable by any column, with unreadable files listed. */
export function formatHtmlIndex(report: Report, pages: Array<{ source: string; href: string }>, opts: HtmlIndexOptions): string {
  const locale: Locale = opts.locale === 'en' ? 'en' : 'nb';
  const l = LABELS[locale];
  const hrefs = new Map(pages.map((p) => [p.source, safeHref(p.href)]));
  const docs = report.documents
    .map((doc, i) => ({ doc, i }))
    .sort((a, b) => a.doc.score - b.doc.score || a.doc.source.localeCompare(b.doc.source) || a.i - b.i)
    .map((x) => x.doc);
  const body: string[] = [];
  body.push(`<a class="skip" href="#ranking">${escapeHtml(l.documents)}</a>`);
  body.push('<header class="page" id="top">');
  body.push(`<p class="eyebrow">${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)}</p>`);
  body.push(`<h1>${escapeHtml(l.indexTitle)}</h1>`);
  const average = docs.length ? Math.round(docs.reduce((s, d) => s + d.score, 0) / docs.length) : null;
  body.push(
    `<p class="muted">${escapeHtml(l.scanned(docs.length))} · ${escapeHtml(l.scanDate)} ${escapeHtml(report.asOf)}${average === null ? '' : ` · ${escapeHtml(l.average)} ${average}/100`}${report.errors.length ? ` · ${escapeHtml(l.unreadable)}: ${report.errors.length}` : ''}</p>`,
  );
  body.push('</header>');
  body.push('<main>');
  body.push(`<section aria-labelledby="docs-h"><h2 id="docs-h">${escapeHtml(l.documents)}</h2>`);
  if (docs.length === 0) {
    body.push(`<p>${escapeHtml(l.none)}</p>`);
  } else {
    body.push(`<p class="small muted no-print">${escapeHtml(l.sortHint)}</p>`);
    const th = (label: string, type: 'num' | 'text', extra = '', sort?: 'ascending' | 'descending') =>
      `<th scope="col" data-type="${type}"${extra}${sort ? ` aria-sort="${sort}"` : ''}><button type="button">${escapeHtml(label)}</button></th>`;
    body.push('<table class="ranking" id="ranking">');
    body.push(
      `<thead><tr>${th(l.rank, 'num', ' class="num"')}${th(l.document, 'text')}${th(l.score, 'num', ' class="num"', 'ascending')}${th(l.grade, 'text')}${th(l.failCount, 'num', ' class="num"')}${th(l.warnCount, 'num', ' class="num"')}${th(l.worst, 'text')}</tr></thead>`,
    );
    body.push('<tbody>');
    docs.forEach((doc, i) => {
      const counts = statusCounts(doc.results);
      const href = hrefs.get(doc.source);
      const name = href ? `<a href="${escapeHtml(href)}">${escapeHtml(doc.source)}</a>` : escapeHtml(doc.source);
      const worst = worstFindings(doc, 3);
      const worstHtml = worst.length
        ? `<ul class="worst">${worst
            .map((r) => {
              const label = `<code>${escapeHtml(r.ruleId)}</code>`;
              const link = href ? `<a href="${escapeHtml(`${href}#f-${slugify(r.ruleId) || 'regel'}`)}">${label}</a>` : label;
              return `<li><span class="badge s-${r.status}">${escapeHtml(l.status[r.status])}</span> ${link}</li>`;
            })
            .join('')}</ul>`
        : `<span class="muted">${escapeHtml(l.noFindings)}</span>`;
      body.push(
        `<tr data-order="${i}" data-source="${escapeHtml(doc.source)}">` +
          `<td class="num" data-sort="${i + 1}">${i + 1}</td>` +
          `<td class="source" data-sort="${escapeHtml(doc.source)}">${name}</td>` +
          `<td class="num" data-sort="${doc.score}"><span class="pill ${scoreClass(doc.score)}">${doc.score}</span></td>` +
          `<td data-sort="${escapeHtml(doc.grade)}">${escapeHtml(doc.grade)}</td>` +
          `<td class="num" data-sort="${counts.fail}">${counts.fail}</td>` +
          `<td class="num" data-sort="${counts.warn}">${counts.warn}</td>` +
          `<td data-sort="${escapeHtml(worst.map((r) => r.ruleId).join(' '))}">${worstHtml}</td>` +
          '</tr>',
      );
    });
    body.push('</tbody></table>');
  }
  body.push('</section>');
  if (report.errors.length > 0) {
    body.push(`<section id="errors" aria-labelledby="errors-h"><h2 id="errors-h">${escapeHtml(l.unreadable)} (${report.errors.length})</h2><ul class="errors">`);
    for (const e of report.errors) body.push(`<li><code>${escapeHtml(e.source)}</code>: ${escapeHtml(e.message)}</li>`);
    body.push('</ul></section>');
  }
  body.push('</main>');
  body.push(`<footer class="page">${escapeHtml(l.footer(report.tool.name, report.tool.version, report.asOf))}</footer>`);
  return page(locale, l.indexTitle, body.join('\n'), INDEX_SCRIPT);
}
