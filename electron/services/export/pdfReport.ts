/** The PDF report: the HTML report, with the shipped fonts embedded, printed by Chromium (the renderPdf port). */
import type { ReportModel } from '../../../shared/report/reportModel';
import { reportHtml } from '../../../shared/report/reportHtml';
import type { Ports } from '../ports';
import { reportFontFaces } from './reportFonts';

export type RenderPdf = Ports['renderPdf'];

export async function pdfReport(model: ReportModel, renderPdf: RenderPdf): Promise<Uint8Array> {
  return renderPdf(reportHtml(model, { fontFaces: await reportFontFaces() }));
}
