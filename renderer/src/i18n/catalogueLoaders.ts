/** The window and the phone page reach each catalogue as its own lazily loaded chunk. */
import { registerCatalogues, type Catalogue, type CatalogueLoader } from '../../../shared/i18n';

const files = import.meta.glob<Catalogue>('../../../shared/i18n/catalogues/*.json', { import: 'default' });

export function registerBundledCatalogues(): void {
  const byTag: Record<string, CatalogueLoader> = {};
  for (const [path, load] of Object.entries(files)) byTag[path.replace(/^.*\/(.+)\.json$/, '$1')] = load;
  registerCatalogues(byTag);
}
