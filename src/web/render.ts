import { existsSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { DEFAULT_MAX_BYTES } from '../loaders/decode.js';
import { FetchError } from './errors.js';
import { assertPublicAddress, DEFAULT_TIMEOUT_MS, httpStatusError, parseHttpUrl, USER_AGENT, type FetchResult } from './fetch.js';

/** Debian's Chromium package. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface RenderOptions {
  chromiumPath?: string;
  allowPrivate?: boolean | ((host: string) => boolean);
  /** Deadline for one page load. */
  timeoutMs?: number;
  /** How long to wait for the network to go quiet after the load event (scripts adding content). */
  settleMs?: number;
  maxBytes?: number;
  userAgent?: string;
}

export interface RenderedCookie {
  name: string;
  domain: string;
}

function renderError(nb: string, en: string, hintNb: string, hintEn: string, url = ''): FetchError {
  return new FetchError('render', { nb, en }, { nb: hintNb, en: hintEn }, url);
}

/**
 * Headless Chromium through playwright-core, for sites that build their content with
 * JavaScript. One browser serves a whole run; every site gets its own session (a fresh
 * browser context: no cookies or storage from other sites). Playwright starts the browser
 * with a new temporary profile directory of its own and removes it on close.
 */
export class Renderer {
  private constructor(
    private readonly browser: Browser,
    readonly options: RenderOptions,
  ) {}

  static async launch(options: RenderOptions = {}): Promise<Renderer> {
    const executablePath = options.chromiumPath ?? CHROMIUM_PATH;
    if (!existsSync(executablePath)) {
      throw renderError(
        `--render trenger Chromium, men ${executablePath} finnes ikke`,
        `--render needs Chromium, but ${executablePath} does not exist`,
        'installer Debians chromium-pakke (sudo apt-get install chromium, eller bash scripts/install-chromium.sh), eller kjør uten --render',
        "install Debian's chromium package (sudo apt-get install chromium, or bash scripts/install-chromium.sh), or run without --render",
      );
    }
    let playwright: typeof import('playwright-core');
    try {
      playwright = await import('playwright-core');
    } catch {
      throw renderError(
        '--render trenger pakken playwright-core, som ikke er installert',
        '--render needs the playwright-core package, which is not installed',
        'installer den med npm install playwright-core, eller kjør uten --render',
        'install it with npm install playwright-core, or run without --render',
      );
    }
    try {
      const browser = await playwright.chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, timeout: 30_000 });
      return new Renderer(browser, options);
    } catch (err) {
      throw renderError(
        `Chromium (${executablePath}) kunne ikke startes: ${(err as Error).message.split('\n')[0]}`,
        `Chromium (${executablePath}) could not be started: ${(err as Error).message.split('\n')[0]}`,
        'kontroller at Chromium virker (chromium --headless --version), eller kjør uten --render',
        'check that Chromium works (chromium --headless --version), or run without --render',
      );
    }
  }

  /** A new isolated session (its own cookie jar) for one site. */
  async session(): Promise<RenderSession> {
    const context = await this.browser.newContext({
      userAgent: this.options.userAgent ?? USER_AGENT,
      locale: 'nb-NO',
      javaScriptEnabled: true,
      serviceWorkers: 'block',
    });
    if (this.options.allowPrivate !== true) {
      // Requests the page makes itself (scripts, frames, images) must not reach private addresses either.
      const checked = new Map<string, Promise<boolean>>();
      await context.route('**/*', async (route) => {
        const url = new URL(route.request().url());
        if (url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
        if (url.protocol !== 'http:' && url.protocol !== 'https:') return route.abort('blockedbyclient');
        let verdict = checked.get(url.host);
        if (!verdict) {
          verdict = assertPublicAddress(url, { allowPrivate: this.options.allowPrivate }).then(
            () => true,
            () => false,
          );
          checked.set(url.host, verdict);
        }
        return (await verdict) ? route.continue() : route.abort('blockedbyclient');
      });
    }
    return new RenderSession(context, this.options);
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
  }
}

/** One site's pages in one browser context; cookies accumulate across the pages loaded. */
export class RenderSession {
  constructor(
    private readonly context: BrowserContext,
    private readonly options: RenderOptions,
  ) {}

  /** Loads a page, lets its scripts run, and returns the resulting DOM as HTML. No element is clicked. */
  async load(input: URL | string): Promise<FetchResult> {
    const url = parseHttpUrl(input);
    await assertPublicAddress(url, { allowPrivate: this.options.allowPrivate });
    const timeoutMs = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const page = await this.context.newPage();
    try {
      let response;
      try {
        response = await page.goto(url.href, { waitUntil: 'load', timeout: timeoutMs });
      } catch (err) {
        const message = (err as Error).message.split('\n')[0] ?? '';
        if (/timeout/i.test(message)) {
          throw new FetchError(
            'timeout',
            { nb: `${url.host} lastet ikke ferdig i nettleseren innen ${Math.round(timeoutMs / 1000)} s`, en: `${url.host} did not finish loading in the browser within ${Math.round(timeoutMs / 1000)} s` },
            { nb: 'prøv igjen senere, eller øk grensen med --timeout', en: 'try again later, or raise the limit with --timeout' },
            url.href,
          );
        }
        throw new FetchError(
          'network',
          { nb: `nettleseren kunne ikke laste ${url.href} (${message})`, en: `the browser could not load ${url.href} (${message})` },
          { nb: 'kontroller adressen, eller prøv uten --render', en: 'check the address, or try without --render' },
          url.href,
        );
      }
      await page.waitForLoadState('networkidle', { timeout: this.options.settleMs ?? 2000 }).catch(() => undefined);
      const status = response?.status() ?? 200;
      const finalUrl = parseHttpUrl(page.url());
      await assertPublicAddress(finalUrl, { allowPrivate: this.options.allowPrivate });
      if (status < 200 || status > 299) throw httpStatusError(finalUrl, status);
      const html = await page.content();
      const maxBytes = this.options.maxBytes ?? DEFAULT_MAX_BYTES;
      if (Buffer.byteLength(html, 'utf8') > maxBytes) {
        throw new FetchError(
          'too-large',
          { nb: `siden er for stor etter at skriptene har kjørt (grensen er ${(maxBytes / 1024 / 1024).toFixed(1)} MB)`, en: `the page is too large after its scripts ran (the limit is ${(maxBytes / 1024 / 1024).toFixed(1)} MB)` },
          { nb: 'øk grensen med --max-size', en: 'raise the limit with --max-size' },
          url.href,
        );
      }
      return { url: url.href, finalUrl: finalUrl.href, status, html, contentType: 'text/html', redirects: finalUrl.href === url.href ? [] : [finalUrl.href] };
    } finally {
      await page.close().catch(() => undefined);
    }
  }

  /** Every cookie set so far (first and third party), i.e. before any consent was given. */
  async cookies(): Promise<RenderedCookie[]> {
    const cookies = await this.context.cookies();
    return cookies.map((c) => ({ name: c.name, domain: c.domain })).sort((a, b) => a.domain.localeCompare(b.domain) || a.name.localeCompare(b.name));
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
  }
}
