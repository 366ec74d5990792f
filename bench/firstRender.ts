/**
 * The task pane's first-render budgets (performance.md): the JavaScript the page loads before its
 * first render (gzipped; budget 250 KB) and the time to the first render in headless Chromium from a
 * local server (budget 1.5 s), measured on a production build of the add-in in a temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serveDirectory } from './serveDirectory';

export interface FirstRenderFigures {
  /** gzipped bytes of the scripts taskpane.html loads (office.js from Microsoft's CDN excluded) */
  readonly scriptBytes: number;
  /** milliseconds from navigation start to the task pane's first render, per run */
  readonly renderMs: readonly number[];
}

export async function firstRender(root: string, runs: number, chromiumPath = process.env.CADRE_CHROMIUM ?? '/usr/bin/chromium'): Promise<FirstRenderFigures | { skipped: string }> {
  if (!existsSync(chromiumPath)) return { skipped: `no Chromium at ${chromiumPath} (apt-get install -y chromium)` };
  const out = mkdtempSync(join(tmpdir(), 'cadre-dist-'));
  try {
    execFileSync(process.execPath, [join(root, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production', '--output-path', out], { cwd: root, stdio: 'pipe' });
    const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
    // the production page is minified: attribute quotes may be gone
    const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
    if (scripts.length === 0) throw new Error('taskpane.html loads no script of its own: the page changed, so this measure must change too');
    const scriptBytes = scripts.reduce((n, src) => n + gzipSync(readFileSync(join(out, src.replace(/^\.?\//, '')))).length, 0);
    const server = await serveDirectory(out);
    const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    const renderMs: number[] = [];
    try {
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
        const page = await context.newPage();
        // office.js comes from Microsoft's CDN, which this machine cannot reach: answer it at once with nothing, as offline
        await page.route(/appsforoffice\.microsoft\.com/, (route) => route.fulfill({ status: 404, body: '' }));
        // the moment the shell's <main> is in the document, as the page's own clock reads it
        await page.addInitScript(() => {
          const w = window as unknown as { cadreFirstRender?: number };
          new MutationObserver((_, observer) => {
            if (document.querySelector('main[data-status]')) {
              w.cadreFirstRender = performance.now();
              observer.disconnect();
            }
          }).observe(document, { subtree: true, childList: true });
        });
        await page.goto(`${server.url}/taskpane.html`);
        await page.waitForSelector('main[data-status]');
        renderMs.push(await page.evaluate(() => (window as unknown as { cadreFirstRender: number }).cadreFirstRender));
        await context.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    return { scriptBytes, renderMs };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
