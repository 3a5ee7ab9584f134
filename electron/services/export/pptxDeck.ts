/**
 * The steering-committee deck (pptxgenjs, 16:9): title, verdict, readiness radar, open flags,
 * success criteria, one slide per gap, the action plan over as many slides as it needs, and a
 * closing slide on the method. Text is cut to fit rather than shrunk, so nothing spills over.
 */
import PptxGenJS from 'pptxgenjs';
import type { Translator } from '../../../shared/i18n';
import { overrideText, topActions } from '../../../shared/report/reportHtml';
import type { ActionRow, GapSection, ReportModel } from '../../../shared/report/reportModel';
import type { ReportImages } from './reportImages';
import type { PngImage } from './svgToPng';

type Slide = ReturnType<PptxGenJS['addSlide']>;
type TableRows = Parameters<Slide['addTable']>[0];
type TextRuns = Exclude<Parameters<Slide['addText']>[0], string>;

const W = 13.333;
const H = 7.5;
const MX = 0.6;
const FONT = 'Arial';
const INK = '17202C';
const MUTED = '4F5B6B';
const LINE = 'D9DEE7';
const SOFT = 'F4F6F9';
const DANGER = 'B42318';
const WARN = '8A5A00';

export const ACTIONS_PER_SLIDE = 8;
export const FLAGS_PER_SLIDE = 6;

function hex(color: string): string {
  return color.replace('#', '').toUpperCase();
}

/** Cuts text to `max` characters (by code point), ending with an ellipsis when cut. */
export function fitText(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

function png(image: PngImage): string {
  return `data:image/png;base64,${Buffer.from(image.data).toString('base64')}`;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The number of slides a report becomes (tests and the progress list use it). */
export function expectedSlideCount(model: ReportModel): number {
  const flagSlides = model.flags.length ? Math.ceil(model.flags.length / FLAGS_PER_SLIDE) : 0;
  const kpiSlides = model.kpis.length ? 1 : 0;
  const actionSlides = Math.max(1, Math.ceil(model.actions.length / ACTIONS_PER_SLIDE));
  return 3 + flagSlides + kpiSlides + model.gaps.length + actionSlides + 1;
}

type T = Translator['t'];

/**
 * A slide whose every text and table cell is marked in the documents' language (pptxgenjs marks
 * text en-US unless told), so spelling and hyphenation in PowerPoint follow the deck's language.
 */
function addSlide(pptx: PptxGenJS, model: ReportModel, options?: { masterName: string }): Slide {
  const slide = options ? pptx.addSlide(options) : pptx.addSlide();
  const lang = model.meta.locale;
  const addText = slide.addText.bind(slide);
  const addTable = slide.addTable.bind(slide);
  slide.addText = ((text: Parameters<Slide['addText']>[0], opts?: Parameters<Slide['addText']>[1]) => {
    const runs = typeof text === 'string' ? text : text.map((r) => ({ ...r, options: { ...r.options, lang } }));
    return addText(runs, { ...opts, lang });
  }) as Slide['addText'];
  slide.addTable = ((rows: TableRows, opts?: Parameters<Slide['addTable']>[1]) =>
    addTable(
      rows.map((row) => row.map((cell) => ({ ...cell, options: { ...cell.options, lang } }))),
      opts,
    )) as Slide['addTable'];
  return slide;
}

function upper(model: ReportModel, text: string): string {
  return text.toLocaleUpperCase(model.meta.locale);
}

function header(slide: Slide, model: ReportModel, eyebrow: string, title: string, accent: string): void {
  slide.addText(upper(model, eyebrow), { x: MX, y: 0.35, w: W - 2 * MX, h: 0.3, fontFace: FONT, fontSize: 11, bold: true, color: hex(accent), charSpacing: 2, margin: 0 });
  slide.addText(fitText(title, 80), { x: MX, y: 0.62, w: W - 2 * MX, h: 0.7, fontFace: FONT, fontSize: 28, bold: true, color: INK, margin: 0, valign: 'top' });
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

function titleSlide(pptx: PptxGenJS, model: ReportModel, images: ReportImages): void {
  const { meta, verdict } = model;
  const t = model.i18n.t;
  const slide = addSlide(pptx, model);
  slide.background = { color: 'FFFFFF' };
  slide.addShape('rect', { x: 0, y: 0, w: 4.3, h: H, fill: { color: hex(meta.firm.accent) }, line: { color: hex(meta.firm.accent) } });
  slide.addImage({ data: png(images.monogramOnAccent), x: 0.7, y: 0.7, w: 0.9, h: 0.9, altText: t('report.cover.monogram', { firm: meta.firm.name || 'Readiness Room' }) });
  slide.addText(meta.firm.name || 'Readiness Room', { x: 0.7, y: 1.75, w: 3.3, h: 0.9, fontFace: FONT, fontSize: 20, bold: true, color: hex(meta.firm.accentInk), margin: 0, valign: 'top' });
  slide.addText(
    [
      { text: t('report.cover.workshop'), options: { fontSize: 11, bold: true, color: hex(meta.firm.accentInk), breakLine: true } },
      { text: meta.workshopDateLabel, options: { fontSize: 15, color: hex(meta.firm.accentInk), breakLine: true } },
      { text: ' ', options: { fontSize: 8, breakLine: true } },
      { text: t('report.cover.facilitator'), options: { fontSize: 11, bold: true, color: hex(meta.firm.accentInk), breakLine: true } },
      { text: meta.facilitator || '—', options: { fontSize: 15, color: hex(meta.firm.accentInk) } },
    ],
    { x: 0.7, y: 5.2, w: 3.3, h: 1.6, fontFace: FONT, margin: 0, valign: 'bottom' },
  );
  slide.addText(upper(model, meta.title), { x: 5, y: 1.4, w: 7.6, h: 0.35, fontFace: FONT, fontSize: 12, bold: true, color: hex(meta.firm.accent), charSpacing: 2, margin: 0 });
  slide.addText(fitText(meta.initiative, 110), { x: 5, y: 1.8, w: 7.6, h: 1.9, fontFace: FONT, fontSize: 36, bold: true, color: INK, margin: 0, valign: 'top' });
  if (meta.client) slide.addText(fitText(meta.client, 80), { x: 5, y: 3.75, w: 7.6, h: 0.5, fontFace: FONT, fontSize: 20, color: MUTED, margin: 0 });
  slide.addShape('rect', { x: 5, y: 4.75, w: 0.09, h: 1.25, fill: { color: hex(verdict.color) }, line: { color: hex(verdict.color) } });
  slide.addText(
    [
      { text: upper(model, t('report.verdict.label')), options: { fontSize: 11, bold: true, color: hex(verdict.color), charSpacing: 2, breakLine: true } },
      { text: verdict.label, options: { fontSize: 30, bold: true, color: hex(verdict.color), breakLine: true } },
      { text: verdict.headline, options: { fontSize: 13, color: INK } },
    ],
    { x: 5.09, y: 4.75, w: 7.5, h: 1.25, fontFace: FONT, fill: { color: hex(verdict.soft) }, margin: [6, 14, 6, 14], valign: 'middle' },
  );
}

function verdictSlide(pptx: PptxGenJS, model: ReportModel): void {
  const { verdict, meta } = model;
  const t = model.i18n.t;
  const slide = addSlide(pptx, model, { masterName: 'CONTENT' });
  header(slide, model, t('report.summary.eyebrow'), t('report.verdict.heading', { verdict: verdict.label }), meta.firm.accent);
  const reasons = verdict.reasons.slice(0, 5).map((r) => fitText(r, 230));
  if (verdict.reasons.length > 5) reasons.push(t('deck.moreReasons', { count: verdict.reasons.length - 5 }));
  if (verdict.overridden) reasons.push(fitText(overrideText(model), 230));
  // The reasons take the room they need; the high-priority actions fill the rest.
  const chars = verdict.headline.length + reasons.join(' ').length;
  const boxH = Math.min(5.1, Math.max(1.5, 0.7 + (chars / 95) * 0.3 + reasons.length * 0.12));
  const fontSize = chars > 700 ? 13 : 15;
  slide.addShape('rect', { x: MX, y: 1.6, w: 0.08, h: boxH, fill: { color: hex(verdict.color) }, line: { color: hex(verdict.color) } });
  slide.addText(
    [
      { text: verdict.headline, options: { bold: true, color: hex(verdict.color), fontSize: 17, breakLine: true, paraSpaceAfter: 10 } },
      ...reasons.map((r, i) => ({ text: r, options: { bullet: { indent: 18 }, breakLine: i < reasons.length - 1, paraSpaceAfter: 8 } })),
    ],
    { x: MX + 0.08, y: 1.6, w: 8.1, h: boxH, fontFace: FONT, fontSize, color: INK, fill: { color: hex(verdict.soft) }, valign: 'top', margin: [12, 16, 12, 16] },
  );
  const room = 6.7 - (1.6 + boxH + 0.35);
  const top = topActions(model).slice(0, Math.max(0, Math.floor((room - 0.35) / 0.55)));
  if (top.length > 0) {
    const y = 1.6 + boxH + 0.35;
    slide.addText(upper(model, t('report.priorityActions')), { x: MX, y, w: 8, h: 0.3, fontFace: FONT, fontSize: 11, bold: true, color: MUTED, margin: 0 });
    slide.addText(
      top.flatMap((a, i) => [
        { text: `${a.ref}  `, options: { bold: true, color: MUTED, fontSize: 13 } },
        { text: fitText(a.title, 80), options: { bold: true, color: INK, fontSize: 13 } },
        { text: `   ${ownerDue(t, a)}`, options: { color: a.attention ? DANGER : MUTED, fontSize: 12, breakLine: i < top.length - 1 } },
      ]),
      { x: MX, y: y + 0.35, w: 8.18, h: top.length * 0.5, fontFace: FONT, margin: 0, valign: 'top', paraSpaceAfter: 6 },
    );
  }
  model.keyFigures.forEach((f, i) => {
    const y = 1.6 + i * 1.04;
    slide.addShape('rect', { x: 9.2, y, w: 3.53, h: 0.92, fill: { color: SOFT }, line: { color: SOFT } });
    slide.addText(
      [
        { text: f.value, options: { fontSize: 22, bold: true, color: hex(meta.firm.accent), breakLine: true } },
        { text: f.label, options: { fontSize: 11, color: MUTED } },
      ],
      { x: 9.3, y, w: 3.35, h: 0.92, fontFace: FONT, valign: 'middle', margin: 4 },
    );
  });
}

function ownerDue(t: T, a: ActionRow): string {
  return t('deck.ownerDue', { owner: a.owner || t('report.actions.noOwner'), due: a.dueLabel || t('report.actions.noDate') });
}

function radarSlide(pptx: PptxGenJS, model: ReportModel, images: ReportImages): void {
  const t = model.i18n.t;
  const slide = addSlide(pptx, model, { masterName: 'CONTENT' });
  header(slide, model, t('report.glance.eyebrow'), t('report.glance.heading'), model.meta.firm.accent);
  const h = 5.3;
  const w = (images.radar.width / images.radar.height) * h;
  slide.addImage({ data: png(images.radar), x: MX, y: 1.45, w, h, altText: model.radar.alt });
  const rows: TableRows = [
    [t('report.column.gap'), t('report.column.consensus'), t('report.column.votes')].map((text) => ({ text, options: { bold: true, color: MUTED, fontSize: 11, border: [{ type: 'none' }, { type: 'none' }, { type: 'solid', pt: 1.5, color: INK }, { type: 'none' }] } })),
    ...model.scores.map((s) => [
      { text: `${s.gap.number}. ${s.gap.name}`, options: { bold: true, color: INK } },
      { text: s.consensus ? `${s.consensus.level} · ${s.consensus.name}` : t('report.noConsensus'), options: s.consensus ? { fill: { color: hex(s.consensus.fill) }, color: hex(s.consensus.ink), bold: true } : { color: MUTED } },
      { text: `${s.votesSummary || '—'}${s.divergent ? `\n${t('report.room.divided')}` : ''}`, options: { color: s.divergent ? WARN : INK } },
    ]),
  ];
  slide.addTable(rows, { x: MX + w + 0.3, y: 1.6, w: W - MX - (MX + w + 0.3), colW: [2.3, 2.0, 1.5].map((c) => (c * (W - MX - (MX + w + 0.3))) / 5.8), fontFace: FONT, fontSize: 12, border: { type: 'solid', pt: 0.75, color: LINE }, valign: 'middle', rowH: 0.55, margin: 0.06 });
}

function flagSlides(pptx: PptxGenJS, model: ReportModel): void {
  const ordered = [...model.flags].sort((a, b) => Number(b.blocking) - Number(a.blocking));
  const pages = chunks(ordered, FLAGS_PER_SLIDE);
  const t = model.i18n.t;
  pages.forEach((flags, page) => {
    const slide = addSlide(pptx, model, { masterName: 'CONTENT' });
    const title = t('report.flags.heading');
    header(slide, model, t('report.flags.eyebrow'), pages.length > 1 ? t('deck.paged', { title, page: page + 1, pages: pages.length }) : title, model.meta.firm.accent);
    flags.forEach((flag, i) => {
      const col = i % 2;
      const row = Math.floor(i / 2);
      const x = MX + col * 6.15;
      const y = 1.55 + row * 1.78;
      const bar = flag.blocking ? DANGER : WARN;
      slide.addShape('rect', { x, y, w: 0.07, h: 1.6, fill: { color: bar }, line: { color: bar } });
      slide.addText(
        [
          ...(flag.blocking ? [{ text: `${upper(model, t('report.flags.blocking'))}  `, options: { bold: true, color: DANGER, fontSize: 10 } }] : []),
          { text: fitText(flag.title, 60), options: { bold: true, fontSize: 14, color: INK, breakLine: true } },
          { text: fitText(flag.explanation, 170), options: { fontSize: 11, color: INK, breakLine: true } },
          { text: `${t('report.flags.toClose')} ${fitText(flag.fix, 120)}`, options: { fontSize: 10, color: MUTED } },
        ],
        { x: x + 0.07, y, w: 5.85, h: 1.6, fontFace: FONT, fill: { color: SOFT }, valign: 'top', margin: [6, 10, 6, 10], paraSpaceAfter: 3 },
      );
    });
  });
}

function kpiSlide(pptx: PptxGenJS, model: ReportModel): void {
  const t = model.i18n.t;
  const slide = addSlide(pptx, model, { masterName: 'CONTENT' });
  header(slide, model, t('report.kpi.eyebrow'), t('report.kpi.heading'), model.meta.firm.accent);
  const headerCells = (
    ['report.column.kpi', 'report.column.kind', 'report.column.baseline', 'report.column.pilotResult', 'report.column.productionTarget', 'report.column.threshold', 'report.column.measuredInProduction'] as const
  ).map((id) => t(id));
  const shown = model.kpis.slice(0, 9);
  const rows: TableRows = [
    headerCells.map((text) => ({ text, options: { bold: true, color: MUTED, fontSize: 10, border: [{ type: 'none' }, { type: 'none' }, { type: 'solid', pt: 1.5, color: INK }, { type: 'none' }] } })),
    ...shown.map((k) => [
      { text: fitText(k.name, 60), options: { bold: true } },
      { text: k.kind },
      { text: fitText(k.baseline || '—', 30) },
      { text: fitText(k.pilotResult || '—', 30) },
      { text: fitText(k.productionTarget || '—', 30) },
      { text: fitText(k.threshold || '—', 30) },
      { text: k.measuredInProduction, options: { color: k.measuredInProduction === t('common.yes') ? INK : WARN } },
    ]),
  ];
  slide.addTable(rows, { x: MX, y: 1.6, w: W - 2 * MX, colW: [2.8, 1.4, 1.4, 1.4, 1.6, 1.6, 1.93], fontFace: FONT, fontSize: 14, color: INK, border: { type: 'solid', pt: 0.75, color: LINE }, valign: 'middle', rowH: 0.5, margin: 0.08 });
  if (model.kpis.length > shown.length) slide.addText(t('deck.moreKpis', { count: model.kpis.length - shown.length }), { x: MX, y: 6.6, w: 8, h: 0.3, fontFace: FONT, fontSize: 11, color: MUTED, margin: 0 });
}

function gapSlide(pptx: PptxGenJS, model: ReportModel, section: GapSection, images: ReportImages): void {
  const g = section.gap;
  const t = model.i18n.t;
  const slide = addSlide(pptx, model, { masterName: 'CONTENT' });
  slide.addShape('rect', { x: 0, y: 0, w: W, h: 0.12, fill: { color: hex(g.color) }, line: { color: hex(g.color) } });
  slide.addImage({ data: png(images.gapIcons[g.id]), x: MX, y: 0.42, w: 0.72, h: 0.72, altText: t('report.gap.icon', { gap: g.name }) });
  slide.addText(upper(model, t('report.gap.ofSix', { number: g.number, total: 6 })), { x: MX + 0.9, y: 0.36, w: 7, h: 0.3, fontFace: FONT, fontSize: 11, bold: true, color: hex(g.color), charSpacing: 2, margin: 0 });
  slide.addText(g.name, { x: MX + 0.9, y: 0.62, w: 7.5, h: 0.6, fontFace: FONT, fontSize: 28, bold: true, color: INK, margin: 0 });
  // Consensus, top right.
  if (section.consensus) {
    levelChip(slide, 9.15, 0.42, 0.72, section.consensus.level, section.consensus.fill, section.consensus.ink);
    slide.addText([{ text: upper(model, t('report.column.consensus')), options: { fontSize: 10, bold: true, color: MUTED, breakLine: true } }, { text: section.consensus.name, options: { fontSize: 16, bold: true, color: INK } }], { x: 10, y: 0.4, w: 2.75, h: 0.76, fontFace: FONT, margin: 0, valign: 'middle' });
  } else {
    slide.addText(t('deck.noConsensusYet'), { x: 9.15, y: 0.42, w: 3.6, h: 0.72, fontFace: FONT, fontSize: 16, bold: true, color: MUTED, margin: 0, valign: 'middle' });
  }
  const why = section.rationale ? `${section.consensusDescriptor} ${t('report.gap.rationale')}: ${section.rationale}` : section.consensusDescriptor || section.tagline;
  slide.addText(fitText(why, 260), { x: MX, y: 1.35, w: W - 2 * MX, h: 0.7, fontFace: FONT, fontSize: 13, color: MUTED, margin: 0, valign: 'top' });

  // Left: pilot vs production, in numbers.
  const colW = 3.9;
  const top = 2.2;
  slide.addText(upper(model, t('deck.pilotVsProduction')), { x: MX, y: top, w: colW, h: 0.3, fontFace: FONT, fontSize: 11, bold: true, color: MUTED, margin: 0 });
  let y = top + 0.35;
  for (const ratio of section.ratios.slice(0, 2)) {
    slide.addText(
      [
        { text: `${ratio.display}  `, options: { fontSize: 24, bold: true, color: ratio.large ? WARN : INK } },
        { text: fitText(ratio.sentence, 70), options: { fontSize: 12, color: INK } },
      ],
      { x: MX, y, w: colW, h: 0.75, fontFace: FONT, fill: { color: ratio.large ? 'FFF4D6' : SOFT }, margin: [4, 8, 4, 8], valign: 'middle' },
    );
    y += 0.85;
  }
  const facts = section.facts.filter((f) => f.recorded).slice(0, 6 - Math.min(2, section.ratios.length));
  if (facts.length) {
    slide.addTable(
      facts.map((f) => [{ text: fitText(f.label, 55), options: { color: MUTED } }, { text: fitText(f.value, 40), options: { bold: true } }]),
      { x: MX, y, w: colW, colW: [2.45, 1.45], fontFace: FONT, fontSize: 11, color: INK, border: { type: 'solid', pt: 0.5, color: LINE }, margin: 0.05, valign: 'middle', rowH: 0.42 },
    );
  }

  // Middle: the latest revealed round.
  const mx = MX + colW + 0.35;
  const mw = 3.7;
  slide.addText(upper(model, t('deck.roomVotes')), { x: mx, y: top, w: mw, h: 0.3, fontFace: FONT, fontSize: 11, bold: true, color: MUTED, margin: 0 });
  const round = section.rounds[section.rounds.length - 1];
  if (round) {
    const max = Math.max(1, ...round.distribution.map((c) => c.count));
    round.distribution.forEach((c, i) => {
      const rowY = top + 0.4 + i * 0.5;
      slide.addText(c.key === 'unsure' ? '?' : String(c.key), { x: mx, y: rowY, w: 0.4, h: 0.4, fill: { color: hex(c.fill) }, color: hex(c.ink), bold: true, fontFace: FONT, fontSize: 14, align: 'center', valign: 'middle', margin: 0, line: { color: '000000', transparency: 80, width: 0.5 } });
      const barW = c.count === 0 ? 0 : Math.max(0.08, (c.count / max) * 2.5);
      if (barW > 0) slide.addShape('rect', { x: mx + 0.5, y: rowY + 0.06, w: barW, h: 0.28, fill: { color: hex(c.fill) }, line: { color: '000000', transparency: 80, width: 0.5 } });
      slide.addText(String(c.count), { x: mx + 0.55 + barW, y: rowY, w: 0.5, h: 0.4, fontFace: FONT, fontSize: 14, bold: c.count > 0, color: c.count > 0 ? INK : '9AA4B2', margin: 0, valign: 'middle' });
    });
    const note = [t('deck.roundNote', { number: round.number, votes: round.voted, median: round.median }), ...(round.divergent ? [t(round.twoCamps ? 'report.room.twoCamps' : 'report.room.divided')] : [])].join(' · ');
    slide.addText(note, { x: mx, y: top + 3.45, w: mw, h: 0.3, fontFace: FONT, fontSize: 13, color: round.divergent ? WARN : MUTED, bold: round.divergent, margin: 0 });
    if (section.stances) slide.addText(fitText(section.stances.text, 120), { x: mx, y: top + 3.8, w: mw, h: 0.6, fontFace: FONT, fontSize: 12, color: section.stances.split ? WARN : MUTED, margin: 0, valign: 'top' });
  } else {
    slide.addText(t('deck.noRound'), { x: mx, y: top + 0.4, w: mw, h: 0.4, fontFace: FONT, fontSize: 12, italic: true, color: MUTED, margin: 0 });
  }

  // Right: risks and actions.
  const rx = mx + mw + 0.35;
  const rw = W - MX - rx;
  const right: TextRuns = [];
  right.push({ text: upper(model, t('report.gap.risks')), options: { fontSize: 11, bold: true, color: MUTED, breakLine: true } });
  if (section.risks.length) {
    for (const risk of section.risks.slice(0, 3)) right.push({ text: `${risk.severityLabel}: ${fitText(risk.text, 90)}`, options: { fontSize: 13, color: INK, bullet: { indent: 14 }, breakLine: true } });
  } else right.push({ text: t('deck.noneRecorded'), options: { fontSize: 13, color: MUTED, italic: true, breakLine: true } });
  right.push({ text: ' ', options: { fontSize: 6, breakLine: true } });
  right.push({ text: upper(model, t('report.gap.actions')), options: { fontSize: 11, bold: true, color: MUTED, breakLine: true } });
  const actions = section.actions.filter((a) => a.status !== 'done');
  if (actions.length) {
    for (const a of actions.slice(0, 4)) {
      right.push({ text: `${a.ref} ${fitText(a.title, 70)}`, options: { fontSize: 13, bold: true, color: INK, bullet: { indent: 14 }, breakLine: true } });
      right.push({ text: ownerDue(t, a), options: { fontSize: 12, color: a.attention ? DANGER : MUTED, indentLevel: 1, breakLine: true, paraSpaceAfter: 6 } });
    }
    if (actions.length > 4) right.push({ text: t('deck.moreActions', { count: actions.length - 4 }), options: { fontSize: 12, color: MUTED, breakLine: true } });
  } else right.push({ text: t('deck.noOpenAction'), options: { fontSize: 13, color: MUTED, italic: true } });
  slide.addText(right, { x: rx, y: top, w: rw, h: 4.55, fontFace: FONT, valign: 'top', margin: 0, paraSpaceAfter: 2 });
}

function actionSlides(pptx: PptxGenJS, model: ReportModel): void {
  const t = model.i18n.t;
  const pages = chunks(model.actions, ACTIONS_PER_SLIDE);
  if (pages.length === 0) pages.push([]);
  pages.forEach((actions: ActionRow[], page) => {
    const slide = addSlide(pptx, model, { masterName: 'CONTENT' });
    const title = t('report.plan.heading');
    header(slide, model, t('report.plan.eyebrow'), pages.length > 1 ? t('deck.paged', { title, page: page + 1, pages: pages.length }) : title, model.meta.firm.accent);
    if (actions.length === 0) {
      slide.addText(t('deck.noActions'), { x: MX, y: 1.7, w: 8, h: 0.5, fontFace: FONT, fontSize: 16, italic: true, color: MUTED, margin: 0 });
      return;
    }
    const rule = [{ type: 'none' as const }, { type: 'none' as const }, { type: 'solid' as const, pt: 1.5, color: INK }, { type: 'none' as const }];
    const rows: TableRows = [
      (['report.column.ref', 'report.column.action', 'report.column.gap', 'report.column.owner', 'report.column.due', 'report.column.priority', 'report.column.status'] as const).map((id) => ({ text: t(id), options: { bold: true, color: MUTED, fontSize: 10, border: rule } })),
      ...actions.map((a) => [
        { text: a.ref, options: { bold: true, color: MUTED } },
        { text: fitText(a.title, 95), options: { bold: true, color: a.status === 'done' ? MUTED : INK } },
        { text: a.gap ? `${a.gap.number}. ${a.gap.name}` : '—', options: { color: a.gap ? hex(a.gap.color) : MUTED, bold: Boolean(a.gap) } },
        { text: a.owner ? fitText(a.owner, 32) : t('report.actions.noOwner'), options: a.owner ? {} : { color: DANGER, bold: true } },
        { text: a.dueLabel || t('report.actions.noDate'), options: a.dueLabel ? {} : { color: DANGER, bold: true } },
        { text: a.priorityLabel, options: { color: a.priority === 'high' ? DANGER : INK, bold: a.priority === 'high' } },
        { text: a.statusLabel },
      ]),
    ];
    slide.addTable(rows, { x: MX, y: 1.55, w: W - 2 * MX, colW: [0.55, 4.3, 2.0, 1.95, 1.25, 1.05, 1.03], fontFace: FONT, fontSize: 11, color: INK, border: { type: 'solid', pt: 0.75, color: LINE }, valign: 'middle', rowH: 0.56, margin: 0.05 });
  });
}

function methodSlide(pptx: PptxGenJS, model: ReportModel): void {
  const t = model.i18n.t;
  const slide = addSlide(pptx, model, { masterName: 'CONTENT' });
  header(slide, model, t('deck.about.eyebrow'), t('deck.about.heading'), model.meta.firm.accent);
  const a = model.appendix;
  model.appendix.ladder.forEach((l, i) => {
    const y = 1.65 + i * 0.72;
    levelChip(slide, MX, y, 0.5, l.level, l.fill, l.ink);
    slide.addText([{ text: `${l.name}  `, options: { bold: true, fontSize: 14, color: INK, breakLine: true } }, { text: l.meaning, options: { fontSize: 11, color: MUTED } }], { x: MX + 0.65, y: y - 0.05, w: 6.3, h: 0.62, fontFace: FONT, margin: 0, valign: 'middle' });
  });
  const people = t(a.participants ? 'deck.about.participants' : 'deck.about.participantsAnonymous', { count: a.participantCount });
  const lines: TextRuns = [
    { text: upper(model, t('report.appendix.whoWasThere')), options: { fontSize: 10, bold: true, color: MUTED, breakLine: true } },
    { text: people, options: { fontSize: 18, bold: true, color: INK, breakLine: true } },
    { text: a.byRole.map((r) => `${r.label} ${r.count}`).join(' · '), options: { fontSize: 12, color: INK, breakLine: true } },
    { text: a.byStance.map((r) => `${r.label} ${r.count}`).join(' · '), options: { fontSize: 12, color: INK, breakLine: true } },
    { text: ' ', options: { fontSize: 8, breakLine: true } },
    { text: upper(model, t('deck.about.howScored')), options: { fontSize: 10, bold: true, color: MUTED, breakLine: true } },
    { text: t('deck.about.howScoredText'), options: { fontSize: 12, color: INK } },
  ];
  slide.addText(lines, { x: 7.6, y: 1.6, w: W - MX - 7.6, h: 4.8, fontFace: FONT, margin: 0, valign: 'top', paraSpaceAfter: 4 });
}

export async function pptxDeck(model: ReportModel, images: ReportImages): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = model.meta.firm.name || 'Readiness Room';
  pptx.company = model.meta.firm.name;
  pptx.title = [model.meta.initiative, model.i18n.t('deck.steeringCommittee')].join(' – ');
  pptx.subject = model.meta.title;
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  const footerText = fitText([model.meta.client, model.meta.initiative].filter(Boolean).join(' – '), 90);
  pptx.defineSlideMaster({
    title: 'CONTENT',
    background: { color: 'FFFFFF' },
    objects: [
      { line: { x: MX, y: H - 0.55, w: W - 2 * MX, h: 0, line: { color: LINE, width: 0.75 } } },
      { text: { text: footerText, options: { x: MX, y: H - 0.5, w: 8, h: 0.3, fontFace: FONT, fontSize: 9, color: MUTED, margin: 0 } } },
      { text: { text: model.meta.firm.name, options: { x: W - MX - 4.4, y: H - 0.5, w: 3.8, h: 0.3, fontFace: FONT, fontSize: 9, color: MUTED, align: 'right', margin: 0 } } },
    ],
    slideNumber: { x: W - MX - 0.5, y: H - 0.5, w: 0.5, h: 0.3, fontFace: FONT, fontSize: 9, color: MUTED, align: 'right' },
  });

  titleSlide(pptx, model, images);
  verdictSlide(pptx, model);
  radarSlide(pptx, model, images);
  if (model.flags.length) flagSlides(pptx, model);
  if (model.kpis.length) kpiSlide(pptx, model);
  for (const section of model.gaps) gapSlide(pptx, model, section, images);
  actionSlides(pptx, model);
  methodSlide(pptx, model);

  const out = await pptx.write({ outputType: 'nodebuffer' });
  return new Uint8Array(out as Buffer);
}
