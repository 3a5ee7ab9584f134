/**
 * The building blocks of the Word report: text runs, paragraphs, tables with fixed column widths
 * (so Word and LibreOffice lay them out the same), shaded chips for levels. docxReport.ts
 * composes them into the document.
 */
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';

export const FONT = 'Arial';
export const INK = '17202C';
export const MUTED = '4F5B6B';
export const LINE = 'D9DEE7';
export const SOFT = 'F4F6F9';
export const DANGER = 'B42318';

/** "#0f5e6e" → "0F5E6E", as Word wants colours. */
export function hex(color: string): string {
  return color.replace('#', '').toUpperCase();
}

export type RunStyle = Omit<IRunOptions, 'text' | 'children'>;

export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({ text, ...style });
}

/** Text with line breaks kept as breaks. */
export function runsWithBreaks(text: string, style: RunStyle = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, ...style }));
}

export interface ParaOptions {
  style?: RunStyle;
  spacingAfter?: number;
  spacingBefore?: number;
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  keepNext?: boolean;
  bullet?: boolean;
}

export function para(content: string | readonly ParagraphChild[], options: ParaOptions = {}): Paragraph {
  const children = typeof content === 'string' ? runsWithBreaks(content, options.style) : [...content];
  return new Paragraph({
    children,
    spacing: { after: options.spacingAfter ?? 100, before: options.spacingBefore ?? 0 },
    ...(options.align ? { alignment: options.align } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
    ...(options.bullet ? { bullet: { level: 0 } } : {}),
  });
}

/** A heading in a real Heading style (outline level 0–2); `anchor` bookmarks it for the table of contents. */
export function heading(text: string | readonly ParagraphChild[], level: 1 | 2 | 3, pageBreakBefore = false, anchor?: string): Paragraph {
  const headingLevel = level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  const children = typeof text === 'string' ? [new TextRun(text)] : [...text];
  return new Paragraph({
    heading: headingLevel,
    children: anchor ? [new Bookmark({ id: bookmarkName(anchor), children })] : children,
    keepNext: true,
    pageBreakBefore,
  });
}

/** A Word bookmark name from a section id: letters, digits and underscores, starting with a letter. */
export function bookmarkName(id: string): string {
  return `s_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/** The small capitals line above a heading ("EXECUTIVE SUMMARY"). */
export function eyebrow(text: string, color: string): Paragraph {
  return para([run(text.toUpperCase(), { bold: true, size: 16, color: hex(color), characterSpacing: 30 })], { spacingAfter: 40, keepNext: true });
}

export function bullets(items: readonly string[], style: RunStyle = {}): Paragraph[] {
  return items.map((item) => para(item, { bullet: true, style, spacingAfter: 60 }));
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const THIN = { style: BorderStyle.SINGLE, size: 4, color: LINE } as const;
const STRONG = { style: BorderStyle.SINGLE, size: 10, color: INK } as const;

export interface CellSpec {
  children: Array<Paragraph | Table>;
  fill?: string;
  /** Column span (default 1). */
  span?: number;
  align?: 'left' | 'center' | 'right';
  /** A thick coloured left edge (verdict panels, flags). */
  leftBar?: string;
  noBorders?: boolean;
  /** Inner space on the left and right, in twips (default: the table's). */
  padding?: number;
  /** The cell's paragraph keeps with the next one (a table kept on one page: every row but the last). */
  keepNext?: boolean;
}

/** A cell holding one paragraph of text. */
export function textCell(text: string, style: RunStyle = {}, extra: Omit<CellSpec, 'children'> = {}): CellSpec {
  const align = extra.align === 'center' ? AlignmentType.CENTER : extra.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
  return { ...extra, children: [para(text, { style: { size: 18, ...style }, spacingAfter: 0, align, keepNext: extra.keepNext })] };
}

function tableCell(spec: CellSpec, width: number, isHeader: boolean): TableCell {
  // Borders and margins come from the table; a cell only says what differs (kept lean: a big
  // plan has thousands of cells, and every property is an object docx must serialise).
  const borders =
    spec.noBorders || spec.leftBar
      ? { top: NONE, bottom: NONE, right: NONE, left: spec.leftBar ? { style: BorderStyle.SINGLE, size: 36, color: hex(spec.leftBar) } : NONE }
      : isHeader
        ? { bottom: STRONG }
        : undefined;
  return new TableCell({
    children: spec.children.length ? spec.children : [para('')],
    width: { size: width, type: WidthType.DXA },
    ...(spec.span && spec.span > 1 ? { columnSpan: spec.span } : {}),
    ...(spec.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: hex(spec.fill) } } : {}),
    ...(borders ? { borders } : {}),
    ...(spec.padding ? { margins: { top: 90, bottom: 90, left: spec.padding, right: spec.padding } } : {}),
  });
}

/** Header labels are set in 7.5 pt bold capitals: about this many twips per letter, and the cell's inner margins. */
const HEADER_TWIPS_PER_CHAR = 112;
const CELL_MARGINS = 220;

/**
 * Widens columns whose header's longest word would not fit on one line ("PRIORITY" must never
 * read "PRIORIT-Y"), taking the width from the columns with the most room to spare. The total
 * stays the same; when it cannot hold every header word, the widths are left as they are.
 */
export function fitHeaderColumns(columns: readonly number[], header: readonly string[]): number[] {
  const need = columns.map((_, i) => {
    const words = (header[i] ?? '').toUpperCase().split(/\s+/);
    return Math.max(0, ...words.map((w) => [...w].length)) * HEADER_TWIPS_PER_CHAR + CELL_MARGINS;
  });
  const total = columns.reduce((a, b) => a + b, 0);
  if (need.reduce((a, b) => a + b, 0) > total) return [...columns];
  const widths = [...columns];
  for (let i = 0; i < widths.length; i++) {
    let missing = need[i]! - widths[i]!;
    while (missing > 0) {
      // The column with the most room beyond its own need gives what it can.
      let donor = -1;
      for (let j = 0; j < widths.length; j++) if (j !== i && widths[j]! - need[j]! > 0 && (donor < 0 || widths[j]! - need[j]! > widths[donor]! - need[donor]!)) donor = j;
      if (donor < 0) break;
      const give = Math.min(missing, widths[donor]! - need[donor]!);
      widths[donor]! -= give;
      widths[i]! += give;
      missing -= give;
    }
  }
  return widths;
}

/**
 * A table with fixed column widths (twips). The header row is a real header row (repeated on
 * every page) and never splits; body rows may split across pages, so a long description flows on
 * instead of leaving half a page empty. `keepTogether` keeps the header with the first row; the
 * caller marks its rows' paragraphs `keepNext` (all rows but the last) to keep a short table whole.
 */
export function table(columnsAsked: readonly number[], header: readonly string[] | null, rows: readonly CellSpec[][], options: { rowsWhole?: boolean; keepTogether?: boolean } = {}): Table {
  const columns = header ? fitHeaderColumns(columnsAsked, header) : [...columnsAsked];
  const headerRow = header
    ? [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: header.map((title, i) => tableCell(textCell(title.toUpperCase(), { bold: true, size: 15, color: MUTED }, { keepNext: options.keepTogether }), columns[i]!, true)),
        }),
      ]
    : [];
  const bodyRows = rows.map(
    (cells) =>
      new TableRow({
        ...(options.rowsWhole ? { cantSplit: true } : {}),
        children: cells.map((cell, i) => {
          const start = cells.slice(0, i).reduce((sum, c) => sum + (c.span ?? 1), 0);
          const width = columns.slice(start, start + (cell.span ?? 1)).reduce((a, b) => a + b, 0);
          return tableCell(cell, width, false);
        }),
      }),
  );
  return new Table({
    rows: [...headerRow, ...bodyRows],
    width: { size: columns.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...columns],
    layout: TableLayoutType.FIXED,
    margins: { top: 70, bottom: 70, left: 100, right: 100 },
    borders: { top: NONE, bottom: THIN, left: NONE, right: NONE, insideHorizontal: THIN, insideVertical: NONE },
  });
}

/** Scales relative column weights to a total width in twips. */
export function columnsOf(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((total * w) / sum));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** A level chip: the number on its level colour, then the level's name. */
export function levelRuns(level: number, name: string, fill: string, ink: string, size = 18): TextRun[] {
  return [
    run(` ${level} `, { bold: true, size, color: hex(ink), shading: { type: ShadingType.CLEAR, color: 'auto', fill: hex(fill) } }),
    run(`  ${name}`, { bold: true, size }),
  ];
}

/** A one-cell panel: soft background, coloured bar on the left; `whole` keeps a short one on one page. */
export function panel(children: Paragraph[], width: number, fill: string, bar: string, whole = false): Table {
  return table([width], null, [[{ children, fill, leftBar: bar, noBorders: true, padding: 220 }]], { rowsWhole: whole });
}

/** Vertical space. */
export function spacer(twips = 120): Paragraph {
  return new Paragraph({ children: [], spacing: { after: twips, before: 0 } });
}
