/**
 * The action plan and a gap's notes on the sample workshop, in the Chromium shell at 1280×720:
 * what stands out, one-click suggestions, owner and date, delete with Undo, grouping, reload.
 * Build first: `npx electron-vite build`.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { axeViolations } from './axe';

test.use({ shellOptions: { viewport: { width: 1280, height: 720 } } });

async function openSampleStage(page: Page, stage: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Open the sample workshop' }).click();
  const button = page.getByRole('navigation', { name: 'Workshop agenda' }).getByRole('button', { name: stage });
  await button.click();
  // The stage the sample opened on may show the same panels: wait until the asked-for stage is the one shown.
  await expect(button).toHaveAttribute('aria-current', 'step');
}

/** A date a month from now, so the action is neither overdue nor far away. */
function inAMonth(): string {
  const d = new Date(Date.now() + 30 * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

test('the action plan: gaps stand out, suggestions, owner and date, delete with Undo, grouping, reload', async ({ shell }) => {
  const page = shell.page;
  await openSampleStage(page, /Action plan/);
  await expect(page.getByRole('heading', { level: 1, name: 'Action plan' })).toBeVisible();

  const plan = page.locator('.action-plan');
  const action = (title: string) => plan.getByRole('listitem', { name: title, exact: true });
  const attention = page.getByTestId('plan-attention');
  const crm = action('Connect the CRM for customer lookups');

  // The unowned, undated action stands out, with words and not colour alone.
  await expect(crm).toHaveAttribute('data-attention', 'true');
  await expect(crm.getByText('No owner', { exact: true })).toBeVisible();
  await expect(crm.getByText('No due date', { exact: true })).toBeVisible();
  await expect(action('Evaluate on a random raw production sample')).not.toHaveAttribute('data-attention');
  await expect(attention).toContainText('2 actions need an owner or a date');

  // One click adds a suggestion, linked to its gap; the suggestion is then marked as in the plan.
  await page.locator('.suggestion-gap[data-gap="data"] > summary').click();
  await page.getByRole('button', { name: 'Add “Profile the production data” to the plan' }).click();
  const profile = action('Profile the production data');
  await expect(profile).toBeVisible();
  await expect(profile.getByLabel('Gap', { exact: true })).toHaveValue('data');
  await expect(profile).toHaveAttribute('data-attention', 'true');
  await expect(page.locator('[data-suggestion-id="data.profile-production"]')).toContainText('In the plan');
  await expect(attention).toContainText('3 actions need an owner or a date');

  // Keyboard: Enter in "New action" adds it; the field empties and keeps the focus for the next one.
  const newTitle = plan.getByRole('textbox', { name: 'New action', exact: true });
  await newTitle.fill('Agree the CRM fallback with IT');
  await newTitle.press('Enter');
  const fallback = action('Agree the CRM fallback with IT');
  await expect(plan.locator('.action-group[data-group="none"]').getByRole('listitem')).toHaveCount(1);
  await expect(fallback).toHaveAttribute('data-attention', 'true');
  await expect(newTitle).toHaveValue('');
  await expect(newTitle).toBeFocused();
  await expect(attention).toContainText('4 actions need an owner or a date');
  await fallback.getByLabel('Gap', { exact: true }).selectOption('integration');
  await expect(plan.locator('.action-group[data-group="none"]')).toHaveCount(0);

  // An owner and a date: the CRM action no longer stands out.
  const due = inAMonth();
  await crm.getByLabel('Owner', { exact: true }).fill('Alex Moreau');
  await crm.getByLabel('Owner', { exact: true }).press('Tab');
  await crm.getByLabel('Due date', { exact: true }).fill(due);
  await expect(crm).not.toHaveAttribute('data-attention');
  await expect(crm.getByText('No owner', { exact: true })).toHaveCount(0);
  await expect(crm.getByText('No due date', { exact: true })).toHaveCount(0);
  await expect(attention).toContainText('3 actions need an owner or a date');

  // Delete, then Undo brings it back at its place.
  const titles = () => plan.locator('li.action-item').evaluateAll((items) => items.map((li) => li.getAttribute('aria-label')));
  const before = await titles();
  await action('Load-test at storm-day peak').getByRole('button', { name: 'Delete the action “Load-test at storm-day peak”' }).click();
  await expect(action('Load-test at storm-day peak')).toHaveCount(0);
  await page.locator('.toast', { hasText: 'Load-test at storm-day peak' }).getByRole('button', { name: 'Undo' }).click();
  await expect(action('Load-test at storm-day peak')).toBeVisible();
  expect(await titles()).toEqual(before);

  // Group by owner: one heading per owner, "No owner" first.
  await page.getByRole('radio', { name: 'Owner' }).check();
  await expect(plan.locator('.action-group h3')).toHaveText(['No owner', 'Alex Moreau', 'Daniel Reyes', 'Marta Okafor', 'Priya Shah']);
  await expect(plan.locator('.action-group[data-group="no-owner"]').getByRole('listitem')).toHaveCount(2);

  // A reload keeps everything.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Action plan' })).toBeVisible();
  await expect(crm.getByLabel('Owner', { exact: true })).toHaveValue('Alex Moreau');
  await expect(crm.getByLabel('Due date', { exact: true })).toHaveValue(due);
  await expect(crm).not.toHaveAttribute('data-attention');
  await expect(profile).toBeVisible();
  await expect(action('Load-test at storm-day peak')).toBeVisible();
  expect(await titles()).toEqual(before);
  await expect(attention).toContainText('3 actions need an owner or a date');

  // Typing an owner while grouped by owner moves the row after a pause; the focus goes with it,
  // so the rest of the name lands in the same field.
  await page.getByRole('radio', { name: 'Owner' }).check();
  const unowned = plan.locator('.action-group[data-group="no-owner"] li.action-item').first();
  const movingTitle = await unowned.getAttribute('aria-label');
  await unowned.getByLabel('Owner', { exact: true }).click();
  await page.keyboard.type('Sam');
  const moved = plan.locator('.action-group[data-group="sam"]').getByRole('listitem', { name: movingTitle ?? '', exact: true });
  await expect(moved).toBeVisible();
  await expect(moved.getByLabel('Owner', { exact: true })).toBeFocused();
  await page.keyboard.type(' Okoro');
  await page.keyboard.press('Tab');
  const settled = plan.locator('.action-group[data-group="sam okoro"]').getByRole('listitem', { name: movingTitle ?? '', exact: true });
  await expect(settled.getByLabel('Owner', { exact: true })).toHaveValue('Sam Okoro');
  await expect(settled.getByLabel('Due date', { exact: true })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
});

test('a gap’s notes: evidence and risks with Enter, inline edit, delete with Undo, actions from chips', async ({ shell }) => {
  const page = shell.page;
  await openSampleStage(page, /Infrastructure/);
  const notes = page.getByTestId('gap-notes');
  await expect(notes).toBeVisible();

  // Evidence: Enter adds, the field empties and keeps the focus.
  const newEvidence = notes.getByLabel('New evidence', { exact: true });
  await newEvidence.fill('Pilot peak was 40 calls a day on an idle server.');
  await newEvidence.press('Enter');
  await expect(notes.getByLabel('Evidence 1', { exact: true })).toHaveValue('Pilot peak was 40 calls a day on an idle server.');
  await expect(newEvidence).toHaveValue('');
  await expect(newEvidence).toBeFocused();

  // Inline edit, saved on Enter.
  await notes.getByLabel('Evidence 1', { exact: true }).fill('Pilot peak was 40 calls a day.');
  await notes.getByLabel('Evidence 1', { exact: true }).press('Enter');

  // Risks carry a severity.
  await notes.getByLabel('Severity of the new risk', { exact: true }).selectOption('high');
  await notes.getByLabel('New risk', { exact: true }).fill('No load test before the winter peak.');
  await notes.getByLabel('New risk', { exact: true }).press('Enter');
  await expect(notes.getByLabel('Risk 2', { exact: true })).toHaveValue('No load test before the winter peak.');
  await expect(notes.getByLabel('Severity of risk 2', { exact: true })).toHaveValue('high');

  // Delete with Undo puts the risk back at its place.
  await notes.getByRole('button', { name: 'Delete risk 1' }).click();
  await expect(notes.getByLabel('Risk 1', { exact: true })).toHaveValue('No load test before the winter peak.');
  await page.locator('.toast', { hasText: 'Storm days' }).getByRole('button', { name: 'Undo' }).click();
  await expect(notes.getByLabel('Risk 1', { exact: true })).toHaveValue('Storm days bring 6,000 calls, most within two hours.');
  await expect(notes.getByLabel('Risk 2', { exact: true })).toHaveValue('No load test before the winter peak.');

  // A suggestion chip adds a linked action, shown with the compact editor.
  await notes.getByRole('button', { name: /^Add “.+” to the plan$/ }).first().click();
  await expect(notes.locator('li.action-item')).toHaveCount(2);
  await expect(notes.locator('.suggestion-chip[data-added]')).toHaveCount(2);

  await page.reload();
  await expect(page.getByTestId('gap-notes').getByLabel('Evidence 1', { exact: true })).toHaveValue('Pilot peak was 40 calls a day.');
  await expect(page.getByTestId('gap-notes').locator('li.action-item')).toHaveCount(2);
});
