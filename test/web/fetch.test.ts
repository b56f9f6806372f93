import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { FetchError } from '../../src/web/errors.js';
import { charsetFromContentType, decodeBody, fetchPage, isPrivateAddress, retryAfterMs, USER_AGENT, type FetchOptions } from '../../src/web/fetch.js';
import { HostGate } from '../../src/web/polite.js';
import { closedPort, startSite, type TestSite } from './helpers/server.js';

const LOCAL: FetchOptions = { allowPrivate: true, timeoutMs: 3000, connectTimeoutMs: 2000, retryBaseMs: 10 };

const sites: TestSite[] = [];
async function site(...args: Parameters<typeof startSite>): Promise<TestSite> {
  const s = await startSite(...args);
  sites.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(sites.splice(0).map((s) => s.close()));
});

async function fetchError(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(FetchError);
    return err as FetchError;
  }
  throw new Error('expected a FetchError');
}

describe('fetchPage', () => {
  it('fetches a page with a User-Agent naming the tool and its version', async () => {
    const s = await site({ '/': '<!doctype html><p>Hei på deg</p>' });
    const page = await fetchPage(s.url('/'), LOCAL);
    expect(page.status).toBe(200);
    expect(page.html).toContain('Hei på deg');
    expect(page.finalUrl).toBe(s.url('/'));
    expect(page.redirects).toEqual([]);
    expect(s.requests[0]!.userAgent).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^personvernsjekk\/\d+\.\d+\.\d+ \(\+https:\/\/\S+personvernsjekk\)$/);
  });

  it('follows a redirect chain and reports every hop', async () => {
    const s = await site({
      '/a': { status: 301, headers: { location: '/b' } },
      '/b': { status: 302, headers: { location: 'c' } },
      '/c': { status: 307, headers: { location: '/personvern' } },
      '/personvern': '<h1>Personvern</h1>',
    });
    const page = await fetchPage(s.url('/a'), LOCAL);
    expect(page.url).toBe(s.url('/a'));
    expect(page.finalUrl).toBe(s.url('/personvern'));
    expect(page.redirects).toEqual([s.url('/b'), s.url('/c'), s.url('/personvern')]);
    expect(page.html).toContain('Personvern');
  });

  it('stops a redirect loop and names the addresses', async () => {
    const s = await site({
      '/a': { status: 302, headers: { location: '/b' } },
      '/b': { status: 302, headers: { location: '/a' } },
    });
    const err = await fetchError(fetchPage(s.url('/a'), LOCAL));
    expect(err.code).toBe('redirect-loop');
    expect(err.message).toContain('i ring');
    expect(err.message).toContain(`${s.url('/a')} → ${s.url('/b')} → ${s.url('/a')}`);
    expect(s.paths()).toEqual(['/a', '/b']);
  });

  it('follows at most 5 redirects', async () => {
    const routes: Record<string, { status: number; headers: Record<string, string> } | string> = {};
    for (let i = 0; i < 6; i++) routes[`/r${i}`] = { status: 302, headers: { location: `/r${i + 1}` } };
    routes['/r6'] = '<p>endelig</p>';
    const s = await site(routes);
    const err = await fetchError(fetchPage(s.url('/r0'), LOCAL));
    expect(err.code).toBe('too-many-redirects');
    expect(s.paths()).toHaveLength(6);
    // five hops are fine
    const page = await fetchPage(s.url('/r1'), LOCAL);
    expect(page.redirects).toHaveLength(5);
  });

  it('decodes a Windows-1252 page by its Content-Type header', async () => {
    const body = Buffer.from('<html><body><h1>Personvernerklæring for Blåbærsyltetøy Øst AS</h1></body></html>', 'latin1');
    const s = await site({ '/': { headers: { 'content-type': 'text/html; charset=windows-1252' }, body } });
    const page = await fetchPage(s.url('/'), LOCAL);
    expect(page.html).toContain('Personvernerklæring for Blåbærsyltetøy Øst AS');
  });

  it('decodes a Windows-1252 page by its <meta charset> when the header says nothing', async () => {
    const body = Buffer.concat([
      Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>', 'latin1'),
      Buffer.from('<p>Vi lagrer opplysningene i Norge – «trygt» og åpent. Ærlig talt: ØÆÅ æøå €</p></body></html>', 'latin1'),
    ]);
    const s = await site({ '/': { headers: { 'content-type': 'text/html' }, body } });
    const page = await fetchPage(s.url('/'), LOCAL);
    expect(page.html).toContain('Ærlig talt: ØÆÅ æøå');
    expect(page.html).toContain('«trygt»');
  });

  it('falls back to Windows-1252 when the header claims UTF-8 for bytes that are not', () => {
    const text = decodeBody(Buffer.from('<p>Blåbær</p>', 'latin1'), 'text/html; charset=utf-8', 'http://x/');
    expect(text).toBe('<p>Blåbær</p>');
    expect(charsetFromContentType('text/html; charset="ISO-8859-1"')).toBe('iso-8859-1');
    expect(charsetFromContentType('text/html')).toBeUndefined();
  });

  it('decompresses gzip and brotli bodies', async () => {
    const html = '<p>Komprimert personvernerklæring</p>'.repeat(50);
    const s = await site({
      '/gz': { headers: { 'content-encoding': 'gzip' }, body: gzipSync(html) },
      '/br': { headers: { 'content-encoding': 'br' }, body: brotliCompressSync(html) },
    });
    expect((await fetchPage(s.url('/gz'), LOCAL)).html).toBe(html);
    expect((await fetchPage(s.url('/br'), LOCAL)).html).toBe(html);
  });

  it('times out on a server that never answers', async () => {
    const s = await site({ '/': () => undefined });
    const started = Date.now();
    const err = await fetchError(fetchPage(s.url('/'), { ...LOCAL, connectTimeoutMs: 300 }));
    expect(err.code).toBe('timeout');
    expect(err.message).toContain('svarte ikke innen 300 ms');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('times out on a body that trickles in past the total deadline', async () => {
    const s = await site({
      '/': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<p>start');
        const timer = setInterval(() => res.write('.'), 50);
        res.on('close', () => clearInterval(timer));
      },
    });
    const started = Date.now();
    const err = await fetchError(fetchPage(s.url('/'), { ...LOCAL, timeoutMs: 300 }));
    expect(err.code).toBe('timeout');
    expect(err.message).toContain('tok mer enn 300 ms');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reports a 404 with a reason and a hint', async () => {
    const s = await site({});
    const err = await fetchError(fetchPage(s.url('/personvern'), LOCAL));
    expect(err.code).toBe('http-status');
    expect(err.status).toBe(404);
    expect(err.message).toBe(`siden finnes ikke (HTTP 404): ${s.url('/personvern')}`);
    expect(err.hint).toContain('oppgi bare domenet');
    expect(err.describe('en')).toContain('the page does not exist (HTTP 404)');
  });

  it('refuses a body over the size limit, declared or streamed', async () => {
    const big = '<p>' + 'x'.repeat(20_000) + '</p>';
    const s = await site({
      '/declared': big,
      '/chunked': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        for (let i = 0; i < 20; i++) res.write('y'.repeat(1000));
        res.end();
      },
    });
    const declared = await fetchError(fetchPage(s.url('/declared'), { ...LOCAL, maxBytes: 10_000 }));
    expect(declared.code).toBe('too-large');
    expect(declared.hint).toContain('--max-size');
    const streamed = await fetchError(fetchPage(s.url('/chunked'), { ...LOCAL, maxBytes: 10_000 }));
    expect(streamed.code).toBe('too-large');
    expect((await fetchPage(s.url('/declared'), { ...LOCAL, maxBytes: 30_000 })).html).toBe(big);
  });

  it('retries a 429 honouring Retry-After, then succeeds', async () => {
    let calls = 0;
    const s = await site({
      '/': (_req, res) => {
        calls++;
        if (calls === 1) {
          res.writeHead(429, { 'retry-after': '0' });
          res.end();
          return;
        }
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<p>endelig</p>');
      },
    });
    const page = await fetchPage(s.url('/'), LOCAL);
    expect(page.html).toBe('<p>endelig</p>');
    expect(calls).toBe(2);
  });

  it('retries a 5xx with backoff and gives up after the retries', async () => {
    const s = await site({ '/': { status: 503, body: 'nede' } });
    const started = Date.now();
    const err = await fetchError(fetchPage(s.url('/'), { ...LOCAL, retries: 2, retryBaseMs: 40 }));
    expect(err.code).toBe('http-status');
    expect(err.status).toBe(503);
    expect(s.paths()).toEqual(['/', '/', '/']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(40 + 80);
  });

  it('does not retry a 404', async () => {
    const s = await site({});
    await fetchError(fetchPage(s.url('/'), LOCAL));
    expect(s.paths()).toEqual(['/']);
  });

  it('refuses private, loopback and link-local addresses unless allowed, before any request', async () => {
    const s = await site({ '/': '<p>intern</p>' });
    for (const url of [s.url('/'), `http://localhost:${s.port}/`, `http://[::1]:${s.port}/`, 'http://169.254.169.254/latest/meta-data/', 'http://10.0.0.1/']) {
      const err = await fetchError(fetchPage(url, { timeoutMs: 1000 }));
      expect(err.code, url).toBe('private-address');
      expect(err.hint).toContain('--allow-private');
    }
    expect(s.requests).toHaveLength(0);
    expect((await fetchPage(s.url('/'), LOCAL)).html).toContain('intern');
  });

  it('re-checks the address of every redirect hop', async () => {
    const target = await site({ '/': '<p>intern</p>' });
    const s = await site({ '/': { status: 302, headers: { location: `http://localhost:${target.port}/` } } });
    // Private addresses are allowed for the first server only; the hop to localhost is checked on its own.
    const guard: FetchOptions = { ...LOCAL, allowPrivate: (host) => host === s.host };
    const err = await fetchError(fetchPage(s.url('/'), guard));
    expect(err.code).toBe('private-address');
    expect(target.requests).toHaveLength(0);
  });

  it('checks the address again when connecting, so a name cannot turn internal after the check (DNS rebinding)', async () => {
    const s = await site({ '/': '<p>intern</p>' });
    let lookups = 0;
    // the first answer (the pre-check) is public; every later one points at the local server
    const rebinding: FetchOptions['resolve'] = async () => (lookups++ === 0 ? [{ address: '93.184.216.34', family: 4 }] : [{ address: '127.0.0.1', family: 4 }]);
    const err = await fetchError(fetchPage(`http://rebind.test:${s.port}/`, { timeoutMs: 2000, retries: 0, resolve: rebinding }));
    expect(err.code).toBe('private-address');
    expect(err.message).toContain('127.0.0.1');
    expect(lookups).toBeGreaterThanOrEqual(2);
    expect(s.requests).toHaveLength(0);
  });

  it('connects to the address the resolver gives, and to a private one only when allowed', async () => {
    const s = await site({ '/': '<p>intern</p>' });
    const local: FetchOptions['resolve'] = async () => [{ address: '127.0.0.1', family: 4 }];
    const page = await fetchPage(`http://firma.test:${s.port}/`, { ...LOCAL, resolve: local });
    expect(page.html).toContain('intern');
    const onlyOther: FetchOptions = { ...LOCAL, resolve: local, allowPrivate: (host) => host === 'annen.test' };
    expect((await fetchError(fetchPage(`http://firma.test:${s.port}/`, onlyOther))).code).toBe('private-address');
    expect(s.requests).toHaveLength(1);
  });

  it('classifies private and public addresses', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '224.0.0.1']) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
    for (const a of ['8.8.8.8', '195.88.54.16', '172.32.0.1', '2001:4860:4860::8888', '2a02:ed0::1']) {
      expect(isPrivateAddress(a), a).toBe(false);
    }
  });

  it('refuses schemes other than http and https, also in a redirect', async () => {
    for (const url of ['ftp://firma.no/personvern.txt', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<p>x</p>']) {
      const err = await fetchError(fetchPage(url, LOCAL));
      expect(err.code, url).toBe('scheme');
      expect(err.message).toContain('bare http og https');
    }
    const s = await site({ '/': { status: 301, headers: { location: 'file:///etc/passwd' } } });
    expect((await fetchError(fetchPage(s.url('/'), LOCAL))).code).toBe('scheme');
    expect((await fetchError(fetchPage('not a url', LOCAL))).code).toBe('invalid-url');
  });

  it('refuses content that is not a web page', async () => {
    const s = await site({ '/erklaering.pdf': { headers: { 'content-type': 'application/pdf' }, body: Buffer.from('%PDF-1.4 ...') } });
    const err = await fetchError(fetchPage(s.url('/erklaering.pdf'), LOCAL));
    expect(err.code).toBe('not-html');
    expect(err.hint).toContain('PDF');
  });

  it('reports a refused connection', async () => {
    const port = await closedPort();
    const err = await fetchError(fetchPage(`http://127.0.0.1:${port}/`, LOCAL));
    expect(err.code).toBe('connect');
    expect(err.message).toContain('avviste tilkoblingen');
  });

  it('stops when the caller aborts', async () => {
    const s = await site({ '/': () => undefined });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const err = await fetchError(fetchPage(s.url('/'), { ...LOCAL, signal: controller.signal }));
    expect(err.code).toBe('aborted');
  });
});

describe('Retry-After and the politeness gate', () => {
  it('reads Retry-After as seconds or a date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(new Date(Date.now() + 5000).toUTCString(), Date.now())).toBeGreaterThan(3000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });

  it('spaces requests to the same host, not to different hosts', async () => {
    const gate = new HostGate(60);
    const started = Date.now();
    const times: number[] = [];
    await Promise.all([0, 1, 2].map(() => gate.wait('firma.no').then(() => times.push(Date.now() - started))));
    await gate.wait('annen.no');
    times.sort((a, b) => a - b);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(50);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(50);
    expect(Date.now() - started).toBeLessThan(400);
  });

  it('applies the gate between a retry and the next attempt on the same host', async () => {
    const s = await site({ '/': { status: 500 } });
    await fetchError(fetchPage(s.url('/'), { ...LOCAL, retries: 1, retryBaseMs: 1, gate: new HostGate(100) }));
    expect(s.requests).toHaveLength(2);
    expect(s.requests[1]!.at - s.requests[0]!.at).toBeGreaterThanOrEqual(90);
  });
});
