/** The window and the phone page reach each catalogue as its own lazily loaded chunk. */
import { registerCatalogues } from '../../../shared/i18n';
import { catalogueFiles } from './catalogueFiles';

export function registerBundledCatalogues(): void {
  registerCatalogues(catalogueFiles);
}
