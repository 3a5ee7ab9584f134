/// <reference types="vite/client" />
/**
 * The built command line carries every catalogue and registers them at start, as the Electron
 * main does (electron/main/catalogues.ts): out/cli/export.js reads no catalogue file.
 */
import { registerCatalogues, type Catalogue, type CatalogueLoader } from '../../shared/i18n';

const files = import.meta.glob<Catalogue>('../../shared/i18n/catalogues/*.json', { import: 'default', eager: true });

export function registerBundledCatalogues(): void {
  const byTag: Record<string, CatalogueLoader> = {};
  for (const [path, catalogue] of Object.entries(files)) byTag[path.replace(/^.*\/(.+)\.json$/, '$1')] = () => catalogue;
  registerCatalogues(byTag);
}
