/**
 * A whole workshop, as a facilitator runs it on one laptop: frame with numbers, five people (two
 * skeptics), a KPI, the ownership, all six gaps scored by keyboard; the room's split and the
 * champion–skeptic gap are flagged; votes stay hidden until the reveal, across a reload; the
 * verdict reads Not yet with its reasons, and owned, dated actions move it to Go with conditions.
 */
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';
import { WorkshopPage } from './pages/WorkshopPage';

test.use({ shellOptions: { viewport: { width: 1280, height: 720 } } });

const PEOPLE = [
  { name: 'Ana Silva', role: 'b', stance: 'c' },
  { name: 'Bo Lindqvist', role: 'i', stance: 's' },
  { name: 'Chen Wei', role: 'o', stance: 'c' },
  { name: 'Dana Roy', role: 'l', stance: 's' },
  { name: 'Eli Moss', role: 'e', stance: 'n' },
] as const;

/** Votes in participant order (Ana, Bo, Chen, Dana, Eli): champions Ana and Chen, skeptics Bo and Dana. */
const VOTES: Record<string, string> = {
  'Data quality': '41412', // split: 1 to 4, champions 4 vs skeptics 1 → median 2
  'User capability': '22222',
  'Infrastructure load': '33333',
  'Integration complexity': '33343',
  'Change management': '33333',
  'Support model': '34333',
};

test('a full workshop: Not yet with reasons, then Go with conditions once the gaps at 2 have owned, dated actions', async ({ shell }) => {
  test.setTimeout(180_000);
  const page = shell.page;
  const library = new LibraryPage(page);
  const workshop = new WorkshopPage(page);
  await library.waitUntilReady();
  await library.createSession('Claims triage assistant', 'Northwind Insurance');

  // Frame: the pilot against production, in numbers.
  await page.getByTestId('fact-pilot.records').fill('800');
  await page.getByTestId('fact-production.records').fill('240000');
  await page.getByTestId('fact-pilot.transactionsPerDay').fill('25');
  await page.getByTestId('fact-production.peakTransactionsPerDay').fill('2500');
  await page.getByTestId('fact-production.peakTransactionsPerDay').blur();
  await expect(page.getByTestId('ratio-ratio.records')).toContainText('300×');
  await expect(page.getByTestId('ratio-ratio.volume')).toContainText('100×');

  // Five people by keyboard: two champions, two skeptics, one neutral.
  await workshop.addParticipants(PEOPLE);
  await expect(page.getByTestId('participant-summary')).toContainText('5 participants · 2 champions · 2 skeptics');

  // Success criteria: a business KPI with its go/no-go threshold.
  await workshop.goToStage('Success criteria');
  await page.getByRole('button', { name: '+ Straight-through rate' }).click();
  await expect(page.getByTestId('kpi-card')).toHaveCount(1);

  // Ownership: a named owner with budget and authority.
  await workshop.goToStage('Ownership');
  await page.getByLabel('Business owner', { exact: true }).fill('Ana Silva, Head of Claims');
  for (const question of ['Holds the budget to run it?', 'Has authority to change the workflows?']) {
    const yes = page.locator('fieldset', { hasText: question }).getByRole('radio', { name: 'Yes' });
    await yes.click();
    await expect(yes).toBeChecked();
  }

  // The first gap, with a reload in the middle of the round: hidden votes stay hidden.
  await workshop.goToStage('Data quality');
  await workshop.round().getByTestId('open-round').click();
  await workshop.typeVotes(VOTES['Data quality']!.slice(0, 3));
  await workshop.expectVotesHidden('3 of 5 voted');
  await page.reload();
  await expect(page.locator('#stage-title')).toContainText('Data quality');
  await workshop.expectVotesHidden('3 of 5 voted');
  await workshop.typeVotes(VOTES['Data quality']!.slice(3), 3);
  await workshop.expectVotesHidden('5 of 5 voted');
  await page.keyboard.press('r');
  await expect(workshop.round().getByTestId('divergence')).toContainText('The room disagrees');
  await expect(workshop.round().getByTestId('median')).toHaveText('2');
  await workshop.confirmConsensus('Champions trust the sample; skeptics have seen the raw claims.');
  await expect(page.getByTestId('consensus')).toContainText('Level 2');

  for (const [gap, digits] of Object.entries(VOTES).slice(1)) await workshop.scoreGap(gap, digits, `Agreed on ${gap.toLowerCase()}.`);

  // Verdict: Not yet, because two gaps sit at 2 with no owned, dated action; the split is flagged.
  await workshop.goToStage('Verdict');
  const verdict = page.getByTestId('verdict');
  await expect(verdict).toHaveAttribute('data-verdict', 'not-yet');
  await expect(verdict.getByRole('heading', { level: 2 })).toHaveText('Not yet');
  await expect(verdict.locator('.verdict-reasons')).toContainText('Data quality');
  await expect(verdict.locator('.verdict-reasons')).toContainText('User capability');
  await expect(page.getByText('The room disagrees: Data quality').first()).toBeVisible();
  await expect(page.getByText('Champion–skeptic split: Data quality').first()).toBeVisible();

  // Owned, dated actions on both gaps at level 2.
  const due = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  for (const gap of ['Data quality', 'User capability']) {
    await workshop.goToStage(gap);
    const notes = page.getByTestId('gap-notes');
    await notes.getByRole('button', { name: /^Add “.+” to the plan$/ }).first().click();
    const action = notes.locator('li.action-item').first();
    await action.getByLabel('Owner', { exact: true }).fill('Ana Silva');
    await action.getByLabel('Owner', { exact: true }).press('Tab');
    await action.getByLabel('Due date', { exact: true }).fill(due);
    await action.getByLabel('Due date', { exact: true }).press('Tab');
  }

  await workshop.goToStage('Verdict');
  await expect(verdict).toHaveAttribute('data-verdict', 'go-with-conditions');
  await expect(verdict.getByRole('heading', { level: 2 })).toHaveText('Go with conditions');
  await expect(verdict.locator('.verdict-reasons')).toContainText('owned, dated action');
});
