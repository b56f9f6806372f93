import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** A body (HTML unless the path says otherwise), a full reply, or a handler for anything else. */
export type Route = string | Buffer | Reply | Handler;

export interface SeenRequest {
  path: string;
  userAgent: string;
  at: number;
}

export interface TestSite {
  origin: string;
  /** host:port */
  host: string;
  port: number;
  url(path?: string): string;
  requests: SeenRequest[];
  /** Paths requested, in order. */
  paths(): string[];
  close(): Promise<void>;
}

function contentTypeFor(path: string): string {
  if (path.endsWith('.txt')) return 'text/plain; charset=utf-8';
  if (path.endsWith('.xml')) return 'application/xml; charset=utf-8';
  return 'text/html; charset=utf-8';
}

function send(res: ServerResponse, path: string, route: Exclude<Route, Handler>): void {
  const reply: Reply = typeof route === 'string' || Buffer.isBuffer(route) ? { body: route } : route;
  const headers = { 'content-type': contentTypeFor(path), ...(reply.headers ?? {}) };
  res.writeHead(reply.status ?? 200, headers);
  res.end(reply.body ?? '');
}

/**
 * Serves `routes` on 127.0.0.1 at a free port. Unknown paths answer 404 (robots.txt included,
 * which means "everything allowed"). Every request is recorded.
 */
export async function startSite(routes: Record<string, Route>, fallback?: Route): Promise<TestSite> {
  const requests: SeenRequest[] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, userAgent: String(req.headers['user-agent'] ?? ''), at: Date.now() });
    const route = routes[path] ?? fallback;
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Ikke funnet</title><h1>404</h1>');
      return;
    }
    if (typeof route === 'function') {
      route(req, res);
      return;
    }
    send(res, path, route);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    host: `127.0.0.1:${port}`,
    port,
    url: (path = '/') => origin + path,
    requests,
    paths: () => requests.map((r) => r.path),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 where nothing listens (connections are refused). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A short privacy statement with the words the rules look for. */
export function policyHtml(name = 'Eksempel AS', extra = ''): string {
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Personvernerklæring – ${name}</title></head><body>
<main>
<h1>Personvernerklæring for ${name}</h1>
<p>${name} (org.nr. 923 609 016) er behandlingsansvarlig. Kontakt oss på personvern@eksempel.no eller telefon 22 33 44 55.</p>
<h2>Formål og rettslig grunnlag</h2>
<p>Vi behandler navn og e-postadresse for å levere tjenesten og sende faktura. Grunnlaget er avtale, jf. personvernforordningen artikkel 6 nr. 1 bokstav b.</p>
<h2>Lagring</h2>
<p>Opplysningene slettes tre år etter at kundeforholdet er avsluttet.</p>
<h2>Dine rettigheter</h2>
<p>Du har rett til innsyn, retting, sletting, begrensning, dataportabilitet og til å protestere. Du kan klage til Datatilsynet.</p>
${extra}
</main></body></html>`;
}

/** A homepage whose footer links to `policyPath` (when given) and to a cookie page. */
export function homepageHtml(links: Array<{ href: string; text: string }> = [], body = '<p>Velkommen til oss.</p>'): string {
  const anchors = links.map((l) => `<a href="${l.href}">${l.text}</a>`).join(' | ');
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Eksempel AS</title></head><body>
<header><nav><a href="/">Hjem</a> <a href="/om-oss">Om oss</a> <a href="/kontakt">Kontakt</a></nav></header>
<main><h1>Eksempel AS</h1>${body}</main>
<footer>${anchors}</footer>
</body></html>`;
}
