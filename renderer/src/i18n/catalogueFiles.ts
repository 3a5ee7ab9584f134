/**
 * Every catalogue file as its own lazily loaded chunk, by language tag ("en", "de"). It imports
 * nothing at run time, so the window's tiny first module (main.ts) can ask for one at once.
 */
import type { Catalogue } from '../../../shared/i18n/translator';

const files = import.meta.glob<Catalogue>('../../../shared/i18n/catalogues/*.json', { import: 'default' });

export const catalogueFiles: Readonly<Record<string, () => Promise<Catalogue>>> = Object.fromEntries(
  Object.entries(files).map(([path, load]) => [path.replace(/^.*\/(.+)\.json$/, '$1'), load]),
);
