// What the e2e scenarios share: one sandbox, one code-server, one browser page, set up by run.ts.
import type { Page } from 'playwright-core';

export interface World {
  page: Page;
  /** Sandbox endpoint the extension is configured with (customerProfiles.endpoint). */
  endpoint: string;
  /** code-server workbench URL. */
  url: string;
  screenshotDir: string;
}

let current: World | undefined;

export function setWorld(world: World | undefined): void {
  current = world;
}

export function world(): World {
  if (!current) throw new Error('e2e world not set up: run the scenarios through out/test/e2e/run.js');
  return current;
}
