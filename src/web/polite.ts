import { setTimeout as sleep } from 'node:timers/promises';
import type { RequestGate } from './fetch.js';

/** Longest Crawl-delay from robots.txt that is honoured; larger values would stall a batch. */
export const MAX_CRAWL_DELAY_MS = 10_000;

/**
 * Keeps at least `delayMs` between the starts of two requests to the same host, across all
 * concurrent scans. Each caller reserves the next free slot at once, so waiting callers queue
 * in order instead of all firing when the pause is over.
 */
export class HostGate implements RequestGate {
  private readonly nextFree = new Map<string, number>();

  constructor(readonly delayMs: number) {}

  async wait(host: string, minDelayMs = 0, signal?: AbortSignal): Promise<void> {
    const spacing = Math.max(this.delayMs, Math.min(minDelayMs, MAX_CRAWL_DELAY_MS));
    const now = Date.now();
    const at = Math.max(now, this.nextFree.get(host) ?? 0);
    this.nextFree.set(host, at + spacing);
    if (at > now) await sleep(at - now, undefined, { signal });
  }
}
