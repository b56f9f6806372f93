import type { Locale } from '../engine/run.js';
import type { Localized } from '../types.js';

export type FetchErrorCode =
  | 'invalid-url'
  | 'scheme'
  | 'private-address'
  | 'dns'
  | 'connect'
  | 'tls'
  | 'timeout'
  | 'network'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'http-status'
  | 'too-large'
  | 'not-html'
  | 'empty'
  | 'robots'
  | 'not-found'
  | 'render'
  | 'aborted';

/**
 * A web page that could not be fetched or used, with the reason and what to do about it
 * (like InputError for files). Batches report it per site and carry on.
 */
export class FetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    readonly text: Localized,
    readonly hintText: Localized,
    readonly url: string,
    readonly status?: number,
  ) {
    super(text.nb);
    this.name = 'FetchError';
  }

  get hint(): string {
    return this.hintText.nb;
  }

  describe(locale: Locale = 'nb'): string {
    return `${this.text[locale]} – ${this.hintText[locale]}`;
  }
}

export function isFetchError(err: unknown): err is FetchError {
  return err instanceof FetchError;
}

/** "message – hint" for any error a web scan can throw. */
export function describeWebError(err: unknown, locale: Locale = 'nb'): string {
  if (err instanceof FetchError) return err.describe(locale);
  const message = err instanceof Error ? err.message : String(err);
  return locale === 'en' ? `unexpected error: ${message}` : `uventet feil: ${message}`;
}
