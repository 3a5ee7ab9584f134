/**
 * The headless export from the sources (`npx tsx electron/cli/export.ts …`): the catalogues are
 * read from shared/i18n/catalogues and the PDF is printed on this thread. `npm run export` runs
 * the built out/cli/export.js instead (electron/cli/main.ts), which compiles nothing at run time.
 * See command.ts.
 */
import { createChromiumPdfRenderer } from '../services/export/chromiumPdfRenderer';
import { registerCatalogueFiles } from '../services/i18n/nodeCatalogues';
import { runCommand } from './command';
import { printDocuments, type DocumentPrinter } from './printedDocuments';

/** Prints on this thread; the browser starts at once. */
function inThreadPrinter(): DocumentPrinter {
  const renderer = createChromiumPdfRenderer();
  renderer.prepare();
  return { print: (request) => printDocuments(request, renderer), close: () => renderer.close() };
}

registerCatalogueFiles();
process.exit(await runCommand(process.argv.slice(2), () => inThreadPrinter()));
