/** The workshop screen: the phase rail and the current stage. */
import { expect, type Locator, type Page } from '@playwright/test';

export class WorkshopPage {
  constructor(readonly page: Page) {}

  rail(): Locator {
    return this.page.getByRole('navigation', { name: 'Workshop agenda' });
  }

  stageTitle(): Locator {
    return this.page.locator('#stage-title');
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
}
