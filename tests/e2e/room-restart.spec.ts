/**
 * The laptop restarts mid-round: the app reopens the session's room on the same port and key by
 * itself, the phones (another browser, never rescanning) reconnect as themselves, show the vote
 * the laptop has, and can still change it; the votes cast before the restart stand.
 */
import type { Browser } from 'playwright-core';
import { expect, test } from './fixtures';
import { launchPhonesBrowser, phoneJoins, phoneVotes } from './pages/PhonePage';

let phonesBrowser: Browser;

test.beforeAll(async () => {
  // The phones are another browser, as in the room: no bridge, no app, only the room's address.
  phonesBrowser = await launchPhonesBrowser();
});
test.afterAll(async () => {
  await phonesBrowser.close();
});

test('the app restarts mid-round: phones reconnect by themselves, as themselves, and their votes stand', async ({ shell, restart }) => {
  test.setTimeout(240_000);
  const page = shell.page;
  await page.getByRole('button', { name: 'Open the sample workshop' }).click();
  await page.getByRole('navigation', { name: 'Workshop agenda' }).getByRole('button', { name: /Data quality/ }).click();
  await page.getByTestId('revote').click();
  await expect(page.getByTestId('scoring-round')).toHaveAttribute('data-round-status', 'open');

  await page.getByTestId('room-button').click();
  await page.getByRole('button', { name: 'Rehearse on this laptop only' }).click();
  const joinUrl = (await page.locator('img.room-qr').getAttribute('data-join-url'))!;
  await page.getByRole('button', { name: 'Done', exact: true }).click();

  const ines = await phoneJoins(phonesBrowser, joinUrl, 'Ines Laurent');
  const guest = await phoneJoins(phonesBrowser, joinUrl, null);
  await expect(ines.page.getByRole('heading', { name: 'Data quality' })).toBeVisible();
  // The window, the projector and the phone name the round alike.
  const roundName = (await page.getByTestId('scoring-round').locator('.eyebrow').first().textContent())!.match(/Round \d+/)![0];
  await expect(ines.page.locator('.gap-line')).toContainText(roundName);
  await phoneVotes(ines.page, 2);
  await phoneVotes(guest.page, 4);
  await expect(page.getByTestId('turnout')).toHaveText(/^2 of \d+ voted$/);

  // Quit and start again: nobody rescans, nobody reloads.
  const again = await restart();
  const laptop = again.page;
  await expect(ines.page.locator('#link-status')).toHaveAttribute('data-state', 'offline');
  // The room opens again by itself, while the laptop still shows the library.
  await expect
    .poll(async () => ((await again.dispatch('roomStatus', {}, { url: again.appUrl, isMainFrame: true })) as { ok: boolean; value?: { state: string } }).value?.state, { timeout: 20_000 })
    .toBe('open');

  // Each phone is back by itself, as itself, with the vote the laptop has.
  for (const phone of [ines, guest]) await expect(phone.page.locator('#link-status')).toHaveAttribute('data-state', 'online', { timeout: 20_000 });
  await expect(ines.page.getByText('Vote received')).toBeVisible();
  await expect(ines.page.getByText('2 · ')).toBeVisible();
  await expect(guest.page.getByText('4 · ')).toBeVisible();

  // The same address and key: the QR code did not change.
  await laptop.getByTestId('session-row').first().getByRole('button', { name: /^Open / }).click();
  await expect(laptop.getByTestId('room-button')).toHaveText(/Room open · 2 phones/);
  await laptop.getByTestId('room-button').click();
  await expect(laptop.locator('img.room-qr')).toHaveAttribute('data-join-url', joinUrl);
  await laptop.getByRole('button', { name: 'Done', exact: true }).click();

  // A change after the restart replaces the phone's vote; the count stays.
  await expect(laptop.locator('#stage-title')).toHaveText(/Data quality/);
  await ines.page.getByRole('button', { name: 'Change my vote' }).click();
  await phoneVotes(ines.page, 3);
  await expect(laptop.getByTestId('turnout')).toHaveText(/^2 of \d+ voted$/);
  await laptop.getByTestId('reveal-button').click();
  await expect(laptop.locator('[data-testid="distribution"] g[data-key="3"]')).toHaveAttribute('data-count', /[1-9]/);
  await expect(laptop.locator('[data-testid="distribution"] g[data-key="4"]')).toHaveAttribute('data-count', /[1-9]/);
  await expect(ines.page.getByRole('heading', { name: 'The votes are revealed' })).toBeVisible();
  await ines.context.close();
  await guest.context.close();
});
