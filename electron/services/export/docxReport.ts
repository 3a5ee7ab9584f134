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
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TabStopType,
  TextRun,
  type ISectionOptions,
} from 'docx';
import type { ActionRow, FlagRow, GapRef, GapSection, ReportModel, RoundSummary } from '../../../shared/report/reportModel';
import {
  DANGER,
  FONT,
  INK,
  MUTED,
  SOFT,
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
import type { PngImage } from './svgToPng';

/** A4 in twips, 2 cm margins. */
const PAGE_W = 11906;
const PAGE_H = 16838;
const MARGIN = 1134;
const BODY = PAGE_W - 2 * MARGIN;
const LANDSCAPE_BODY = PAGE_H - 2 * MARGIN;
/** Pixels (96 per inch) across the body, for images. */
const BODY_PX = Math.floor((BODY / 1440) * 96);

function image(png: PngImage, widthPx: number, title: string, description: string): ImageRun {
  const heightPx = Math.round((png.height / png.width) * widthPx);
  return new ImageRun({ type: 'png', data: png.data, transformation: { width: widthPx, height: heightPx }, altText: { name: title, title, description } });
}

/** A gap in a table: its icon where there are few rows, a square in its colour in long tables. */
function gapCell(gap: GapRef | null, images: ReportImages | null): CellSpec {
  if (!gap) return textCell('Whole initiative', { color: MUTED });
  const mark = images ? image(images.gapIcons[gap.id], 14, gap.name, `Icon of ${gap.name}`) : run('■', { color: hex(gap.color), size: 18 });
  return { children: [para([mark, run(`  ${gap.name}`, { size: 17 })], { spacingAfter: 0 })] };
}

function cover(model: ReportModel, images: ReportImages): Array<Paragraph | ReturnType<typeof table>> {
  const { meta } = model;
  const firm = meta.firm.name || 'Readiness Room';
  const band = table([BODY], null, [
    [
      {
        fill: meta.firm.accent,
        noBorders: true,
        children: [
          para([image(images.monogramOnAccent, 44, `${firm} monogram`, `The initials of ${firm}`), run(`    ${firm}`, { bold: true, size: 28, color: hex(meta.firm.accentInk) })], {
            spacingAfter: 120,
            spacingBefore: 120,
          }),
        ],
      },
    ],
  ]);
  return [
    band,
    spacer(2600),
    para(meta.title.toUpperCase(), { style: { size: 18, bold: true, color: hex(meta.firm.accent), characterSpacing: 40 }, spacingAfter: 120 }),
    new Paragraph({ heading: 'Title', children: [new TextRun(meta.initiative)] }),
    ...(meta.client ? [para(meta.client, { style: { size: 32, bold: true, color: MUTED }, spacingAfter: 240 })] : []),
    ...(meta.useCase ? [para(meta.useCase, { style: { size: 21, color: MUTED }, spacingAfter: 600 })] : []),
    verdictBox(model),
  ];
}

/** The cover's foot: who, when, by whom — in the first page's footer, so it sits at the bottom whatever the title's length. */
function coverFooter(model: ReportModel): Footer {
  const { meta } = model;
  const firm = meta.firm.name || 'Readiness Room';
  const facts = table(columnsOf(BODY, [1, 1, 1, 1]), null, [
    [
      ...[
        ['Client', meta.client || '—'],
        ['Workshop', meta.workshopDateLabel],
        ['Facilitator', meta.facilitator || '—'],
        ['Prepared by', firm],
      ].map(([label, value]) => ({
        noBorders: true,
        children: [para(label!.toUpperCase(), { style: { size: 14, bold: true, color: MUTED, characterSpacing: 20 }, spacingAfter: 20 }), para(value!, { style: { size: 20, bold: true }, spacingAfter: 0 })],
      })),
    ],
  ]);
  return new Footer({
    children: [
      facts,
      para(
        `Generated on ${meta.generatedLabel} by Readiness Room ${meta.appVersion}${meta.anonymous ? ' · Anonymous workshop: no participant is named in this report.' : ''} · Confidential`,
        { style: { size: 15, color: MUTED }, spacingBefore: 160 },
      ),
    ],
  });
}

function verdictBox(model: ReportModel): ReturnType<typeof table> {
  const { verdict } = model;
  return panel(
    [
      para('VERDICT', { style: { size: 15, bold: true, color: hex(verdict.color), characterSpacing: 30 }, spacingAfter: 20, spacingBefore: 80 }),
      para(verdict.label, { style: { size: 44, bold: true, color: hex(verdict.color) }, spacingAfter: 40 }),
      para(verdict.headline, { style: { size: 20 }, spacingAfter: 80 }),
    ],
    Math.round(BODY * 0.7),
    verdict.soft,
    verdict.color,
  );
}

function executiveSummary(model: ReportModel, images: ReportImages): Array<Paragraph | ReturnType<typeof table>> {
  const { verdict } = model;
  const accent = model.meta.firm.accent;
  const out: Array<Paragraph | ReturnType<typeof table>> = [eyebrowOnNewPage('Executive summary', accent), heading(`Verdict: ${verdict.label}`, 1)];
  const panelChildren = [
    para(verdict.headline, { style: { bold: true, size: 22, color: hex(verdict.color) }, spacingBefore: 80, spacingAfter: 80 }),
    ...bullets(verdict.reasons, { size: 19 }),
  ];
  if (verdict.overridden) {
    panelChildren.push(
      para(
        `${verdict.computedLabel ? `The rules drafted ${verdict.computedLabel}; the facilitator set ${verdict.label}. ` : 'The facilitator confirmed the drafted verdict. '}Reason: ${verdict.overrideReason ?? ''}`,
        { style: { size: 18, italics: true }, spacingAfter: 80 },
      ),
    );
  }
  out.push(panel(panelChildren, BODY, verdict.soft, verdict.color), spacer(160));
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
  const top = model.actions.filter((a) => a.status !== 'done' && a.priority === 'high').slice(0, 6);
  if (top.length > 0) {
    out.push(heading('Priority actions', 2));
    out.push(
      table(
        columnsOf(BODY, [0.6, 4.2, 2.2, 2, 1.4]),
        ['Ref', 'Action', 'Gap', 'Owner', 'Due'],
        top.map((a) => [
          textCell(a.ref, { bold: true, color: MUTED }),
          textCell(a.title),
          gapCell(a.gap, images),
          a.owner ? textCell(a.owner) : textCell('No owner', { color: DANGER, bold: true }),
          a.dueLabel ? textCell(a.dueLabel) : textCell('No date', { color: DANGER, bold: true }),
        ]),
      ),
    );
  }
  if (model.flags.length > 0) {
    out.push(heading('Open pilot-trap flags', 2));
    const ordered = [...model.flags].sort((a, b) => Number(b.blocking) - Number(a.blocking));
    out.push(...ordered.map((f) => para([...(f.blocking ? [run('BLOCKING  ', { bold: true, size: 15, color: DANGER })] : []), run(f.title, { size: 19 })], { bullet: true, spacingAfter: 40 })));
  }
  if (model.disagreements.length > 0) {
    out.push(heading('Where the room disagreed', 2), ...bullets(model.disagreements, { size: 19 }));
  }

  out.push(eyebrowOnNewPage('At a glance', accent), heading('Readiness by gap', 1));
  out.push(para([image(images.radar, Math.min(560, BODY_PX), 'Readiness radar', model.radar.alt)], { align: AlignmentType.CENTER, spacingAfter: 60 }));
  out.push(para("The room's consensus per gap (1 = pilot only, 5 = proven), with the range of the latest votes behind it.", { style: { size: 16, color: MUTED }, align: AlignmentType.CENTER, spacingAfter: 200 }));
  out.push(
    table(
      columnsOf(BODY, [3, 2.6, 1.8, 1.6]),
      ['Gap', 'Consensus', 'Votes: median (range)', 'Room'],
      model.scores.map((s) => [
        gapCell(s.gap, images),
        s.consensus ? { children: [para(levelRuns(s.consensus.level, s.consensus.name, s.consensus.fill, s.consensus.ink), { spacingAfter: 0 })] } : textCell('No consensus', { color: MUTED }),
        textCell(s.votesSummary || '—'),
        s.divergent ? textCell('Room divided', { bold: true, color: '8A5A00' }) : textCell('Aligned', { color: MUTED }),
      ]),
    ),
  );
  return out;
}

function eyebrowOnNewPage(text: string, accent: string): Paragraph {
  return new Paragraph({
    children: [run(text.toUpperCase(), { bold: true, size: 16, color: hex(accent), characterSpacing: 30 })],
    pageBreakBefore: true,
    keepNext: true,
    spacing: { after: 40 },
  });
}

function kpisAndOwnership(model: ReportModel): Array<Paragraph | ReturnType<typeof table>> {
  const accent = model.meta.firm.accent;
  const out: Array<Paragraph | ReturnType<typeof table>> = [eyebrowOnNewPage('Success criteria', accent), heading('What success means', 1)];
  out.push(para('The KPIs the room agreed before judging the pilot, with the line between go and no-go.', { style: { color: MUTED } }));
  if (model.kpis.length === 0) out.push(para('No success criteria were recorded.', { style: { italics: true, color: MUTED } }));
  else
    out.push(
      table(
        columnsOf(BODY, [2.4, 1.1, 1.1, 1.1, 1.3, 1.3, 1.4]),
        ['KPI', 'Kind', 'Baseline', 'Pilot result', 'Production target', 'Go/no-go threshold', 'Measured in production conditions'],
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
  out.push(spacer(200), eyebrow('Ownership and production path', accent), heading('Who owns it, and how it reaches production', 1));
  out.push(
    table(
      columnsOf(BODY, [3.4, 6.6]),
      null,
      model.ownership.map((o) => [textCell(o.label, { bold: true }), textCell(o.value, o.value === 'Not recorded' ? { color: MUTED, italics: true } : {})]),
    ),
  );
  return out;
}

function roundsTable(rounds: readonly RoundSummary[]): ReturnType<typeof table> | Paragraph {
  if (rounds.length === 0) return para('No scoring round on this gap has been revealed.', { style: { italics: true, color: MUTED } });
  const levels = rounds[0]!.distribution;
  const header = ['Round', 'Votes', ...levels.map((c) => (c.key === 'unsure' ? '?' : String(c.key))), 'Median', 'Range', 'Room'];
  const columns = columnsOf(BODY, [1.3, 0.9, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 1, 1, 1.6]);
  const levelRow: CellSpec[] = [
    textCell(''),
    textCell(''),
    ...levels.map((c) => textCell(c.key === 'unsure' ? '?' : String(c.key), { bold: true, color: hex(c.ink) }, { fill: c.fill, align: 'center' })),
    textCell(''),
    textCell(''),
    textCell(''),
  ];
  const rows = rounds.map((r) => [
    textCell(`Round ${r.number}`),
    textCell(String(r.voted), {}, { align: 'center' }),
    ...r.distribution.map((c) => textCell(String(c.count), c.count === 0 ? { color: '9AA4B2' } : { bold: true }, { align: 'center' })),
    textCell(r.median, {}, { align: 'center' }),
    textCell(r.range, {}, { align: 'center' }),
    r.divergent ? textCell(r.twoCamps ? 'Two camps' : 'Divided', { bold: true, color: '8A5A00' }) : textCell('Aligned', { color: MUTED }),
  ]);
  return table(columns, header.map((h, i) => (i >= 2 && i <= 7 ? '' : h)), [levelRow, ...rows]);
}

function flagParagraphs(flag: FlagRow): Array<Paragraph | ReturnType<typeof table>> {
  return [
    panel(
      [
        para([...(flag.blocking ? [run('BLOCKING  ', { bold: true, size: 15, color: DANGER })] : []), run(flag.title, { bold: true, size: 20 })], { spacingBefore: 60, spacingAfter: 40 }),
        para(flag.explanation, { style: { size: 18 }, spacingAfter: 40 }),
        para([run('To close it: ', { bold: true, size: 18 }), run(flag.fix, { size: 18, color: MUTED })], { spacingAfter: 60 }),
      ],
      BODY,
      'FFFFFF',
      flag.blocking ? DANGER : '8A5A00',
    ),
    spacer(80),
  ];
}

/**
 * The action plan (full: gap, description, success measure) or a gap's own actions (brief: the
 * plan has the details). One paragraph per cell with line breaks: a plan of hundreds of actions
 * stays quick to write.
 */
function actionsTable(actions: readonly ActionRow[], width: number, full: boolean): ReturnType<typeof table> | Paragraph {
  if (actions.length === 0) return para('No actions yet.', { style: { italics: true, color: MUTED } });
  const weights = full ? [0.6, 4.6, 2, 1.9, 1.3, 1, 1.1] : [0.6, 5, 2, 1.4, 1, 1.1];
  const header = full ? ['Ref', 'Action', 'Gap', 'Owner', 'Due', 'Priority', 'Status'] : ['Ref', 'Action', 'Owner', 'Due', 'Priority', 'Status'];
  return table(
    columnsOf(width, weights),
    header,
    actions.map((a) => {
      const details = full ? [a.description, a.successMeasure ? `Success: ${a.successMeasure}` : ''].filter(Boolean).join('\n') : '';
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
        ...(full ? [gapCell(a.gap, null)] : []),
        a.owner ? textCell(a.owner) : textCell('No owner', { color: DANGER, bold: true }),
        a.dueLabel ? textCell(a.dueLabel) : textCell('No date', { color: DANGER, bold: true }),
        textCell(a.priorityLabel, { bold: a.priority === 'high', color: a.priority === 'high' ? DANGER : INK }),
        textCell(a.statusLabel),
      ];
    }),
  );
}

function gapSection(section: GapSection, images: ReportImages): Array<Paragraph | ReturnType<typeof table>> {
  const g = section.gap;
  const out: Array<Paragraph | ReturnType<typeof table>> = [
    new Paragraph({
      children: [run(`GAP ${g.number} OF 6`, { bold: true, size: 16, color: hex(g.color), characterSpacing: 30 })],
      pageBreakBefore: true,
      keepNext: true,
      spacing: { after: 40 },
    }),
    heading([image(images.gapIcons[g.id], 30, g.name, `Icon of ${g.name}`), new TextRun(`  ${g.name}`)], 1),
    para(section.tagline, { style: { italics: true, color: MUTED, size: 20 }, spacingAfter: 160 }),
    table(columnsOf(BODY, [1, 1]), null, [
      [
        {
          fill: SOFT,
          noBorders: true,
          children: [para('WHAT PILOTS USUALLY HAVE', { style: { size: 14, bold: true, color: MUTED }, spacingAfter: 40, spacingBefore: 40 }), para(section.pilotUsuallyHad, { style: { size: 17 }, spacingAfter: 40 })],
        },
        {
          fill: SOFT,
          noBorders: true,
          leftBar: g.color,
          children: [para('WHAT PRODUCTION MEANS', { style: { size: 14, bold: true, color: MUTED }, spacingAfter: 40, spacingBefore: 40 }), para(section.productionMeans, { style: { size: 17 }, spacingAfter: 40 })],
        },
      ],
    ]),
    heading('The facts', 2),
  ];
  for (const ratio of section.ratios) {
    out.push(para([run(`${ratio.display}  `, { bold: true, size: 30, color: ratio.large ? '8A5A00' : INK }), run(ratio.sentence, { size: 19 })], { spacingAfter: 80 }));
  }
  out.push(
    section.facts.length
      ? table(
          columnsOf(BODY, [5.2, 1.6, 3.2]),
          ['Fact', 'Side', 'Value'],
          section.facts.map((f) => [textCell(f.label), textCell(f.side, { color: MUTED }), textCell(f.value, f.value === 'Not recorded' ? { color: MUTED, italics: true } : { bold: true })]),
        )
      : para('No facts were captured for this gap.', { style: { italics: true, color: MUTED } }),
  );
  out.push(heading("The room's assessment", 2));
  if (section.consensus) {
    out.push(para(levelRuns(section.consensus.level, section.consensus.name, section.consensus.fill, section.consensus.ink, 22), { spacingAfter: 60 }));
    out.push(para(section.consensusDescriptor, { spacingAfter: 60 }));
    if (section.rationale) out.push(para([run('Rationale: ', { bold: true }), run(section.rationale, { color: MUTED })]));
  } else {
    out.push(para('No consensus has been confirmed for this gap.', { style: { italics: true, color: MUTED } }));
  }
  out.push(roundsTable(section.rounds));
  if (section.stances) out.push(para([...(section.stances.split ? [run('Champion–skeptic split. ', { bold: true, color: '8A5A00' })] : []), run(section.stances.text)], { spacingBefore: 80 }));
  if (section.comments.length) {
    out.push(heading('Comments from the latest round', 3));
    out.push(...section.comments.map((c) => para([run(`“${c.text}”`, { italics: true }), ...(c.by ? [run(` — ${c.by}`, { color: MUTED })] : [])], { bullet: true, spacingAfter: 40 })));
  }
  if (section.evidence.length) out.push(heading('Evidence', 2), ...bullets(section.evidence));
  if (section.risks.length) {
    out.push(
      heading('Risks', 2),
      table(
        columnsOf(BODY, [1.3, 8.7]),
        ['Severity', 'Risk'],
        section.risks.map((r) => [textCell(r.severityLabel, { bold: true, color: r.severity === 'high' ? DANGER : r.severity === 'medium' ? '8A5A00' : MUTED }), textCell(r.text)]),
      ),
    );
  }
  if (section.notes) out.push(heading('Notes', 2), ...section.notes.split(/\n{2,}/).map((p) => para(p.trim())));
  if (section.flags.length) out.push(heading('Flags on this gap', 2), ...section.flags.flatMap(flagParagraphs));
  out.push(heading('Actions', 2), actionsTable(section.actions, BODY, false));
  return out;
}

function appendix(model: ReportModel): Array<Paragraph | ReturnType<typeof table>> {
  const a = model.appendix;
  const accent = model.meta.firm.accent;
  const out: Array<Paragraph | ReturnType<typeof table>> = [eyebrowOnNewPage('Appendix', accent), heading('Participants and method', 1), heading('Who was in the room', 2)];
  if (a.participants) {
    out.push(
      a.participants.length
        ? table(
            columnsOf(BODY, [3.4, 1.8, 1.4, 1.2, 2.2]),
            ['Name', 'Role', 'Stance', 'In the pilot', ''],
            a.participants.map((p) => [textCell(p.name, { bold: true }), textCell(p.role), textCell(p.stance), textCell(p.inPilot), textCell(p.note, { color: MUTED })]),
          )
        : para('No participants were recorded.', { style: { italics: true, color: MUTED } }),
    );
  } else {
    out.push(para(`${a.participantCount} participants took part. This workshop was anonymous, so only counts are shown.`));
  }
  const half = Math.floor((BODY - 400) / 2);
  out.push(
    spacer(100),
    table([half, 400, half], null, [
      [
        { noBorders: true, children: [table(columnsOf(half, [3, 1]), ['Role', 'People'], a.byRole.map((r) => [textCell(r.label), textCell(String(r.count), {}, { align: 'right' })]))] },
        { noBorders: true, children: [para('')] },
        { noBorders: true, children: [table(columnsOf(half, [3, 1]), ['Stance', 'People'], a.byStance.map((r) => [textCell(r.label), textCell(String(r.count), {}, { align: 'right' })]))] },
      ],
    ]),
  );
  if (model.heatmap) {
    out.push(heading('Votes by participant, latest round per gap', 2));
    out.push(
      table(
        columnsOf(BODY, [3.4, ...model.heatmap.columns.map(() => 1.1)]),
        [model.meta.anonymous ? 'Group' : 'Participant', ...model.heatmap.columns.map((c) => `${c.number}. ${c.name}`)],
        model.heatmap.rows.map((r) => [
          textCell(r.name),
          ...r.cells.map((c) => (c.label ? textCell(c.label, { bold: true, color: hex(c.ink) }, { fill: c.fill, align: 'center' }) : textCell('—', { color: MUTED }, { align: 'center' }))),
        ]),
      ),
    );
  }
  out.push(heading('The readiness ladder', 2));
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
          new TextRun({ children: ['\t', `${model.meta.firm.name ? `${model.meta.firm.name} · ` : ''}Page `, PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 15, color: MUTED }),
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

  const sections: ISectionOptions[] = [
    { properties: { ...portrait, titlePage: true }, headers: { default: emptyHeader }, footers: { default: footerFor(model, BODY), first: coverFooter(model) }, children: [...cover(model, images), ...executiveSummary(model, images), ...kpisAndOwnership(model), ...model.gaps.flatMap((g) => gapSection(g, images)), eyebrowOnNewPage('Pilot-trap checks', model.meta.firm.accent), heading('Open flags', 1), para('Patterns that keep pilots from reaching production, found in this session. Each says what was found and what would close it.', { style: { color: MUTED } }), ...(model.flags.length ? [...model.flags].sort((a, b) => Number(b.blocking) - Number(a.blocking)).flatMap(flagParagraphs) : [para('No flag is open.', { style: { italics: true, color: MUTED } })])] },
    {
      properties: landscape,
      footers: { default: footerFor(model, LANDSCAPE_BODY) },
      children: [
        eyebrow('Action plan', model.meta.firm.accent),
        heading('What happens next', 1),
        para('Every action with its owner, due date and measure of success, unfinished work first and by due date.', { style: { color: MUTED } }),
        actionsTable(model.actions, LANDSCAPE_BODY, true),
      ],
    },
    { properties: portrait, footers: { default: footerFor(model, BODY) }, children: appendix(model) },
  ];

  const doc = new Document({
    creator: model.meta.firm.name || 'Readiness Room',
    title: [model.meta.title, model.meta.initiative].filter(Boolean).join(' – '),
    description: `Readiness report for ${model.meta.client || model.meta.initiative}`,
    styles: {
      default: {
        document: { run: { font: FONT, size: 20, color: INK }, paragraph: { spacing: { line: 276, lineRule: LineRuleType.AUTO } } },
        title: { run: { font: FONT, size: 60, bold: true, color: INK }, paragraph: { spacing: { after: 160 } } },
        heading1: { run: { font: FONT, size: 36, bold: true, color: INK }, paragraph: { spacing: { before: 120, after: 200 }, keepNext: true } },
        heading2: { run: { font: FONT, size: 25, bold: true, color: accent }, paragraph: { spacing: { before: 280, after: 100 }, keepNext: true } },
        heading3: { run: { font: FONT, size: 21, bold: true, color: INK }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
      },
    },
    sections,
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
