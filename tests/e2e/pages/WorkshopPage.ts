/** The workshop screen: the phase rail, the current stage, the room and a gap's scoring round. */
import { expect, type Locator, type Page } from '@playwright/test';

export interface Person {
  name: string;
  /** The role's key in the participants' grid (b business, i IT, o operations, l legal, e end user…). */
  role: string;
  /** The stance's key: c champion, s skeptic, n neutral. */
  stance: string;
}

export class WorkshopPage {
  constructor(readonly page: Page) {}

  rail(): Locator {
    return this.page.getByRole('navigation', { name: 'Workshop agenda' });
  }

  stageTitle(): Locator {
    return this.page.locator('#stage-title');
  }

  round(): Locator {
    return this.page.getByTestId('scoring-round');
  }

  async goToStage(name: string | RegExp): Promise<void> {
    await this.rail().getByRole('button', { name }).click();
    await expect(this.stageTitle()).toContainText(name);
  }

  async currentRailItem(): Promise<string> {
    return (await this.rail().locator('[aria-current="step"]').innerText()).trim();
  }

  async backToLibrary(): Promise<void> {
    await this.page.getByRole('button', { name: 'Library' }).click();
    await expect(this.page.locator('main[data-screen="library"]')).toBeVisible();
  }

  /** Enters people on the Frame stage by keyboard: name, Tab, role key, Tab, stance key, Enter. */
  async addParticipants(people: readonly Person[]): Promise<void> {
    const name = this.page.getByTestId('add-participant-name');
    await name.focus();
    for (const person of people) {
      await this.page.keyboard.type(person.name);
      await this.page.keyboard.press('Tab');
      await this.page.keyboard.type(person.role);
      await this.page.keyboard.press('Tab');
      await this.page.keyboard.type(person.stance);
      await this.page.keyboard.press('Enter');
      await expect(name).toHaveValue('');
    }
  }

  /** Nothing on the screen says what anyone voted while the round is open. */
  async expectVotesHidden(turnout: string): Promise<void> {
    await expect(this.round()).toHaveAttribute('data-round-status', 'open');
    await expect(this.round().getByTestId('turnout')).toHaveText(turnout);
    await expect(this.page.getByTestId('distribution')).toHaveCount(0);
    await expect(this.page.getByTestId('median')).toHaveCount(0);
  }

  /** Types the votes into the grid, one digit per row from the `from`-th voter down. */
  async typeVotes(digits: string, from = 0): Promise<void> {
    await this.round().locator('tr[data-participant]').nth(from).locator('th').click();
    for (const digit of digits) await this.page.keyboard.press(digit);
  }

  /** C focuses the rationale (the median is preselected); Enter confirms. */
  async confirmConsensus(rationale: string): Promise<void> {
    const form = this.page.getByTestId('consensus-form');
    await expect(form).toBeVisible();
    await this.page.keyboard.press('c');
    await expect(form.getByLabel('Rationale, in one line')).toBeFocused();
    await this.page.keyboard.type(rationale);
    await this.page.keyboard.press('Enter');
  }

  /** A whole round on a gap: open it, everyone votes in the grid, reveal with R, confirm the consensus. */
  async scoreGap(gap: string, digits: string, rationale: string): Promise<void> {
    await this.goToStage(new RegExp(gap.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await this.round().getByTestId('open-round').click();
    await this.expectVotesHidden(`0 of ${digits.length} voted`);
    await this.typeVotes(digits);
    await this.expectVotesHidden(`${digits.length} of ${digits.length} voted`);
    await this.page.keyboard.press('r');
    await expect(this.round()).toHaveAttribute('data-round-status', 'revealed');
    await this.confirmConsensus(rationale);
    await expect(this.page.getByTestId('consensus')).toContainText(rationale);
  }
}
