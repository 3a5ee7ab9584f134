/**
 * The headless export from the sources (`npx tsx electron/cli/export.ts …`): the catalogues are
 * read from shared/i18n/catalogues and the PDF is printed on this thread. `npm run export` runs
 * the built out/cli/export.js instead (electron/cli/main.ts), which compiles nothing at run time.
 * See command.ts.
 */
import { createChromiumPdfRenderer } from '../services/export/chromiumPdfRenderer';
import { registerCatalogueFiles } from '../services/i18n/nodeCatalogues';
import { runCommand } from './command';

registerCatalogueFiles();
process.exit(await runCommand(process.argv.slice(2), () => createChromiumPdfRenderer()));
