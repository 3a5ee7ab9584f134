/**
 * The pilot-redesign charter in Word (docx): the firm's logo and name, the title, why the pilot
 * runs again, one design line per gap that is not ready (consensus, how the next pilot runs, when
 * it passes, the action with its owner and date), the success criteria restated for production
 * conditions, the accountable owner and the date, and a place to sign. Real headings with outline
 * levels (Word's navigation pane, LibreOffice's navigator), header rows that repeat, the
 * document's language and author set. One or two A4 pages.
 */
import { AlignmentType, BorderStyle, Document, Footer, HeadingLevel, ImageRun, LineRuleType, Packer, PageNumber, Paragraph, ShadingType, TabStopType, TextRun, type Table } from 'docx';
import type { CharterLine, CharterModel } from '../../../shared/report/charterModel';
import { DANGER, FONT, INK, MUTED, columnsOf, hex, para, run, table, textCell, type CellSpec } from './docxParts';
import { firmLogoPng, fitLogo } from './firmLogoPng';

/** A4 in twips, 1.8 cm margins. */
const PAGE_W = 11906;
const PAGE_H = 16838;
const MARGIN = 1020;
const BODY = PAGE_W - 2 * MARGIN;

/** A heading whose outline level is in the paragraph itself, whatever the reader makes of the style. */
function outlined(text: string, level: 1 | 2): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    outlineLevel: level - 1,
    keepNext: true,
    children: [new TextRun(text)],
  });
}

async function masthead(model: CharterModel): Promise<Table> {
  const firm = model.meta.firm.name;
  let brand: CellSpec;
  if (model.logo) {
    const png = await firmLogoPng(model.logo);
    const size = fitLogo(model.logo, 220, 60);
    brand = {
      noBorders: true,
      children: [
        para([new ImageRun({ type: 'png', data: png.data, transformation: size, altText: { name: model.words.logoAlt, title: model.words.logoAlt, description: model.words.logoAlt } })], {
          spacingAfter: 0,
        }),
      ],
    };
  } else {
    brand = textCell(firm, { bold: true, size: 26, color: hex(model.meta.firm.accent) }, { noBorders: true });
  }
  const verdict: CellSpec = {
    noBorders: true,
    children: [
      para([run(` ${model.words.verdict} `, { bold: true, size: 18, color: DANGER, shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'FDECEA' } })], {
        align: AlignmentType.RIGHT,
        spacingAfter: 0,
      }),
    ],
  };
  return table(columnsOf(BODY, [6.5, 3.5]), null, [[brand, verdict]]);
}

function gapCell(line: CharterLine): CellSpec {
  return {
    leftBar: line.status.fill,
    children: [
      para(`${line.gap.number}. ${line.gap.name}`, { style: { bold: true, size: 17 }, spacingAfter: 40 }),
      para([run(` ${line.status.label} `, { bold: true, size: 15, color: hex(line.status.ink), shading: { type: ShadingType.CLEAR, color: 'auto', fill: hex(line.status.fill) } })], { spacingAfter: 40 }),
      para(line.consensus, { style: { size: 16, color: MUTED }, spacingAfter: 0 }),
    ],
  };
}

function actionCell(line: CharterLine): CellSpec {
  if (!line.action) return textCell(line.noAction ?? '', { color: DANGER, bold: true, size: 16 });
  const a = line.action;
  return {
    children: [
      para([run(`${a.ref} `, { bold: true, color: MUTED, size: 16 }), run(a.title, { bold: true, size: 16 })], { spacingAfter: 40 }),
      para(a.owner, { style: { size: 16, ...(a.ownerMissing ? { color: DANGER, bold: true } : {}) }, spacingAfter: 20 }),
      para(a.due, { style: { size: 16, ...(a.dueMissing ? { color: DANGER, bold: true } : {}) }, spacingAfter: 0 }),
    ],
  };
}

function designTable(model: CharterModel): Table {
  const c = model.words.columns;
  return table(
    columnsOf(BODY, [24, 28, 25, 23]),
    [c.gap, c.design, c.passWhen, c.action],
    model.lines.map((line) => [gapCell(line), textCell(line.design, { size: 16 }), textCell(line.passWhen, { size: 16, color: MUTED }), actionCell(line)]),
  );
}

function criteriaBlock(model: CharterModel): Array<Paragraph | Table> {
  const c = model.words.criteriaColumns;
  const out: Array<Paragraph | Table> = [outlined(model.words.criteria, 2), para(model.words.criteriaLead, { style: { color: MUTED, size: 17 }, spacingAfter: 80, keepNext: true })];
  if (model.criteria.length) {
    // A short table: kept on one page with its heading (every row but the last keeps with the next).
    const last = model.criteria.length - 1;
    const cell = (text: string, keep: boolean, bold = false): CellSpec => ({ children: [para(text, { style: { size: 16, bold }, spacingAfter: 0, keepNext: keep })] });
    out.push(
      table(
        columnsOf(BODY, [31, 23, 23, 23]),
        [c.name, c.pilot, c.threshold, c.target],
        model.criteria.map((k, i) => [cell(k.name, i < last, true), cell(k.pilot, i < last), cell(k.threshold, i < last), cell(k.target, i < last)]),
      ),
    );
  }
  if (model.criteriaNone) out.push(para(model.criteriaNone, { style: { color: DANGER, bold: true, size: 17 } }));
  if (model.criteriaMore) out.push(para(model.criteriaMore, { style: { color: MUTED, size: 16 }, spacingBefore: 60 }));
  return out;
}

function ownerBlock(model: CharterModel): Array<Paragraph | Table> {
  const row = (item: CharterModel['owner']): CellSpec[] => [
    textCell(item.label, { bold: true, color: MUTED, size: 17 }),
    textCell(item.value, { size: 17, bold: true, ...(item.missing ? { color: DANGER } : {}) }),
  ];
  const line = (label: string): CellSpec => ({
    noBorders: true,
    children: [
      new Paragraph({ children: [], spacing: { before: 480, after: 40 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: INK, space: 1 } } }),
      para(label.toLocaleUpperCase(model.meta.locale), { style: { size: 14, color: MUTED }, spacingAfter: 0 }),
    ],
  });
  const gap: CellSpec = { noBorders: true, children: [para('')] };
  return [
    outlined(model.words.ownerAndDate, 2),
    table(columnsOf(BODY, [26, 74]), null, [row(model.owner), row(model.date)]),
    table(columnsOf(BODY, [60, 6, 34]), null, [[line(model.words.approvedBy), gap, line(model.words.signDate)]]),
  ];
}

function footer(model: CharterModel): Footer {
  const left = [model.meta.client, model.meta.initiative].filter(Boolean).join(' – ');
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: BODY }],
        children: [
          run(left, { size: 15, color: MUTED }),
          new TextRun({
            children: ['\t', `${model.meta.firm.name ? `${model.meta.firm.name} · ` : ''}${model.words.page} `, PageNumber.CURRENT, ` ${model.words.of} `, PageNumber.TOTAL_PAGES],
            size: 15,
            color: MUTED,
          }),
        ],
      }),
    ],
  });
}

export async function charterDocx(model: CharterModel): Promise<Uint8Array> {
  const accent = hex(model.meta.firm.accent);
  const author = model.meta.author;
  const doc = new Document({
    creator: author,
    lastModifiedBy: author,
    title: model.documentTitle,
    description: model.i18n.t('charter.description', { name: model.meta.client || model.meta.initiative }),
    hyphenation: { autoHyphenation: true },
    styles: {
      default: {
        document: { run: { font: FONT, size: 18, color: INK, language: { value: model.meta.locale } }, paragraph: { spacing: { line: 264, lineRule: LineRuleType.AUTO } } },
        heading1: { run: { font: FONT, size: 38, bold: true, color: INK }, paragraph: { spacing: { before: 200, after: 60 }, keepNext: true, outlineLevel: 0 } },
        heading2: { run: { font: FONT, size: 24, bold: true, color: accent }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, outlineLevel: 1 } },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE_W, height: PAGE_H }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, footer: 480 } } },
        footers: { default: footer(model) },
        children: [
          await masthead(model),
          new Paragraph({ children: [], spacing: { after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 16, color: accent, space: 1 } } }),
          outlined(model.title, 1),
          ...(model.subtitle ? [para(model.subtitle, { style: { size: 22, bold: true, color: MUTED }, spacingAfter: 40 })] : []),
          para(model.preparedBy, { style: { size: 16, color: MUTED }, spacingAfter: 160 }),
          para(model.intro, { style: { size: 19 }, spacingAfter: 120 }),
          outlined(model.words.design, 2),
          designTable(model),
          ...(model.readyGaps ? [para(model.readyGaps, { style: { size: 16, color: MUTED }, spacingBefore: 80 })] : []),
          ...criteriaBlock(model),
          ...ownerBlock(model),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
