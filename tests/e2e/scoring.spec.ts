/**
 * A scoring round end to end on the sample workshop's support gap (its round 1 is open with four
 * of seven votes): grid votes by keyboard, a reload mid-round, a private vote, the reveal, the
 * consensus and a re-vote. Votes must stay invisible until the reveal, across the reload too.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ shellOptions: { viewport: { width: 1280, height: 720 } } });

function scoring(page: Page): Locator {
  return page.getByTestId('scoring-round');
}

/** Nothing on the page may say what anyone voted while the round is open. */
async function expectVotesHidden(page: Page): Promise<void> {
  const round = scoring(page);
  await expect(round).toHaveAttribute('data-round-status', 'open');
  await expect(page.getByTestId('reveal-panel')).toHaveCount(0);
  await expect(page.getByTestId('distribution')).toHaveCount(0);
  await expect(page.getByTestId('median')).toHaveCount(0);
  // The grid marks who voted, never which level: no cell is pressed, checked or selected.
  await expect(round.locator('[aria-pressed="true"], [aria-checked="true"], [aria-selected="true"], [data-selected], input:checked')).toHaveCount(0);
  await expect(round.locator('.round-open')).not.toContainText(/median/i);
}

test('a round: grid votes by keyboard, reload, private vote, reveal, consensus, re-vote', async ({ shell }) => {
  const page = shell.page;
  await page.getByRole('button', { name: 'Open the sample workshop' }).click();
  await page.locator('nav.rail button[data-stage="gap-support"]').click();
  await expect(page.locator('#stage-title')).toContainText('Support model');

  const round = scoring(page);
  await expect(round.getByTestId('turnout')).toHaveText('4 of 7 voted');
  await expectVotesHidden(page);

  // Grid: focus Sam's row, type 2 (moves to Tom), 4 (moves to Lena), then back up and change Tom to 3.
  const row = (name: string) => round.locator('tr[data-participant]', { hasText: name });
  await row('Sam Carter').locator('th').click();
  await expect(row('Sam Carter')).toBeFocused();
  await page.keyboard.press('2');
  await expect(row('Tom Becker')).toBeFocused();
  await page.keyboard.press('4');
  await expect(row('Lena Fischer')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(row('Tom Becker')).toBeFocused();
  await page.keyboard.press('3');
  await expect(round.getByTestId('turnout')).toHaveText('6 of 7 voted');
  await expect(row('Sam Carter')).toHaveAttribute('data-voted', 'true');
  await expect(row('Tom Becker')).toHaveAttribute('data-voted', 'true');
  await expect(row('Lena Fischer')).not.toHaveAttribute('data-voted', 'true');
  await expectVotesHidden(page);

  // A reload in the middle of the round comes back to the same round, votes still hidden.
  await page.reload();
  await expect(scoring(page).getByTestId('turnout')).toHaveText('6 of 7 voted');
  await expect(page.locator('#stage-title')).toContainText('Support model');
  await expectVotesHidden(page);

  // Private voting: Lena picks her name, votes 1 with a comment; the screen then hides everything.
  await round.getByTestId('private-voting').click();
  const dialog = page.locator('dialog.private-voting');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: /Lena Fischer/ }).click();
  await expect(dialog.getByRole('heading', { level: 2 })).toContainText('Lena Fischer');
  await page.keyboard.press('3');
  await expect(dialog.locator('input[type="radio"][value="3"]')).toBeChecked();
  await page.keyboard.press('1');
  await expect(dialog.locator('input[type="radio"][value="1"]')).toBeChecked();
  await dialog.getByText('High', { exact: true }).click();
  await dialog.getByLabel('A comment for the discussion (optional)').fill('Nobody has rehearsed a night-time outage.');
  await dialog.getByRole('button', { name: 'Cast my vote' }).click();
  await expect(dialog.getByRole('heading', { name: 'Vote received — pass the laptop on' })).toBeVisible();
  await expect(dialog).not.toContainText('Pilot only');
  await expect(dialog).not.toContainText('night-time outage');
  await dialog.getByRole('button', { name: /back to the facilitator/i }).click();
  await expect(dialog).toBeHidden();
  await expect(round.getByTestId('turnout')).toHaveText('7 of 7 voted');
  await expectVotesHidden(page);

  // Reveal with R: 1 → Lena; 2 → Priya, Daniel, Sam; 3 → Marta, Alex, Tom.
  await page.keyboard.press('r');
  await expect(round).toHaveAttribute('data-round-status', 'revealed');
  const chart = round.getByTestId('distribution');
  const counts = await chart.locator('g[data-key]').evaluateAll((groups) => groups.map((g) => [g.getAttribute('data-key'), g.getAttribute('data-count')]));
  expect(counts).toEqual([
    ['1', '1'],
    ['2', '3'],
    ['3', '3'],
    ['4', '0'],
    ['5', '0'],
    ['unsure', '0'],
  ]);
  await expect(round.getByTestId('median')).toHaveText('2');
  await expect(round.getByTestId('spread')).toContainText('2');
  await expect(round.getByTestId('voted')).toHaveText('7');
  await expect(chart).toContainText('Lena Fischer');
  await expect(round.getByTestId('divergence')).toContainText('The room disagrees');
  await expect(round).toContainText('Nobody has rehearsed a night-time outage.');

  // Consensus: C focuses the rationale, the median (2) is preselected, Enter confirms.
  await page.keyboard.press('c');
  const form = page.getByTestId('consensus-form');
  await expect(form.getByLabel('Rationale, in one line')).toBeFocused();
  await expect(form.locator('input[type="radio"][value="2"]')).toBeChecked();
  await page.keyboard.type('Everyone knows support must move in-house; no owner or runbook yet.');
  await page.keyboard.press('Enter');
  const consensus = page.getByTestId('consensus');
  await expect(consensus).toContainText('Level 2 — Gap understood');
  await expect(consensus).toContainText('no owner or runbook yet');
  await expect(page.locator('nav.rail button[data-stage="gap-support"] .rail-done')).toBeVisible();

  // Re-vote with V: round 2 opens empty, round 1 is kept and listed.
  await page.keyboard.press('v');
  await expect(round).toHaveAttribute('data-round-status', 'open');
  await expect(round.getByTestId('turnout')).toHaveText('0 of 7 voted');
  await expect(round.getByTestId('reveal-button')).toBeDisabled();
  const history = round.getByTestId('round-history');
  await expect(history.locator('[data-round]')).toHaveCount(2);
  await expect(history.locator('[data-round="1"]')).toContainText('median 2');
  await expect(history.locator('[data-round="2"]')).toContainText('open');
  await expect(consensus).toContainText('A re-vote is open');
  await expectVotesHidden(page);

  await page.reload();
  await expect(scoring(page).getByTestId('round-history').locator('[data-round]')).toHaveCount(2);
  await expect(scoring(page).getByTestId('turnout')).toHaveText('0 of 7 voted');

  // Round 2: two quick votes and an immediate R (the reveal reads the stored round, not the screen).
  await row('Marta Okafor').locator('th').click();
  await page.keyboard.press('3');
  await page.keyboard.press('3');
  await page.keyboard.press('r');
  await expect(round).toHaveAttribute('data-round-status', 'revealed');
  await expect(round.getByTestId('voted')).toHaveText('2');
  await expect(history.locator('[data-round="2"]')).toContainText('median 3');
  // The round-1 consensus stands, and the form asks to confirm one for round 2.
  await expect(page.getByTestId('consensus-form')).toContainText('it stands until you confirm a level for round 2');
  await expect(page.getByTestId('consensus-form').locator('input[type="radio"][value="3"]')).toBeChecked();
});
