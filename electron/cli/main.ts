/**
 * The headless export as `npm run build` bundles it into out/cli/export.js (scripts/build-cli.mjs):
 * the catalogues travel inside the bundle, as in the Electron main, so the built file needs no
 * shared/ folder beside it. When a PDF is asked for, a second thread (out/cli/pdf-worker.js)
 * starts Chromium before the command has even loaded, and writes the printed documents while this
 * thread writes the others. See command.ts.
 */
import { registerBundledCatalogues } from './catalogues';
import { printsPdf, threadPrinter } from './pdfThread';

const argv = process.argv.slice(2);
const script = new URL('./pdf-worker.js', import.meta.url);
let pdf = printsPdf(argv) ? threadPrinter(script) : null;
registerBundledCatalogues();
const { runCommand } = await import('./command');
const code = await runCommand(argv, () => (pdf ??= threadPrinter(script)));
await pdf?.close();
process.exit(code);
