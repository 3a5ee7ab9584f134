/**
 * The report as Markdown (GitHub-flavoured: pipe tables) for a wiki. Session text is escaped so it
 * stays text: no emphasis, links, headings or raw HTML can come out of a note; pipes and line
 * breaks cannot break a table.
 */
import type { ActionRow, FlagRow, GapSection, ReportModel } from '../../../shared/report/reportModel';

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

function actionTable(actions: readonly ActionRow[], withGap: boolean): string {
  if (actions.length === 0) return '_No actions yet._';
  const header = withGap ? ['Ref', 'Action', 'Gap', 'Owner', 'Due', 'Priority', 'Status', 'Success measure'] : ['Ref', 'Action', 'Owner', 'Due', 'Priority', 'Status', 'Success measure'];
  return tableOf(
    header,
    actions.map((a) => [
      a.ref,
      a.attention ? `${a.title} (${a.attention.toLowerCase()})` : a.title,
      ...(withGap ? [a.gap ? a.gap.name : 'Whole initiative'] : []),
      a.owner || '—',
      a.dueDate ?? '—',
      a.priorityLabel,
      a.statusLabel,
      a.successMeasure || '—',
    ]),
  );
}

function flagBlock(flag: FlagRow): string {
  return `**${mdText(flag.title)}**${flag.blocking ? ' (blocking)' : ''}  \n${mdText(flag.explanation)}  \n_To close it:_ ${mdText(flag.fix)}`;
}

function gapBlock(section: GapSection): string {
  const g = section.gap;
  const parts: string[] = [`## Gap ${g.number} · ${mdText(g.name)}`, `_${mdText(section.tagline)}_`];
  parts.push(
    section.consensus
      ? `**Consensus: level ${section.consensus.level} · ${mdText(section.consensus.name)}.** ${mdText(section.consensusDescriptor)}${section.rationale ? `  \nRationale: ${mdText(section.rationale)}` : ''}`
      : '**No consensus has been confirmed for this gap.**',
  );
  parts.push(`**What pilots usually have:** ${mdText(section.pilotUsuallyHad)}\n\n**What production means:** ${mdText(section.productionMeans)}`);
  parts.push('### The facts');
  if (section.ratios.length) parts.push(bulletList(section.ratios.map((r) => `${r.display} — ${r.sentence}`)));
  parts.push(section.facts.length ? tableOf(['Fact', 'Side', 'Value'], section.facts.map((f) => [f.label, f.side, f.value])) : '_No facts were captured._');
  parts.push("### The room's assessment");
  if (section.rounds.length) {
    parts.push(
      tableOf(
        ['Round', 'Votes', 'Level 1', 'Level 2', 'Level 3', 'Level 4', 'Level 5', 'Not sure', 'Median', 'Range', 'Room'],
        section.rounds.map((r) => [`Round ${r.number}`, String(r.voted), ...r.distribution.map((c) => String(c.count)), r.median, r.range, r.divergent ? (r.twoCamps ? 'Two camps' : 'Divided') : 'Aligned']),
      ),
    );
  } else parts.push('_No scoring round on this gap has been revealed._');
  if (section.stances) parts.push(`${section.stances.split ? '**Champion–skeptic split.** ' : ''}${mdText(section.stances.text)}`);
  if (section.comments.length) parts.push(`Comments from the latest round:\n\n${section.comments.map((c) => `- “${mdText(c.text.replace(/\s*\n\s*/g, ' '))}”${c.by ? ` — ${mdText(c.by)}` : ''}`).join('\n')}`);
  if (section.evidence.length) parts.push(`### Evidence\n\n${bulletList(section.evidence)}`);
  if (section.risks.length) parts.push(`### Risks\n\n${section.risks.map((r) => `- **${r.severityLabel}:** ${mdText(r.text.replace(/\s*\n\s*/g, ' '))}`).join('\n')}`);
  if (section.notes) parts.push(`### Notes\n\n${block(section.notes)}`);
  if (section.flags.length) parts.push(`### Flags on this gap\n\n${section.flags.map(flagBlock).join('\n\n')}`);
  parts.push(`### Actions\n\n${actionTable(section.actions, false)}`);
  return parts.join('\n\n');
}

export function markdownReport(model: ReportModel): string {
  const { meta, verdict } = model;
  const out: string[] = [];
  out.push(`# ${mdText(meta.initiative)}`);
  out.push(`**${mdText(meta.title)}**${meta.client ? ` for ${mdText(meta.client)}` : ''}`);
  out.push(
    [
      `Workshop: ${meta.workshopDateLabel}`,
      ...(meta.facilitator ? [`Facilitator: ${mdText(meta.facilitator)}`] : []),
      ...(meta.firm.name ? [`Prepared by: ${mdText(meta.firm.name)}`] : []),
      `Generated on ${meta.generatedLabel} by Readiness Room ${mdText(meta.appVersion)}`,
    ].join(' · ') + (meta.anonymous ? '  \n_Anonymous workshop: no participant is named in this report._' : ''),
  );
  if (meta.useCase) out.push(`> ${mdText(meta.useCase)}`);

  out.push('## Executive summary');
  out.push(`### Verdict: ${mdText(verdict.label)}`);
  out.push(`**${mdText(verdict.headline)}**`);
  out.push(bulletList(verdict.reasons));
  if (verdict.overridden) {
    out.push(
      `${verdict.computedLabel ? `The rules drafted ${mdText(verdict.computedLabel)}; the facilitator set ${mdText(verdict.label)}. ` : 'The facilitator confirmed the drafted verdict. '}Reason: ${mdText(verdict.overrideReason ?? '')}`,
    );
  }
  out.push(bulletList(model.keyFigures.map((f) => `${f.value} ${f.label}`)));
  if (model.disagreements.length) out.push(`**Where the room disagreed**\n\n${bulletList(model.disagreements)}`);

  out.push('## Readiness by gap');
  out.push(
    tableOf(
      ['Gap', 'Consensus', 'Votes: median (range)', 'Room'],
      model.scores.map((s) => [`${s.gap.number}. ${s.gap.name}`, s.consensus ? `${s.consensus.level} · ${s.consensus.name}` : 'No consensus', s.votesSummary || '—', s.divergent ? 'Divided' : 'Aligned']),
    ),
  );

  out.push('## Success criteria');
  out.push(
    model.kpis.length
      ? tableOf(
          ['KPI', 'Kind', 'Baseline', 'Pilot result', 'Production target', 'Go/no-go threshold', 'Measured under production conditions'],
          model.kpis.map((k) => [k.name, k.kind, k.baseline || '—', k.pilotResult || '—', k.productionTarget || '—', k.threshold || '—', k.measuredInProduction]),
        )
      : '_No success criteria were recorded._',
  );

  out.push('## Ownership and production path');
  out.push(tableOf(['', ''], model.ownership.map((o) => [o.label, o.value])));

  for (const section of model.gaps) out.push(gapBlock(section));

  out.push('## Open flags');
  out.push(model.flags.length ? [...model.flags].sort((a, b) => Number(b.blocking) - Number(a.blocking)).map(flagBlock).join('\n\n') : '_No flag is open._');

  out.push('## Action plan');
  out.push(actionTable(model.actions, true));

  out.push('## Appendix');
  out.push('### Who was in the room');
  const a = model.appendix;
  out.push(
    a.participants
      ? tableOf(['Name', 'Role', 'Stance', 'In the pilot', 'Note'], a.participants.map((p) => [p.name, p.role, p.stance, p.inPilot, p.note || ' ']))
      : `${a.participantCount} participants took part. This workshop was anonymous, so only counts are shown.`,
  );
  out.push(tableOf(['Role', 'People'], a.byRole.map((r) => [r.label, String(r.count)])));
  out.push(tableOf(['Stance', 'People'], a.byStance.map((r) => [r.label, String(r.count)])));
  if (model.heatmap) {
    out.push('### Votes by participant, latest round per gap');
    out.push(tableOf([meta.anonymous ? 'Group' : 'Participant', ...model.heatmap.columns.map((c) => `${c.number}. ${c.name}`)], model.heatmap.rows.map((r) => [r.name, ...r.cells.map((c) => c.label || '—')])));
  }
  out.push('### The readiness ladder');
  out.push(tableOf(['Level', 'Meaning'], a.ladder.map((l) => [`${l.level} · ${l.name}`, l.meaning])));
  for (const m of a.method) out.push(`### ${mdText(m.heading)}\n\n${m.paragraphs.map(mdText).join('\n\n')}`);

  return `${out.join('\n\n')}\n`;
}
