import { lookup as dnsLookup } from 'node:dns/promises';
import { createRequire } from 'node:module';
import { BlockList, isIP } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { decodeBytes, DEFAULT_MAX_BYTES, InputError } from '../loaders/decode.js';
import { VERSION } from '../version.js';
import { FetchError } from './errors.js';

export { FetchError } from './errors.js';

/** The product token robots.txt groups are matched against. */
export const ROBOTS_TOKEN = 'personvernsjekk';
export const USER_AGENT = `${ROBOTS_TOKEN}/${VERSION} (+https://www.npmjs.com/package/personvernsjekk)`;

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
export const MAX_REDIRECTS = 5;

/** What fetchPage returns; the same fields as the site rules' FetchedPage plus how it got there. */
export interface FetchResult {
  /** The address asked for. */
  url: string;
  /** The address after redirects. */
  finalUrl: string;
  status: number;
  /** The decoded body (HTML, or plain text / XML for robots.txt and sitemaps). */
  html: string;
  contentType: string;
  /** Every address redirected to, in order. */
  redirects: string[];
}

/** Checks an address against robots.txt before it is requested; throws a FetchError ('robots') when disallowed. */
export interface RobotsGuard {
  check(url: URL, signal: AbortSignal): Promise<{ crawlDelayMs?: number }>;
}

/** Spaces requests to the same host (see HostGate in polite.ts). */
export interface RequestGate {
  wait(host: string, minDelayMs?: number, signal?: AbortSignal): Promise<void>;
}

export type ContentKind = 'html' | 'text' | 'xml';

export interface FetchOptions {
  /**
   * Allow private, loopback and link-local addresses (local test servers, intranets): true for
   * every host, or a predicate on host:port to allow them for some hosts only.
   */
  allowPrivate?: boolean | ((host: string) => boolean);
  /** Resolves a host name (tests, custom resolvers); by default the system resolver. */
  resolve?: Resolver;
  /** Deadline for the whole fetch: every redirect, retry and the body. */
  timeoutMs?: number;
  /** Longest wait for a server to answer with response headers (connecting included). */
  connectTimeoutMs?: number;
  /** Largest (decompressed) body accepted. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Extra attempts after a 429 or 5xx answer or a dropped connection. */
  retries?: number;
  /** First backoff delay; it doubles with each retry. */
  retryBaseMs?: number;
  /** Upper bound for one wait, Retry-After included. */
  maxRetryWaitMs?: number;
  userAgent?: string;
  /** Which content types are accepted (default HTML and plain text). */
  kind?: ContentKind;
  signal?: AbortSignal;
  robots?: RobotsGuard;
  gate?: RequestGate;
}

const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  BLOCKED.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  BLOCKED.addSubnet(net, prefix, 'ipv6');
}

/** True for loopback, private, link-local, unique-local, carrier-grade NAT, multicast and reserved addresses. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, 'ipv4');
  if (family === 6) return BLOCKED.check(address, 'ipv6');
  return false;
}

function hostnameOf(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}

/** Parses an address and refuses anything but http and https. */
export function parseHttpUrl(input: string | URL): URL {
  let url: URL;
  try {
    url = typeof input === 'string' ? new URL(input) : new URL(input.href);
  } catch {
    throw new FetchError(
      'invalid-url',
      { nb: `«${String(input).slice(0, 200)}» er ikke en gyldig nettadresse`, en: `«${String(input).slice(0, 200)}» is not a valid web address` },
      { nb: 'skriv adressen som https://firma.no/personvern eller bare firma.no', en: 'write the address as https://firma.no/personvern or just firma.no' },
      String(input),
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError(
      'scheme',
      { nb: `adresser med «${url.protocol}» hentes ikke; bare http og https støttes`, en: `«${url.protocol}» addresses are not fetched; only http and https are supported` },
      { nb: 'oppgi en http- eller https-adresse, eller skann en lokal fil ved å oppgi stien', en: 'give an http or https address, or scan a local file by giving its path' },
      url.href,
    );
  }
  if (url.username || url.password) {
    throw new FetchError(
      'invalid-url',
      { nb: 'adressen inneholder brukernavn eller passord', en: 'the address contains a user name or password' },
      { nb: 'fjern «bruker:passord@» fra adressen; bare offentlige sider skannes', en: 'remove «user:password@» from the address; only public pages are scanned' },
      url.href,
    );
  }
  url.hash = '';
  return url;
}

function privateAddressError(url: URL, address: string): FetchError {
  return new FetchError(
    'private-address',
    {
      nb: `${url.host} peker til en privat, lokal eller reservert adresse (${address}), som ikke hentes`,
      en: `${url.host} points to a private, local or reserved address (${address}), which is not fetched`,
    },
    {
      nb: 'bruk --allow-private for å skanne sider på eget nett eller egen maskin',
      en: 'use --allow-private to scan pages on your own network or machine',
    },
    url.href,
  );
}

/** Settles with `promise`, or rejects with the signal's reason as soon as it aborts. */
export async function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) throw signal.reason;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

export interface ResolvedAddress {
  address: string;
  family: number;
}
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/**
 * Resolves the host and refuses private ranges unless allowed. Every address the name
 * resolves to must be public, so a name with one public and one internal address is refused.
 */
export async function assertPublicAddress(
  url: URL,
  options: { allowPrivate?: FetchOptions['allowPrivate']; signal?: AbortSignal; resolve?: Resolver } = {},
): Promise<void> {
  const allowed = typeof options.allowPrivate === 'function' ? options.allowPrivate(url.host) : options.allowPrivate;
  if (allowed) return;
  const host = hostnameOf(url);
  if (isIP(host)) {
    if (isPrivateAddress(host)) throw privateAddressError(url, host);
    return;
  }
  let addresses: Array<{ address: string }>;
  try {
    const pending = (options.resolve ?? systemResolver)(host);
    addresses = options.signal ? await raceAbort(pending, options.signal) : await pending;
  } catch (err) {
    if (err instanceof FetchError) throw err;
    throw dnsError(url);
  }
  for (const { address } of addresses) if (isPrivateAddress(address)) throw privateAddressError(url, address);
}

function dnsError(url: URL): FetchError {
  return new FetchError(
    'dns',
    { nb: `fant ikke domenet ${url.hostname}`, en: `the domain ${url.hostname} was not found` },
    { nb: 'kontroller stavemåten, og at domenet er i bruk', en: 'check the spelling and that the domain is in use' },
    url.href,
  );
}

function timeoutError(url: URL, ms: number, what: 'connect' | 'total'): FetchError {
  const seconds = ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
  return new FetchError(
    'timeout',
    what === 'connect'
      ? { nb: `${url.host} svarte ikke innen ${seconds}`, en: `${url.host} did not answer within ${seconds}` }
      : { nb: `henting av ${url.href} tok mer enn ${seconds}`, en: `fetching ${url.href} took more than ${seconds}` },
    { nb: 'prøv igjen senere, eller øk grensen med --timeout', en: 'try again later, or raise the limit with --timeout' },
    url.href,
  );
}

function abortedError(url: URL): FetchError {
  return new FetchError('aborted', { nb: 'hentingen ble avbrutt', en: 'the fetch was aborted' }, { nb: 'kjør på nytt', en: 'run again' }, url.href);
}

const TLS_CODES = /^(?:ERR_TLS|ERR_SSL|CERT_|UNABLE_TO|DEPTH_ZERO|SELF_SIGNED|EPROTO$|ERR_OSSL)/;

function networkError(url: URL, err: unknown): FetchError {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? (err as { code?: string }).code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return dnsError(url);
  if (code === 'ECONNREFUSED') {
    return new FetchError(
      'connect',
      { nb: `${url.host} avviste tilkoblingen`, en: `${url.host} refused the connection` },
      { nb: 'kontroller adressen og at nettstedet er oppe', en: 'check the address and that the site is up' },
      url.href,
    );
  }
  if (TLS_CODES.test(code) || /ssl|tls|certificate/i.test(cause?.message ?? '')) {
    return new FetchError(
      'tls',
      { nb: `sikker tilkobling (TLS) til ${url.host} feilet (${code || 'ukjent'})`, en: `the secure (TLS) connection to ${url.host} failed (${code || 'unknown'})` },
      { nb: 'nettstedet har et ugyldig sertifikat eller støtter ikke https; prøv http:// hvis det er ment', en: 'the site has an invalid certificate or does not support https; try http:// if that is intended' },
      url.href,
    );
  }
  return new FetchError(
    'network',
    { nb: `nettverksfeil mot ${url.host} (${code || cause?.message || (err as Error).message})`, en: `network error talking to ${url.host} (${code || cause?.message || (err as Error).message})` },
    { nb: 'prøv igjen senere', en: 'try again later' },
    url.href,
  );
}

export function httpStatusError(url: URL, status: number): FetchError {
  if (status === 404 || status === 410) {
    return new FetchError(
      'http-status',
      { nb: `siden finnes ikke (HTTP ${status}): ${url.href}`, en: `the page does not exist (HTTP ${status}): ${url.href}` },
      { nb: 'kontroller adressen, eller oppgi bare domenet så finner verktøyet personvernerklæringen selv', en: 'check the address, or give just the domain and the tool finds the privacy statement itself' },
      url.href,
      status,
    );
  }
  if (status === 401 || status === 403) {
    return new FetchError(
      'http-status',
      { nb: `siden krever innlogging eller er sperret (HTTP ${status})`, en: `the page requires a login or is blocked (HTTP ${status})` },
      { nb: 'en personvernerklæring skal være offentlig tilgjengelig; kontroller adressen', en: 'a privacy statement should be publicly available; check the address' },
      url.href,
      status,
    );
  }
  if (status === 429) {
    return new FetchError(
      'http-status',
      { nb: `nettstedet avviser for mange forespørsler (HTTP 429)`, en: `the site refuses too many requests (HTTP 429)` },
      { nb: 'prøv igjen senere, eller øk pausen mellom forespørsler med --delay', en: 'try again later, or raise the pause between requests with --delay' },
      url.href,
      status,
    );
  }
  return new FetchError(
    'http-status',
    { nb: `serveren svarte HTTP ${status} for ${url.href}`, en: `the server answered HTTP ${status} for ${url.href}` },
    { nb: status >= 500 ? 'feilen ligger hos nettstedet; prøv igjen senere' : 'kontroller adressen', en: status >= 500 ? 'the fault is on the site; try again later' : 'check the address' },
    url.href,
    status,
  );
}

function tooLargeError(url: URL, maxBytes: number, size?: number): FetchError {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  const sizeText = size === undefined ? { nb: 'over', en: 'over' } : { nb: `${mb(size)} MB,`, en: `${mb(size)} MB,` };
  return new FetchError(
    'too-large',
    { nb: `siden er for stor (${sizeText.nb} grensen er ${mb(maxBytes)} MB)`, en: `the page is too large (${sizeText.en} the limit is ${mb(maxBytes)} MB)` },
    { nb: 'kontroller at adressen er personvernerklæringen, eller øk grensen med --max-size', en: 'check that the address is the privacy statement, or raise the limit with --max-size' },
    url.href,
  );
}

const ACCEPTED: Record<ContentKind, RegExp> = {
  html: /^(?:text\/html|application\/xhtml\+xml|text\/plain)$/,
  xml: /^(?:text\/xml|application\/xml|text\/html|text\/plain|application\/[\w.-]+\+xml)$/,
  text: /^text\//,
};

const ACCEPT_HEADER: Record<ContentKind, string> = {
  html: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5',
  xml: 'application/xml,text/xml;q=0.9,*/*;q=0.1',
  text: 'text/plain,*/*;q=0.1',
};

function mediaType(contentType: string): string {
  return contentType.split(';')[0]!.trim().toLowerCase();
}

function notHtmlError(url: URL, type: string): FetchError {
  const pdf = type === 'application/pdf';
  return new FetchError(
    'not-html',
    { nb: `innholdet er ikke en nettside (${type.slice(0, 80)})`, en: `the content is not a web page (${type.slice(0, 80)})` },
    pdf
      ? { nb: 'erklæringen er en PDF; lagre teksten som .txt og skann filen', en: 'the statement is a PDF; save its text as .txt and scan the file' }
      : { nb: 'oppgi adressen til en HTML-side', en: 'give the address of an HTML page' },
    url.href,
  );
}

export function charsetFromContentType(contentType: string): string | undefined {
  const m = /;\s*charset\s*=\s*"?([\w.:-]{1,40})/i.exec(contentType);
  return m?.[1]?.toLowerCase();
}

function hasBom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/**
 * Decodes a response body: a byte-order mark wins, then the charset in Content-Type, then
 * <meta charset> and UTF-8 with a Windows-1252 fallback (decodeBytes). A header that claims
 * UTF-8 for bytes that are not UTF-8 falls through to the same fallback.
 */
export function decodeBody(bytes: Uint8Array, contentType: string, url: string): string {
  const empty = () =>
    new FetchError('empty', { nb: 'siden er tom', en: 'the page is empty' }, { nb: 'kontroller adressen, eller prøv --render hvis innholdet lages med JavaScript', en: 'check the address, or try --render if the content is built with JavaScript' }, url);
  if (bytes.length === 0) throw empty();
  const label = charsetFromContentType(contentType);
  let text: string | undefined;
  if (label && !hasBom(bytes)) {
    let decoder: TextDecoder | undefined;
    try {
      decoder = new TextDecoder(label, { fatal: true });
    } catch {
      decoder = undefined; // an unknown label: decide from the bytes instead
    }
    if (decoder) {
      try {
        text = decoder.decode(bytes);
      } catch {
        text = undefined;
      }
    }
  }
  if (text === undefined) {
    try {
      text = decodeBytes(bytes, Number.POSITIVE_INFINITY);
    } catch (err) {
      if (err instanceof InputError && /tom/.test(err.message)) throw empty();
      if (err instanceof InputError) {
        throw new FetchError('not-html', { nb: `innholdet er ikke tekst (${err.message})`, en: 'the content is not text' }, { nb: 'oppgi adressen til en HTML-side', en: 'give the address of an HTML page' }, url);
      }
      throw err;
    }
  }
  if (text.trim().length === 0) throw empty();
  return text;
}

async function readBody(response: Response, url: URL, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLargeError(url, maxBytes, declared);
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLargeError(url, maxBytes);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** Milliseconds asked for by a Retry-After header (seconds or an HTTP date), if any. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d{1,9}$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const RETRY_NETWORK_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);

function shouldRetryStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599 && status !== 501 && status !== 505);
}

function redirectKey(url: URL): string {
  return url.href;
}

interface Attempt {
  response: Response;
}

/**
 * Fetches one page with Node's fetch: at most `maxRedirects` redirects followed by hand
 * (each hop's scheme, address and robots.txt checked again, loops detected), a deadline
 * for the whole fetch and a shorter one for the first answer, a body size limit enforced
 * while reading, retries with backoff on 429 and 5xx, and charset-aware decoding.
 * Errors are FetchErrors with a reason and a hint.
 */
interface Undici {
  fetch: (url: URL, init: RequestInit & { dispatcher: unknown }) => Promise<Response>;
  Agent: new (options: { connect: { lookup: ConnectLookup } }) => { close(): Promise<void>; destroy(): Promise<void> };
}
type ConnectLookup = (
  hostname: string,
  options: { all?: boolean },
  callback: (err: Error | null, address: string | ResolvedAddress[], family?: number) => void,
) => void;

const require = createRequire(import.meta.url);
let undici: Undici | undefined;

/** Node's own HTTP client as a package: its agent lets the address be checked when the connection is made. */
function loadUndici(): Undici {
  undici ??= require('undici') as Undici;
  return undici;
}

class PrivateAddressAtConnect extends Error {
  readonly code = 'EPRIVATEADDRESS';
  constructor(readonly address: string) {
    super(`refused private address ${address}`);
  }
}

/**
 * The address check again, when the connection is made: a name that resolved to a public
 * address for the check may resolve to an internal one a moment later (DNS rebinding).
 */
function guardedLookup(resolve: Resolver, allowed: (hostname: string) => boolean): ConnectLookup {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        if (addresses.length === 0) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
        if (!allowed(hostname)) {
          const internal = addresses.find((a) => isPrivateAddress(a.address));
          if (internal) return callback(new PrivateAddressAtConnect(internal.address), '', 0);
        }
        if (options.all) callback(null, addresses);
        else callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (err: Error) => callback(err, '', 0),
    );
  };
}

export async function fetchPage(input: string | URL, options: FetchOptions = {}): Promise<FetchResult> {
  const start = parseHttpUrl(input);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const connectTimeoutMs = Math.min(options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS, timeoutMs);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  const retries = options.retries ?? 2;
  const retryBaseMs = options.retryBaseMs ?? 500;
  const maxRetryWaitMs = options.maxRetryWaitMs ?? 10_000;
  const kind = options.kind ?? 'html';
  const deadline = Date.now() + timeoutMs;

  const controller = new AbortController();
  let current = start;
  const totalTimer = setTimeout(() => controller.abort(timeoutError(current, timeoutMs, 'total')), timeoutMs);
  const onOuterAbort = () => controller.abort(abortedError(current));
  if (options.signal?.aborted) onOuterAbort();
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  const signal = controller.signal;
  const resolve = options.resolve ?? systemResolver;
  const allowedFor = (hostname: string): boolean => {
    const allow = options.allowPrivate;
    if (typeof allow !== 'function') return allow === true;
    return hostname === hostnameOf(current) && allow(current.host);
  };
  const { fetch: undiciFetch, Agent } = loadUndici();
  const dispatcher = new Agent({ connect: { lookup: guardedLookup(resolve, allowedFor) } });

  const request = async (url: URL, crawlDelayMs: number | undefined): Promise<Attempt> => {
    for (let attempt = 0; ; attempt++) {
      await options.gate?.wait(url.host, crawlDelayMs, signal);
      const connectTimer = setTimeout(() => controller.abort(timeoutError(url, connectTimeoutMs, 'connect')), connectTimeoutMs);
      let response: Response;
      try {
        response = await undiciFetch(url, {
          redirect: 'manual',
          signal,
          dispatcher,
          headers: {
            'user-agent': options.userAgent ?? USER_AGENT,
            accept: ACCEPT_HEADER[kind],
            'accept-language': 'nb-NO,nb;q=0.9,nn;q=0.8,no;q=0.7,en;q=0.5',
            'accept-encoding': 'gzip, deflate, br',
          },
        });
      } catch (err) {
        if (signal.aborted) throw signal.reason;
        const cause = (err as { cause?: unknown }).cause;
        if (cause instanceof PrivateAddressAtConnect) throw privateAddressError(url, cause.address);
        const code = (err as { cause?: { code?: string } }).cause?.code ?? '';
        if (RETRY_NETWORK_CODES.has(code) && attempt < retries && Date.now() + retryBaseMs < deadline) {
          await sleep(retryBaseMs * 2 ** attempt, undefined, { signal });
          continue;
        }
        throw networkError(url, err);
      } finally {
        clearTimeout(connectTimer);
      }
      if (!shouldRetryStatus(response.status) || attempt >= retries) return { response };
      const asked = retryAfterMs(response.headers.get('retry-after'));
      const wait = Math.min(asked ?? retryBaseMs * 2 ** attempt, maxRetryWaitMs);
      if (Date.now() + wait >= deadline) return { response };
      await response.body?.cancel().catch(() => undefined);
      await sleep(wait, undefined, { signal });
    }
  };

  try {
    const redirects: string[] = [];
    const seen = new Set([redirectKey(start)]);
    for (;;) {
      await assertPublicAddress(current, { allowPrivate: options.allowPrivate, signal, resolve });
      const rules = options.robots ? await options.robots.check(current, signal) : {};
      const { response } = await request(current, rules.crawlDelayMs);
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel().catch(() => undefined);
        const location = response.headers.get('location');
        if (!location) throw httpStatusError(current, response.status);
        const next = parseHttpUrl(URL.canParse(location, current.href) ? new URL(location, current) : location);
        if (seen.has(redirectKey(next))) {
          throw new FetchError(
            'redirect-loop',
            { nb: `omdirigeringene går i ring (${[start.href, ...redirects, next.href].join(' → ')})`, en: `the redirects go round in a loop (${[start.href, ...redirects, next.href].join(' → ')})` },
            { nb: 'nettstedet er feilkonfigurert; prøv adressen i en nettleser', en: 'the site is misconfigured; try the address in a browser' },
            start.href,
          );
        }
        if (redirects.length >= maxRedirects) {
          throw new FetchError(
            'too-many-redirects',
            { nb: `mer enn ${maxRedirects} omdirigeringer fra ${start.href}`, en: `more than ${maxRedirects} redirects from ${start.href}` },
            { nb: 'oppgi den endelige adressen direkte', en: 'give the final address directly' },
            start.href,
          );
        }
        redirects.push(next.href);
        seen.add(redirectKey(next));
        current = next;
        continue;
      }
      if (response.status < 200 || response.status > 299) {
        await response.body?.cancel().catch(() => undefined);
        throw httpStatusError(current, response.status);
      }
      const contentType = response.headers.get('content-type') ?? '';
      const type = mediaType(contentType);
      if (type && !ACCEPTED[kind].test(type)) {
        await response.body?.cancel().catch(() => undefined);
        throw notHtmlError(current, type);
      }
      const bytes = await readBody(response, current, maxBytes);
      const html = decodeBody(bytes, contentType, current.href);
      return { url: start.href, finalUrl: current.href, status: response.status, html, contentType, redirects };
    }
  } catch (err) {
    if (signal.aborted && signal.reason instanceof FetchError) throw signal.reason;
    if (err instanceof FetchError) throw err;
    if ((err as Error).name === 'AbortError') throw abortedError(current);
    throw networkError(current, err);
  } finally {
    clearTimeout(totalTimer);
    options.signal?.removeEventListener('abort', onOuterAbort);
    void dispatcher.destroy().catch(() => undefined);
  }
}
