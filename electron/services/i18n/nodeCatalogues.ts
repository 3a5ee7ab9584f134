/**
 * Node reads the catalogue files from shared/i18n/catalogues/ beside the sources (the command line,
 * the Chromium shell, tests); the bundled Electron main registers them from its bundle instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { registerCatalogues, type Catalogue, type CatalogueLoader } from '../../../shared/i18n';

// Resolved as a path, not with `new URL`: under jsdom (component tests) the global URL is jsdom's.
export const CATALOGUE_FOLDER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/i18n/catalogues');

export function registerCatalogueFiles(folder: string = CATALOGUE_FOLDER): void {
  const byTag: Record<string, CatalogueLoader> = {};
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
    byTag[file.slice(0, -'.json'.length)] = () => JSON.parse(readFileSync(`${folder}/${file}`, 'utf8')) as Catalogue;
  }
  registerCatalogues(byTag);
}
