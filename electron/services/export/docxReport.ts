/**
 * The Word report (docx): cover, executive summary, radar, success criteria, ownership, one
 * section per gap, flags, the action plan on landscape pages, and the appendix. Real heading
 * styles (so Word's navigation pane and table of contents work), fixed-width tables, page numbers.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  InternalHyperlink,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  PageReference,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  TabStopType,
  TextRun,
  type ISectionOptions,
} from 'docx';
import type { MessageId, Translator } from '../../../shared/i18n';
import { hasComparison, type ActionRow, type ComparisonFlagRow, type FlagRow, type GapRef, type GapSection, type LevelBadge, type ReportModel, type RoundSummary, type VerdictThenNow } from '../../../shared/report/reportModel';
import { GAP_ACTIONS_SHOWN, gapActionsShown, overrideText, topActions } from '../../../shared/report/reportHtml';
import {
  DANGER,
  FONT,
  INK,
  MUTED,
  SOFT,
  bookmarkName,
  bullets,
  columnsOf,
  eyebrow,
  heading,
  hex,
  levelRuns,
  panel,
  para,
  run,
  runsWithBreaks,
  spacer,
  table,
  textCell,
  type CellSpec,
} from './docxParts';
import type { ReportImages } from './reportImages';
import { gapAnchor } from '../../../shared/report/reportFrame';
import JSZip from 'jszip';
import type { PngImage } from './svgToPng';

/** A4 in twips, 2 cm margins. */
const PAGE_W = 11906;
const PAGE_H = 16838;
const MARGIN = 1134;
const BODY = PAGE_W - 2 * MARGIN;
const LANDSCAPE_BODY = PAGE_H - 2 * MARGIN;
/** Pixels (96 per inch) across the body, for images. */
const BODY_PX = Math.floor((BODY / 1440) * 96);

type T = Translator['t'];

/** Table headers from catalogue ids ('' for an empty cell). */
function headers(t: T, ids: ReadonlyArray<MessageId | ''>): string[] {
  return ids.map((id) => (id === '' ? '' : t(id)));
}

/** The upper case of a label in the documents' language ("Maßnahmen" → "MASSNAHMEN"). */
function upper(model: ReportModel, text: string): string {
  return text.toLocaleUpperCase(model.meta.locale);
}

function noOwner(t: T): CellSpec {
  return textCell(t('report.actions.noOwner'), { color: DANGER, bold: true });
}

function noDate(t: T): CellSpec {
  return textCell(t('report.actions.noDate'), { color: DANGER, bold: true });
}

function image(png: PngImage, widthPx: number, title: string, description: string): ImageRun {
  const heightPx = Math.round((png.height / png.width) * widthPx);
  return new ImageRun({ type: 'png', data: png.data, transformation: { width: widthPx, height: heightPx }, altText: { name: title, title, description } });
}

/** A gap in a table: its icon where there are few rows, a square in its colour in long tables. */
/** A gap's name after its mark, joined by no-break spaces: the mark never stands alone on a line. */
function afterMark(name: string): string {
  return `\u00a0\u00a0${name}`;
}

function gapCell(t: T, gap: GapRef | null, images: ReportImages | null): CellSpec {
  if (!gap) return textCell(t('report.gap.wholeInitiative'), { color: MUTED });
  const mark = images ? image(images.gapIcons[gap.id]!, 14, gap.name, t('report.gap.icon', { gap: gap.name })) : run('■', { color: hex(gap.color), size: 18 });
  return { children: [para([mark, run(afterMark(gap.name), { size: 17 })], { spacingAfter: 0 })] };
}

function cover(model: ReportModel, images: ReportImages): Array<Paragraph | ReturnType<typeof table>> {
  const { meta } = model;
  const firm = meta.firm.name || 'Readiness Room';
  const name = para([run(firm, { bold: true, size: 28, color: hex(meta.firm.accentInk) })], { spacingAfter: 120, spacingBefore: 120 });
  // A logo sits on white, whatever its colours; the monogram is drawn for the accent band.
  const band = images.logo
    ? table([2900, BODY - 2900], null, [
        [
          { fill: '#ffffff', noBorders: true, padding: 160, children: [para([coverMark(model, images)], { spacingAfter: 60, spacingBefore: 60 })] },
          { fill: meta.firm.accent, noBorders: true, padding: 240, children: [name] },
        ],
      ])
    : table([BODY], null, [[{ fill: meta.firm.accent, noBorders: true, children: [para([coverMark(model, images), run(`    ${firm}`, { bold: true, size: 28, color: hex(meta.firm.accentInk) })], { spacingAfter: 120, spacingBefore: 120 })] }]]);
  return [
    band,
    spacer(2600),
    para(upper(model, meta.title), { style: { size: 18, bold: true, color: hex(meta.firm.accent), characterSpacing: 40 }, spacingAfter: 120 }),
    new Paragraph({ heading: 'Title', children: [new TextRun(meta.initiative)] }),
    ...(meta.client ? [para(meta.client, { style: { size: 32, bold: true, color: MUTED }, spacingAfter: 240 })] : []),
    ...(meta.useCase ? [para(meta.useCase, { style: { size: 21, color: MUTED }, spacingAfter: 600 })] : []),
    verdictBox(model),
  ];
}

/** The firm's logo (at most 4.5 cm × 1.6 cm) or, without one, its monogram. */
function coverMark(model: ReportModel, images: ReportImages): ImageRun {
  const t = model.i18n.t;
  const firm = model.meta.firm.name || 'Readiness Room';
  const logo = images.logo;
  if (!logo) return image(images.monogramOnAccent, 44, t('report.cover.monogram', { firm }), t('report.cover.initials', { firm }));
  const scale = Math.min(170 / logo.width, 60 / logo.height);
  return image(logo, Math.round(logo.width * scale), t('report.cover.logo', { firm }), t('report.cover.logo', { firm }));
}

/** The cover's foot: who, when, by whom — in the first page's footer, so it sits at the bottom whatever the title's length. */
function coverFooter(model: ReportModel): Footer {
  const { meta } = model;
  const t = model.i18n.t;
  const firm = meta.firm.name || 'Readiness Room';
  const facts = table(columnsOf(BODY, [1, 1, 1, 1]), null, [
    [
      ...[
        [t('report.cover.client'), meta.client || '—'],
        [t('report.cover.workshop'), meta.workshopDateLabel],
        [t('report.cover.facilitator'), meta.facilitator || '—'],
        [t('report.cover.preparedBy'), firm],
      ].map(([label, value]) => ({
        noBorders: true,
        children: [para(upper(model, label!), { style: { size: 14, bold: true, color: MUTED, characterSpacing: 20 }, spacingAfter: 20 }), para(value!, { style: { size: 20, bold: true }, spacingAfter: 0 })],
      })),
    ],
  ]);
  return new Footer({
    children: [
      facts,
      para(
        [t('report.cover.generated', { date: meta.generatedLabel, version: meta.appVersion }), ...(meta.anonymous ? [t('report.cover.anonymous')] : []), t('report.cover.confidential')].join(' · '),
        { style: { size: 15, color: MUTED }, spacingBefore: 160 },
      ),
    ],
  });
}

function verdictBox(model: ReportModel): ReturnType<typeof table> {
  const { verdict } = model;
  return panel(
    [
      para(upper(model, model.i18n.t('report.verdict.label')), { style: { size: 15, bold: true, color: hex(verdict.color), characterSpacing: 30 }, spacingAfter: 20, spacingBefore: 80 }),
      para(verdict.label, { style: { size: 44, bold: true, color: hex(verdict.color) }, spacingAfter: 40 }),
      para(verdict.headline, { style: { size: 20 }, spacingAfter: 80 }),
    ],
    Math.round(BODY * 0.7),
    verdict.soft,
    verdict.color,
  );
}

function noticeAndContents(model: ReportModel): Array<Paragraph | ReturnType<typeof table>> {
  const t = model.i18n.t;
  const accent = model.meta.firm.accent;
  const out: Array<Paragraph | ReturnType<typeof table>> = [eyebrowOnNewPage(model, t('report.notice.eyebrow'), accent), heading(t('report.notice.heading'), 1)];
  for (const n of model.notice) out.push(heading(n.heading, 2), ...n.paragraphs.map((p) => para(p, { spacingAfter: 160 })));
  out.push(
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, keepNext: true, children: [new TextRun(t('report.toc.heading'))] }),
    ...model.contents.map(
      (c) =>
        new Paragraph({
          tabStops: [{ type: TabStopType.RIGHT, position: BODY, leader: 'dot' }],
          spacing: { before: 60, after: 60 },
          children: [new InternalHyperlink({ anchor: bookmarkName(c.id), children: [run(c.title, { size: 22 })] }), run('\t', { size: 22 }), new PageReference(bookmarkName(c.id), { hyperlink: true })],
        }),
    ),
  );
  return out;
}

function executiveSummary(model: ReportModel): Array<Paragraph | ReturnType<typeof table>> {
  const { verdict, decisionRequested: decision } = model;
  const t = model.i18n.t;
  const accent = model.meta.firm.accent;
  const out: Array<Paragraph | ReturnType<typeof table>> = [eyebrowOnNewPage(model, t('report.summary.eyebrow'), accent), heading(t('report.verdict.heading', { verdict: verdict.label }), 1, false, 'summary')];
  const panelChildren = [
    para(verdict.headline, { style: { bold: true, size: 22, color: hex(verdict.color) }, spacingBefore: 80, spacingAfter: 80 }),
    para(upper(model, t('report.verdict.reasons')), { style: { size: 15, bold: true, color: MUTED }, spacingAfter: 40 }),
    ...bullets(verdict.reasons, { size: 19 }),
  ];
  if (verdict.overridden) panelChildren.push(para(overrideText(model), { style: { size: 18, italics: true }, spacingAfter: 80 }));
  out.push(panel(panelChildren, BODY, verdict.soft, verdict.color), spacer(160));
  if (model.comparison) {
    out.push(panel([para([new InternalHyperlink({ anchor: bookmarkName('comparison'), children: [run(model.comparison.summaryLine, { bold: true, size: 19 })] })], { spacingBefore: 60, spacingAfter: 60 })], BODY, SOFT, model.meta.firm.accent, true), spacer(160));
  }
  out.push(
    panel(
      [
        para(upper(model, t('report.decision.heading')), { style: { size: 15, bold: true, color: hex(accent) }, spacingBefore: 80, spacingAfter: 40 }),
        para(decision.text, { style: { bold: true, size: 21 }, spacingAfter: 80 }),
        ...bullets(decision.points, { size: 19 }),
      ],
      BODY,
      'FFFFFF',
      accent,
    ),
    spacer(160),
  );
  out.push(
    table(
      columnsOf(BODY, model.keyFigures.map(() => 1)),
      null,
      [
        model.keyFigures.map((f) => ({
          fill: SOFT,
          noBorders: true,
          children: [para(f.value, { style: { size: 32, bold: true, color: hex(accent) }, spacingAfter: 20 }), para(f.label, { style: { size: 15, color: MUTED }, spacingAfter: 0 })],
        })),
      ],
    ),
  );
  return out;
}

/** A cell of one paragraph; `keepNext` holds it with the row below (a short table kept on one page). */
function runsCell(children: readonly ParagraphChild[], keepNext = false): CellSpec {
  return { children: [para(children, { spacingAfter: 0, keepNext })] };
}

function levelCell(t: T, badge: LevelBadge | null, keepNext: boolean): CellSpec {
  return badge ? runsCell(levelRuns(badge.level, badge.name, badge.fill, badge.ink, 16), keepNext) : textCell(t('report.noConsensus'), { color: MUTED }, { keepNext });
}

function verdictTile(model: ReportModel, label: MessageId, side: string, verdict: VerdictThenNow['now']): CellSpec {
  return {
    fill: verdict.soft,
    leftBar: verdict.color,
    padding: 200,
    children: [
      para(upper(model, `${model.i18n.t(label)} · ${side}`), { style: { size: 14, bold: true, color: MUTED }, spacingBefore: 60, spacingAfter: 20 }),
      para(verdict.label, { style: { size: 28, bold: true, color: hex(verdict.color) }, spacingAfter: 60 }),
    ],
  };
}

function flagBullets(model: ReportModel, flags: readonly ComparisonFlagRow[], empty: MessageId): Paragraph[] {
  if (flags.length === 0) return [para(model.i18n.t(empty), { style: { italics: true, color: MUTED } })];
  return flags.map((f) => para([...blockingRun(model, f), run(f.title, { size: 19 })], { bullet: true, spacingAfter: 60 }));
}

/** What changed since the last assessment, after the executive summary (a re-assessment only). */
function comparisonSection(model: ReportModel, images: ReportImages): Array<Paragraph | ReturnType<typeof table>> {
  const c = model.comparison;
  if (!c) return [];
  const t = model.i18n.t;
  const tileW = Math.floor((BODY - 600) / 2);
  const out: Array<Paragraph | ReturnType<typeof table>> = [
    eyebrowOnNewPage(model, t('report.compare.eyebrow'), model.meta.firm.accent),
    heading(t('report.compare.heading'), 1, false, 'comparison'),
    para(c.lead, { style: { color: MUTED }, spacingAfter: 160 }),
    heading(t('report.compare.verdict.heading'), 2),
    table([tileW, 600, BODY - 600 - tileW], null, [
      [
        verdictTile(model, 'report.compare.then', c.then.label, c.verdict.then),
        { noBorders: true, align: 'center', children: [para([run('→', { bold: true, size: 32, color: MUTED })], { align: AlignmentType.CENTER, spacingBefore: 160, spacingAfter: 0 })] },
        verdictTile(model, 'report.compare.now', c.now.label, c.verdict.now),
      ],
    ], { rowsWhole: true }),
    para(c.verdict.line, { spacingBefore: 100 }),
  ];
  if (images.comparisonRadar) {
    out.push(para([image(images.comparisonRadar, Math.min(470, BODY_PX), t('report.compare.radar.title'), c.radar.alt)], { align: AlignmentType.CENTER, spacingAfter: 60 }));
    out.push(para(t('report.compare.radar.title'), { style: { size: 16, color: MUTED }, align: AlignmentType.CENTER, spacingAfter: 200 }));
  }
  out.push(
    heading(t('report.compare.gaps.heading'), 2),
    para(c.movementSummary, { keepNext: true }),
    table(
      columnsOf(BODY, [3.1, 1.7, 1.7, 1.5, 2.8]),
      headers(t, ['report.column.gap', 'report.compare.column.then', 'report.compare.column.now', 'report.compare.column.movement', 'report.compare.column.reason']),
      c.movements.map((m, i) => {
        // One row per gap: the table stays on one page, under its heading.
        const keep = i < c.movements.length - 1;
        return [
          runsCell([image(images.gapIcons[m.gap.id]!, 14, m.gap.name, t('report.gap.icon', { gap: m.gap.name })), run(afterMark(m.gap.name), { size: 17 })], keep),
          levelCell(t, m.then, keep),
          levelCell(t, m.now, keep),
          runsCell([run(`${m.arrow}  `, { bold: true, size: 20 }), run(m.movement, { size: 17, bold: m.direction === 'up' || m.direction === 'down' })], keep),
          runsCell(
            [run(m.reasonNow || '—', { size: 17 }), ...(m.reasonThen && m.reasonThen !== m.reasonNow ? [run(t('report.compare.reasonThen', { reason: m.reasonThen }), { size: 15, color: MUTED, break: 1 })] : [])],
            keep,
          ),
        ];
      }),
      { rowsWhole: true, keepTogether: true },
    ),
    heading(t('report.compare.flags.heading'), 2),
    para(c.flags.summary),
    heading(t('report.compare.flags.closed'), 3),
    ...flagBullets(model, c.flags.closed, 'report.compare.flags.noneClosed'),
    heading(t('report.compare.flags.opened'), 3),
    ...flagBullets(model, c.flags.opened, 'report.compare.flags.noneOpened'),
    heading(t('report.compare.kpis.heading'), 2),
    c.kpis.length
      ? table(
          columnsOf(BODY, [2.6, 1.6, 1.6, 1.7, 2.5]),
          headers(t, ['report.column.kpi', 'report.compare.column.resultThen', 'report.compare.column.resultNow', 'report.column.productionTarget', 'report.column.measuredInProduction']),
          c.kpis.map((k) => [textCell(k.name, { bold: true }), textCell(k.then), textCell(k.now, { bold: k.changed }), textCell(k.target), textCell(k.measured)]),
          { rowsWhole: true },
        )
      : para(t('report.compare.kpis.empty'), { style: { italics: true, color: MUTED } }),
    heading(t('report.compare.actions.heading'), 2),
    para(c.actionSummary),
    c.actions.length
      ? table(
          columnsOf(BODY, [1.4, 0.6, 2.6, 3.2, 1.5, 1.4]),
          headers(t, ['report.compare.column.since', 'report.column.ref', 'report.column.action', 'report.column.gap', 'report.column.owner', 'report.column.due']),
          c.actions.map((a) => [
            textCell(a.changeLabel, { bold: true, color: a.change === 'overdue' ? DANGER : INK }),
            textCell(a.ref || '—', { bold: true, color: MUTED }),
            textCell(a.title),
            gapCell(t, a.gap, null),
            textCell(a.owner || '—'),
            textCell(a.dueLabel || '—'),
          ]),
        )
      : para(t('report.compare.actions.empty'), { style: { italics: true, color: MUTED } }),
    heading(t('report.compare.minds.heading'), 2),
  );
  if (c.mindChanges.rows.length) {
    out.push(
      para(t('report.compare.minds.lead'), { style: { color: MUTED } }),
      table(
        columnsOf(BODY, [1, 1]),
        headers(t, ['report.column.name', 'report.compare.column.scoreMoved']),
        c.mindChanges.rows.map((r) => [textCell(r.name, { bold: true }), textCell(r.text)]),
      ),
    );
  }
  if (c.mindChanges.line) out.push(para(c.mindChanges.line, { spacingBefore: 100 }));
  return out;
}

function ragCell(model: ReportModel, status: ReportModel['gapStatus'][number]): CellSpec {
  return textCell(upper(model, status.label), { bold: true, size: 16, color: hex(status.ink) }, { fill: status.fill, align: 'center' });
}

function statusPage(model: ReportModel, images: ReportImages): Array<Paragraph | ReturnType<typeof table>> {
  const t = model.i18n.t;
  return [
    eyebrowOnNewPage(model, t('report.rag.eyebrow'), model.meta.firm.accent),
    heading(t('report.rag.heading'), 1, false, 'status'),
    para(t('report.rag.lead'), { style: { color: MUTED }, spacingAfter: 200 }),
    table(
      columnsOf(BODY, [2.8, 1.2, 2.3, 3.7]),
      headers(t, ['report.column.gap', 'report.column.ragStatus', 'report.column.consensus', 'report.column.why']),
      model.gapStatus.map((s) => [
        gapCell(t, s.gap, images),
        ragCell(model, s),
        s.consensus ? { children: [para(levelRuns(s.consensus.level, s.consensus.name, s.consensus.fill, s.consensus.ink), { spacingAfter: 0 })] } : textCell(t('report.noConsensus'), { color: MUTED }),
        textCell(s.reason),
      ]),
    ),
  ];
}

function glance(model: ReportModel, images: ReportImages): Array<Paragraph | ReturnType<typeof table>> {
  const t = model.i18n.t;
  const out: Array<Paragraph | ReturnType<typeof table>> = [eyebrowOnNewPage(model, t('report.glance.eyebrow'), model.meta.firm.accent), heading(t('report.glance.heading'), 1, false, 'glance')];
  out.push(para([image(images.radar, Math.min(470, BODY_PX), t('report.radar.title'), model.radar.alt)], { align: AlignmentType.CENTER, spacingAfter: 60 }));
  out.push(para(t('report.radar.caption'), { style: { size: 16, color: MUTED }, align: AlignmentType.CENTER, spacingAfter: 200 }));
  out.push(
    table(
      columnsOf(BODY, [3, 2.6, 1.8, 1.6]),
      headers(t, ['report.column.gap', 'report.column.consensus', 'report.column.votesMedianRange', 'report.column.room']),
      model.scores.map((s) => [
        gapCell(t, s.gap, images),
        s.consensus ? { children: [para(levelRuns(s.consensus.level, s.consensus.name, s.consensus.fill, s.consensus.ink), { spacingAfter: 0 })] } : textCell(t('report.noConsensus'), { color: MUTED }),
        textCell(s.votesSummary || '—'),
        s.divergent ? textCell(t('report.room.divided'), { bold: true, color: '8A5A00' }) : textCell(t('report.room.aligned'), { color: MUTED }),
      ]),
    ),
  );
  if (model.disagreements.length > 0) out.push(heading(t('report.disagreements.heading'), 2), ...bullets(model.disagreements, { size: 19 }));
  return out;
}

function roadmapSection(model: ReportModel, images: ReportImages): Array<Paragraph | ReturnType<typeof table>> {
  const t = model.i18n.t;
  const out: Array<Paragraph | ReturnType<typeof table>> = [
    eyebrowOnNewPage(model, t('roadmap.title'), model.meta.firm.accent),
    heading(t('roadmap.heading'), 1, false, 'roadmap'),
    para(t('roadmap.lead'), { style: { color: MUTED } }),
    para([image(images.roadmap, BODY_PX, t('roadmap.title'), model.roadmapChart.alt)], { spacingAfter: 200 }),
  ];
  const top = topActions(model);
  if (top.length > 0) {
    out.push(heading(t('report.priorityActions'), 2));
    out.push(
      table(
        columnsOf(BODY, [0.6, 4.2, 2.2, 2, 1.4]),
        headers(t, ['report.column.ref', 'report.column.action', 'report.column.gap', 'report.column.owner', 'report.column.due']),
        top.map((a) => [textCell(a.ref, { bold: true, color: MUTED }), textCell(a.title), gapCell(t, a.gap, images), a.owner ? textCell(a.owner) : noOwner(t), a.dueLabel ? textCell(a.dueLabel) : noDate(t)]),
      ),
    );
  }
  return out;
}

function blockingRun(model: ReportModel, flag: Pick<FlagRow, 'blocking'>): TextRun[] {
  return flag.blocking ? [run(`${upper(model, model.i18n.t('report.flags.blocking'))}  `, { bold: true, size: 15, color: DANGER })] : [];
}

function eyebrowOnNewPage(model: ReportModel, text: string, accent: string): Paragraph {
  return new Paragraph({
    children: [run(upper(model, text), { bold: true, size: 16, color: hex(accent), characterSpacing: 30 })],
    pageBreakBefore: true,
    keepNext: true,
    spacing: { after: 40 },
  });
}

function kpisAndOwnership(model: ReportModel): Array<Paragraph | ReturnType<typeof table>> {
  const accent = model.meta.firm.accent;
  const t = model.i18n.t;
  const out: Array<Paragraph | ReturnType<typeof table>> = [eyebrowOnNewPage(model, t('report.kpi.eyebrow'), accent), heading(t('report.kpi.heading'), 1, false, 'kpis')];
  out.push(para(t('report.kpi.lead'), { style: { color: MUTED } }));
  if (model.kpis.length === 0) out.push(para(t('report.kpi.empty'), { style: { italics: true, color: MUTED } }));
  else
    out.push(
      table(
        columnsOf(BODY, [2.2, 1.1, 1.2, 1.1, 1.3, 1.3, 1.5]),
        headers(t, ['report.column.kpi', 'report.column.kind', 'report.column.baseline', 'report.column.pilotResult', 'report.column.productionTarget', 'report.column.threshold', 'report.column.measuredInProduction']),
        model.kpis.map((k) => [
          textCell(k.name, { bold: true }),
          textCell(k.kind),
          textCell(k.baseline || '—'),
          textCell(k.pilotResult || '—'),
          textCell(k.productionTarget || '—'),
          textCell(k.threshold || '—'),
          textCell(k.measuredInProduction),
        ]),
      ),
    );
  out.push(spacer(200), eyebrow(t('report.ownership.eyebrow'), accent), heading(t('report.ownership.heading'), 1));
  out.push(
    table(
      columnsOf(BODY, [3.4, 6.6]),
      null,
      model.ownership.map((o) => [textCell(o.label, { bold: true }), textCell(o.value, o.recorded ? {} : { color: MUTED, italics: true })]),
    ),
  );
  return out;
}

function roundsTable(t: T, rounds: readonly RoundSummary[]): ReturnType<typeof table> | Paragraph {
  if (rounds.length === 0) return para(t('report.gap.roundsEmpty'), { style: { italics: true, color: MUTED } });
  const levels = rounds[0]!.distribution;
  const header = [t('report.column.round'), t('report.column.votes'), ...levels.map((c) => (c.key === 'unsure' ? '?' : String(c.key))), t('report.column.median'), t('report.column.range'), t('report.column.room')];
  const columns = columnsOf(BODY, [1.3, 1, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 1, 1, 1.9]);
  const levelRow: CellSpec[] = [
    textCell(''),
    textCell(''),
    ...levels.map((c) => textCell(c.key === 'unsure' ? '?' : String(c.key), { bold: true, color: hex(c.ink) }, { fill: c.fill, align: 'center' })),
    textCell(''),
    textCell(''),
    textCell(''),
  ];
  const rows = rounds.map((r) => [
    textCell(t('report.round', { number: r.number })),
    textCell(String(r.voted), {}, { align: 'center' }),
    ...r.distribution.map((c) => textCell(String(c.count), c.count === 0 ? { color: '9AA4B2' } : { bold: true }, { align: 'center' })),
    textCell(r.median, {}, { align: 'center' }),
    textCell(r.range, {}, { align: 'center' }),
    r.divergent ? textCell(t(r.twoCamps ? 'report.room.twoCamps' : 'report.room.dividedShort'), { bold: true, color: '8A5A00' }) : textCell(t('report.room.aligned'), { color: MUTED }),
  ]);
  return table(columns, header.map((h, i) => (i >= 2 && i <= 7 ? '' : h)), [levelRow, ...rows]);
}

function flagParagraphs(model: ReportModel, flag: FlagRow): Array<Paragraph | ReturnType<typeof table>> {
  return [
    panel(
      [
        para([...blockingRun(model, flag), run(flag.title, { bold: true, size: 20 })], { spacingBefore: 60, spacingAfter: 40 }),
        para(flag.explanation, { style: { size: 18 }, spacingAfter: 40 }),
        para([run(`${model.i18n.t('report.flags.toClose')} `, { bold: true, size: 18 }), run(flag.fix, { size: 18, color: MUTED })], { spacingAfter: 60 }),
      ],
      BODY,
      'FFFFFF',
      flag.blocking ? DANGER : '8A5A00',
      true,
    ),
    spacer(80),
  ];
}

/**
 * The action plan (full: gap, description, success measure, the client's notes) or a gap's own actions (brief: the
 * plan has the details). One paragraph per cell with line breaks: a plan of hundreds of actions
 * stays quick to write.
 */
function actionsTable(t: T, actions: readonly ActionRow[], width: number, full: boolean): ReturnType<typeof table> | Paragraph {
  if (actions.length === 0) return para(t('report.actions.empty'), { style: { italics: true, color: MUTED } });
  // The gap column holds a long German name with its mark on one line ("Veränderungsmanagement").
  const weights = full ? [0.6, 4.1, 2.3, 1.9, 1.4, 1.1, 1.2] : [0.6, 4.7, 2, 1.5, 1.1, 1.2];
  const header = headers(t, [
    'report.column.ref',
    'report.column.action',
    ...(full ? (['report.column.gap'] as const) : []),
    'report.column.owner',
    'report.column.due',
    'report.column.priority',
    'report.column.status',
  ]);
  return table(
    columnsOf(width, weights),
    header,
    actions.map((a) => {
      const details = full ? [a.description, a.successMeasure ? t('report.plan.success', { measure: a.successMeasure }) : '', a.notes ? t('report.plan.notes', { notes: a.notes }) : ''].filter(Boolean).join('\n') : '';
      const actionCell: CellSpec = {
        children: [
          para(
            [
              run(a.title, { bold: true, size: 18, ...(a.status === 'done' ? { color: MUTED } : {}) }),
              ...(details ? runsWithBreaks(`\n${details}`, { size: 16, color: MUTED }) : []),
              ...(a.attention ? [run(a.attention, { size: 16, bold: true, color: DANGER, break: 1 })] : []),
            ],
            { spacingAfter: 0 },
          ),
        ],
      };
      return [
        textCell(a.ref, { bold: true, color: MUTED }),
        actionCell,
        ...(full ? [gapCell(t, a.gap, null)] : []),
        a.owner ? textCell(a.owner) : noOwner(t),
        a.dueLabel ? textCell(a.dueLabel) : noDate(t),
        textCell(a.priorityLabel, { bold: a.priority === 'high', color: a.priority === 'high' ? DANGER : INK }),
        textCell(a.statusLabel),
      ];
    }),
  );
}

function gapSection(model: ReportModel, section: GapSection, images: ReportImages): Array<Paragraph | ReturnType<typeof table>> {
  const g = section.gap;
  const t = model.i18n.t;
  const out: Array<Paragraph | ReturnType<typeof table>> = [
    new Paragraph({
      children: [run(upper(model, section.position), { bold: true, size: 16, color: hex(g.color), characterSpacing: 30 })],
      pageBreakBefore: true,
      keepNext: true,
      spacing: { after: 40 },
    }),
    heading([image(images.gapIcons[g.id]!, 30, g.name, t('report.gap.icon', { gap: g.name })), new TextRun(afterMark(g.name))], 1, false, gapAnchor(section)),
    ...(section.tagline ? [para(section.tagline, { style: { italics: true, color: MUTED, size: 20 }, spacingAfter: 100 })] : []),
    para(
      [
        run(` ${upper(model, section.status.label)} `, { bold: true, size: 16, color: hex(section.status.ink), shading: { type: ShadingType.CLEAR, color: 'auto', fill: hex(section.status.fill) } }),
        run(`  ${section.status.reason}`, { size: 18, color: MUTED }),
      ],
      { spacingAfter: 160 },
    ),
    ...(hasComparison(section)
      ? [
          table(columnsOf(BODY, [1, 1]), null, [
            [
              {
                fill: SOFT,
                noBorders: true,
                children: [para(upper(model, t('report.gap.pilotsUsuallyHave')), { style: { size: 14, bold: true, color: MUTED }, spacingAfter: 40, spacingBefore: 40 }), para(section.pilotUsuallyHad, { style: { size: 17 }, spacingAfter: 40 })],
              },
              {
                fill: SOFT,
                noBorders: true,
                leftBar: g.color,
                children: [para(upper(model, t('report.gap.productionMeans')), { style: { size: 14, bold: true, color: MUTED }, spacingAfter: 40, spacingBefore: 40 }), para(section.productionMeans, { style: { size: 17 }, spacingAfter: 40 })],
              },
            ],
          ]),
        ]
      : []),
    heading(t('report.gap.facts'), 2),
  ];
  for (const ratio of section.ratios) {
    out.push(para([run(`${ratio.display}  `, { bold: true, size: 30, color: ratio.large ? '8A5A00' : INK }), run(ratio.sentence, { size: 19 })], { spacingAfter: 80 }));
  }
  out.push(
    section.facts.length
      ? table(
          columnsOf(BODY, [5.2, 1.6, 3.2]),
          headers(t, ['report.column.fact', 'report.column.side', 'report.column.value']),
          section.facts.map((f) => [textCell(f.label), textCell(f.side, { color: MUTED }), textCell(f.value, f.recorded ? { bold: true } : { color: MUTED, italics: true })]),
        )
      : para(t('report.gap.factsEmpty'), { style: { italics: true, color: MUTED } }),
  );
  out.push(heading(t('report.gap.assessment'), 2));
  if (section.consensus) {
    out.push(para(levelRuns(section.consensus.level, section.consensus.name, section.consensus.fill, section.consensus.ink, 22), { spacingAfter: 60 }));
    out.push(para(section.consensusDescriptor, { spacingAfter: 60 }));
    if (section.rationale) out.push(para([run(`${t('report.gap.rationale')}: `, { bold: true }), run(section.rationale, { color: MUTED })]));
  } else {
    out.push(para(t('report.gap.consensusEmpty'), { style: { italics: true, color: MUTED } }));
  }
  out.push(roundsTable(t, section.rounds));
  if (section.stances) out.push(para([...(section.stances.split ? [run(`${t('report.stances.split')}. `, { bold: true, color: '8A5A00' })] : []), run(section.stances.text)], { spacingBefore: 80 }));
  if (section.comments.length) {
    out.push(heading(t('report.gap.comments'), 3));
    out.push(...section.comments.map((c) => para([run(t('report.quoted', { text: c.text }), { italics: true }), ...(c.by ? [run(` — ${c.by}`, { color: MUTED })] : [])], { bullet: true, spacingAfter: 40 })));
  }
  if (section.evidence.length) out.push(heading(t('report.gap.evidence'), 2), ...bullets(section.evidence));
  if (section.risks.length) {
    out.push(
      heading(t('report.gap.risks'), 2),
      table(
        columnsOf(BODY, [1.3, 8.7]),
        headers(t, ['report.column.severity', 'report.column.risk']),
        section.risks.map((r) => [textCell(r.severityLabel, { bold: true, color: r.severity === 'high' ? DANGER : r.severity === 'medium' ? '8A5A00' : MUTED }), textCell(r.text)]),
      ),
    );
  }
  if (section.notes) out.push(heading(t('report.gap.notes'), 2), ...section.notes.split(/\n{2,}/).map((p) => para(p.trim())));
  if (section.flags.length) out.push(heading(t('report.gap.flags'), 2), ...section.flags.flatMap((f) => flagParagraphs(model, f)));
  out.push(heading(t('report.gap.actions'), 2), actionsTable(t, gapActionsShown(section), BODY, false));
  if (section.actions.length > GAP_ACTIONS_SHOWN) out.push(para(t('report.gap.moreActions', { count: section.actions.length - GAP_ACTIONS_SHOWN }), { style: { color: MUTED }, spacingBefore: 80 }));
  return out;
}

function appendix(model: ReportModel): Array<Paragraph | ReturnType<typeof table>> {
  const a = model.appendix;
  const accent = model.meta.firm.accent;
  const t = model.i18n.t;
  const out: Array<Paragraph | ReturnType<typeof table>> = [
    eyebrowOnNewPage(model, t('report.appendix.eyebrow'), accent),
    heading(t('report.appendix.heading'), 1, false, 'appendix'),
    heading(t('report.appendix.whoWasThere'), 2),
  ];
  if (a.participants) {
    out.push(
      a.participants.length
        ? table(
            columnsOf(BODY, [3.4, 1.8, 1.4, 1.2, 2.2]),
            headers(t, ['report.column.name', 'report.column.role', 'report.column.stance', 'report.column.inPilot', '']),
            a.participants.map((p) => [textCell(p.name, { bold: true }), textCell(p.role), textCell(p.stance), textCell(p.inPilot), textCell(p.note, { color: MUTED })]),
          )
        : para(t('report.appendix.participantsEmpty'), { style: { italics: true, color: MUTED } }),
    );
  } else {
    out.push(para(t('report.appendix.anonymousCount', { count: a.participantCount })));
  }
  const half = Math.floor((BODY - 400) / 2);
  out.push(
    spacer(100),
    table([half, 400, half], null, [
      [
        { noBorders: true, children: [table(columnsOf(half, [3, 1]), headers(t, ['report.column.role', 'report.column.people']), a.byRole.map((r) => [textCell(r.label), textCell(String(r.count), {}, { align: 'right' })]))] },
        { noBorders: true, children: [para('')] },
        { noBorders: true, children: [table(columnsOf(half, [3, 1]), headers(t, ['report.column.stance', 'report.column.people']), a.byStance.map((r) => [textCell(r.label), textCell(String(r.count), {}, { align: 'right' })]))] },
      ],
    ]),
  );
  if (model.heatmap) {
    out.push(heading(t('report.appendix.heatmap'), 2));
    out.push(
      table(
        columnsOf(BODY, [3.4, ...model.heatmap.columns.map(() => 1.1)]),
        [t(model.meta.anonymous ? 'report.column.group' : 'report.column.participant'), ...model.heatmap.columns.map((c) => `${c.number}. ${c.name}`)],
        model.heatmap.rows.map((r) => [
          textCell(r.name),
          ...r.cells.map((c) => (c.label ? textCell(c.label, { bold: true, color: hex(c.ink) }, { fill: c.fill, align: 'center' }) : textCell('—', { color: MUTED }, { align: 'center' }))),
        ]),
      ),
    );
  }
  out.push(heading(t('report.ladder.heading'), 2));
  out.push(
    table(
      columnsOf(BODY, [2.6, 7.4]),
      null,
      a.ladder.map((l) => [{ children: [para(levelRuns(l.level, l.name, l.fill, l.ink), { spacingAfter: 0 })] }, textCell(l.meaning)]),
    ),
  );
  for (const m of a.method) {
    out.push(heading(m.heading, 2), ...m.paragraphs.map((p) => para(p)));
  }
  return out;
}

function footerFor(model: ReportModel, width: number): Footer {
  const left = [model.meta.client, model.meta.initiative].filter(Boolean).join(' – ');
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: width }],
        children: [
          run(left, { size: 15, color: MUTED }),
          new TextRun({
            children: ['\t', `${model.meta.firm.name ? `${model.meta.firm.name} · ` : ''}${model.i18n.t('report.footer.page')} `, PageNumber.CURRENT, ` ${model.i18n.t('report.footer.of')} `, PageNumber.TOTAL_PAGES], size: 15, color: MUTED }),
        ],
      }),
    ],
  });
}

export async function docxReport(model: ReportModel, images: ReportImages): Promise<Uint8Array> {
  const accent = hex(model.meta.firm.accent);
  const portrait = { page: { size: { width: PAGE_W, height: PAGE_H }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, footer: 500 } } };
  const landscape = {
    page: { size: { width: PAGE_W, height: PAGE_H, orientation: PageOrientation.LANDSCAPE }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, footer: 500 } },
  };
  const emptyHeader = new Header({ children: [new Paragraph({ children: [] })] });

  const t = model.i18n.t;
  const flags = model.flags.length
    ? [...model.flags].sort((a, b) => Number(b.blocking) - Number(a.blocking)).flatMap((f) => flagParagraphs(model, f))
    : [para(t('report.flags.empty'), { style: { italics: true, color: MUTED } })];
  const sections: ISectionOptions[] = [
    {
      properties: { ...portrait, titlePage: true },
      headers: { default: emptyHeader },
      footers: { default: footerFor(model, BODY), first: coverFooter(model) },
      children: [
        ...cover(model, images),
        ...noticeAndContents(model),
        ...executiveSummary(model),
        ...comparisonSection(model, images),
        ...statusPage(model, images),
        ...kpisAndOwnership(model),
        ...glance(model, images),
        ...model.gaps.flatMap((g) => gapSection(model, g, images)),
        eyebrowOnNewPage(model, t('report.flags.eyebrow'), model.meta.firm.accent),
        heading(t('report.flags.heading'), 1, false, 'flags'),
        para(t('report.flags.lead'), { style: { color: MUTED } }),
        ...flags,
        ...roadmapSection(model, images),
      ],
    },
    {
      properties: landscape,
      footers: { default: footerFor(model, LANDSCAPE_BODY) },
      children: [
        eyebrow(t('report.plan.eyebrow'), model.meta.firm.accent),
        heading(t('report.plan.heading'), 1, false, 'plan'),
        para(t('report.plan.lead'), { style: { color: MUTED } }),
        actionsTable(t, model.actions, LANDSCAPE_BODY, true),
      ],
    },
    { properties: portrait, footers: { default: footerFor(model, BODY) }, children: appendix(model) },
  ];

  const doc = new Document({
    creator: model.meta.author || model.meta.firm.name || 'Readiness Room',
    lastModifiedBy: model.meta.author || model.meta.firm.name || 'Readiness Room',
    subject: t('report.description', { name: model.meta.client || model.meta.initiative }),
    title: [model.meta.title, model.meta.initiative].filter(Boolean).join(' – '),
    description: t('report.description', { name: model.meta.client || model.meta.initiative }),
    // Long compounds ("Produktivbetrieb", "Verantwortlichen") break at a hyphen in narrow cells, in the document's language.
    hyphenation: { autoHyphenation: true },
    styles: {
      default: {
        document: { run: { font: FONT, size: 20, color: INK, language: { value: model.meta.locale } }, paragraph: { spacing: { line: 276, lineRule: LineRuleType.AUTO } } },
        title: { run: { font: FONT, size: 60, bold: true, color: INK }, paragraph: { spacing: { after: 160 } } },
        heading1: { run: { font: FONT, size: 36, bold: true, color: INK }, paragraph: { spacing: { before: 120, after: 200 }, keepNext: true, outlineLevel: 0 } },
        heading2: { run: { font: FONT, size: 25, bold: true, color: accent }, paragraph: { spacing: { before: 280, after: 100 }, keepNext: true, outlineLevel: 1 } },
        heading3: { run: { font: FONT, size: 21, bold: true, color: INK }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, outlineLevel: 2 } },
      },
    },
    sections,
  });
  return withCoreLanguage(new Uint8Array(await Packer.toBuffer(doc)), model.meta.locale);
}

/**
 * Word keeps a document's language in its core properties (dc:language), which docx does not
 * write: added to docProps/core.xml after packing.
 */
async function withCoreLanguage(bytes: Uint8Array, locale: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const core = zip.file('docProps/core.xml');
  if (!core) return bytes;
  const xml = await core.async('string');
  if (xml.includes('<dc:language>')) return bytes;
  const tag = locale.replace(/[^A-Za-z0-9-]/g, '');
  zip.file('docProps/core.xml', xml.replace('</cp:coreProperties>', `<dc:language>${tag}</dc:language></cp:coreProperties>`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
