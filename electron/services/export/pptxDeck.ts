/**
 * The steering-committee deck (pptxgenjs, 16:9), in the order a committee reads it: title,
 * decision requested, verdict and its reasons, what changed since the last assessment (a
 * re-assessment only), red/amber/green by gap, the radar (a native, editable chart), one slide per gap, the roadmap, the top actions, next steps, and an appendix
 * with the rest of the plan (it points to the tracker) and the method.
 *
 * Every slide has a real title placeholder (accessibility checkers and the outline read it) and
 * speaker notes for the facilitator. Text is never cut: it is measured with conservative Arial
 * metrics (`textLines`), lists that do not fit flow onto a continuation slide, and nothing is
 * placed below `SAFE_BOTTOM`, above the footer line.
 */
import PptxGenJS from 'pptxgenjs';
import type { MessageId, Translator } from '../../../shared/i18n';
import { overrideText } from '../../../shared/report/reportHtml';
import type { ActionRow, GapMovementRow, GapSection, LevelBadge, ReportComparison, ReportModel, VerdictThenNow } from '../../../shared/report/reportModel';
import { firmLogoPng } from './firmLogoPng';
import type { ReportImages } from './reportImages';
import type { PngImage } from './svgToPng';

type Slide = ReturnType<PptxGenJS['addSlide']>;
type TableRows = Parameters<Slide['addTable']>[0];
type TextRuns = Exclude<Parameters<Slide['addText']>[0], string>;
type T = Translator['t'];

export const W = 13.333;
export const H = 7.5;
const MX = 0.6;
/** The footer rule; every shape of the body ends above `SAFE_BOTTOM`. */
export const FOOTER_Y = H - 0.55;
export const SAFE_BOTTOM = FOOTER_Y - 0.15;
/** Where the body starts under a content slide's eyebrow and title. */
const BODY_TOP = 1.55;
const FONT = 'Arial';
/** The inner margin of a filled text box, in points, and in inches on both sides. */
const PAD = 12;
const PADS = (2 * PAD) / 72;
const INK = '17202C';
const MUTED = '4F5B6B';
const LINE = 'D9DEE7';
const SOFT = 'F4F6F9';
const DANGER = 'B42318';
const WARN = '8A5A00';
/** How many actions the committee sees on the "top actions" slides; the rest go to the appendix. */
export const TOP_ACTIONS = 8;

const TITLE_BOX = { x: MX, y: 0.62, w: W - 2 * MX, h: 0.8 };
const GAP_TITLE_BOX = { x: MX + 0.9, y: 0.62, w: 7.4, h: 0.8 };
const COVER_TITLE_BOX = { x: 5, y: 1.8, w: 7.6, h: 2.1 };
const COVER_TITLE_SIZES = [36, 32, 28, 24, 20, 16, 14];

function hex(color: string): string {
  return color.replace('#', '').toUpperCase();
}

function png(image: PngImage): string {
  return `data:image/png;base64,${Buffer.from(image.data).toString('base64')}`;
}

// ——— Measuring text ————————————————————————————————————————————————————————————————————————————
// Arial's advance widths in ems, rounded up and grouped: LibreOffice draws Arial with Liberation
// Sans (same metrics), PowerPoint with Arial. Wide scripts (CJK, emoji) count a full em.

const NARROW = new Set([...`iljI.,;:!|'"\`()[]{}ftr/\\-`]);
const WIDE = new Set([...'mwMW@%']);

function charEm(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (ch === ' ') return 0.28;
  if (cp >= 0x2e80 || (cp >= 0x2190 && cp <= 0x2bff)) return 1;
  if (NARROW.has(ch)) return 0.34;
  if (WIDE.has(ch)) return 0.95;
  if (ch >= 'A' && ch <= 'Z') return 0.73;
  if (ch >= '0' && ch <= '9') return 0.56;
  return 0.56;
}

/** The width of one line of text in inches, a little wider than Arial draws it. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const ch of text) ems += charEm(ch);
  return ((ems * fontSize) / 72) * (bold ? 1.1 : 1.04);
}

/**
 * How many lines `text` takes in a box `width` inches wide: greedy word wrap, each paragraph on
 * its own lines; a word wider than the box (a 300-character word) takes the lines it needs,
 * broken by the renderer, never cut by us.
 */
export function textLines(text: string, width: number, fontSize: number, bold = false): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const w = textWidth(word, fontSize, bold);
      const gap = line === 0 ? 0 : textWidth(' ', fontSize, bold);
      if (line + gap + w <= width) {
        line += gap + w;
        continue;
      }
      if (line > 0) count++;
      if (w <= width) line = w;
      else {
        count += Math.ceil(w / width) - 1;
        line = w - Math.floor(w / width) * width;
      }
    }
    lines += count;
  }
  return lines;
}

/** The height in inches of `text` set in a box `width` wide (line spacing 1.2). */
export function textHeight(text: string, width: number, fontSize: number, bold = false): number {
  return (textLines(text, width, fontSize, bold) * fontSize * 1.2) / 72;
}

/** The largest size from `sizes` at which `text` fits the box, or the smallest. */
function fitSize(text: string, box: { w: number; h: number }, sizes: readonly number[], bold = true): number {
  for (const size of sizes) if (textHeight(text, box.w - 0.05, size, bold) <= box.h) return size;
  return sizes[sizes.length - 1]!;
}

/** A run of text measured as one paragraph: its height, including the space after it. */
interface Para {
  text: string;
  size: number;
  bold?: boolean;
  color?: string;
  italic?: boolean;
  bullet?: boolean;
  after?: number;
  /** Continues the bulleted paragraph before it on a line of its own, indented like its text. */
  joined?: boolean;
}

function paraHeight(p: Para, width: number): number {
  const w = p.bullet ? width - 0.3 : width;
  return textHeight(p.text, w, p.size, p.bold) + (p.after ?? 0) / 72;
}

function runs(paras: readonly Para[], lang: string): TextRuns {
  return paras.map((p, i) => {
    const next = paras[i + 1];
    // A joined line is a paragraph of its own under an invisible bullet, so it lines up with the text above.
    const bullet = p.joined ? { bullet: { code: '00A0', indent: 16 } } : p.bullet ? { bullet: { indent: 16 } } : {};
    return {
      text: p.text,
      options: {
        fontSize: p.size,
        bold: Boolean(p.bold),
        italic: Boolean(p.italic),
        color: p.color ?? INK,
        lang,
        breakLine: next !== undefined,
        paraSpaceAfter: next?.joined ? 0 : (p.after ?? 0),
        ...bullet,
      },
    };
  });
}

/** Splits paragraphs into pages that each fit `height` (a paragraph taller than a page gets one to itself). */
export function paginate<P>(items: readonly P[], height: number, measure: (item: P) => number, firstHeight = height): P[][] {
  const pages: P[][] = [];
  let page: P[] = [];
  let used = 0;
  for (const item of items) {
    const h = measure(item);
    const room = pages.length === 0 ? firstHeight : height;
    if (page.length > 0 && used + h > room) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(item);
    used += h;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

// ——— Slides ——————————————————————————————————————————————————————————————————————————————————

interface Deck {
  pptx: PptxGenJS;
  model: ReportModel;
  t: T;
  lang: string;
}

/**
 * A slide on `master` whose every text and table cell is marked in the documents' language
 * (pptxgenjs marks text en-US unless told), with its title in the master's title placeholder and
 * the facilitator's notes.
 */
function addSlide(deck: Deck, master: 'TITLE' | 'CONTENT' | 'GAP', title: string, notes: string): Slide {
  const slide = deck.pptx.addSlide({ masterName: master });
  const lang = deck.lang;
  const addText = slide.addText.bind(slide);
  const addTable = slide.addTable.bind(slide);
  slide.addText = ((text: Parameters<Slide['addText']>[0], opts?: Parameters<Slide['addText']>[1]) => {
    const marked = typeof text === 'string' ? text : text.map((r) => ({ ...r, options: { ...r.options, lang } }));
    // The box's own size sets each paragraph mark: the smallest run's, so no line grows taller than measured.
    const sizes = typeof text === 'string' ? [] : text.map((r) => r.options?.fontSize).filter((n): n is number => typeof n === 'number');
    const fontSize = opts?.fontSize ?? (sizes.length ? Math.min(...sizes) : undefined);
    return addText(marked, { ...opts, ...(fontSize ? { fontSize } : {}), lang });
  }) as Slide['addText'];
  slide.addTable = ((rows: TableRows, opts?: Parameters<Slide['addTable']>[1]) =>
    addTable(
      rows.map((row) => row.map((cell) => ({ ...cell, options: { ...cell.options, lang } }))),
      opts,
    )) as Slide['addTable'];
  const box = master === 'TITLE' ? COVER_TITLE_BOX : master === 'GAP' ? GAP_TITLE_BOX : TITLE_BOX;
  const sizes = master === 'TITLE' ? COVER_TITLE_SIZES : [28, 24, 20, 18, 16, 14];
  // The size goes on the run: pptxgenjs gives text in a placeholder the placeholder's own options.
  slide.addText([{ text: title, options: { fontSize: fitSize(title, box, sizes), bold: true, color: INK } }], { placeholder: 'title', fontFace: FONT, align: 'left', valign: 'top', margin: 0 });
  slide.addNotes(notes);
  return slide;
}

function upper(deck: Deck, text: string): string {
  return text.toLocaleUpperCase(deck.model.meta.locale);
}

function eyebrow(deck: Deck, slide: Slide, text: string, color = deck.model.meta.firm.accent, x = MX): void {
  slide.addText(upper(deck, text), { x, y: 0.35, w: W - MX - x, h: 0.27, fontFace: FONT, fontSize: 11, bold: true, color: hex(color), charSpacing: 2, margin: 0 });
}

function contentSlide(deck: Deck, kicker: string, title: string, notes: string): Slide {
  const slide = addSlide(deck, 'CONTENT', title, notes);
  eyebrow(deck, slide, kicker);
  return slide;
}

/**
 * A table's type size and slides: the largest of `sizes` at which every row fits `firstRoom` (the
 * first slide's space for it), else `fallback` with the rows paged over further slides of `room`.
 * `measure` gives the header's and each row's height at a size.
 */
export function tablePages<R>(
  rows: readonly R[],
  sizes: readonly number[],
  fallback: number,
  measure: (size: number) => { headH: number; rowH: readonly number[] },
  firstRoom: number,
  room: number,
): { size: number; pages: R[][] } {
  const fits = (size: number): boolean => {
    const { headH, rowH } = measure(size);
    return headH + rowH.reduce((sum, h) => sum + h, 0) <= firstRoom;
  };
  const size = sizes.find(fits) ?? fallback;
  const { headH, rowH } = measure(size);
  const pages = paginate(
    rows.map((row, i) => ({ row, h: rowH[i]! })),
    room - headH,
    (item) => item.h,
    firstRoom - headH,
  ).map((page) => page.map((item) => item.row));
  return { size, pages };
}

function paged(t: T, title: string, page: number, pages: number): string {
  return pages > 1 ? t('deck.paged', { title, page: page + 1, pages }) : title;
}

function levelChip(slide: Slide, x: number, y: number, size: number, level: number | null, fill: string, ink: string): void {
  slide.addText(level === null ? '–' : String(level), {
    x,
    y,
    w: size,
    h: size,
    shape: 'roundRect',
    rectRadius: 0.08,
    fill: { color: hex(fill) },
    line: { color: '000000', transparency: 80, width: 0.75 },
    fontFace: FONT,
    fontSize: Math.round(size * 32),
    bold: true,
    color: hex(ink),
    align: 'center',
    valign: 'middle',
    margin: 0,
  });
}

function firmName(model: ReportModel): string {
  return model.meta.firm.name || 'Readiness Room';
}

function titleSlide(deck: Deck, images: ReportImages, logo: PngImage | null): void {
  const { model, t } = deck;
  const { meta, verdict } = model;
  const notes = t('deck.notes.title', { firm: firmName(model), client: meta.client || '—', initiative: meta.initiative, date: meta.workshopDateLabel });
  const slide = addSlide(deck, 'TITLE', meta.initiative, notes);
  const ink = hex(meta.firm.accentInk);
  if (logo) {
    // The logo sits on a white tile so any colour of logo reads on any accent.
    const scale = Math.min(2.9 / logo.width, 0.9 / logo.height);
    const w = logo.width * scale;
    const h = logo.height * scale;
    slide.addShape('roundRect', { x: 0.55, y: 0.55, w: w + 0.3, h: h + 0.3, rectRadius: 0.06, fill: { color: 'FFFFFF' }, line: { color: 'FFFFFF' } });
    slide.addImage({ data: png(logo), x: 0.7, y: 0.7, w, h, altText: t('deck.logoAlt', { firm: firmName(model) }) });
  } else {
    slide.addImage({ data: png(images.monogramOnAccent), x: 0.7, y: 0.7, w: 0.9, h: 0.9, altText: t('report.cover.monogram', { firm: firmName(model) }) });
  }
  const nameSize = fitSize(firmName(model), { w: 3.3, h: 0.9 }, [20, 16, 14, 12]);
  slide.addText(firmName(model), { x: 0.7, y: 1.85, w: 3.3, h: 0.9, fontFace: FONT, fontSize: nameSize, bold: true, color: ink, margin: 0, valign: 'top' });
  const facilitator = meta.facilitator || '—';
  const factSize = textLines(facilitator, 3.3, 15) > 2 || textLines(meta.workshopDateLabel, 3.3, 15) > 1 ? 12 : 15;
  slide.addText(
    runs(
      [
        { text: t('report.cover.workshop'), size: 11, bold: true, color: ink },
        { text: meta.workshopDateLabel, size: factSize, color: ink, after: 8 },
        { text: t('report.cover.facilitator'), size: 11, bold: true, color: ink },
        { text: facilitator, size: factSize, color: ink },
      ],
      deck.lang,
    ),
    { x: 0.7, y: 4.6, w: 3.3, h: 2.2, fontFace: FONT, margin: 0, valign: 'bottom' },
  );
  slide.addText(upper(deck, [meta.title, t('deck.steeringCommittee')].join(' · ')), { x: 5, y: 1.35, w: 7.6, h: 0.35, fontFace: FONT, fontSize: 12, bold: true, color: hex(meta.firm.accent), charSpacing: 2, margin: 0 });
  if (meta.client) {
    const titleSize = fitSize(meta.initiative, COVER_TITLE_BOX, COVER_TITLE_SIZES);
    const y = COVER_TITLE_BOX.y + Math.min(COVER_TITLE_BOX.h, textHeight(meta.initiative, COVER_TITLE_BOX.w - 0.05, titleSize, true)) + 0.2;
    const size = fitSize(meta.client, { w: 7.6, h: 0.7 }, [20, 16, 14, 12], false);
    slide.addText(meta.client, { x: 5, y, w: 7.6, h: 0.7, fontFace: FONT, fontSize: size, color: MUTED, margin: 0, valign: 'top' });
  }
  const headlineSize = fitSize(verdict.headline, { w: 7.2, h: 0.85 }, [13, 12, 11, 10], false);
  slide.addShape('rect', { x: 5, y: 4.8, w: 0.09, h: 1.8, fill: { color: hex(verdict.color) }, line: { color: hex(verdict.color) } });
  slide.addText(
    runs(
      [
        { text: upper(deck, t('report.verdict.label')), size: 11, bold: true, color: hex(verdict.color) },
        { text: verdict.label, size: 28, bold: true, color: hex(verdict.color) },
        { text: verdict.headline, size: headlineSize, color: INK },
      ],
      deck.lang,
    ),
    { x: 5.09, y: 4.8, w: 7.5, h: 1.8, fontFace: FONT, fill: { color: hex(verdict.soft) }, margin: 10, valign: 'middle' },
  );
}

function decisionSlide(deck: Deck): void {
  const { model, t } = deck;
  const decision = model.decisionRequested;
  const width = W - 2 * MX - 0.09 - PADS;
  const lead: Para = { text: decision.text, size: 24, bold: true, color: INK, after: 14 };
  for (const size of [24, 20, 18, 16]) {
    lead.size = size;
    if (paraHeight(lead, width) <= 2.4) break;
  }
  const detail: Para[] = decision.points.map((d) => ({ text: d, size: 16, bullet: true, after: 8 }));
  const room = SAFE_BOTTOM - BODY_TOP - PADS - 0.05;
  const pages = paginate(detail, room, (p) => paraHeight(p, width), room - paraHeight(lead, width));
  pages.forEach((page, i) => {
    const title = paged(t, t('deck.decision.heading'), i, pages.length);
    const slide = contentSlide(deck, t('deck.decision.eyebrow'), title, t(i === 0 ? 'deck.notes.decision' : 'deck.notes.continued', { decision: decision.text }));
    const paras = i === 0 ? [lead, ...page] : page;
    const h = Math.min(SAFE_BOTTOM - BODY_TOP, paras.reduce((sum, p) => sum + paraHeight(p, width), 0) + PADS + 0.05);
    slide.addShape('rect', { x: MX, y: BODY_TOP, w: 0.09, h, fill: { color: hex(model.meta.firm.accent) }, line: { color: hex(model.meta.firm.accent) } });
    slide.addText(runs(paras, deck.lang), { x: MX + 0.09, y: BODY_TOP, w: W - 2 * MX - 0.09, h, fontFace: FONT, fill: { color: SOFT }, margin: PAD, valign: 'top' });
  });
}

function verdictSlides(deck: Deck): void {
  const { model, t } = deck;
  const { verdict, meta } = model;
  const width = 8.2 - PADS;
  const head: Para = { text: verdict.headline, size: 18, bold: true, color: hex(verdict.color), after: 10 };
  const reasons: Para[] = verdict.reasons.map((r) => ({ text: r, size: 15, bullet: true, after: 8 }));
  if (verdict.overridden) reasons.push({ text: overrideText(model), size: 14, italic: true, color: MUTED, after: 8 });
  // The deck has no flag list: flags the reasons do not name (a "Not yet" names only blocking ones) are named here.
  const unnamed = model.flags.map((f) => f.title).filter((title) => !verdict.reasons.some((r) => r.includes(title)));
  if (unnamed.length > 0) {
    const titles = new Intl.ListFormat(meta.locale, { type: 'conjunction' }).format(unnamed);
    reasons.push({ text: t('deck.verdict.alsoOpen', { count: unnamed.length, titles }), size: 14, color: MUTED, after: 8 });
  }
  const room = SAFE_BOTTOM - BODY_TOP - PADS - 0.05;
  const pages = paginate(reasons, room, (p) => paraHeight(p, width), room - paraHeight(head, width));
  pages.forEach((page, i) => {
    const title = paged(t, t('report.verdict.heading', { verdict: verdict.label }), i, pages.length);
    const notes = i === 0 ? t('deck.notes.verdict', { verdict: verdict.label, count: verdict.reasons.length }) : t('deck.notes.continued', {});
    const slide = contentSlide(deck, t('report.summary.eyebrow'), title, notes);
    const paras = i === 0 ? [head, ...page] : page;
    const h = Math.min(SAFE_BOTTOM - BODY_TOP, paras.reduce((sum, p) => sum + paraHeight(p, width), 0) + PADS + 0.05);
    slide.addShape('rect', { x: MX, y: BODY_TOP, w: 0.08, h, fill: { color: hex(verdict.color) }, line: { color: hex(verdict.color) } });
    slide.addText(runs(paras, deck.lang), { x: MX + 0.08, y: BODY_TOP, w: 8.2, h, fontFace: FONT, fill: { color: hex(verdict.soft) }, valign: 'top', margin: PAD });
    if (i > 0) return;
    const figures = model.keyFigures.slice(0, 5);
    figures.forEach((f, n) => {
      const y = BODY_TOP + n * 1.0;
      const labelSize = textLines(f.label, 3.3, 11) > 2 ? 9 : 11;
      slide.addShape('rect', { x: 9.2, y, w: 3.53, h: 0.9, fill: { color: SOFT }, line: { color: SOFT } });
      slide.addText(
        runs(
          [
            { text: f.value, size: 20, bold: true, color: hex(meta.firm.accent) },
            { text: f.label, size: labelSize, color: MUTED },
          ],
          deck.lang,
        ),
        { x: 9.3, y, w: 3.35, h: 0.9, fontFace: FONT, valign: 'middle', margin: 0 },
      );
    });
  });
}

/** What the facilitator says on the "what changed" slide: the verdict, the movements and their reasons, flags and actions. */
function comparisonNotes(t: T, c: ReportComparison): string {
  const moved = c.movements.filter((m) => m.direction === 'up' || m.direction === 'down');
  const reasons = moved.map((m) => t('deck.notes.compare.gap', { gap: m.gap.name, movement: m.movement, then: m.then?.level ?? '–', now: m.now?.level ?? '–', reasoned: m.reasonNow ? 'yes' : 'no', reason: sentence(m.reasonNow || '–') }));
  return [t('deck.notes.compare', { date: c.then.dateLabel || c.then.label, verdict: c.verdict.line, gaps: c.movementSummary, flags: c.flags.summary, actions: c.actionSummary }), ...reasons].join(' ');
}

/**
 * One slide for a re-assessment: the verdict then → now, each gap's level then and now with an
 * arrow, and what happened to the flags and the actions; both radars beside them when the picture
 * is there.
 */
function comparisonSlide(deck: Deck, c: ReportComparison, radar: PngImage | null): void {
  const { t } = deck;
  const heading = t('deck.compare.heading');
  // Each gap then → now: as many as fit under the verdict tiles, the rest on slides of their own.
  const level = (badge: LevelBadge | null): string => (badge ? `${badge.level} · ${badge.name}` : t('report.noConsensus'));
  const cells = (m: GapMovementRow): string[] => [`${m.gap.number}. ${m.gap.name}`, level(m.then), level(m.now), `${m.arrow} ${m.movement}`];
  const head = [t('report.column.gap'), t('report.compare.column.then'), t('report.compare.column.now'), t('report.compare.column.movement')];
  const columnsOf = (w: number): number[] => [w * 0.29, w * 0.25, w * 0.25, w * 0.21];
  const measure = (size: number, colW: readonly number[], movements: readonly GapMovementRow[]) => {
    const headH = Math.max(...head.map((text, i) => textHeight(text, colW[i]! - 0.14, size - 1, true) + 0.12));
    const rowH = movements.map((m) => Math.max(0.36, ...cells(m).map((text, i) => textHeight(text, colW[i]! - 0.14, size, true) + 0.12)));
    return { headH, rowH, total: headH + rowH.reduce((a, b) => a + b, 0) };
  };
  const rule = [{ type: 'none' as const }, { type: 'none' as const }, { type: 'solid' as const, pt: 1.5, color: INK }, { type: 'none' as const }];
  const levelCell = (badge: LevelBadge | null, text: string) => ({ text, options: badge ? { fill: { color: hex(badge.fill) }, color: hex(badge.ink), bold: true } : { color: MUTED } });
  const table = (slide: Slide, movements: readonly GapMovementRow[], at: { x: number; y: number; w: number }, size: number): number => {
    const colW = columnsOf(at.w);
    const { headH, rowH, total } = measure(size, colW, movements);
    const rows: TableRows = [
      head.map((text) => ({ text, options: { bold: true, color: MUTED, fontSize: size - 1, border: rule } })),
      ...movements.map((m) => {
        const [gap, then, now, movement] = cells(m);
        const moved = m.direction === 'up' || m.direction === 'down';
        return [
          { text: gap!, options: { bold: true, color: INK } },
          levelCell(m.then, then!),
          levelCell(m.now, now!),
          { text: movement!, options: { bold: moved, color: moved ? INK : MUTED } },
        ];
      }),
    ];
    slide.addTable(rows, { ...at, colW, fontFace: FONT, fontSize: size, color: INK, border: { type: 'solid', pt: 0.75, color: LINE }, valign: 'middle', rowH: [headH, ...rowH], margin: 0.06 });
    return total;
  };

  let x = MX;
  const radarW = 4.9;
  if (radar) x = MX + radarW + 0.3;
  const w = W - MX - x;
  // What became of the flags and the actions, in two boxes under the table.
  const boxW = (w - 0.2) / 2;
  const boxes: Para[][] = [
    [
      { text: upper(deck, t('report.compare.flags.heading')), size: 9, bold: true, color: MUTED, after: 2 },
      { text: c.flags.summary, size: 12 },
    ],
    [
      { text: upper(deck, t('report.compare.actions.heading')), size: 9, bold: true, color: MUTED, after: 2 },
      { text: c.actionSummary, size: 12 },
    ],
  ];
  const tileH = 0.9;
  const linesH = Math.max(...boxes.map((paras) => paras.reduce((sum, p) => sum + paraHeight(p, boxW - 0.25), 0))) + 0.2;
  const top = BODY_TOP + tileH + 0.25;
  const room = SAFE_BOTTOM - top - linesH - 0.2;
  // Too many gaps for 9 pt under the tiles: 10 pt, and the table goes on over further slides.
  const { size, pages } = tablePages(c.movements, [12, 11, 10, 9], 10, (size) => measure(size, columnsOf(w), c.movements), room, SAFE_BOTTOM - BODY_TOP);

  const slide = contentSlide(deck, t('deck.compare.eyebrow'), paged(t, heading, 0, pages.length), comparisonNotes(t, c));
  if (radar) {
    const boxH = SAFE_BOTTOM - BODY_TOP;
    const scale = Math.min(radarW / radar.width, boxH / radar.height);
    slide.addImage({ data: png(radar), x: MX, y: BODY_TOP + (boxH - radar.height * scale) / 2, w: radar.width * scale, h: radar.height * scale, altText: c.radar.alt });
  }

  // The verdict then → now: two tiles and an arrow that reads without colour.
  const tileW = (w - 0.6) / 2;
  const tile = (tx: number, label: MessageId, side: string, verdict: VerdictThenNow['now']): void => {
    slide.addShape('rect', { x: tx, y: BODY_TOP, w: 0.08, h: tileH, fill: { color: hex(verdict.color) }, line: { color: hex(verdict.color) } });
    const size = fitSize(verdict.label, { w: tileW - 0.3, h: 0.45 }, [20, 18, 16, 14]);
    slide.addText(
      runs(
        [
          { text: upper(deck, `${t(label)} · ${side}`), size: 9, bold: true, color: MUTED, after: 2 },
          { text: verdict.label, size, bold: true, color: hex(verdict.color) },
        ],
        deck.lang,
      ),
      { x: tx + 0.08, y: BODY_TOP, w: tileW - 0.08, h: tileH, fontFace: FONT, fill: { color: hex(verdict.soft) }, margin: [4, 10, 4, 10], valign: 'middle' },
    );
  };
  tile(x, 'report.compare.then', c.then.label, c.verdict.then);
  slide.addText('→', { x: x + tileW, y: BODY_TOP, w: 0.6, h: tileH, fontFace: FONT, fontSize: 24, bold: true, color: MUTED, align: 'center', valign: 'middle', margin: 0 });
  tile(x + tileW + 0.6, 'report.compare.now', c.now.label, c.verdict.now);

  const total = table(slide, pages[0]!, { x, y: top, w }, size);
  const linesTop = Math.min(SAFE_BOTTOM - linesH, top + total + 0.25);
  boxes.forEach((paras, i) => {
    slide.addText(runs(paras, deck.lang), { x: x + i * (boxW + 0.2), y: linesTop, w: boxW, h: linesH, fontFace: FONT, fill: { color: SOFT }, margin: [4, 9, 4, 9], valign: 'middle' });
  });
  pages.slice(1).forEach((movements, i) => {
    const more = contentSlide(deck, t('deck.compare.eyebrow'), paged(t, heading, i + 1, pages.length), t('deck.notes.continued', {}));
    table(more, movements, { x: MX, y: BODY_TOP, w: W - 2 * MX }, size);
  });
}

function ragSlide(deck: Deck): void {
  const { model, t } = deck;
  const rows = model.gapStatus;
  const nameW = 3.4;
  const chipW = 1.6;
  const reasonW = W - 2 * MX - nameW - chipW - 0.4;
  const room = SAFE_BOTTOM - BODY_TOP;
  const gapH = 0.1;
  const sizes = [14, 13, 12, 11, 10];
  let size = sizes[sizes.length - 1]!;
  for (const s of sizes) {
    const total = rows.reduce((sum, r) => sum + Math.max(0.62, textHeight(r.reason, reasonW, s) + 0.16, textHeight(`${r.gap.number}. ${r.gap.name}`, nameW - 0.2, 14, true) + 0.16) + gapH, 0);
    if (total <= room) {
      size = s;
      break;
    }
  }
  const heights = rows.map((r) => Math.max(0.62, textHeight(r.reason, reasonW, size) + 0.16, textHeight(`${r.gap.number}. ${r.gap.name}`, nameW - 0.2, 14, true) + 0.16));
  const pages = paginate(
    rows.map((r, i) => ({ r, h: heights[i]! })),
    room,
    (x) => x.h + gapH,
  );
  pages.forEach((page, p) => {
    const count = (status: string): number => rows.filter((r) => r.status === status).length;
    const notes = p === 0 ? t('deck.notes.rag', { red: count('red'), amber: count('amber'), green: count('green') }) : t('deck.notes.continued', {});
    const slide = contentSlide(deck, t('deck.rag.eyebrow'), paged(t, t('deck.rag.heading'), p, pages.length), notes);
    let y = BODY_TOP;
    for (const { r, h } of page) {
      slide.addShape('rect', { x: MX, y, w: W - 2 * MX, h, fill: { color: SOFT }, line: { color: SOFT } });
      slide.addShape('rect', { x: MX, y, w: 0.08, h, fill: { color: hex(r.gap.color) }, line: { color: hex(r.gap.color) } });
      slide.addText(`${r.gap.number}. ${r.gap.name}`, { x: MX + 0.2, y, w: nameW - 0.2, h, fontFace: FONT, fontSize: 14, bold: true, color: INK, margin: 0, valign: 'middle' });
      slide.addText(r.label, { x: MX + nameW, y: y + (h - 0.42) / 2, w: chipW, h: 0.42, shape: 'roundRect', rectRadius: 0.2, fill: { color: hex(r.fill) }, fontFace: FONT, fontSize: 13, bold: true, color: hex(r.ink), align: 'center', valign: 'middle', margin: 0 });
      slide.addText(r.reason, { x: MX + nameW + chipW + 0.3, y, w: reasonW, h, fontFace: FONT, fontSize: size, color: INK, margin: 0, valign: 'middle' });
      y += h + gapH;
    }
  });
}

function radarSlide(deck: Deck): void {
  const { model, t } = deck;
  const scored = model.scores.filter((s) => s.consensus);
  const notes = t('deck.notes.radar', { scored: scored.length, total: model.scores.length });
  const head = [t('report.column.gap'), t('report.column.consensus'), t('report.column.votes')];
  const cellsOf = (s: ReportModel['scores'][number]): string[] => [
    `${s.gap.number}. ${s.gap.name}`,
    s.consensus ? `${s.consensus.level} · ${s.consensus.name}` : t('report.noConsensus'),
    `${s.votesSummary || '—'}${s.divergent ? `\n${t('report.room.divided')}` : ''}`,
  ];
  const columnsOf = (w: number): number[] => [w * 0.42, w * 0.33, w * 0.25];
  const measure = (size: number, colW: readonly number[], scores: ReportModel['scores']) => ({
    headH: Math.max(...head.map((c, i) => textHeight(c, colW[i]! - 0.14, size - 1, true) + 0.14)),
    rowH: scores.map((s) => Math.max(size >= 12 ? 0.45 : 0.36, ...cellsOf(s).map((c, i) => textHeight(c, colW[i]! - 0.14, size, true) + 0.14))),
  });
  const table = (slide: Slide, scores: ReportModel['scores'], at: { x: number; y: number; w: number }, fontSize: number): void => {
    const colW = columnsOf(at.w);
    const { headH, rowH } = measure(fontSize, colW, scores);
    const rows: TableRows = [
      head.map((text) => ({ text, options: { bold: true, color: MUTED, fontSize: fontSize - 1, border: [{ type: 'none' }, { type: 'none' }, { type: 'solid', pt: 1.5, color: INK }, { type: 'none' }] } })),
      ...scores.map((s) => {
        const cells = cellsOf(s);
        return [
          { text: cells[0]!, options: { bold: true, color: INK } },
          { text: cells[1]!, options: s.consensus ? { fill: { color: hex(s.consensus.fill) }, color: hex(s.consensus.ink), bold: true } : { color: MUTED } },
          { text: cells[2]!, options: { color: s.divergent ? WARN : INK } },
        ];
      }),
    ];
    slide.addTable(rows, { ...at, colW, fontFace: FONT, fontSize, border: { type: 'solid', pt: 0.75, color: LINE }, valign: 'middle', rowH: [headH, ...rowH], margin: 0.07 });
  };
  const x = MX + 6.1;
  const w = W - MX - x;
  const room = SAFE_BOTTOM - BODY_TOP;
  // Twelve gaps do not fit beside the radar even at 9 pt: the table goes on over further slides.
  const { size, pages } = tablePages(model.scores, [12, 11, 10, 9], 10, (size) => measure(size, columnsOf(w), model.scores), room, room);

  const slide = contentSlide(deck, t('report.glance.eyebrow'), paged(t, t('report.glance.heading'), 0, pages.length), notes);
  // A native radar chart: the committee's analyst can restyle or copy it; the numbers are in the table too.
  const labels = model.scores.map((s) => `${s.gap.number}. ${s.gap.name}`);
  slide.addChart(deck.pptx.ChartType.radar, [{ name: t('report.column.consensus'), labels, values: model.scores.map((s) => s.consensus?.level ?? 0) }], {
    x: MX,
    y: BODY_TOP,
    w: 5.8,
    h: SAFE_BOTTOM - BODY_TOP,
    radarStyle: 'filled',
    layout: { x: 0.14, y: 0.08, w: 0.72, h: 0.84 },
    chartColors: [hex(model.meta.firm.accent)],
    chartColorsOpacity: 35,
    valAxisMinVal: 0,
    valAxisMaxVal: 5,
    valAxisMajorUnit: 1,
    valAxisLabelFontSize: 9,
    catAxisLabelFontSize: 10,
    catAxisLabelColor: INK,
    showLegend: false,
    altText: model.radar.alt,
  });
  table(slide, pages[0]!, { x, y: BODY_TOP, w }, size);
  pages.slice(1).forEach((scores, i) => {
    const more = contentSlide(deck, t('report.glance.eyebrow'), paged(t, t('report.glance.heading'), i + 1, pages.length), t('deck.notes.continued', {}));
    table(more, scores, { x: MX, y: BODY_TOP, w: W - 2 * MX }, size);
  });
}

function ownerDue(t: T, a: ActionRow): string {
  return t('deck.ownerDue', { owner: a.owner || t('report.actions.noOwner'), due: a.dueLabel || t('report.actions.noDate') });
}

/** The paragraphs of a list that fit `height`, and a pointer to the rest when some do not. */
function fitList(items: readonly Para[][], width: number, height: number, more: (count: number) => Para): Para[] {
  const out: Para[] = [];
  let used = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const h = item.reduce((sum, p) => sum + paraHeight(p, width), 0);
    const left = items.length - i - 1;
    const reserve = left > 0 ? paraHeight(more(left), width) : 0;
    if (used + h + reserve > height) {
      out.push(more(items.length - i));
      return out;
    }
    out.push(...item);
    used += h;
  }
  return out;
}

/** Text typed by a person, ended like a sentence so the next one does not run on. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…:;)"“”»«„]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

const SEVERITY_RANK = { high: 0, medium: 1, low: 2 } as const;

/** What the facilitator says on a gap's slide: the level, why, the main risk and the next step. */
function gapNotes(t: T, section: GapSection, open: readonly ActionRow[]): string {
  const g = section.gap;
  const lines = [section.consensus ? t('deck.notes.gap.level', { gap: g.name, level: section.consensus.level, levelName: section.consensus.name }) : t('deck.notes.gap.noConsensus', { gap: g.name })];
  if (section.rationale) lines.push(t('deck.notes.gap.why', { rationale: sentence(section.rationale) }));
  const risk = [...section.risks].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])[0];
  lines.push(risk ? t('deck.notes.gap.risk', { risk: sentence(`${risk.severityLabel}: ${risk.text}`) }) : t('deck.notes.gap.noRisk'));
  const next = open[0];
  if (next) {
    lines.push(t('deck.notes.gap.action', { action: `${next.ref} ${next.title}`, owner: next.owner || t('report.actions.noOwner'), due: next.dueLabel || t('report.actions.noDate') }));
    if (open.length > 1) lines.push(t('deck.notes.gap.moreActions', { count: open.length - 1 }));
  } else lines.push(t('deck.notes.gap.noAction'));
  return lines.join(' ');
}

function gapSlide(deck: Deck, section: GapSection, images: ReportImages): void {
  const { t } = deck;
  const g = section.gap;
  const open = section.actions.filter((a) => a.status !== 'done');
  const notes = gapNotes(t, section, open);
  const slide = addSlide(deck, 'GAP', g.name, notes);
  slide.addShape('rect', { x: 0, y: 0, w: W, h: 0.12, fill: { color: hex(g.color) }, line: { color: hex(g.color) } });
  slide.addImage({ data: png(images.gapIcons[g.id]!), x: MX, y: 0.42, w: 0.72, h: 0.72, altText: t('report.gap.icon', { gap: g.name }) });
  eyebrow(deck, slide, section.position, g.color, MX + 0.9);
  if (section.consensus) {
    levelChip(slide, 9.15, 0.42, 0.72, section.consensus.level, section.consensus.fill, section.consensus.ink);
    const size = textLines(section.consensus.name, 2.75, 16, true) > 1 ? 13 : 16;
    slide.addText(runs([{ text: upper(deck, t('report.column.consensus')), size: 10, bold: true, color: MUTED }, { text: section.consensus.name, size, bold: true }], deck.lang), { x: 10, y: 0.4, w: W - MX - 10, h: 0.8, fontFace: FONT, margin: 0, valign: 'middle' });
  } else {
    slide.addText(t('deck.noConsensusYet'), { x: 9.15, y: 0.42, w: W - MX - 9.15, h: 0.72, fontFace: FONT, fontSize: 16, bold: true, color: MUTED, margin: 0, valign: 'middle' });
  }
  // Why: the ladder's wording and the room's rationale, as long as it is (it sets the columns' top).
  const why = section.rationale ? `${section.consensusDescriptor} ${t('report.gap.rationale')}: ${section.rationale}` : section.consensusDescriptor || section.tagline;
  const whyW = W - 2 * MX;
  const whySize = fitSize(why, { w: whyW, h: 0.75 }, [13, 12, 11, 10], false);
  const whyH = Math.min(1.3, textHeight(why, whyW - 0.05, whySize));
  slide.addText(why, { x: MX, y: 1.45, w: whyW, h: whyH, fontFace: FONT, fontSize: whySize, color: MUTED, margin: 0, valign: 'top' });

  const top = 1.45 + whyH + 0.25;
  const colH = SAFE_BOTTOM - top;
  // Left: pilot vs production, in numbers.
  const colW = 3.9;
  slide.addText(upper(deck, t('deck.pilotVsProduction')), { x: MX, y: top, w: colW, h: 0.3, fontFace: FONT, fontSize: 11, bold: true, color: MUTED, margin: 0 });
  let y = top + 0.35;
  for (const ratio of section.ratios.slice(0, 2)) {
    const sentenceSize = textLines(ratio.sentence, colW - 1.6, 12) > 3 ? 10 : 12;
    const h = Math.max(0.75, textHeight(ratio.sentence, colW - 1.6, sentenceSize) + 0.2);
    if (y + h > SAFE_BOTTOM) break;
    slide.addText(ratio.display, { x: MX, y, w: 1.35, h, fontFace: FONT, fontSize: textWidth(ratio.display, 24, true) > 1.2 ? 16 : 24, bold: true, color: ratio.large ? WARN : INK, fill: { color: ratio.large ? 'FFF4D6' : SOFT }, margin: [4, 8, 4, 8], valign: 'middle' });
    slide.addText(ratio.sentence, { x: MX + 1.35, y, w: colW - 1.35, h, fontFace: FONT, fontSize: sentenceSize, color: INK, fill: { color: ratio.large ? 'FFF4D6' : SOFT }, margin: [4, 8, 4, 4], valign: 'middle' });
    y += h + 0.1;
  }
  const factCols = [2.35, 1.55];
  const facts = section.facts.filter((f) => f.recorded);
  const factRows: Array<{ label: string; value: string; h: number }> = [];
  for (const f of facts) {
    const h = Math.max(0.36, textHeight(f.label, factCols[0]! - 0.1, 10) + 0.1, textHeight(f.value, factCols[1]! - 0.1, 10, true) + 0.1);
    if (y + factRows.reduce((s, r) => s + r.h, 0) + h > SAFE_BOTTOM) break;
    factRows.push({ label: f.label, value: f.value, h });
  }
  if (factRows.length) {
    slide.addTable(
      factRows.map((f) => [{ text: f.label, options: { color: MUTED } }, { text: f.value, options: { bold: true } }]),
      { x: MX, y, w: colW, colW: factCols, fontFace: FONT, fontSize: 10, color: INK, border: { type: 'solid', pt: 0.5, color: LINE }, margin: 0.05, valign: 'middle', rowH: factRows.map((f) => f.h) },
    );
  }

  // Middle: the latest revealed round.
  const mx = MX + colW + 0.35;
  const mw = 3.7;
  slide.addText(upper(deck, t('deck.roomVotes')), { x: mx, y: top, w: mw, h: 0.3, fontFace: FONT, fontSize: 11, bold: true, color: MUTED, margin: 0 });
  const round = section.rounds[section.rounds.length - 1];
  if (round) {
    const step = Math.min(0.5, (colH - 1.3) / Math.max(1, round.distribution.length));
    const max = Math.max(1, ...round.distribution.map((c) => c.count));
    round.distribution.forEach((c, i) => {
      const rowY = top + 0.4 + i * step;
      const chip = step - 0.1;
      slide.addText(c.key === 'unsure' ? '?' : String(c.key), { x: mx, y: rowY, w: chip, h: chip, fill: { color: hex(c.fill) }, color: hex(c.ink), bold: true, fontFace: FONT, fontSize: 14, align: 'center', valign: 'middle', margin: 0, line: { color: '000000', transparency: 80, width: 0.5 } });
      const barW = c.count === 0 ? 0 : Math.max(0.08, (c.count / max) * 2.5);
      if (barW > 0) slide.addShape('rect', { x: mx + 0.5, y: rowY + 0.06, w: barW, h: chip - 0.12, fill: { color: hex(c.fill) }, line: { color: '000000', transparency: 80, width: 0.5 } });
      slide.addText(String(c.count), { x: mx + 0.55 + barW, y: rowY, w: 0.6, h: chip, fontFace: FONT, fontSize: 14, bold: c.count > 0, color: c.count > 0 ? INK : '9AA4B2', margin: 0, valign: 'middle' });
    });
    const noteY = top + 0.45 + round.distribution.length * step;
    const note = [t('deck.roundNote', { number: round.number, votes: round.voted, median: round.median }), ...(round.divergent ? [t(round.twoCamps ? 'report.room.twoCamps' : 'report.room.divided')] : [])].join(' · ');
    const below: Para[] = [{ text: note, size: 12, bold: round.divergent, color: round.divergent ? WARN : MUTED, after: 6 }];
    if (section.stances) below.push({ text: section.stances.text, size: 11, color: section.stances.split ? WARN : MUTED });
    const fitted = below.filter((_, i) => noteY + below.slice(0, i + 1).reduce((s, p) => s + paraHeight(p, mw), 0) <= SAFE_BOTTOM);
    if (fitted.length) slide.addText(runs(fitted, deck.lang), { x: mx, y: noteY, w: mw, h: fitted.reduce((s, p) => s + paraHeight(p, mw), 0), fontFace: FONT, margin: 0, valign: 'top' });
  } else {
    slide.addText(t('deck.noRound'), { x: mx, y: top + 0.4, w: mw, h: 0.4, fontFace: FONT, fontSize: 12, italic: true, color: MUTED, margin: 0 });
  }

  // Right: risks and open actions, as many as fit, and where the rest are.
  const rx = mx + mw + 0.35;
  const rw = W - MX - rx;
  const head = (text: string): Para => ({ text: upper(deck, text), size: 11, bold: true, color: MUTED, after: 4 });
  const riskItems: Para[][] = section.risks.map((risk) => [{ text: `${risk.severityLabel}: ${risk.text}`, size: 12, bullet: true, after: 4 }]);
  const actionItems: Para[][] = open.map((a) => [
    { text: `${a.ref} ${a.title}`, size: 12, bold: true, bullet: true },
    { text: ownerDue(t, a), size: 11, color: a.attention ? DANGER : MUTED, after: 6, bullet: true, joined: true },
  ]);
  const half = (colH - 0.4) / 2;
  const risksRoom = riskItems.length ? Math.max(half, colH - 0.8 - actionItems.slice(0, 2).flat().reduce((s, p) => s + paraHeight(p, rw), 0)) : 0.3;
  const right: Para[] = [head(t('report.gap.risks'))];
  if (riskItems.length) right.push(...fitList(riskItems, rw, Math.min(risksRoom, half + 0.4), (count) => ({ text: t('deck.moreRisks', { count }), size: 11, italic: true, color: MUTED, after: 4 })));
  else right.push({ text: t('deck.noneRecorded'), size: 12, italic: true, color: MUTED, after: 4 });
  right.push({ text: ' ', size: 6 });
  right.push(head(t('report.gap.actions')));
  const used = right.reduce((s, p) => s + paraHeight(p, rw), 0);
  if (actionItems.length) right.push(...fitList(actionItems, rw, colH - used - 0.05, (count) => ({ text: t('deck.moreActions', { count }), size: 11, italic: true, color: MUTED })));
  else right.push({ text: t('deck.noOpenAction'), size: 12, italic: true, color: MUTED });
  const rightH = Math.min(colH, right.reduce((s, p) => s + paraHeight(p, rw), 0) + 0.05);
  slide.addText(runs(right, deck.lang), { x: rx, y: top, w: rw, h: rightH, fontFace: FONT, valign: 'top', margin: 0 });
}

function roadmapSlide(deck: Deck, picture: { image: PngImage; alt: string }): void {
  const { t, model } = deck;
  const bucket = (id: string): number => model.roadmap.buckets.find((b) => b.id === id)?.actions.length ?? 0;
  const notes = t('deck.notes.roadmap', { d30: bucket('d30'), undated: bucket('undated') });
  const slide = contentSlide(deck, t('deck.roadmap.eyebrow'), t('deck.roadmap.heading'), notes);
  const boxW = W - 2 * MX;
  const boxH = SAFE_BOTTOM - BODY_TOP;
  const scale = Math.min(boxW / picture.image.width, boxH / picture.image.height);
  const w = picture.image.width * scale;
  const h = picture.image.height * scale;
  slide.addImage({ data: png(picture.image), x: MX + (boxW - w) / 2, y: BODY_TOP, w, h, altText: picture.alt });
}

const ACTION_COLUMNS = ['report.column.ref', 'report.column.action', 'report.column.gap', 'report.column.owner', 'report.column.due', 'report.column.priority'] as const;
const ACTION_WIDTHS = [0.6, 4.4, 2.7, 1.9, 1.45, 1.08];

/**
 * The actions as a table over as many slides as they need, or, with `onePage`, on one slide with
 * as many rows as fit and a closing line that says where the rest are.
 */
function actionTableSlides(deck: Deck, actions: readonly ActionRow[], kicker: string, heading: string, notes: (page: number) => string, lead: string | null, onePage = false): void {
  const { t } = deck;
  const size = 11;
  const cells = (a: ActionRow): string[] => [a.ref, a.title, a.gap ? `${a.gap.number}. ${a.gap.name}` : '—', a.owner || t('report.actions.noOwner'), a.dueLabel || t('report.actions.noDate'), a.priorityLabel];
  const heightOf = (a: ActionRow): number => Math.max(0.36, ...cells(a).map((c, i) => textHeight(c, ACTION_WIDTHS[i]! - 0.12, size, true) + 0.14));
  const headH = Math.max(...ACTION_COLUMNS.map((id, i) => textHeight(t(id), ACTION_WIDTHS[i]! - 0.12, 10, true) + 0.14));
  const leadPara: Para | null = lead ? { text: lead, size: 14, color: INK, after: 10 } : null;
  const leadH = leadPara ? paraHeight(leadPara, W - 2 * MX) + 0.1 : 0;
  const room = SAFE_BOTTOM - BODY_TOP - headH;
  const closing = (count: number): Para => ({ text: t('deck.appendix.rest', { count }), size: 12, italic: true, color: MUTED });
  let pages = paginate(actions, room, heightOf, room - leadH);
  let left = 0;
  if (onePage && pages.length > 1) {
    pages = paginate(actions, room, heightOf, room - leadH - paraHeight(closing(actions.length), W - 2 * MX) - 0.15).slice(0, 1);
    left = actions.length - pages[0]!.length;
  }
  pages.forEach((page, p) => {
    const slide = contentSlide(deck, kicker, paged(t, heading, p, pages.length), notes(p));
    let y = BODY_TOP;
    if (p === 0 && leadPara) {
      slide.addText(runs([leadPara], deck.lang), { x: MX, y, w: W - 2 * MX, h: leadH - 0.1, fontFace: FONT, margin: 0, valign: 'top' });
      y += leadH;
    }
    if (page.length === 0) {
      slide.addText(t('deck.noActions'), { x: MX, y, w: 8, h: 0.5, fontFace: FONT, fontSize: 16, italic: true, color: MUTED, margin: 0 });
      return;
    }
    const rule = [{ type: 'none' as const }, { type: 'none' as const }, { type: 'solid' as const, pt: 1.5, color: INK }, { type: 'none' as const }];
    const rows: TableRows = [
      ACTION_COLUMNS.map((id) => ({ text: t(id), options: { bold: true, color: MUTED, fontSize: 10, border: rule } })),
      ...page.map((a) => {
        const [ref, title, gap, owner, due, priority] = cells(a);
        return [
          { text: ref!, options: { bold: true, color: MUTED } },
          { text: title!, options: { bold: true, color: INK } },
          { text: gap!, options: { color: a.gap ? hex(a.gap.color) : MUTED, bold: Boolean(a.gap) } },
          { text: owner!, options: a.owner ? {} : { color: DANGER, bold: true } },
          { text: due!, options: a.dueLabel ? {} : { color: DANGER, bold: true } },
          { text: priority!, options: { color: a.priority === 'high' ? DANGER : INK, bold: a.priority === 'high' } },
        ];
      }),
    ];
    const rowH = [headH, ...page.map(heightOf)];
    slide.addTable(rows, { x: MX, y, w: W - 2 * MX, colW: ACTION_WIDTHS, fontFace: FONT, fontSize: size, color: INK, border: { type: 'solid', pt: 0.75, color: LINE }, valign: 'middle', rowH, margin: 0.06 });
    if (left > 0) {
      const tableBottom = y + rowH.reduce((s, h) => s + h, 0) + 0.12;
      const para = closing(left);
      slide.addText(runs([para], deck.lang), { x: MX, y: tableBottom, w: W - 2 * MX, h: paraHeight(para, W - 2 * MX), fontFace: FONT, margin: 0, valign: 'top' });
    }
  });
}

/** Open actions in the order the committee should hear them: high priority first, then by due date. */
export function committeeActions(model: ReportModel): { top: ActionRow[]; rest: ActionRow[] } {
  const rank = { high: 0, medium: 1, low: 2 } as const;
  const open = model.actions
    .filter((a) => a.status !== 'done')
    .map((a, i) => ({ a, i }))
    .sort((x, y) => rank[x.a.priority] - rank[y.a.priority] || (x.a.dueDate ?? '9999').localeCompare(y.a.dueDate ?? '9999') || x.i - y.i)
    .map(({ a }) => a);
  const top = open.slice(0, TOP_ACTIONS);
  const shown = new Set(top.map((a) => a.id));
  return { top, rest: model.actions.filter((a) => !shown.has(a.id)) };
}

function nextStepsSlide(deck: Deck, rest: number): void {
  const { model, t } = deck;
  const open = model.actions.filter((a) => a.status !== 'done');
  const unassigned = open.filter((a) => a.attention).length;
  const steps: string[] = [t('deck.next.decide', { decision: model.decisionRequested.text })];
  if (unassigned > 0) steps.push(t('deck.next.assign', { count: unassigned }));
  if (open.length > 0) steps.push(t('deck.next.track', { count: open.length }));
  steps.push(t('deck.next.reassess'));
  const width = W - 2 * MX - 0.9;
  const paras: Para[][] = steps.map((s) => [{ text: s, size: 18, after: 14 }]);
  const room = SAFE_BOTTOM - BODY_TOP;
  const pages = paginate(paras, room, (p) => Math.max(0.7, paraHeight(p[0]!, width)) + 0.2);
  let n = 0;
  pages.forEach((page, p) => {
    const slide = contentSlide(deck, t('deck.next.eyebrow'), paged(t, t('deck.next.heading'), p, pages.length), p === 0 ? t('deck.notes.next', { count: rest }) : t('deck.notes.continued', {}));
    let y = BODY_TOP;
    for (const [para] of page) {
      const h = Math.max(0.7, paraHeight(para!, width));
      n++;
      slide.addText(String(n), { x: MX, y, w: 0.6, h: 0.6, shape: 'ellipse', fill: { color: hex(model.meta.firm.accent) }, color: hex(model.meta.firm.accentInk), fontFace: FONT, fontSize: 18, bold: true, align: 'center', valign: 'middle', margin: 0 });
      slide.addText(runs([{ ...para!, after: 0 }], deck.lang), { x: MX + 0.9, y, w: width, h, fontFace: FONT, margin: 0, valign: 'middle' });
      y += h + 0.2;
    }
  });
}

function aboutSlide(deck: Deck): void {
  const { model, t } = deck;
  const a = model.appendix;
  const people = t(a.participants ? 'deck.about.participants' : 'deck.about.participantsAnonymous', { count: a.participantCount });
  const slide = contentSlide(deck, t('deck.about.eyebrow'), t('deck.about.heading'), t('deck.notes.about', { count: a.participantCount }));
  const step = Math.min(0.9, (SAFE_BOTTOM - BODY_TOP) / Math.max(1, a.ladder.length));
  a.ladder.forEach((l, i) => {
    const y = BODY_TOP + i * step;
    levelChip(slide, MX, y + 0.05, 0.5, l.level, l.fill, l.ink);
    const size = textLines(l.meaning, 6.3, 11) > 2 ? 9 : 11;
    slide.addText(runs([{ text: l.name, size: 14, bold: true }, { text: l.meaning, size, color: MUTED }], deck.lang), { x: MX + 0.65, y, w: 6.3, h: step - 0.08, fontFace: FONT, margin: 0, valign: 'middle' });
  });
  const x = 7.6;
  const w = W - MX - x;
  const paras: Para[] = [
    { text: upper(deck, t('report.appendix.whoWasThere')), size: 10, bold: true, color: MUTED, after: 2 },
    { text: people, size: 18, bold: true, after: 4 },
    { text: a.byRole.map((r) => `${r.label} ${r.count}`).join(' · '), size: 12, after: 4 },
    { text: a.byStance.map((r) => `${r.label} ${r.count}`).join(' · '), size: 12, after: 12 },
    { text: upper(deck, t('deck.about.howScored')), size: 10, bold: true, color: MUTED, after: 2 },
    { text: t('deck.about.howScoredText'), size: 12 },
  ];
  const h = Math.min(SAFE_BOTTOM - BODY_TOP, paras.reduce((s, p) => s + paraHeight(p, w), 0) + 0.1);
  slide.addText(runs(paras, deck.lang), { x, y: BODY_TOP, w, h, fontFace: FONT, margin: 0, valign: 'top' });
}

/** The longest of the candidates that fits one footer line (nothing rather than a cut). */
function footerLine(candidates: readonly string[], width: number): string {
  return candidates.find((c) => c && textWidth(c, 9) <= width) ?? '';
}

export async function pptxDeck(model: ReportModel, images: ReportImages): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  const t = model.i18n.t;
  const deck: Deck = { pptx, model, t, lang: model.meta.locale };
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = firmName(model);
  pptx.company = model.meta.firm.name;
  pptx.title = [model.meta.initiative, t('deck.steeringCommittee')].join(' – ');
  pptx.subject = model.meta.title;
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  const { meta } = model;
  const firmW = 3.6;
  const leftW = W - 2 * MX - firmW - 0.9;
  const footerText = footerLine([[meta.client, meta.initiative].filter(Boolean).join(' – '), meta.client, meta.initiative], leftW);
  const footerFirm = footerLine([meta.firm.name], firmW);
  const titleOptions = { fontFace: FONT, bold: true, color: INK, margin: 0, align: 'left' as const, valign: 'top' as const };
  pptx.defineSlideMaster({
    title: 'TITLE',
    background: { color: 'FFFFFF' },
    objects: [
      { rect: { x: 0, y: 0, w: 4.3, h: H, fill: { color: hex(meta.firm.accent) }, line: { color: hex(meta.firm.accent) } } },
      { placeholder: { options: { name: 'title', type: 'title', ...COVER_TITLE_BOX, ...titleOptions }, text: '' } },
    ],
  });
  const footer = [
    { line: { x: MX, y: FOOTER_Y, w: W - 2 * MX, h: 0, line: { color: LINE, width: 0.75 } } },
    ...(footerText ? [{ text: { text: footerText, options: { x: MX, y: FOOTER_Y + 0.05, w: leftW, h: 0.3, fontFace: FONT, fontSize: 9, color: MUTED, margin: 0 } } }] : []),
    ...(footerFirm ? [{ text: { text: footerFirm, options: { x: W - MX - firmW - 0.7, y: FOOTER_Y + 0.05, w: firmW, h: 0.3, fontFace: FONT, fontSize: 9, color: MUTED, align: 'right' as const, margin: 0 } } }] : []),
  ];
  const slideNumber = { x: W - MX - 0.5, y: FOOTER_Y + 0.05, w: 0.5, h: 0.3, fontFace: FONT, fontSize: 9, color: MUTED, align: 'right' as const };
  pptx.defineSlideMaster({ title: 'CONTENT', background: { color: 'FFFFFF' }, objects: [...footer, { placeholder: { options: { name: 'title', type: 'title', ...TITLE_BOX, ...titleOptions }, text: '' } }], slideNumber });
  pptx.defineSlideMaster({ title: 'GAP', background: { color: 'FFFFFF' }, objects: [...footer, { placeholder: { options: { name: 'title', type: 'title', ...GAP_TITLE_BOX, ...titleOptions }, text: '' } }], slideNumber });

  const { top, rest } = committeeActions(model);
  const logo = model.meta.firm.logo ? await firmLogoPng(model.meta.firm.logo) : null;
  // The report's own roadmap picture, rasterised once with the radar (drawing it again costs a second and a half).
  const roadmap = { image: images.roadmap, alt: model.roadmapChart.alt };
  titleSlide(deck, images, logo);
  decisionSlide(deck);
  verdictSlides(deck);
  if (model.comparison) comparisonSlide(deck, model.comparison, images.comparisonRadar);
  ragSlide(deck);
  radarSlide(deck);
  for (const section of model.gaps) gapSlide(deck, section, images);
  roadmapSlide(deck, roadmap);
  actionTableSlides(deck, top, t('report.plan.eyebrow'), t('deck.top.heading'), (p) => (p === 0 ? t('deck.notes.top', { count: top.length }) : t('deck.notes.continued', {})), null);
  nextStepsSlide(deck, rest.length);
  if (rest.length > 0) {
    actionTableSlides(deck, rest, t('deck.appendix.eyebrow'), t('deck.appendix.heading'), (p) => (p === 0 ? t('deck.notes.appendix', { count: rest.length }) : t('deck.notes.continued', {})), t('deck.appendix.pointer', { count: rest.length }), true);
  }
  aboutSlide(deck);

  const out = await pptx.write({ outputType: 'nodebuffer' });
  return new Uint8Array(out as Buffer);
}
