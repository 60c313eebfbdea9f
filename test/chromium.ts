import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium for the browser tests (no browser download): SITREP_CHROMIUM, else /usr/bin/chromium.
 * Missing, the tests skip with the reason printed; in CI (CI set) a missing browser is a failure instead.
 */
export function chromiumPath(): string | null {
  const path = process.env.SITREP_CHROMIUM?.trim() || '/usr/bin/chromium';
  return existsSync(path) ? path : null;
}

export function browserSkipReason(): string | null {
  if (chromiumPath()) return null;
  const reason = `no Chromium at ${process.env.SITREP_CHROMIUM?.trim() || '/usr/bin/chromium'} (set SITREP_CHROMIUM, or apt-get install chromium)`;
  if (process.env.CI) throw new Error(`CI is set and the browser tests cannot run: ${reason}`);
  console.warn(`dashboard browser tests skipped: ${reason}`);
  return reason;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath()!,
    // Root in a container needs no sandbox; WebGL (the map) renders in software where there is no GPU.
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-dev-shm-usage'],
  });
}
