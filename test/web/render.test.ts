import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { USER_AGENT } from '../../src/web/fetch.js';
import { CHROMIUM_PATH, Renderer } from '../../src/web/render.js';
import { scanSite } from '../../src/web/scan-site.js';
import { homepageHtml, policyHtml, startSite, type TestSite } from './helpers/server.js';

const hasChromium = existsSync(CHROMIUM_PATH);
if (!hasChromium) console.warn(`Chromium not found at ${CHROMIUM_PATH}: --render tests not run (install it with scripts/install-chromium.sh)`);

const sites: TestSite[] = [];
afterAll(async () => {
  await Promise.all(sites.map((s) => s.close()));
});

/** A page whose statement exists only after its script has run; the script also sets a cookie without asking. */
const SCRIPTED = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Personvern</title></head><body>
<div id="app">Laster …</div>
<script>
  document.cookie = '_ga=GA1.1.123.456; path=/';
  document.cookie = 'sprak=nb; path=/';
  const html = ${JSON.stringify(policyHtml('Skriptet AS').replace(/^[\s\S]*<main>|<\/main>[\s\S]*$/g, ''))};
  document.getElementById('app').innerHTML = html;
</script>
</body></html>`;

describe('--render', () => {
  it('says clearly when Chromium is not installed', async () => {
    await expect(Renderer.launch({ chromiumPath: '/finnes/ikke/chromium' })).rejects.toMatchObject({
      code: 'render',
      message: '--render trenger Chromium, men /finnes/ikke/chromium finnes ikke',
      hint: expect.stringContaining('apt-get install chromium'),
    });
  });

  it.runIf(hasChromium)(
    'loads a page that builds its content with JavaScript and records the cookies set before any click',
    async () => {
      const s = await startSite({ '/': homepageHtml([{ href: '/personvern', text: 'Personvern' }]), '/personvern': SCRIPTED });
      sites.push(s);
      const options = { rules: allRules, asOf: new Date('2026-11-22') };

      const plain = await scanSite(s.url('/'), { ...options, web: { allowPrivate: true } });
      expect(plain.text).not.toContain('Skriptet AS');
      expect(plain.site?.rendered).toBeUndefined();

      const rendered = await scanSite(s.url('/'), { ...options, web: { allowPrivate: true, render: true, timeoutMs: 10_000 } });
      expect(rendered.text).toContain('Personvernerklæring for Skriptet AS');
      expect(rendered.results.find((r) => r.ruleId === 'complaint-authority')?.status).toBe('pass');
      expect(rendered.site).toMatchObject({ foundBy: 'link', chosenUrl: s.url('/personvern'), rendered: true });
      expect(rendered.site?.cookies).toEqual([
        { name: '_ga', domain: '127.0.0.1' },
        { name: 'sprak', domain: '127.0.0.1' },
      ]);
      // robots.txt is read over plain HTTP (once per scan); the pages came through the browser the second time
      expect(s.paths().filter((p) => p !== '/favicon.ico')).toEqual(['/robots.txt', '/', '/personvern', '/robots.txt', '/', '/personvern']);
      expect(s.requests.filter((r) => r.path === '/personvern').map((r) => r.userAgent)).toEqual([USER_AGENT, USER_AGENT]);
    },
    30_000,
  );

  it.runIf(hasChromium)(
    'keeps the browser away from private addresses unless allowed',
    async () => {
      const s = await startSite({ '/': '<p>intern</p>' });
      sites.push(s);
      const renderer = await Renderer.launch({ timeoutMs: 5000 });
      try {
        const session = await renderer.session();
        await expect(session.load(s.url('/'))).rejects.toMatchObject({ code: 'private-address' });
        await session.close();
      } finally {
        await renderer.close();
      }
      expect(s.requests).toHaveLength(0);
    },
    30_000,
  );
});
