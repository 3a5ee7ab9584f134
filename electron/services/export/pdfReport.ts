/** The PDF report: the HTML report printed by Chromium (the renderPdf port). */
import type { ReportModel } from '../../../shared/report/reportModel';
import { reportHtml } from '../../../shared/report/reportHtml';
import type { Ports } from '../ports';

export type RenderPdf = Ports['renderPdf'];

export async function pdfReport(model: ReportModel, renderPdf: RenderPdf): Promise<Uint8Array> {
  return renderPdf(reportHtml(model));
}
