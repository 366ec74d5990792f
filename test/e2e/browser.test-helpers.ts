import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium (apt-get install -y chromium), or CADRE_CHROMIUM. */
export const CHROMIUM = process.env.CADRE_CHROMIUM ?? '/usr/bin/chromium';

/**
 * The browser tests run when CADRE_BROWSER=1 (CI sets it, and installs Chromium); otherwise Jest
 * reports them as skipped, never as passed. With CADRE_BROWSER=1 and no Chromium they fail, saying so.
 */
export const BROWSER_TESTS = process.env.CADRE_BROWSER === '1';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install it (apt-get install -y chromium) or set CADRE_CHROMIUM`);
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}
