/** The charter's PDF: its HTML, with the shipped fonts embedded, printed by the same renderPdf port as the report. */
import { charterHtml } from '../../../shared/report/charterHtml';
import type { CharterModel } from '../../../shared/report/charterModel';
import type { RenderPdf } from './pdfReport';
import { withReportFonts } from './reportFonts';

export async function charterPdf(model: CharterModel, renderPdf: RenderPdf): Promise<Uint8Array> {
  return renderPdf(await withReportFonts((fontFaces) => charterHtml(model, { fontFaces })));
}
