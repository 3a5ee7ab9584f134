/**
 * The export fixture written in German, every format read back: no English catalogue words, the
 * German ones present, the document's language set where the format has one, German numbers and
 * dates, German file names. English words that the domain, the framework and the charts still
 * return (gap names, priorities, verdict reasons…) are listed by the second, skipped test: it is
 * switched on once those speak German.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { charterDocx } from '../../../../../electron/services/export/charterDocx';
import { VENDOR_WORDS, azureDevOpsCsv, jiraCsv } from '../../../../../electron/services/export/csvActions';
import { docxReport } from '../../../../../electron/services/export/docxReport';
import { documentFileName } from '../../../../../electron/services/export/exportDocuments';
import { icsCalendar } from '../../../../../electron/services/export/icsCalendar';
import { markdownReport } from '../../../../../electron/services/export/markdownReport';
import { pptxDeck } from '../../../../../electron/services/export/pptxDeck';
import { renderReportImages } from '../../../../../electron/services/export/reportImages';
import { xlsxTracker } from '../../../../../electron/services/export/xlsxTracker';
import { translatorNow } from '../../../../../shared/i18n';
import { buildReport } from '../../../../../shared/report/buildReport';
import { EXPORT_FORMATS, type ExportFormat } from '../../../../../shared/report/exportFormats';
import { reportHtml } from '../../../../../shared/report/reportHtml';
import { charterHtml } from '../../../../../shared/report/charterHtml';
import { buildCharter } from '../../../../../shared/report/charterModel';
import { GENERATED_AT, fixtureSession } from './exportFixture';
import { docxText, domainTexts, englishIn, englishPhrases, htmlText, icsText, isDocumentId, pptxText, withoutSessionText, xlsxText } from './germanDocuments';

const session = fixtureSession();
const de = translatorNow('de');
const model = buildReport(session, { generatedAt: GENERATED_AT, appVersion: '0.1.0', i18n: de });
const phrases = englishPhrases();

const texts = {} as Record<ExportFormat, string>;
const raw = {} as Record<'docx' | 'pptx' | 'html', string>;

beforeAll(async () => {
  const images = await renderReportImages(model);
  const docx = await docxText(await docxReport(model, images));
  const pptx = await pptxText(await pptxDeck(model, images));
  const html = reportHtml(model);
  texts.docx = docx.text;
  texts.pptx = pptx.text;
  texts.xlsx = (await xlsxText(await xlsxTracker(model))).text;
  texts.pdf = htmlText(html);
  texts.md = markdownReport(model);
  // The imports' column names and values are the vendors' (the same in every language): a field that is exactly one of them is not the document's English.
  const vendorless = (csv: string): string => VENDOR_WORDS.reduce((text, word) => text.replaceAll(`"${word}"`, '""'), csv);
  texts.jira = vendorless(jiraCsv(model));
  texts['azure-devops'] = vendorless(azureDevOpsCsv(model));
  texts.ics = icsText(icsCalendar(model));
  const charter = buildCharter(session, model);
  texts['charter-docx'] = (await docxText(await charterDocx(charter))).text;
  texts['charter-pdf'] = htmlText(charterHtml(charter));
  raw.docx = docx.xml;
  raw.pptx = pptx.xml;
  raw.html = html;
}, 60_000);

describe('the documents in German', () => {
  it.each(EXPORT_FORMATS)('%s: no English word of the documents’ own catalogue', (format) => {
    const leaks = englishIn(withoutSessionText(texts[format], session, domainTexts(model)), phrases).filter(({ id }) => isDocumentId(id));
    expect(leaks).toEqual([]);
  });

  // Known gap until the domain (checks, verdict reasons, labels), the framework (gap names, ladder,
  // facts) and the charts return messages: then this runs for every id in the catalogue
  // (RR_ALL_IDS=1 runs it now).
  it.skipIf(!process.env.RR_ALL_IDS).each(EXPORT_FORMATS)('%s: no English word of any catalogue id', (format) => {
    expect(englishIn(withoutSessionText(texts[format], session), phrases)).toEqual([]);
  });

  it.each([
    ['docx', ['MANAGEMENT-ZUSAMMENFASSUNG', 'Urteil: ', 'Was Erfolg bedeutet', 'Wie es weitergeht', 'Seite', 'Die Reifestufen', 'LÜCKE 1 VON 6', 'Bericht zur Produktionsreife für']],
    ['pdf', ['Management-Zusammenfassung', 'Urteil: ', 'Was Erfolg bedeutet', 'Maßnahmenplan', 'Seite', 'Die Reifestufen', 'Lücke 1 von 6']],
    ['pptx', ['MANAGEMENT-ZUSAMMENFASSUNG', 'Reife je Lücke', 'Wie es weitergeht', 'Lenkungsausschuss', 'WIE DIE BEWERTUNGEN ENTSTANDEN', 'LÜCKE 1 VON 6']],
    ['xlsx', ['Maßnahmen', 'Konsens', 'Stimmen', 'Warnsignale', 'Info', 'Fälligkeitsdatum', 'Erfolgskriterium', 'Bitte aus der Liste wählen']],
    ['md', ['## Management-Zusammenfassung', '## Maßnahmenplan', '| Nr. | Maßnahme |', 'Die Reifestufen']],
    ['jira', ['Lücke: ', 'Aus dem Workshop zur Produktionsreife vom 12. März 2025']],
    ['azure-devops', ['Lücke: ', 'Aus dem Workshop zur Produktionsreife vom 12. März 2025']],
    ['ics', ['Fällig: ', 'Verantwortlich: ', 'Priorität: ', 'Fälligkeiten der Maßnahmen', 'Aus dem Workshop zur Produktionsreife zu']],
  ] as const)('%s: says it in German', (format, words) => {
    for (const word of words) expect(texts[format], word).toContain(word);
  });

  it('writes numbers and dates the German way', () => {
    expect(model.meta.workshopDateLabel).toBe('12. März 2025');
    expect(texts.docx).toContain('12. März 2025');
    expect(texts.pdf).toContain('12. März 2025');
    expect(texts.pptx).toContain('12. März 2025');
    // "120.000 records", "1 von 6", a median of "2,5".
    expect(model.gaps.flatMap((g) => g.facts.map((f) => f.value)).some((v) => /^\d{1,3}(\.\d{3})+( |$)/.test(v))).toBe(true);
    expect(model.keyFigures[0]!.value).toMatch(/^\d von 6$/);
    expect(texts.pdf).toContain('120.000');
    expect(texts.pdf).toMatch(/Ein Unterschied von 1,5 Punkten|ein Unterschied von 1,5 Punkten/);
  });

  it('counts with German plurals', () => {
    expect(de.t('report.keyFigure.openActions', { count: 1 })).toBe('offene Maßnahme');
    expect(de.t('report.keyFigure.openActions', { count: 12 })).toBe('offene Maßnahmen');
    expect(de.t('report.appendix.anonymousCount', { count: 1 })).toMatch(/^1 Person hat teilgenommen\./);
  });

  it('sets the document’s language where the format has one', () => {
    expect(raw.html).toContain('<html lang="de">');
    expect(raw.docx).toContain('<w:lang w:val="de-DE"');
    expect(raw.pptx).toContain('lang="de-DE"');
    expect(raw.pptx).not.toMatch(/<a:rPr lang="en-US"/);
    expect(icsCalendar(model)).toContain('SUMMARY;LANGUAGE=de-DE:');
  });

  it('names the files in German, safe on every system', () => {
    const names = EXPORT_FORMATS.map((format) => documentFileName(model, format));
    expect(names.map((n) => n.slice(model.meta.fileBaseName.length))).toEqual([
      ' – Bericht.docx',
      ' – Bericht.pdf',
      ' – Präsentation Lenkungsausschuss.pptx',
      ' – Maßnahmenplan.xlsx',
      ' – Jira-Import.csv',
      ' – Azure-DevOps-Import.csv',
      ' – Bericht.md',
      ' – Fälligkeiten.ics',
      ' – Charta Pilot-Neuausrichtung.docx',
      ' – Charta Pilot-Neuausrichtung.pdf',
    ]);
    for (const name of names) expect(name).not.toMatch(/[<>:"/\\|?*]/);
  });
});
