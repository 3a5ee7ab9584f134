/** The session library, as a facilitator sees it. */
import { expect, type Locator, type Page } from '@playwright/test';

export class LibraryPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.locator('main[data-screen="library"]');
  }

  async waitUntilReady(): Promise<void> {
    await expect(this.page.locator('main[data-screen="library"][data-ready="true"]')).toBeVisible();
  }

  rows(): Locator {
    return this.page.getByTestId('session-row');
  }

  row(initiative: string): Locator {
    return this.rows().filter({ hasText: initiative });
  }

  /** Creates a session and opens it; `framework` names the one it follows (the built-in one when left out). */
  async createSession(initiative: string, client: string, framework?: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New session' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'New workshop session' });
    if (framework !== undefined) await dialog.getByLabel('Framework').selectOption({ label: framework });
    await dialog.getByLabel('Initiative').fill(initiative);
    await dialog.getByLabel('Client').fill(client);
    await dialog.getByRole('button', { name: 'Create session' }).click();
    await expect(this.page.locator('[data-screen="workshop"]')).toBeVisible();
  }

  async openSample(): Promise<void> {
    await this.page.getByRole('button', { name: 'Open the sample workshop' }).click();
    await expect(this.page.locator('[data-screen="workshop"]')).toBeVisible();
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search sessions' }).fill(text);
  }

  async open(initiative: string): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(`^Open ${initiative}`) }).click();
    await expect(this.page.locator('[data-screen="workshop"]')).toBeVisible();
  }

  async delete(initiative: string): Promise<void> {
    await this.page.getByRole('button', { name: `Delete ${initiative}` }).click();
  }

  async undo(): Promise<void> {
    await this.page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  }

  /** Waits until the disk copy has caught up with every change. */
  async waitUntilSaved(): Promise<void> {
    await expect(this.page.getByTestId('save-status')).toHaveText('All changes saved');
  }
}
