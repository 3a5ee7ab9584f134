// Unit tests read the catalogue files from disk, as the command line and the Chromium shell do.
import { registerCatalogueFiles } from '../../../electron/services/i18n/nodeCatalogues';

registerCatalogueFiles();
