/**
 * The Verdict screen in the real app, on the sample workshop: the drafted verdict and its
 * reasons, an override with a written reason and its removal, the charts, and a flag's link to
 * the screen that fixes it. Build first: `npx electron-vite build`.
 */
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';
import { WorkshopPage } from './pages/WorkshopPage';

test('Verdict: Not yet with reasons, overridden with a reason and restored; charts drawn; a flag leads to its stage', async ({ shell }) => {
  const page = shell.page;
  const library = new LibraryPage(page);
  const workshop = new WorkshopPage(page);
  await library.waitUntilReady();
  await library.openSample();
  await workshop.goToStage('Verdict');

  // The draft: Not yet, with its reasons (support is unscored, integration sits at 1 with no owned action).
  const verdict = page.getByTestId('verdict');
  await expect(verdict.getByRole('heading', { level: 2 })).toHaveText('Not yet');
  await expect(verdict).toHaveAttribute('data-verdict', 'not-yet');
  await expect(verdict).toContainText('drafted from the scores and checks');
  const reasons = verdict.locator('.verdict-reasons li');
  await expect(reasons).toHaveCount(2);
  await expect(reasons.first()).toContainText('Support model has no confirmed consensus yet');

  // Override: a reason is required.
  await verdict.getByRole('button', { name: 'Override…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Override the verdict' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: 'Go with conditions' }).check();
  await dialog.getByRole('button', { name: 'Set the verdict' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Write the reason');
  await dialog.getByLabel('Why (required)').fill('the steering committee accepts a first wave limited to billing calls, with the CRM link owned by IT.');
  await dialog.getByRole('button', { name: 'Set the verdict' }).click();
  await expect(dialog).toBeHidden();

  await expect(verdict.getByRole('heading', { level: 2 })).toHaveText('Go with conditions');
  await expect(verdict).toHaveAttribute('data-verdict', 'go-with-conditions');
  await expect(page.getByTestId('verdict-override')).toContainText(
    'Set by the facilitator: Go with conditions instead of Not yet, because the steering committee accepts a first wave',
  );
  // The drafted reasons stay in view.
  await expect(verdict).toContainText('Why the scores and checks give Not yet');
  await expect(reasons.first()).toContainText('Support model has no confirmed consensus yet');

  // The override survives a reload (it is in the session, not in the screen).
  await page.reload();
  await expect(page.getByTestId('verdict').getByRole('heading', { level: 2 })).toHaveText('Go with conditions');

  // Remove it: back to the draft.
  await page.getByTestId('verdict').getByRole('button', { name: 'Remove override' }).click();
  await expect(page.getByTestId('verdict').getByRole('heading', { level: 2 })).toHaveText('Not yet');
  await expect(page.getByTestId('verdict-override')).toHaveCount(0);
  const toast = page.locator('.toast').filter({ hasText: 'Override removed' });
  await expect(toast).toBeVisible();
  // Undo brings it back; removing it again leaves the draft.
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('verdict').getByRole('heading', { level: 2 })).toHaveText('Go with conditions');
  await page.getByTestId('verdict').getByRole('button', { name: 'Remove override' }).click();
  await expect(page.getByTestId('verdict').getByRole('heading', { level: 2 })).toHaveText('Not yet');

  // The charts.
  const radar = page.getByTestId('radar').locator('svg');
  const heatmap = page.getByTestId('heatmap').locator('svg');
  await expect(radar).toBeVisible();
  await expect(heatmap).toBeVisible();
  await expect(radar).toHaveAttribute('aria-label', /Data quality: level 2.*Support model: unscored/);
  await expect(heatmap).toContainText('Marta Okafor');
  expect((await radar.boundingBox())!.width).toBeGreaterThan(450);

  // The disagreements and the champions–skeptics split.
  await expect(page.locator('.disagreement')).toHaveCount(3);
  await expect(page.locator('.cvs-table tbody tr[data-split]')).toHaveCount(1);

  // A flag's "Go to" moves to the stage that fixes it.
  const flags = page.getByTestId('flag-list');
  const noPath = flags.locator('[data-flag="no-production-path"]');
  await expect(noPath).toContainText('What closes it');
  await noPath.getByRole('button', { name: 'Go to Ownership & path' }).click();
  await expect(workshop.stageTitle()).toHaveText('Ownership & path');

  // Back on Verdict, a per-gap flag goes to its gap, which shows it at the top.
  await workshop.goToStage('Verdict');
  await page.getByTestId('flag-list').locator('[data-flag="volume-gap"]').getByRole('button', { name: 'Go to Infrastructure load' }).click();
  await expect(workshop.stageTitle()).toContainText('Infrastructure load');
  const gapFlags = page.getByTestId('gap-flags');
  await expect(gapFlags.locator('[data-flag="volume-gap"]')).toContainText('Volume gap');
  await expect(gapFlags.locator('[data-flag="room-disagrees"]')).toContainText('The room disagrees');
  // On its own stage a flag offers no link to itself.
  await expect(gapFlags.locator('[data-flag="volume-gap"] .flag-go')).toHaveCount(0);
});
