// Debian's headless Chromium through playwright-core (never a downloaded browser).
import * as fs from 'fs';
import * as path from 'path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_BIN } from './paths';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** A fresh persistent context in profileDir (playwright refuses --user-data-dir in args). */
export async function launchBrowser(profileDir: string, viewport = { width: 1400, height: 850 }): Promise<BrowserContext> {
  if (!fs.existsSync(CHROMIUM_BIN)) throw new Error(`Chromium not found at ${CHROMIUM_BIN}: run bash test/harness/provision.sh`);
  fs.mkdirSync(profileDir, { recursive: true });
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_BIN,
    headless: true,
    viewport,
    timeout: 60_000,
    // What a user of browser-hosted VS Code allows: without it Chromium denies navigator.clipboard, and VS Code 1.90's
    // web clipboard then reads back '' where 1.100+ falls back to an in-memory copy (Copy ARN's test saw both).
    permissions: ['clipboard-read', 'clipboard-write'],
    // Else Chromium's crashpad writes ~/.config/chromium.
    env: { ...process.env, XDG_CONFIG_HOME: path.join(profileDir, 'xdg-config'), XDG_CACHE_HOME: path.join(profileDir, 'xdg-cache') },
    args: CHROMIUM_ARGS,
  });
}
