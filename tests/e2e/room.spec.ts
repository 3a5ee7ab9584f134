/**
 * The room, end to end: the facilitator opens the room (on loopback: tests never use another
 * network), five phones (mobile viewports, each its own browser context) join through the QR
 * address and vote, the facilitator sees only counts until the reveal, the distribution matches
 * the phones' votes, and a phone that loses its connection and reloads keeps its identity.
 */
import type { Browser } from 'playwright-core';
import { expect, test } from './fixtures';
import { axeViolations } from './axe';
import { launchPhonesBrowser, phoneJoins, phoneVotes, type Phone } from './pages/PhonePage';

let phonesBrowser: Browser;

test.beforeAll(async () => {
  // The phones are another browser, as in the room: no bridge, no app, only the room's address.
  phonesBrowser = await launchPhonesBrowser();
});
test.afterAll(async () => {
  await phonesBrowser.close();
});

test('five phones vote through the QR address; counts only until the reveal; a phone reconnects as itself', async ({ shell }) => {
  test.setTimeout(240_000);
  const page = shell.page;
  await page.getByRole('button', { name: 'Open the sample workshop' }).click();
  await page.getByRole('navigation', { name: 'Workshop agenda' }).getByRole('button', { name: /Data quality/ }).click();
  await expect(page.locator('#stage-title')).toHaveText(/Data quality/);
  // A re-vote on data quality: a new round with no votes yet.
  await page.getByTestId('revote').click();
  await expect(page.getByTestId('scoring-round')).toHaveAttribute('data-round-status', 'open');
  const totalBefore = Number((await page.getByTestId('turnout').textContent())!.match(/of (\d+)/)![1]);

  // Open the room on this laptop only (loopback), and read the address the QR code carries.
  await page.getByTestId('room-button').click();
  await page.getByRole('button', { name: 'Rehearse on this laptop only' }).click();
  const qr = page.locator('img.room-qr');
  await expect(qr).toBeVisible();
  const joinUrl = (await qr.getAttribute('data-join-url'))!;
  expect(joinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#k=[A-Za-z0-9_-]{32}$/);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Done', exact: true }).click();

  // The presenter view for the projector.
  await page.getByTestId('room-button').click();
  await page.getByRole('button', { name: 'Show on the projector' }).click();
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await expect.poll(() => shell.context.pages().some((p) => p.url().includes('#/presenter/'))).toBe(true);
  const presenter = shell.context.pages().find((p) => p.url().includes('#/presenter/'))!;
  await expect(presenter.getByTestId('presenter-code')).toHaveText(/^[A-Z0-9]{3} [A-Z0-9]{3}$/, { timeout: 20_000 });

  // Tom Becker is on the session's participant list: his phone votes as him. The others are new
  // to the session (one without a name) and join its participants.
  const names = ['Ines Laurent', 'Tom Becker', 'Sara Nilsson', 'Omar Haddad', null] as const;
  const levels = [1, 2, 3, 3, 5] as const;
  const phones: Phone[] = [];
  for (const [i, name] of names.entries()) phones.push(await phoneJoins(phonesBrowser, joinUrl, name, i === 0));
  for (const phone of phones) await expect(phone.page.getByRole('heading', { name: 'Data quality' })).toBeVisible();
  // The window, the projector and the phones name the round alike.
  await expect(page.getByTestId('scoring-round').locator('.eyebrow').first()).toContainText('Round 2');
  await expect(presenter.getByText(/Gap 1 of 6 · Round 2/)).toBeVisible();
  await expect(phones[0]!.page.locator('.gap-line')).toHaveText(/Round 2$/);
  // An open re-vote is what the projector shows at the top, not the stage's finished timebox.
  await expect(presenter.getByTestId('presenter-voting-open')).toBeVisible();
  await expect(presenter.getByText(/Done ·/)).toHaveCount(0);
  // The laptop sees who joined as someone of the session.
  await page.getByTestId('room-button').click();
  await expect(page.getByTestId('room-joins')).toContainText('Tom Becker');
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  expect(await axeViolations(phones[0]!.page)).toEqual([]);
  const totalAfter = totalBefore + 4;
  for (const [i, phone] of phones.entries()) await phoneVotes(phone.page, levels[i]!, i === 2 ? 'Only the billing queue was sampled.' : '');

  // The facilitator sees counts only: the turnout, the room's phone count, nothing of the levels.
  await expect(page.getByTestId('turnout')).toHaveText(`5 of ${totalAfter} voted`);
  await expect(presenter.getByTestId('presenter-voted')).toHaveText('5');
  await expect(presenter.getByTestId('presenter-total')).toHaveText(String(totalAfter));
  await expect(page.getByTestId('distribution')).toHaveCount(0);
  await expect(presenter.getByTestId('presenter-distribution')).toHaveCount(0);
  await expect(page.getByTestId('room-button')).toHaveText(/5 phones/);

  // Phone 1 loses its connection, comes back, and changes its vote: same participant.
  const first = phones[0]!.page;
  await phones[0]!.context.setOffline(true);
  await expect(first.getByRole('status')).toHaveText(/Connection lost/);
  await phones[0]!.context.setOffline(false);
  await expect(first.locator('#link-status')).toHaveAttribute('data-state', 'online');
  await expect(first.locator('#link-status')).toBeHidden();
  await expect(first.getByText('Vote received')).toBeVisible();
  await first.reload();
  await expect(first.getByText('Vote received')).toBeVisible();
  await expect(first.getByText('1 · Pilot only')).toBeVisible();
  await first.getByRole('button', { name: 'Change my vote' }).click();
  await phoneVotes(first, 2);
  await expect(page.getByTestId('turnout')).toHaveText(`5 of ${totalAfter} voted`);
  await expect(page.getByTestId('room-button')).toHaveText(/5 phones/);

  // A phone never sees anyone else's vote before the reveal.
  for (const phone of phones) await expect(phone.page.locator('.bars')).toHaveCount(0);

  // The reveal, on the laptop only. The distribution matches what the phones sent.
  await page.getByTestId('reveal-button').click();
  const expected: Record<string, number> = { '1': 0, '2': 2, '3': 2, '4': 0, '5': 1, unsure: 0 };
  for (const [key, count] of Object.entries(expected)) {
    await expect(page.locator(`[data-testid="distribution"] g[data-key="${key}"]`)).toHaveAttribute('data-count', String(count));
    await expect(presenter.locator(`[data-testid="presenter-distribution"] g[data-key="${key}"]`)).toHaveAttribute('data-count', String(count));
  }
  // The phones show the revealed distribution too.
  for (const phone of phones) await expect(phone.page.getByRole('heading', { name: 'The votes are revealed' })).toBeVisible();
  await expect(phones[2]!.page.locator('.bar-mine .bar-count')).toHaveText('2');
  // A vote after the reveal is refused: the round is closed on the phones.
  await expect(phones[4]!.page.getByRole('radio')).toHaveCount(0);

  // Every phone vote was confirmed by the window: nothing left in the journal.
  const pending = await shell.dispatch('pendingRoomVotes', {}, { url: shell.appUrl, isMainFrame: true });
  expect(pending).toEqual({ ok: true, value: { votes: [] } });

  // Closing the room tells the phones.
  await page.getByTestId('room-button').click();
  await page.getByRole('button', { name: 'Close the room' }).click();
  for (const phone of phones) await expect(phone.page.getByRole('heading', { name: 'The room is closed' })).toBeVisible();
  await expect(presenter.getByTestId('presenter-room')).toHaveCount(0);
  for (const phone of phones) await phone.context.close();
});
