/**
 * The facilitator's screen behaves: jump links scroll the stage and never the window; keyboard
 * focus lands on the next thing to do after a reveal, a consensus, a re-vote and a reload; a
 * stage is done when its content is complete (visited is shown differently); anonymous mode
 * shows no name outside the participant set-up list; pass-the-laptop voting asks a person who
 * already voted to confirm before their vote is replaced. axe-core checks each of these screens.
 */
import type { Locator, Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expect as baseExpect, test } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';
import { WorkshopPage } from './pages/WorkshopPage';

test.use({ shellOptions: { viewport: { width: 1280, height: 720 } } });
// Generous waits: these tests check where things land, not how fast, and the machine may be busy.
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const VOTERS = ['Marta Okafor', 'Priya Shah', 'Alex Moreau', 'Daniel Reyes', 'Sam Carter', 'Tom Becker', 'Lena Fischer'];

function round(page: Page): Locator {
  return page.getByTestId('scoring-round');
}

function gridRow(page: Page, name: string): Locator {
  return round(page).locator('tr[data-participant]', { hasText: name });
}

/** What has keyboard focus, described well enough to assert on. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const name = el.getAttribute('aria-label') ?? el.textContent ?? '';
    return `${el.tagName.toLowerCase()}: ${name.replace(/\s+/g, ' ').trim()}`;
  });
}

async function expectNoAxeViolations(page: Page, include?: string): Promise<void> {
  expect(await axeViolations(page, include)).toEqual([]);
}

async function openSample(page: Page): Promise<void> {
  await expect(page.locator('main[data-screen="library"][data-ready="true"]')).toBeVisible();
  await page.getByRole('button', { name: 'Open the sample workshop' }).click();
  await expect(page.locator('#stage-title')).toContainText('Support model');
}

test('jump links scroll the stage, never the window: the top bar stays on screen', async ({ shell }) => {
  const page = shell.page;
  await openSample(page);
  const jumpBar = page.getByRole('navigation', { name: 'Sections of this gap' });
  for (const [button, section] of [
    ['Scoring round', 'scoring'],
    ['Evidence, risks & actions', 'notes'],
    ['Briefing', 'briefing'],
    ['Facts', 'facts'],
  ] as const) {
    await jumpBar.getByRole('button', { name: button }).click();
    const layout = await page.evaluate((id) => {
      const stage = document.querySelector('main.stage')!.getBoundingClientRect();
      const bar = document.querySelector('.stage-jump')!.getBoundingClientRect();
      return {
        windowScroll: window.scrollY,
        pageTaller: document.documentElement.scrollHeight - window.innerHeight,
        topBar: document.querySelector('.topbar')!.getBoundingClientRect().top,
        sectionBelowBar: document.querySelector(`[data-section="${id}"]`)!.getBoundingClientRect().top - bar.bottom,
        barAtStageTop: bar.top - stage.top,
        focus: (document.activeElement as HTMLElement | null)?.dataset.section ?? null,
      };
    }, section);
    expect(layout.windowScroll, button).toBe(0);
    expect(layout.pageTaller, button).toBeLessThanOrEqual(0);
    expect(layout.topBar, button).toBe(0);
    // The section starts just under the sticky jump bar (the stage's end may stop it lower).
    expect(layout.sectionBelowBar, button).toBeGreaterThanOrEqual(0);
    if (section !== 'notes') expect(layout.sectionBelowBar, button).toBeLessThan(40);
    expect(layout.focus, button).toBe(section);
  }
  // The wheel never moves the page either: only the stage scrolls.
  await page.mouse.move(800, 400);
  await page.mouse.wheel(0, 5000);
  await expect.poll(() => page.evaluate(() => document.querySelector('main.stage')!.scrollTop)).toBeGreaterThan(0);
  expect(await page.evaluate(() => [window.scrollY, document.querySelector('.topbar')!.getBoundingClientRect().top])).toEqual([0, 0]);
});

test('focus lands on the next thing to do: reload mid-round, reveal, consensus, re-vote, next stage', async ({ shell }) => {
  const page = shell.page;
  await openSample(page);
  // Opened on a round in progress: the first person without a vote.
  await expect(gridRow(page, 'Sam Carter')).toBeFocused();
  await page.keyboard.press('2');
  await expect(gridRow(page, 'Tom Becker')).toBeFocused();
  // Stored (the turnout is read from IndexedDB) before the reload.
  await expect(round(page).getByTestId('turnout')).toHaveText('5 of 7 voted');

  // A reload mid-round comes back to the grid, on the next person without a vote.
  await page.reload();
  await expect(round(page).getByTestId('turnout')).toHaveText('5 of 7 voted');
  await expect(gridRow(page, 'Tom Becker')).toBeFocused();
  await page.keyboard.press('3');
  await page.keyboard.press('1');
  await expect(round(page).getByTestId('turnout')).toHaveText('7 of 7 voted');
  await expectNoAxeViolations(page);

  // Reveal (R): the results, which the room discusses next.
  await page.keyboard.press('r');
  await expect(round(page)).toHaveAttribute('data-round-status', 'revealed');
  const results = round(page).getByRole('heading', { level: 2, name: 'What the room thinks' });
  await expect(results).toBeFocused();
  expect(await focused(page)).toBe('h2: What the room thinks');
  // The round's card is brought to the top of the stage, under the jump bar.
  expect(await page.evaluate(() => document.querySelector('[data-section="scoring"]')!.getBoundingClientRect().top - document.querySelector('.stage-jump')!.getBoundingClientRect().bottom)).toBeLessThan(40);
  await expectNoAxeViolations(page);

  // A reload while the revealed round awaits its consensus comes back to the results.
  await page.reload();
  await expect(round(page).getByRole('heading', { level: 2, name: 'What the room thinks' })).toBeFocused();

  // Consensus (C, type, Enter): the gap is done, so focus goes to Next.
  await page.keyboard.press('c');
  await expect(page.getByTestId('consensus-form').getByLabel('Rationale, in one line')).toBeFocused();
  await page.keyboard.type('Support must move in-house; no owner yet.');
  await page.keyboard.down('Enter');
  await expect(page.getByTestId('consensus')).toContainText('Level 2');
  const next = page.getByRole('button', { name: 'Next: Ownership & path' });
  await expect(next).toBeFocused();
  await expect(next).toBeInViewport();
  // The Enter that confirmed, still held (a key repeat), does not move on.
  await page.keyboard.down('Enter');
  await page.keyboard.up('Enter');
  await expect(page.locator('#stage-title')).toContainText('Support model');

  // Re-vote (V): round 2 opens and focus goes to the grid's first person.
  await page.keyboard.press('v');
  await expect(round(page).getByTestId('turnout')).toHaveText('0 of 7 voted');
  await expect(gridRow(page, 'Marta Okafor')).toBeFocused();

  // Re-vote from the button: the same.
  await page.keyboard.press('4');
  await page.keyboard.press('r');
  await expect(results).toBeFocused();
  await round(page).getByTestId('revote').click();
  await expect(round(page).getByTestId('turnout')).toHaveText('0 of 7 voted');
  await expect(gridRow(page, 'Marta Okafor')).toBeFocused();

  // Next: the new stage starts at its title.
  await next.click();
  await expect(page.locator('#stage-title')).toHaveText('Ownership & path');
  await expect(page.locator('#stage-title')).toBeFocused();
});

test('a stage is done when its content is complete; visited is shown differently', async ({ shell }) => {
  const page = shell.page;
  const library = new LibraryPage(page);
  const workshop = new WorkshopPage(page);
  await library.waitUntilReady();
  await library.createSession('Invoice matching', 'Acme');
  const rail = workshop.rail();
  const item = (stage: string) => rail.locator(`button[data-stage="${stage}"]`);

  // Leaving an empty Ownership page with Next gives it no tick: it is visited, not done.
  await workshop.goToStage('Ownership & path');
  await page.getByRole('button', { name: 'Next: Verdict' }).click();
  await expect(workshop.stageTitle()).toHaveText('Verdict');
  await expect(item('ownership')).toHaveAttribute('data-status', 'visited');
  await expect(item('ownership').locator('.rail-done')).toHaveCount(0);
  await expect(item('ownership')).toHaveAccessibleName(/Ownership & path\s*, visited, not complete: still to do 11 questions/);
  await expect(item('ownership').locator('.rail-visited')).toHaveAttribute('title', 'Visited, not complete. Still to do: 11 questions');
  await expect(item('actions')).toHaveAttribute('data-status', 'not-started');
  await expect(item('actions')).toHaveAccessibleName('Action plan');

  // Back on Ownership, its stopped timebox says how long it took, never "Done".
  await workshop.goToStage('Ownership & path');
  await expect(page.locator('.timebox')).not.toContainText('Done');

  // Every question answered (a "No" is an answer): done.
  const stage = page.locator('main.stage');
  for (const field of await stage.locator('[data-testid^="ownership-"]:is(input, textarea)').all()) {
    await field.fill('Agreed in the room');
    await field.blur();
  }
  const budget = page.getByTestId('ownership-ownerHasBudget').getByRole('radio', { name: 'Yes' });
  await budget.click();
  await expect(budget).toBeChecked();
  await expect(item('ownership')).toHaveAttribute('data-status', 'visited');
  const authority = page.getByTestId('ownership-ownerHasAuthority').getByRole('radio', { name: 'No', exact: true });
  await authority.click();
  await expect(authority).toBeChecked();
  await expect(item('ownership')).toHaveAttribute('data-status', 'done');
  await expect(item('ownership').locator('.rail-done')).toBeVisible();
  await expect(item('ownership')).toHaveAccessibleName(/Ownership & path\s*, done/);
  await expectNoAxeViolations(page, 'nav.rail');
});

test('anonymous mode shows no name outside the participant set-up list', async ({ shell }) => {
  const page = shell.page;
  const workshop = new WorkshopPage(page);
  await openSample(page);
  // (The sample's finished stages are done, its current gap only visited.)
  await expect(workshop.rail().locator('button[data-stage="frame"]')).toHaveAttribute('data-status', 'done');
  await expect(workshop.rail().locator('button[data-stage="gap-support"]')).toHaveAccessibleName(/Support model\s*, visited, not complete: still to do a confirmed consensus/);
  await workshop.goToStage('Frame');
  await page.getByTestId('setting-anonymous').click();
  await expect(page.getByTestId('setting-anonymous')).toBeChecked();
  // The set-up list keeps the names.
  await expect.poll(() => page.locator('main.stage input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toContain('Lena Fischer');

  const expectNoNames = async (where: Locator) => {
    const text = await where.innerText();
    const labels = await where.evaluate((el) => Array.from(el.querySelectorAll('[aria-label], [title]'), (n) => `${n.getAttribute('aria-label') ?? ''} ${n.getAttribute('title') ?? ''}`).join(' '));
    for (const name of VOTERS) {
      expect(text, name).not.toContain(name.split(' ')[0]);
      expect(labels, name).not.toContain(name.split(' ')[0]);
    }
  };

  // The open round's grid: numbered voters, no names, no roles.
  await workshop.goToStage('Support model');
  await expect(round(page).getByTestId('turnout')).toHaveText('4 of 7 voted');
  await expect(gridRow(page, 'Voter 5')).toBeVisible();
  await expect(round(page)).not.toContainText('Legal');
  await expectNoNames(round(page));
  await expectNoAxeViolations(page);

  // Pass-the-laptop: no list of names; each person types their own.
  await round(page).getByTestId('private-voting').click();
  const dialog = page.locator('dialog.private-voting');
  await expect(dialog.getByLabel('Your name')).toBeFocused();
  await expectNoNames(dialog);
  await expectNoAxeViolations(page, 'dialog.private-voting');
  await dialog.getByLabel('Your name').fill('Nobody Here');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toContainText('not on the list of voters');
  await dialog.getByLabel('Your name').fill('  lena   fischer ');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('Where does support model stand today?');
  await page.keyboard.press('1');
  await dialog.getByRole('button', { name: 'Cast my vote' }).click();
  await expect(dialog.getByRole('heading', { name: 'Vote received — pass the laptop on' })).toBeVisible();

  // Typing the name of someone who voted asks that person to confirm, still without a name.
  await dialog.getByRole('button', { name: 'Next person' }).click();
  await dialog.getByLabel('Your name').fill('Marta Okafor');
  await page.keyboard.press('Enter');
  await expect(dialog.getByTestId('confirm-replace')).toBeVisible();
  await expectNoNames(dialog);
  await dialog.getByRole('button', { name: 'Not me — back' }).click();
  await dialog.getByRole('button', { name: 'Back to the facilitator' }).click();
  await expect(round(page).getByTestId('turnout')).toHaveText('5 of 7 voted');

  // The reveal: distribution, comments and camps without names.
  await page.keyboard.press('r');
  await expect(round(page)).toHaveAttribute('data-round-status', 'revealed');
  await expectNoNames(round(page));

  // The Verdict: heatmap, disagreements, champions against skeptics.
  await workshop.goToStage('Verdict');
  await expect(page.locator('main.stage')).toContainText('Anonymous');
  await expectNoNames(page.locator('main.stage'));
});

test('pass-the-laptop: replacing a cast vote takes that person’s deliberate confirmation', async ({ shell }) => {
  const page = shell.page;
  await openSample(page);
  await round(page).getByTestId('private-voting').click();
  const dialog = page.locator('dialog.private-voting');
  await expect(dialog.getByRole('heading', { name: 'Who is voting?' })).toBeVisible();

  // Marta has voted: picking her name asks Marta to confirm; Enter alone does nothing.
  await dialog.getByRole('button', { name: /Marta Okafor/ }).click();
  const confirm = dialog.getByTestId('confirm-replace');
  await expect(confirm.getByRole('heading', { level: 2 })).toHaveText('Marta Okafor has already voted');
  await expect(confirm).toContainText('Marta Okafor, if this is you and you want to change your vote, press Replace my vote.');
  await expect(confirm.getByRole('heading', { level: 2 })).toBeFocused();
  await expectNoAxeViolations(page, 'dialog.private-voting');
  await page.keyboard.press('Enter');
  await page.keyboard.press('3');
  await expect(confirm).toBeVisible();

  // "Not me" goes back to the names, and nothing changed.
  await confirm.getByRole('button', { name: 'Not me — back to the names' }).click();
  await expect(dialog.getByRole('heading', { name: 'Who is voting?' })).toBeVisible();

  // By keyboard: pick her again, Tab to Replace, press it: the ballot says it replaces her vote.
  await dialog.getByRole('button', { name: /Marta Okafor/ }).click();
  await expect(confirm.getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(confirm.getByRole('button', { name: 'Replace my vote' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('heading', { level: 2 })).toContainText('Marta Okafor, where does');
  await expect(dialog).toContainText('this vote replaces your earlier one');
  await page.keyboard.press('5');
  await dialog.getByRole('button', { name: 'Cast my vote' }).click();
  await expect(dialog.getByRole('heading', { name: 'Vote received — pass the laptop on' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Back to the facilitator' }).click();
  await expect(round(page).getByTestId('turnout')).toHaveText('4 of 7 voted');

  // Someone who has not voted goes straight to the ballot.
  await round(page).getByTestId('private-voting').click();
  await dialog.getByRole('button', { name: /Sam Carter/ }).click();
  await expect(dialog.getByRole('heading', { level: 2 })).toContainText('Sam Carter, where does');
  await dialog.getByRole('button', { name: 'Not me — back to the names' }).click();
  await page.keyboard.press('Escape');

  // Marta's replaced vote is the one the reveal counts.
  await page.keyboard.press('r');
  const chart = round(page).getByTestId('distribution');
  await expect(chart.locator('g[data-key="5"]')).toHaveAttribute('data-count', '1');
});

test.describe('in the dark theme', () => {
  test.use({ shellOptions: { viewport: { width: 1280, height: 720 }, colorScheme: 'dark' } });

  test('the round, the rail and the confirmation pass axe-core', async ({ shell }) => {
    const page = shell.page;
    await openSample(page);
    await expectNoAxeViolations(page);
    await round(page).getByTestId('private-voting').click();
    const dialog = page.locator('dialog.private-voting');
    await dialog.getByRole('button', { name: /Marta Okafor/ }).click();
    await expect(dialog.getByTestId('confirm-replace')).toBeVisible();
    await expectNoAxeViolations(page, 'dialog.private-voting');
    await page.keyboard.press('Escape');
    await page.keyboard.press('r');
    await expect(round(page).getByRole('heading', { level: 2, name: 'What the room thinks' })).toBeFocused();
    await expectNoAxeViolations(page);
  });
});
