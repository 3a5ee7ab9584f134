/**
 * The headless export as `npm run build` bundles it into out/cli/export.js (scripts/build-cli.mjs):
 * the catalogues travel inside the bundle, as in the Electron main, so the built file needs no
 * shared/ folder beside it. When a PDF is asked for, a second thread (out/cli/pdf-worker.js)
 * starts Chromium before the document writers have even loaded. See command.ts.
 */
import { registerBundledCatalogues } from './catalogues';
import { printsPdf, threadPdfRenderer } from './pdfThread';

const argv = process.argv.slice(2);
const script = new URL('./pdf-worker.js', import.meta.url);
let pdf = printsPdf(argv) ? threadPdfRenderer(script) : null;
registerBundledCatalogues();
const { runCommand } = await import('./command');
const code = await runCommand(argv, () => (pdf ??= threadPdfRenderer(script)));
await pdf?.close();
process.exit(code);
