/** The framework library and the framework editor, as a consultant shapes the firm's method. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { ChromiumShell } from '../../../electron/shell/chromiumShell';

export const BUILT_IN = 'Readiness Room’s six gaps';
export const COPY = `Copy of ${BUILT_IN}`;

export interface GapWords {
  name: string;
  /** The five ladder rungs, level 1 first. */
  ladder: readonly string[];
}

/** The firm's seventh gap, in both languages the duplicated framework holds. */
export const GOVERNANCE: Readonly<Record<'en' | 'de', GapWords>> = {
  en: {
    name: 'Governance & legal',
    ladder: [
      'Nobody has asked legal or compliance about the production use.',
      'The rules that apply are listed, and who must approve is known.',
      'A review with legal is planned, with a date and an owner.',
      'Legal has reviewed the production design; open points have owners.',
      'Sign-off is on file and the review repeats at each release.',
    ],
  },
  de: {
    name: 'Governance & Recht',
    ladder: [
      'Niemand hat Recht oder Compliance zum Produktivbetrieb befragt.',
      'Die geltenden Regeln sind bekannt, ebenso wer freigeben muss.',
      'Eine Prüfung mit der Rechtsabteilung ist geplant, mit Termin und Verantwortlichem.',
      'Die Rechtsabteilung hat den Produktivbetrieb geprüft; offene Punkte haben Verantwortliche.',
      'Die Freigabe liegt vor und wird bei jedem Release wiederholt.',
    ],
  },
};

export class FrameworksPage {
  constructor(readonly page: Page) {}

  /** From the session library to the framework library. */
  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Frameworks', exact: true }).click();
    await expect(this.page.locator('main[data-screen="frameworks"][data-ready="true"]')).toBeVisible();
  }

  rows(): Locator {
    return this.page.getByTestId('framework-row');
  }

  row(name: string): Locator {
    return this.rows().filter({ hasText: name });
  }

  editor(): Locator {
    return this.page.locator('main[data-screen="framework-editor"]');
  }

  /** The editor's list of parts: the gaps, the agenda, the verdict rules. */
  nav(): Locator {
    return this.page.getByRole('navigation', { name: 'Parts of the framework' });
  }

  async duplicateBuiltIn(): Promise<void> {
    await this.page.getByRole('button', { name: `Duplicate ${BUILT_IN}` }).click();
    await expect(this.editor()).toBeVisible();
  }

  async edit(name: string): Promise<void> {
    await this.row(name).getByRole('button', { name: `Edit ${name}` }).click();
    await expect(this.editor()).toBeVisible();
  }

  /** Adds a gap and writes its name and ladder in each language given (the first is the one shown). */
  async addGap(words: Partial<Record<string, GapWords>>): Promise<void> {
    await this.nav().getByRole('button', { name: 'Add a gap' }).click();
    await expect(this.page.getByTestId('gap-name')).toBeFocused();
    const shown = await this.page.getByLabel('Writing in').inputValue();
    const languages = Object.keys(words).sort((a, b) => Number(b === shown) - Number(a === shown));
    for (const language of languages) {
      await this.page.getByLabel('Writing in').selectOption(language);
      await this.page.getByTestId('gap-name').fill(words[language]!.name);
      for (const [i, text] of words[language]!.ladder.entries()) await this.page.getByTestId(`ladder-${i + 1}`).fill(text);
      await this.page.getByTestId('ladder-5').blur();
    }
    await this.page.getByLabel('Writing in').selectOption(shown);
  }

  async removeGap(name: string): Promise<void> {
    await this.nav().getByRole('button', { name }).click();
    await this.page.getByRole('button', { name: `Remove ${name}` }).click();
    await expect(this.nav().getByRole('button', { name })).toHaveCount(0);
  }

  /** Sets the timeboxes of agenda stages, by the stage's name. */
  async setTimeboxes(minutes: Readonly<Record<string, number>>): Promise<void> {
    await this.nav().getByRole('button', { name: 'Agenda' }).click();
    for (const [stage, value] of Object.entries(minutes)) await this.page.getByLabel(`Minutes for ${stage}`).fill(String(value));
    await this.page.getByRole('heading', { name: 'Agenda', level: 2 }).click();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save as template' }).click();
    await expect(this.editor().getByText(/^Saved, revision \d+$/)).toBeVisible();
  }

  /** From the editor back to the library of frameworks. */
  async backToList(): Promise<void> {
    await this.page.getByRole('button', { name: 'Frameworks', exact: true }).click();
    await expect(this.page.locator('main[data-screen="frameworks"][data-ready="true"]')).toBeVisible();
  }

  async exportTo(shell: ChromiumShell, name: string, file: string): Promise<void> {
    shell.setNextSavePath(file);
    await this.page.getByRole('button', { name: `Export ${name} as a file` }).click();
    await expect(this.page.getByText(`Exported “${name}”.`)).toBeVisible();
  }

  async delete(name: string): Promise<void> {
    const before = await this.rows().count();
    await this.page.getByRole('button', { name: `Delete ${name}` }).click();
    await expect(this.rows()).toHaveCount(before - 1);
  }

  async importFrom(shell: ChromiumShell, file: string): Promise<void> {
    shell.setNextOpenPath(file);
    await this.page.getByRole('button', { name: 'Import a file…' }).click();
  }
}
