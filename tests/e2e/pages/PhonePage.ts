/**
 * A participant's phone in the end-to-end tests: another browser (no bridge, no app), in a mobile
 * viewport, that can reach nothing but the room's own address.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../../../electron/shell/chromiumShell';
import { axeViolations } from '../axe';
import { expect } from '../fixtures';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

export interface Phone {
  context: BrowserContext;
  page: Page;
}

export function launchPhonesBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, headless: true, args: [...CHROMIUM_ARGS, '--headless'] });
}

/** Opens the QR address and joins by name, or without one; optionally checks the join screen with axe first. */
export async function phoneJoins(browser: Browser, joinUrl: string, name: string | null, checkAccessibility = false): Promise<Phone> {
  const context = await browser.newContext(PHONE);
  const roomOrigin = new URL(joinUrl).origin;
  await context.route((url) => url.origin !== roomOrigin, (route) => route.abort('blockedbyclient'));
  const page = await context.newPage();
  await page.goto(joinUrl);
  await expect(page.getByRole('heading', { name: 'Join the room' })).toBeVisible();
  if (checkAccessibility) {
    await expect(page.getByRole('heading', { name: 'Are you on the list?' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  }
  if (name) {
    await page.getByLabel('Your name').fill(name);
    await page.getByRole('button', { name: 'Join', exact: true }).click();
  } else {
    await page.getByRole('button', { name: 'Join without my name' }).click();
  }
  return { context, page };
}

/** Chooses a level (with an optional comment), sends it and waits for "Vote received". */
export async function phoneVotes(page: Page, level: 1 | 2 | 3 | 4 | 5, comment = ''): Promise<void> {
  await page.getByRole('radio', { name: new RegExp(`^${level} · `) }).check();
  if (comment) {
    await page.getByText('Add a comment (optional)').click();
    await page.getByLabel('Comment').fill(comment);
  }
  await page.getByRole('button', { name: /^Send my (new )?vote$/ }).click();
  await expect(page.getByText('Vote received')).toBeVisible();
}
