/**
 * The report as Markdown (GitHub-flavoured: pipe tables) for a wiki. Session text is escaped so it
 * stays text: no emphasis, links, headings or raw HTML can come out of a note; pipes and line
 * breaks cannot break a table.
 */
import type { MessageId, Translator } from '../../../shared/i18n';
import { overrideText } from '../../../shared/report/reportHtml';
import { hasComparison, type ActionRow, type ComparisonFlagRow, type FlagRow, type GapSection, type LevelBadge, type ReportModel } from '../../../shared/report/reportModel';

type T = Translator['t'];

function headers(t: T, ids: readonly MessageId[]): string[] {
  return ids.map((id) => t(id));
}

const MD_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Markdown-safe inline text. */
export function mdText(text: string): string {
  return text.replace(/[&<>]/g, (c) => MD_ESCAPES[c]!).replace(/([\\`*_[\]{}#~|!])/g, '\\$1');
}

/** A table cell: inline text on one line. */
function cell(text: string): string {
  return mdText(text.replace(/\s*\r?\n\s*/g, ' ').trim()) || ' ';
}

function tableOf(header: readonly string[], rows: readonly string[][]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header.map(cell)), line(header.map(() => '---')), ...rows.map((r) => line(r.map(cell)))].join('\n');
}

/** Paragraphs of free text, each line kept (a hard break), every line escaped. */
function block(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) =>
      p
        .split('\n')
        .map((l) => mdText(l.trim()))
        .join('  \n'),
    )
    .join('\n\n');
}

function bulletList(items: readonly string[]): string {
  return items.map((i) => `- ${mdText(i.replace(/\s*\n\s*/g, ' '))}`).join('\n');
}

/** The full plan (with gap, and the client's notes when any action has them) or a gap's own actions. */
function actionTable(t: T, actions: readonly ActionRow[], withGap: boolean): string {
  if (actions.length === 0) return `_${mdText(t('report.actions.empty'))}_`;
  const withNotes = withGap && actions.some((a) => a.notes);
  const header = headers(t, [
    'report.column.ref',
    'report.column.action',
    ...(withGap ? (['report.column.gap'] as const) : []),
    'report.column.owner',
    'report.column.due',
    'report.column.priority',
    'report.column.status',
    'report.column.successMeasure',
    ...(withNotes ? (['tracker.column.notes'] as const) : []),
  ]);
  return tableOf(
    header,
    actions.map((a) => [
      a.ref,
      a.attention ? `${a.title} (${a.attention})` : a.title,
      ...(withGap ? [a.gap ? a.gap.name : t('report.gap.wholeInitiative')] : []),
      a.owner || '—',
      a.dueDate ?? '—',
      a.priorityLabel,
      a.statusLabel,
      a.successMeasure || '—',
      ...(withNotes ? [a.notes || '—'] : []),
    ]),
  );
}

function flagBlock(model: ReportModel, flag: FlagRow): string {
  const t = model.i18n.t;
  const blocking = flag.blocking ? ` (${mdText(t('report.flags.blocking').toLocaleLowerCase(model.meta.locale))})` : '';
  return `**${mdText(flag.title)}**${blocking}  \n${mdText(flag.explanation)}  \n_${mdText(t('report.flags.toClose'))}_ ${mdText(flag.fix)}`;
}

function gapBlock(model: ReportModel, section: GapSection): string {
  const t = model.i18n.t;
  const g = section.gap;
  const parts: string[] = [`## ${t('markdown.gapHeading', { number: g.number, name: mdText(g.name) })}`, ...(section.tagline ? [`_${mdText(section.tagline)}_`] : [])];
  parts.push(
    section.consensus
      ? `**${t('markdown.consensus', { level: section.consensus.level, name: mdText(section.consensus.name) })}** ${mdText(section.consensusDescriptor)}${section.rationale ? `  \n${mdText(t('report.gap.rationale'))}: ${mdText(section.rationale)}` : ''}`
      : `**${mdText(t('report.gap.consensusEmpty'))}**`,
  );
  if (hasComparison(section)) parts.push(`**${mdText(t('report.gap.pilotsUsuallyHave'))}:** ${mdText(section.pilotUsuallyHad)}\n\n**${mdText(t('report.gap.productionMeans'))}:** ${mdText(section.productionMeans)}`);
  parts.push(`### ${mdText(t('report.gap.facts'))}`);
  if (section.ratios.length) parts.push(bulletList(section.ratios.map((r) => `${r.display} — ${r.sentence}`)));
  parts.push(
    section.facts.length
      ? tableOf(headers(t, ['report.column.fact', 'report.column.side', 'report.column.value']), section.facts.map((f) => [f.label, f.side, f.value]))
      : `_${mdText(t('report.gap.factsEmpty'))}_`,
  );
  parts.push(`### ${mdText(t('report.gap.assessment'))}`);
  if (section.rounds.length) {
    parts.push(
      tableOf(
        [
          t('report.column.round'),
          t('report.column.votes'),
          ...[1, 2, 3, 4, 5].map((level) => t('markdown.level', { level })),
          t('report.vote.notSure'),
          t('report.column.median'),
          t('report.column.range'),
          t('report.column.room'),
        ],
        section.rounds.map((r) => [
          t('report.round', { number: r.number }),
          String(r.voted),
          ...r.distribution.map((c) => String(c.count)),
          r.median,
          r.range,
          t(r.divergent ? (r.twoCamps ? 'report.room.twoCamps' : 'report.room.dividedShort') : 'report.room.aligned'),
        ]),
      ),
    );
  } else parts.push(`_${mdText(t('report.gap.roundsEmpty'))}_`);
  if (section.stances) parts.push(`${section.stances.split ? `**${mdText(t('report.stances.split'))}.** ` : ''}${mdText(section.stances.text)}`);
  if (section.comments.length) {
    const quoted = (text: string): string => mdText(t('report.quoted', { text: text.replace(/\s*\n\s*/g, ' ') }));
    parts.push(`${mdText(t('report.gap.comments'))}:\n\n${section.comments.map((c) => `- ${quoted(c.text)}${c.by ? ` — ${mdText(c.by)}` : ''}`).join('\n')}`);
  }
  if (section.evidence.length) parts.push(`### ${mdText(t('report.gap.evidence'))}\n\n${bulletList(section.evidence)}`);
  if (section.risks.length) parts.push(`### ${mdText(t('report.gap.risks'))}\n\n${section.risks.map((r) => `- **${r.severityLabel}:** ${mdText(r.text.replace(/\s*\n\s*/g, ' '))}`).join('\n')}`);
  if (section.notes) parts.push(`### ${mdText(t('report.gap.notes'))}\n\n${block(section.notes)}`);
  if (section.flags.length) parts.push(`### ${mdText(t('report.gap.flags'))}\n\n${section.flags.map((f) => flagBlock(model, f)).join('\n\n')}`);
  parts.push(`### ${mdText(t('report.gap.actions'))}\n\n${actionTable(t, section.actions, false)}`);
  return parts.join('\n\n');
}

/** What changed since the last assessment (a re-assessment only), after the executive summary. */
function comparisonBlock(model: ReportModel): string[] {
  const c = model.comparison;
  if (!c) return [];
  const t = model.i18n.t;
  const heading = (id: MessageId): string => mdText(t(id));
  const level = (badge: LevelBadge | null): string => (badge ? `${badge.level} · ${badge.name}` : t('report.noConsensus'));
  const flags = (rows: readonly ComparisonFlagRow[], empty: MessageId): string =>
    rows.length ? bulletList(rows.map((f) => (f.blocking ? `${f.title} (${t('report.flags.blocking').toLocaleLowerCase(model.meta.locale)})` : f.title))) : `_${heading(empty)}_`;
  const out = [
    `## ${heading('report.compare.heading')}`,
    mdText(c.lead),
    `### ${heading('report.compare.verdict.heading')}`,
    tableOf(['', t('report.verdict.label')], [
      [c.then.label, c.verdict.then.label],
      [c.now.label, c.verdict.now.label],
    ]),
    mdText(c.verdict.line),
    `### ${heading('report.compare.gaps.heading')}`,
    mdText(c.movementSummary),
    tableOf(
      headers(t, ['report.column.gap', 'report.compare.column.then', 'report.compare.column.now', 'report.compare.column.movement', 'report.compare.column.reason']),
      c.movements.map((m) => [
        `${m.gap.number}. ${m.gap.name}`,
        level(m.then),
        level(m.now),
        `${m.arrow} ${m.movement}`,
        [m.reasonNow || '—', m.reasonThen && m.reasonThen !== m.reasonNow ? t('report.compare.reasonThen', { reason: m.reasonThen }) : ''].filter(Boolean).join(' '),
      ]),
    ),
    `### ${heading('report.compare.flags.heading')}`,
    mdText(c.flags.summary),
    `**${heading('report.compare.flags.closed')}**\n\n${flags(c.flags.closed, 'report.compare.flags.noneClosed')}`,
    `**${heading('report.compare.flags.opened')}**\n\n${flags(c.flags.opened, 'report.compare.flags.noneOpened')}`,
    `### ${heading('report.compare.kpis.heading')}`,
    c.kpis.length
      ? tableOf(
          headers(t, ['report.column.kpi', 'report.compare.column.resultThen', 'report.compare.column.resultNow', 'report.column.productionTarget', 'report.column.measuredInProduction']),
          c.kpis.map((k) => [k.name, k.then, k.now, k.target, k.measured]),
        )
      : `_${heading('report.compare.kpis.empty')}_`,
    `### ${heading('report.compare.actions.heading')}`,
    mdText(c.actionSummary),
  ];
  if (c.actions.length) {
    out.push(
      tableOf(
        headers(t, ['report.compare.column.since', 'report.column.ref', 'report.column.action', 'report.column.gap', 'report.column.owner', 'report.column.due']),
        c.actions.map((a) => [a.changeLabel, a.ref || '—', a.title, a.gap ? a.gap.name : t('report.gap.wholeInitiative'), a.owner || '—', a.dueLabel || '—']),
      ),
    );
  }
  out.push(`### ${heading('report.compare.minds.heading')}`);
  if (c.mindChanges.rows.length) {
    out.push(mdText(t('report.compare.minds.lead')), tableOf(headers(t, ['report.column.name', 'report.compare.column.scoreMoved']), c.mindChanges.rows.map((r) => [r.name, r.text])));
  }
  if (c.mindChanges.line) out.push(mdText(c.mindChanges.line));
  return out;
}

export function markdownReport(model: ReportModel): string {
  const { meta, verdict } = model;
  const t = model.i18n.t;
  const heading = (id: MessageId): string => mdText(t(id));
  const out: string[] = [];
  out.push(`# ${mdText(meta.initiative)}`);
  out.push(`**${mdText(meta.client ? t('markdown.titleFor', { title: meta.title, client: meta.client }) : meta.title)}**`);
  out.push(
    [
      `${heading('report.cover.workshop')}: ${mdText(meta.workshopDateLabel)}`,
      ...(meta.facilitator ? [`${heading('report.cover.facilitator')}: ${mdText(meta.facilitator)}`] : []),
      ...(meta.firm.name ? [`${heading('report.cover.preparedBy')}: ${mdText(meta.firm.name)}`] : []),
      mdText(t('report.cover.generated', { date: meta.generatedLabel, version: meta.appVersion })),
    ].join(' · ') + (meta.anonymous ? `  \n_${heading('report.cover.anonymous')}_` : ''),
  );
  if (meta.useCase) out.push(`> ${mdText(meta.useCase)}`);

  out.push(`## ${heading('report.summary.eyebrow')}`);
  out.push(`### ${mdText(t('report.verdict.heading', { verdict: verdict.label }))}`);
  out.push(`**${mdText(verdict.headline)}**`);
  out.push(bulletList(verdict.reasons));
  if (verdict.overridden) out.push(mdText(overrideText(model)));
  if (model.comparison) out.push(`**${mdText(model.comparison.summaryLine)}**`);
  out.push(bulletList(model.keyFigures.map((f) => `${f.value} ${f.label}`)));
  if (model.disagreements.length) out.push(`**${heading('report.disagreements.heading')}**\n\n${bulletList(model.disagreements)}`);

  out.push(...comparisonBlock(model));

  out.push(`## ${heading('report.glance.heading')}`);
  out.push(
    tableOf(
      headers(t, ['report.column.gap', 'report.column.consensus', 'report.column.votesMedianRange', 'report.column.room']),
      model.scores.map((s) => [
        `${s.gap.number}. ${s.gap.name}`,
        s.consensus ? `${s.consensus.level} · ${s.consensus.name}` : t('report.noConsensus'),
        s.votesSummary || '—',
        t(s.divergent ? 'report.room.dividedShort' : 'report.room.aligned'),
      ]),
    ),
  );

  out.push(`## ${heading('report.kpi.eyebrow')}`);
  out.push(
    model.kpis.length
      ? tableOf(
          headers(t, ['report.column.kpi', 'report.column.kind', 'report.column.baseline', 'report.column.pilotResult', 'report.column.productionTarget', 'report.column.threshold', 'report.column.measuredInProduction']),
          model.kpis.map((k) => [k.name, k.kind, k.baseline || '—', k.pilotResult || '—', k.productionTarget || '—', k.threshold || '—', k.measuredInProduction]),
        )
      : `_${heading('report.kpi.empty')}_`,
  );

  out.push(`## ${heading('report.ownership.eyebrow')}`);
  out.push(tableOf(['', ''], model.ownership.map((o) => [o.label, o.value])));

  for (const section of model.gaps) out.push(gapBlock(model, section));

  out.push(`## ${heading('report.flags.heading')}`);
  out.push(
    model.flags.length
      ? [...model.flags]
          .sort((a, b) => Number(b.blocking) - Number(a.blocking))
          .map((f) => flagBlock(model, f))
          .join('\n\n')
      : `_${heading('report.flags.empty')}_`,
  );

  out.push(`## ${heading('report.plan.eyebrow')}`);
  out.push(actionTable(t, model.actions, true));

  out.push(`## ${heading('report.appendix.eyebrow')}`);
  out.push(`### ${heading('report.appendix.whoWasThere')}`);
  const a = model.appendix;
  out.push(
    a.participants
      ? tableOf(
          headers(t, ['report.column.name', 'report.column.role', 'report.column.stance', 'report.column.inPilot', 'report.column.note']),
          a.participants.map((p) => [p.name, p.role, p.stance, p.inPilot, p.note || ' ']),
        )
      : mdText(t('report.appendix.anonymousCount', { count: a.participantCount })),
  );
  out.push(tableOf(headers(t, ['report.column.role', 'report.column.people']), a.byRole.map((r) => [r.label, String(r.count)])));
  out.push(tableOf(headers(t, ['report.column.stance', 'report.column.people']), a.byStance.map((r) => [r.label, String(r.count)])));
  if (model.heatmap) {
    out.push(`### ${heading('report.appendix.heatmap')}`);
    out.push(
      tableOf(
        [t(meta.anonymous ? 'report.column.group' : 'report.column.participant'), ...model.heatmap.columns.map((c) => `${c.number}. ${c.name}`)],
        model.heatmap.rows.map((r) => [r.name, ...r.cells.map((c) => c.label || '—')]),
      ),
    );
  }
  out.push(`### ${heading('report.ladder.heading')}`);
  out.push(tableOf(headers(t, ['report.column.level', 'report.column.meaning']), a.ladder.map((l) => [`${l.level} · ${l.name}`, l.meaning])));
  for (const m of a.method) out.push(`### ${mdText(m.heading)}\n\n${m.paragraphs.map(mdText).join('\n\n')}`);

  return `${out.join('\n\n')}\n`;
}
