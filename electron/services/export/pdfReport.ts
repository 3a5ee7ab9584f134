/**
 * The PDF report: the HTML report, with the shipped fonts embedded, printed by Chromium (the
 * renderPdf port: tagged, with the headings as bookmarks), then given its author and subject.
 */
import type { ReportModel } from '../../../shared/report/reportModel';
import { reportHtml, reportTitle } from '../../../shared/report/reportHtml';
import type { Ports } from '../ports';
import { withPdfProperties } from './pdfInfo';
import { withReportFonts } from './reportFonts';

export type RenderPdf = Ports['renderPdf'];

export async function pdfReport(model: ReportModel, renderPdf: RenderPdf): Promise<Uint8Array> {
  const pdf = await renderPdf(await withReportFonts((fontFaces) => reportHtml(model, { fontFaces })));
  return withPdfProperties(pdf, {
    title: reportTitle(model),
    author: model.meta.author,
    subject: model.i18n.t('report.description', { name: model.meta.client || model.meta.initiative }),
    creator: model.meta.firm.name ? `${model.meta.firm.name} · Readiness Room ${model.meta.appVersion}` : `Readiness Room ${model.meta.appVersion}`,
  });
}
