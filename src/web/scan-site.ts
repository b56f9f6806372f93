import type { RunOptions } from '../engine/run.js';
import { analyseDocument } from '../scan.js';
import type { DocumentReport, Rule, SiteInfo } from '../types.js';
import { discoverSite } from './discover.js';
import type { FetchOptions } from './fetch.js';
import { HostGate } from './polite.js';
import { Renderer, type RenderSession } from './render.js';
import { RobotsCache } from './robots.js';
import type { SiteData } from './site.js';

/** How pages are fetched in a website scan (the CLI's web options). */
export interface WebSettings {
  allowPrivate?: boolean | ((host: string) => boolean);
  ignoreRobots?: boolean;
  /** Load the homepage and the statement in headless Chromium. */
  render?: boolean;
  chromiumPath?: string;
  /** Deadline for fetching one page (redirects, retries and body included). */
  timeoutMs?: number;
  connectTimeoutMs?: number;
  maxBytes?: number;
  /** Pause between two requests to the same host. */
  delayMs?: number;
  retries?: number;
  retryBaseMs?: number;
  maxRetryWaitMs?: number;
  userAgent?: string;
}

/** What the scans of one run share: the politeness gate, the robots.txt cache and the browser. */
export interface WebResources {
  settings: WebSettings;
  gate: HostGate;
  robots: RobotsCache;
  renderer?: Renderer;
}

function fetchOptionsOf(settings: WebSettings, gate: HostGate, signal?: AbortSignal): FetchOptions {
  return {
    allowPrivate: settings.allowPrivate,
    timeoutMs: settings.timeoutMs,
    connectTimeoutMs: settings.connectTimeoutMs,
    maxBytes: settings.maxBytes,
    retries: settings.retries,
    retryBaseMs: settings.retryBaseMs,
    maxRetryWaitMs: settings.maxRetryWaitMs,
    userAgent: settings.userAgent,
    gate,
    signal,
  };
}

/** Sets up a run's shared resources; launches Chromium when settings.render is on (throws a FetchError 'render' when it cannot). */
export async function createWebResources(settings: WebSettings, signal?: AbortSignal): Promise<WebResources> {
  const gate = new HostGate(settings.delayMs ?? 0);
  const robots = new RobotsCache({ ...fetchOptionsOf(settings, gate, signal), ignore: settings.ignoreRobots });
  const renderer = settings.render
    ? await Renderer.launch({
        chromiumPath: settings.chromiumPath,
        allowPrivate: settings.allowPrivate,
        timeoutMs: settings.timeoutMs,
        maxBytes: settings.maxBytes,
        userAgent: settings.userAgent,
      })
    : undefined;
  return { settings, gate, robots, renderer };
}

export async function closeWebResources(resources: WebResources): Promise<void> {
  await resources.renderer?.close();
}

export interface FetchSiteOptions {
  resources: WebResources;
  signal?: AbortSignal;
}

/** Fetches and discovers one site: homepage, statement, alternatives, and with --render the cookies set without consent. */
export async function fetchSite(input: string, options: FetchSiteOptions): Promise<SiteData> {
  const { resources, signal } = options;
  const fetchOptions = fetchOptionsOf(resources.settings, resources.gate, signal);
  let session: RenderSession | undefined;
  try {
    if (resources.renderer) session = await resources.renderer.session();
    const browser = session;
    const site = await discoverSite(input, {
      ...fetchOptions,
      robotsCache: resources.robots,
      loadPage: browser
        ? async (url: URL) => {
            await resources.robots.check(url, signal);
            await resources.gate.wait(url.host, undefined, signal);
            return browser.load(url);
          }
        : undefined,
    });
    if (browser) site.cookies = await browser.cookies();
    return site;
  } finally {
    await session?.close();
  }
}

export interface WebScanOptions extends RunOptions {
  rules: readonly Rule[];
  /** Shared resources of a run; when absent, the scan makes its own from `web` (and closes them). */
  resources?: WebResources;
  web?: WebSettings;
  signal?: AbortSignal;
}

export function siteInfo(input: string, site: SiteData, rendered: boolean): SiteInfo {
  return {
    input,
    ...(site.homepage ? { homepage: site.homepage.finalUrl } : {}),
    chosenUrl: site.policy.finalUrl,
    foundBy: site.foundBy,
    alternatives: site.alternatives,
    ...(site.robotsIgnored ? { robotsIgnored: true } : {}),
    ...(rendered ? { rendered: true } : {}),
    ...(site.cookies ? { cookies: site.cookies } : {}),
  };
}

/**
 * Scans one website: finds and fetches the statement (and the homepage), then runs the rules on
 * the statement's HTML with the fetched pages available to the site rules. The report's source is
 * the statement's address and `site` says how it was found.
 */
export async function scanSite(input: string, options: WebScanOptions): Promise<DocumentReport> {
  const { resources: shared, web, signal, rules, ...runOptions } = options;
  const resources = shared ?? (await createWebResources(web ?? {}, signal));
  try {
    const site = await fetchSite(input, { resources, signal });
    const report = analyseDocument(site.policy.html, { ...runOptions, rules, format: 'html', source: site.policy.finalUrl, site });
    report.site = siteInfo(input, site, resources.renderer !== undefined);
    return report;
  } finally {
    if (!shared) await closeWebResources(resources);
  }
}
