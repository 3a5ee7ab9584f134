/**
 * The report as one self-contained HTML page for printing to PDF (Chromium's printToPDF or
 * page.pdf). Every piece of text from the session goes through escapeHtml, the page carries no
 * script and a Content-Security-Policy that forbids any, and every picture is inline SVG — so
 * markup typed into a note prints as text and nothing on the page can run or reach the network.
 */
import { PRINTED_FONT_STACK, printedPageHtml } from './printedPage';
import { textOn } from '../charts/chartPalette';
import type { Translator } from '../i18n/translator';
import { cssString } from './cssString';
import { escapeHtml } from './escapeHtml';
import { iconSvg, iconTileSvg, monogramSvg } from './reportGraphics';
import { logoDataUri } from '../model/firmLogo';
import { gapAnchor } from './reportFrame';
import type { MessageId } from '../i18n/messageIds';
import { hasComparison, type ActionRow, type ComparisonFlagRow, type FlagRow, type GapRef, type GapSection, type LevelBadge, type ReportModel, type RoundSummary, type VerdictThenNow } from './reportModel';

type ComparisonVerdict = VerdictThenNow['now'];

/**
 * Inter and Noto Sans Arabic come with the app (assets/fonts, embedded by the caller through
 * `fontFaces`), so the report is set the same on every machine; the rest only stand in for
 * scripts those two lack (CJK, emoji).
 */

const e = escapeHtml;

/** The documents' words: model.i18n.t, handed to every part. */
type T = Translator['t'];

function paragraphs(text: string, className = ''): string {
  const cls = className ? ` class="${className}"` : '';
  return text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p${cls}>${e(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

function levelChip(t: T, badge: LevelBadge | null, withName = true): string {
  if (!badge) return `<span class="chip chip-none">${e(t('report.noConsensus'))}</span>`;
  const name = withName ? `<span class="chip-name">${e(badge.name)}</span>` : '';
  return `<span class="level"><span class="chip" data-fill="${e(badge.fill)}">${badge.level}</span>${name}</span>`;
}

/** A gap beside text: its icon on its colour; in long tables a plain square of its colour (lighter to print). */
function gapLabel(t: T, gap: GapRef | null, withIcon = true): string {
  if (!gap) return `<span class="muted">${e(t('report.gap.wholeInitiative'))}</span>`;
  const mark = withIcon ? `<span class="gap-dot" data-fill="${e(gap.color)}">${iconSvg(gap.icon, '#ffffff', 12)}</span>` : `<span class="gap-square" data-fill="${e(gap.color)}"></span>`;
  return `<span class="gap-label">${mark}${e(gap.name)}</span>`;
}

function tableOrEmpty(rows: string[], head: string, empty: string, className = ''): string {
  if (rows.length === 0) return `<p class="empty">${e(empty)}</p>`;
  return `<table class="${className}"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
}

function cover(model: ReportModel): string {
  const { meta, verdict } = model;
  const t = model.i18n.t;
  const firm = meta.firm.name || 'Readiness Room';
  const facts: Array<[string, string]> = [
    [t('report.cover.client'), meta.client || '—'],
    [t('report.cover.workshop'), meta.workshopDateLabel],
    [t('report.cover.facilitator'), meta.facilitator || '—'],
    [t('report.cover.preparedBy'), firm],
  ];
  const note = [t('report.cover.generated', { date: meta.generatedLabel, version: meta.appVersion }), ...(meta.anonymous ? [t('report.cover.anonymous')] : []), t('report.cover.confidential')].join(' · ');
  return `<section class="cover">
  <div class="cover-band">
    ${
      meta.firm.logo
        ? `<span class="logo"><img src="${e(logoDataUri(meta.firm.logo))}" alt="${e(t('report.cover.logo', { firm }))}"></span>`
        : `<span class="monogram">${monogramSvg(meta.firm.monogram, meta.firm.accentInk === '#ffffff' ? '#ffffff' : '#1a1a1a', meta.firm.accent, 56)}</span>`
    }
    <span class="cover-firm">${e(firm)}</span>
  </div>
  <div class="cover-body">
    <p class="eyebrow">${e(meta.title)}</p>
    <h1 class="cover-title">${e(meta.initiative)}</h1>
    ${meta.client ? `<p class="cover-client">${e(meta.client)}</p>` : ''}
    ${meta.useCase ? `<p class="cover-usecase">${e(meta.useCase)}</p>` : ''}
    <div class="cover-verdict verdict-${verdict.value}">
      <span class="cover-verdict-label">${e(t('report.verdict.label'))}</span>
      <span class="cover-verdict-value">${e(verdict.label)}</span>
      <span class="cover-verdict-line">${e(verdict.headline)}</span>
    </div>
  </div>
  <dl class="cover-facts">${facts.map(([k, v]) => `<div><dt>${e(k)}</dt><dd>${e(v)}</dd></div>`).join('')}</dl>
  <p class="cover-note">${e(note)}</p>
</section>`;
}

/** "The rules drafted …; the facilitator set …. Reason: …" — one sentence every writer shares. */
export function overrideText(model: ReportModel): string {
  const { verdict } = model;
  const t = model.i18n.t;
  const what = verdict.computedLabel ? t('report.override.changed', { computed: verdict.computedLabel, verdict: verdict.label }) : t('report.override.confirmed');
  return `${what} ${t('report.override.reason', { reason: verdict.overrideReason ?? '' })}`;
}

function noticeAndContents(model: ReportModel): string {
  const t = model.i18n.t;
  const notice = model.notice.map((n) => `<h3>${e(n.heading)}</h3>${n.paragraphs.map((p) => `<p>${e(p)}</p>`).join('')}`).join('');
  const contents = model.contents.map((c) => `<li><a href="#${e(c.id)}">${e(c.title)}</a></li>`).join('');
  return `<section class="page-break notice" id="notice">
  <p class="eyebrow">${e(t('report.notice.eyebrow'))}</p>
  <h2>${e(t('report.notice.heading'))}</h2>
  ${notice}
</section>
<section class="page-break" id="contents">
  <h2>${e(t('report.toc.heading'))}</h2>
  <nav class="toc"><ol>${contents}</ol></nav>
</section>`;
}

function executiveSummary(model: ReportModel): string {
  const { verdict, decisionRequested: decision } = model;
  const t = model.i18n.t;
  const override = verdict.overridden ? `<p class="override">${e(overrideText(model))}</p>` : '';
  const figures = model.keyFigures.map((f) => `<div class="figure"><span class="figure-value">${e(f.value)}</span><span class="figure-label">${e(f.label)}</span></div>`).join('');
  return `<section class="page-break" id="summary">
  <p class="eyebrow">${e(t('report.summary.eyebrow'))}</p>
  <h2>${e(t('report.verdict.heading', { verdict: verdict.label }))}</h2>
  <div class="verdict-panel verdict-${verdict.value}">
    <p class="verdict-headline">${e(verdict.headline)}</p>
    <p class="panel-heading">${e(t('report.verdict.reasons'))}</p>
    <ul>${verdict.reasons.map((r) => `<li>${e(r)}</li>`).join('')}</ul>
    ${override}
  </div>
  ${model.comparison ? `<p class="compare-line"><a href="#comparison">${e(model.comparison.summaryLine)}</a></p>` : ''}
  <div class="decision">
    <h3 class="panel-heading">${e(t('report.decision.heading'))}</h3>
    <p class="decision-text">${e(decision.text)}</p>
    ${decision.points.length ? `<ul>${decision.points.map((p) => `<li>${e(p)}</li>`).join('')}</ul>` : ''}
  </div>
  <div class="figures">${figures}</div>
</section>`;
}

function verdictTile(t: T, id: MessageId, side: string, verdict: ComparisonVerdict): string {
  return `<div class="then-now-tile verdict-${verdict.value}"><span class="then-now-label">${e(t(id))} · ${e(side)}</span><span class="then-now-value">${e(verdict.label)}</span></div>`;
}

function flagList(t: T, flags: readonly ComparisonFlagRow[], empty: MessageId): string {
  if (flags.length === 0) return `<p class="empty">${e(t(empty))}</p>`;
  return `<ul class="plain compare-flags">${flags.map((f) => `<li>${blockingPill(t, f)}${e(f.title)}</li>`).join('')}</ul>`;
}

/** "What changed since the last assessment": a re-assessment set against its baseline. */
function comparisonSection(model: ReportModel): string {
  const c = model.comparison;
  if (!c) return '';
  const t = model.i18n.t;
  const movements = c.movements.map(
    (m) =>
      `<tr><td>${gapLabel(t, m.gap)}</td><td>${levelChip(t, m.then)}</td><td>${levelChip(t, m.now)}</td><td class="nowrap"><span class="move move-${m.direction}" aria-hidden="true">${e(m.arrow)}</span> ${e(m.movement)}</td><td>${e(m.reasonNow || '—')}${m.reasonThen && m.reasonThen !== m.reasonNow ? `<span class="sub">${e(t('report.compare.reasonThen', { reason: m.reasonThen }))}</span>` : ''}</td></tr>`,
  );
  const kpis = c.kpis.map((k) => `<tr><td><strong>${e(k.name)}</strong></td><td>${e(k.then)}</td><td>${e(k.now)}</td><td>${e(k.target)}</td><td>${e(k.measured)}</td></tr>`);
  const actions = c.actions.map(
    (a) => `<tr><td><strong>${e(a.changeLabel)}</strong></td><td class="ref">${e(a.ref || '—')}</td><td>${e(a.title)}</td><td>${gapLabel(t, a.gap, false)}</td><td>${a.owner ? e(a.owner) : '—'}</td><td class="nowrap">${e(a.dueLabel || '—')}</td></tr>`,
  );
  const minds = c.mindChanges.rows.map((r) => `<tr><td>${e(r.name)}</td><td>${e(r.text)}</td></tr>`);
  const radar = `<figure class="radar"><div class="radar-svg" role="img" aria-label="${e(c.radar.alt)}">${c.radar.svg}</div><figcaption>${e(t('report.compare.radar.title'))}</figcaption></figure>`;
  return `<section class="page-break compare-section" id="comparison">
  <p class="eyebrow">${e(t('report.compare.eyebrow'))}</p>
  <h2>${e(t('report.compare.heading'))}</h2>
  <p class="lead">${e(c.lead)}</p>
  <div class="keep-together">
  <h3>${e(t('report.compare.verdict.heading'))}</h3>
  <div class="then-now">${verdictTile(t, 'report.compare.then', c.then.label, c.verdict.then)}<span class="then-now-arrow" aria-hidden="true">→</span>${verdictTile(t, 'report.compare.now', c.now.label, c.verdict.now)}</div>
  <p>${e(c.verdict.line)}</p>
  </div>
  ${radar}
  <div class="keep-together">
  <h3>${e(t('report.compare.gaps.heading'))}</h3>
  <p>${e(c.movementSummary)}</p>
  <table class="movement"><thead>${headRow(t, ['report.column.gap', 'report.compare.column.then', 'report.compare.column.now', 'report.compare.column.movement', 'report.compare.column.reason'])}</thead><tbody>${movements.join('')}</tbody></table>
  </div>
  <div class="keep-together">
  <h3>${e(t('report.compare.flags.heading'))}</h3>
  <p>${e(c.flags.summary)}</p>
  <div class="counts"><div><h4>${e(t('report.compare.flags.closed'))}</h4>${flagList(t, c.flags.closed, 'report.compare.flags.noneClosed')}</div><div><h4>${e(t('report.compare.flags.opened'))}</h4>${flagList(t, c.flags.opened, 'report.compare.flags.noneOpened')}</div></div>
  </div>
  <h3>${e(t('report.compare.kpis.heading'))}</h3>
  ${tableOrEmpty(kpis, headRow(t, ['report.column.kpi', 'report.compare.column.resultThen', 'report.compare.column.resultNow', 'report.column.productionTarget', 'report.column.measuredInProduction']), t('report.compare.kpis.empty'), 'kpis')}
  <h3>${e(t('report.compare.actions.heading'))}</h3>
  <p>${e(c.actionSummary)}</p>
  ${tableOrEmpty(actions, headRow(t, ['report.compare.column.since', 'report.column.ref', 'report.column.action', 'report.column.gap', 'report.column.owner', 'report.column.due']), t('report.compare.actions.empty'), 'compare-actions')}
  <div class="keep-together">
  <h3>${e(t('report.compare.minds.heading'))}</h3>
  ${minds.length ? `<p class="muted">${e(t('report.compare.minds.lead'))}</p><table class="minds"><thead>${headRow(t, ['report.column.name', 'report.compare.column.scoreMoved'])}</thead><tbody>${minds.join('')}</tbody></table>` : ''}
  ${c.mindChanges.line ? `<p>${e(c.mindChanges.line)}</p>` : ''}
  </div>
</section>`;
}

function statusPage(model: ReportModel): string {
  const t = model.i18n.t;
  const rows = model.gapStatus.map(
    (s) => `<tr><td>${gapLabel(t, s.gap)}</td><td><span class="rag rag-${s.status}">${e(s.label)}</span></td><td>${levelChip(t, s.consensus)}</td><td>${e(s.reason)}</td></tr>`,
  );
  return `<section class="page-break" id="status">
  <p class="eyebrow">${e(t('report.rag.eyebrow'))}</p>
  <h2>${e(t('report.rag.heading'))}</h2>
  <p class="lead">${e(t('report.rag.lead'))}</p>
  <table class="status"><thead>${headRow(t, ['report.column.gap', 'report.column.ragStatus', 'report.column.consensus', 'report.column.why'])}</thead><tbody>${rows.join('')}</tbody></table>
</section>`;
}

function glance(model: ReportModel): string {
  const t = model.i18n.t;
  const scoreRows = model.scores.map(
    (s) =>
      `<tr><td>${gapLabel(t, s.gap)}</td><td>${levelChip(t, s.consensus)}</td><td>${e(s.votesSummary || '—')}</td><td>${s.divergent ? `<span class="pill pill-warn">${e(t('report.room.divided'))}</span>` : `<span class="muted">${e(t('report.room.aligned'))}</span>`}</td></tr>`,
  );
  const disagreements = model.disagreements.length
    ? `<div class="keep-together"><h3>${e(t('report.disagreements.heading'))}</h3><ul class="disagreements">${model.disagreements.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div>`
    : '';
  return `<section class="page-break" id="glance">
  <p class="eyebrow">${e(t('report.glance.eyebrow'))}</p>
  <h2>${e(t('report.glance.heading'))}</h2>
  <figure class="radar"><div class="radar-svg" role="img" aria-label="${e(model.radar.alt)}">${model.radar.svg}</div><figcaption>${e(t('report.radar.caption'))}</figcaption></figure>
  ${tableOrEmpty(scoreRows, headRow(t, ['report.column.gap', 'report.column.consensus', 'report.column.votesMedianRange', 'report.column.room']), t('report.scores.empty'), 'scores')}
  ${disagreements}
</section>`;
}

function roadmapSection(model: ReportModel): string {
  const t = model.i18n.t;
  return `<section class="page-break" id="roadmap">
  <p class="eyebrow">${e(t('roadmap.title'))}</p>
  <h2>${e(t('roadmap.heading'))}</h2>
  <p class="lead">${e(t('roadmap.lead'))}</p>
  <figure class="roadmap"><div class="roadmap-svg" role="img" aria-label="${e(model.roadmapChart.alt)}">${model.roadmapChart.svg}</div></figure>
  ${priorityActions(model)}
</section>`;
}

/** A table's header row from catalogue ids ('' for an empty cell). */
function headRow(t: T, ids: ReadonlyArray<MessageId | '' | { id: MessageId; className: string }>): string {
  return `<tr>${ids.map((id) => (id === '' ? '<th></th>' : typeof id === 'string' ? `<th>${e(t(id))}</th>` : `<th class="${id.className}">${e(t(id.id))}</th>`)).join('')}</tr>`;
}

function owner(t: T, a: ActionRow): string {
  return a.owner ? e(a.owner) : `<span class="missing">${e(t('report.actions.noOwner'))}</span>`;
}

function due(t: T, a: ActionRow): string {
  return a.dueLabel ? e(a.dueLabel) : `<span class="missing">${e(t('report.actions.noDate'))}</span>`;
}

/** The high-priority open actions, for the executive summary. */
export function topActions(model: ReportModel, limit = 6): ActionRow[] {
  return model.actions.filter((a) => a.status !== 'done' && a.priority === 'high').slice(0, limit);
}

function priorityActions(model: ReportModel): string {
  const t = model.i18n.t;
  const top = topActions(model);
  if (top.length === 0) return '';
  const rows = top.map((a) => `<tr><td class="ref">${e(a.ref)}</td><td>${e(a.title)}</td><td>${gapLabel(t, a.gap)}</td><td>${owner(t, a)}</td><td class="nowrap">${due(t, a)}</td></tr>`);
  return `<h3>${e(t('report.priorityActions'))}</h3><table class="actions"><thead>${headRow(t, ['report.column.ref', 'report.column.action', 'report.column.gap', 'report.column.owner', 'report.column.due'])}</thead><tbody>${rows.join('')}</tbody></table>`;
}

function blockingPill(t: T, flag: Pick<FlagRow, 'blocking'>): string {
  return flag.blocking ? `<span class="pill pill-block">${e(t('report.flags.blocking'))}</span> ` : '';
}

function kpiSection(model: ReportModel): string {
  const t = model.i18n.t;
  const rows = model.kpis.map(
    (k) =>
      `<tr><td><strong>${e(k.name)}</strong></td><td>${e(k.kind)}</td><td>${e(k.baseline || '—')}</td><td>${e(k.pilotResult || '—')}</td><td>${e(k.productionTarget || '—')}</td><td>${e(k.threshold || '—')}</td><td>${e(k.measuredInProduction)}</td></tr>`,
  );
  return `<section class="page-break" id="kpis">
  <p class="eyebrow">${e(t('report.kpi.eyebrow'))}</p>
  <h2>${e(t('report.kpi.heading'))}</h2>
  <p class="lead">${e(t('report.kpi.lead'))}</p>
  ${tableOrEmpty(
    rows,
    headRow(t, ['report.column.kpi', 'report.column.kind', 'report.column.baseline', 'report.column.pilotResult', 'report.column.productionTarget', 'report.column.threshold', 'report.column.measuredInProduction']),
    t('report.kpi.empty'),
    'kpis',
  )}
</section>`;
}

function distributionGrid(round: RoundSummary): string {
  const head = round.distribution.map((c) => `<td><span class="chip chip-small" data-fill="${e(c.fill)}">${c.key === 'unsure' ? '?' : c.key}</span></td>`).join('');
  const counts = round.distribution.map((c) => `<td class="${c.count === 0 ? 'zero' : ''}">${c.count}</td>`).join('');
  return `<table class="dist"><tbody><tr>${head}</tr><tr>${counts}</tr></tbody></table>`;
}

function roundsTable(t: T, rounds: readonly RoundSummary[]): string {
  const rows = rounds.map(
    (r) =>
      `<tr><td class="nowrap">${e(t('report.round', { number: r.number }))}</td><td class="num">${r.voted}</td><td>${distributionGrid(r)}</td><td class="num">${e(r.median)}</td><td class="num">${e(r.range)}</td><td>${r.divergent ? `<span class="pill pill-warn">${e(t(r.twoCamps ? 'report.room.twoCamps' : 'report.room.dividedShort'))}</span>` : `<span class="muted">${e(t('report.room.aligned'))}</span>`}</td></tr>`,
  );
  return tableOrEmpty(
    rows,
    headRow(t, ['report.column.round', 'report.column.votes', 'report.column.votesPerLevel', 'report.column.median', 'report.column.range', 'report.column.room']),
    t('report.gap.roundsEmpty'),
    'rounds',
  );
}

/** The full plan (gap, success measure, the client's notes) or a gap's own actions in brief (the plan has the details). */
function actionsTable(t: T, actions: readonly ActionRow[], withGap: boolean): string {
  const rows = actions.map(
    (a) =>
      `<tr class="status-${a.status}"><td class="ref">${e(a.ref)}</td><td><strong>${e(a.title)}</strong>${a.attention ? `<span class="attention">${e(a.attention)}</span>` : ''}${withGap && a.notes ? `<span class="action-notes">${e(t('report.plan.notes', { notes: a.notes }))}</span>` : ''}</td>${withGap ? `<td class="measure">${e(a.successMeasure || '—')}</td><td>${gapLabel(t, a.gap, false)}</td>` : ''}<td>${owner(t, a)}</td><td class="nowrap">${due(t, a)}</td><td><span class="pill pill-${a.priority}">${e(a.priorityLabel)}</span></td><td>${e(a.statusLabel)}</td></tr>`,
  );
  const head = headRow(t, [
    'report.column.ref',
    'report.column.action',
    ...(withGap ? (['report.column.successMeasure', 'report.column.gap'] as const) : []),
    'report.column.owner',
    'report.column.due',
    'report.column.priority',
    'report.column.status',
  ]);
  return tableOrEmpty(rows, head, t('report.actions.empty'), withGap ? 'actions' : 'actions actions-brief');
}

/** A gap's section lists its first actions in brief; the action plan holds them all. */
export const GAP_ACTIONS_SHOWN = 8;

export function gapActionsShown(section: GapSection): ActionRow[] {
  return section.actions.slice(0, GAP_ACTIONS_SHOWN);
}

function flagCard(t: T, flag: FlagRow): string {
  return `<div class="flag${flag.blocking ? ' flag-blocking' : ''}">
  <p class="flag-title">${blockingPill(t, flag)}${e(flag.title)}</p>
  <p>${e(flag.explanation)}</p>
  <p class="flag-fix"><strong>${e(t('report.flags.toClose'))}</strong> ${e(flag.fix)}</p>
</div>`;
}

function gapSection(t: T, section: GapSection): string {
  const g = section.gap;
  const facts = section.facts.map((f) => `<tr><td>${e(f.label)}</td><td>${e(f.side)}</td><td class="${f.recorded ? '' : 'muted'}">${e(f.value)}</td></tr>`);
  const ratios = section.ratios.length
    ? `<div class="ratios">${section.ratios
        .map((r) => `<div class="ratio${r.large ? ' ratio-large' : ''}"><span class="ratio-value">${e(r.display)}</span><span class="ratio-text">${e(r.sentence)}</span></div>`)
        .join('')}</div>`
    : '';
  const comments = section.comments.length
    ? `<h4>${e(t('report.gap.comments'))}</h4><ul class="plain quotes">${section.comments.map((c) => `<li>${e(c.text)}${c.by ? `<span class="by"> — ${e(c.by)}</span>` : ''}</li>`).join('')}</ul>`
    : '';
  const risks = section.risks.map((r) => `<li><span class="pill pill-${r.severity}">${e(r.severityLabel)}</span> ${e(r.text)}</li>`);
  // Only the first gap opens a page; the others follow on, so a gap that runs over by a row or two
  // never leaves a page holding only those rows.
  return `<section class="gap${g.number === 1 ? ' page-break' : ''}" id="${e(gapAnchor(section))}" data-gap-color="${e(g.color)}">
  <div class="keep-together">
  <header class="gap-header">
    <span class="gap-tile">${iconTileSvg(g.icon, g.color, '#ffffff', 44)}</span>
    <div><p class="eyebrow">${e(section.position)}</p><h2>${e(g.name)}</h2>${section.tagline ? `<p class="tagline">${e(section.tagline)}</p>` : ''}</div>
    <div class="gap-score">${levelChip(t, section.consensus)}<span class="rag rag-${section.status.status}">${e(section.status.label)}</span></div>
  </header>
  <p class="status-line rag-line-${section.status.status}">${e(section.status.reason)}</p>
  ${
    hasComparison(section)
      ? `<div class="compare">
    <div class="compare-side"><p class="compare-title">${e(t('report.gap.pilotsUsuallyHave'))}</p><p>${e(section.pilotUsuallyHad)}</p></div>
    <div class="compare-side compare-production"><p class="compare-title">${e(t('report.gap.productionMeans'))}</p><p>${e(section.productionMeans)}</p></div>
  </div>`
      : ''
  }
  </div>
  <h3>${e(t('report.gap.facts'))}</h3>
  ${ratios}
  ${tableOrEmpty(facts, headRow(t, ['report.column.fact', 'report.column.side', 'report.column.value']), t('report.gap.factsEmpty'), 'facts')}
  <h3>${e(t('report.gap.assessment'))}</h3>
  ${
    section.consensus
      ? `<div class="consensus">${levelChip(t, section.consensus)}<p>${e(section.consensusDescriptor)}</p>${section.rationale ? `<p class="rationale">${e(t('report.gap.rationale'))}: ${e(section.rationale)}</p>` : ''}</div>`
      : `<p class="empty">${e(t('report.gap.consensusEmpty'))}</p>`
  }
  ${roundsTable(t, section.rounds)}
  ${section.stances ? `<p class="stances${section.stances.split ? ' stances-split' : ''}">${section.stances.split ? `<span class="pill pill-warn">${e(t('report.stances.split'))}</span> ` : ''}${e(section.stances.text)}</p>` : ''}
  ${comments}
  ${section.evidence.length ? `<h3>${e(t('report.gap.evidence'))}</h3><ul>${section.evidence.map((text) => `<li>${e(text)}</li>`).join('')}</ul>` : ''}
  ${risks.length ? `<h3>${e(t('report.gap.risks'))}</h3><ul class="plain risks">${risks.join('')}</ul>` : ''}
  ${section.notes ? `<h3>${e(t('report.gap.notes'))}</h3><div class="notes">${paragraphs(section.notes)}</div>` : ''}
  ${section.flags.length ? `<h3>${e(t('report.gap.flags'))}</h3>${section.flags.map((f) => flagCard(t, f)).join('')}` : ''}
  <div class="keep-together">
  <h3>${e(t('report.gap.actions'))}</h3>
  ${actionsTable(t, gapActionsShown(section), false)}
  ${section.actions.length > GAP_ACTIONS_SHOWN ? `<p class="muted">${e(t('report.gap.moreActions', { count: section.actions.length - GAP_ACTIONS_SHOWN }))}</p>` : ''}
  </div>
</section>`;
}

function flagsSection(model: ReportModel): string {
  const t = model.i18n.t;
  const ordered = [...model.flags].sort((a, b) => Number(b.blocking) - Number(a.blocking));
  return `<section class="page-break" id="flags">
  <p class="eyebrow">${e(t('report.flags.eyebrow'))}</p>
  <h2>${e(t('report.flags.heading'))}</h2>
  <p class="lead">${e(t('report.flags.lead'))}</p>
  ${ordered.length ? ordered.map((f) => flagCard(t, f)).join('') : `<p class="empty">${e(t('report.flags.empty'))}</p>`}
</section>`;
}

function ownershipSection(model: ReportModel): string {
  const t = model.i18n.t;
  return `<section class="keep">
  <p class="eyebrow">${e(t('report.ownership.eyebrow'))}</p>
  <h2>${e(t('report.ownership.heading'))}</h2>
  <table class="pairs"><tbody>${model.ownership.map((o) => `<tr><th>${e(o.label)}</th><td class="${o.recorded ? '' : 'muted'}">${e(o.value)}</td></tr>`).join('')}</tbody></table>
</section>`;
}

function actionPlan(model: ReportModel): string {
  const t = model.i18n.t;
  return `<section class="page-break plan" id="plan">
  <p class="eyebrow">${e(t('report.plan.eyebrow'))}</p>
  <h2>${e(t('report.plan.heading'))}</h2>
  <p class="lead">${e(t('report.plan.lead'))}</p>
  ${actionsTable(t, model.actions, true)}
</section>`;
}

function appendix(model: ReportModel): string {
  const t = model.i18n.t;
  const a = model.appendix;
  const heat = model.heatmap
    ? `<h3>${e(t('report.appendix.heatmap'))}</h3>
  <table class="heatmap"><thead><tr><th>${e(t(model.meta.anonymous ? 'report.column.group' : 'report.column.participant'))}</th>${model.heatmap.columns.map((c) => `<th class="center">${c.number}. ${e(c.name)}</th>`).join('')}</tr></thead><tbody>${model.heatmap.rows
    .map((r) => `<tr><td>${e(r.name)}</td>${r.cells.map((c) => `<td class="center">${c.label ? `<span class="chip chip-small" data-fill="${e(c.fill)}">${e(c.label)}</span>` : '<span class="muted">—</span>'}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`
    : '';
  const people = a.participants
    ? tableOrEmpty(
        a.participants.map((p) => `<tr><td>${e(p.name)}</td><td>${e(p.role)}</td><td>${e(p.stance)}</td><td>${e(p.inPilot)}</td><td>${e(p.note)}</td></tr>`),
        headRow(t, ['report.column.name', 'report.column.role', 'report.column.stance', 'report.column.inPilot', '']),
        t('report.appendix.participantsEmpty'),
        'people',
      )
    : `<p>${e(t('report.appendix.anonymousCount', { count: a.participantCount }))}</p>`;
  const peopleColumn = { id: 'report.column.people', className: 'num' } as const;
  const counts = `<div class="counts"><table><thead>${headRow(t, ['report.column.role', peopleColumn])}</thead><tbody>${a.byRole.map((r) => `<tr><td>${e(r.label)}</td><td class="num">${r.count}</td></tr>`).join('')}</tbody></table><table><thead>${headRow(t, ['report.column.stance', peopleColumn])}</thead><tbody>${a.byStance.map((r) => `<tr><td>${e(r.label)}</td><td class="num">${r.count}</td></tr>`).join('')}</tbody></table></div>`;
  const ladder = `<table class="ladder"><tbody>${a.ladder.map((l) => `<tr><td class="nowrap">${levelChip(t, l)}</td><td>${e(l.meaning)}</td></tr>`).join('')}</tbody></table>`;
  const method = a.method.map((m) => `<h3>${e(m.heading)}</h3>${m.paragraphs.map((p) => `<p>${e(p)}</p>`).join('')}`).join('');
  return `<section class="page-break" id="appendix">
  <p class="eyebrow">${e(t('report.appendix.eyebrow'))}</p>
  <h2>${e(t('report.appendix.heading'))}</h2>
  <h3>${e(t('report.appendix.whoWasThere'))}</h3>
  ${people}
  ${counts}
  ${heat}
  <h3>${e(t('report.ladder.heading'))}</h3>
  ${ladder}
  ${method}
</section>`;
}

/**
 * Colours come from data attributes turned into classes of a generated stylesheet, so no
 * style="" attribute carries session text, and only colours the framework and firm define appear.
 */
function colourRules(html: string): string {
  const rules = new Set<string>();
  for (const match of html.matchAll(/data-(fill|ink|gap-color)="([^"]+)"/g)) {
    const [, kind, value] = match;
    if (!/^#[0-9a-fA-F]{6}$/.test(value!)) continue;
    if (kind === 'fill') rules.add(`[data-fill="${value}"]{background:${value};color:${textOn(value!)}}`);
    else if (kind === 'ink') rules.add(`[data-ink="${value}"]{color:${value}}`);
    else rules.add(`[data-gap-color="${value}"] .gap-header{border-color:${value}} [data-gap-color="${value}"] .compare-production{border-top-color:${value}}`);
  }
  return [...rules].join('\n');
}


function footerLeft(model: ReportModel): string {
  const text = [model.meta.client, model.meta.initiative].filter(Boolean).join(' – ');
  const chars = [...text];
  return chars.length > 80 ? `${chars.slice(0, 79).join('').trimEnd()}…` : text;
}

function footerRight(model: ReportModel): string {
  return `${model.meta.firm.name ? `${model.meta.firm.name} · ` : ''}${model.i18n.t('report.footer.page')} `;
}

function stylesheet(model: ReportModel): string {
  const accent = /^#[0-9a-fA-F]{6}$/.test(model.meta.firm.accent) ? model.meta.firm.accent : '#1f5fbf';
  return `
@page {
  size: A4;
  margin: 18mm 16mm 20mm 16mm;
  @bottom-left { content: ${cssString(footerLeft(model))}; font-family: ${PRINTED_FONT_STACK}; font-size: 7.5pt; color: #4f5b6b; vertical-align: top; padding-top: 6mm; }
  @bottom-right { content: ${cssString(footerRight(model))} counter(page) ${cssString(` ${model.i18n.t('report.footer.of')} `)} counter(pages); font-family: ${PRINTED_FONT_STACK}; font-size: 7.5pt; color: #4f5b6b; vertical-align: top; padding-top: 6mm; white-space: nowrap; }
}
@page :first { margin: 0; @bottom-left { content: none; } @bottom-right { content: none; } }
@page wide { size: A4 landscape; }
.plan { page: wide; }
.plan + section { break-before: page; }
:root { --accent: ${accent}; --ink: #17202c; --muted: #4f5b6b; --line: #d9dee7; --soft: #f4f6f9; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${PRINTED_FONT_STACK}; font-size: 10pt; line-height: 1.45; color: var(--ink); overflow-wrap: anywhere; }
p, li { orphans: 2; widows: 2; }
.keep-together { break-inside: avoid; }
h1, h2, h3, h4 { line-height: 1.2; margin: 0; color: var(--ink); break-after: avoid; }
h2 { font-size: 20pt; font-weight: 700; margin: 2pt 0 10pt; letter-spacing: -0.01em; }
h3 { font-size: 12.5pt; font-weight: 700; margin: 16pt 0 6pt; color: var(--accent); }
h4 { font-size: 10.5pt; font-weight: 700; margin: 12pt 0 4pt; }
p { margin: 0 0 6pt; }
ul { margin: 0 0 6pt; padding-left: 16pt; }
li { margin-bottom: 3pt; }
ul.plain { list-style: none; padding-left: 0; }
.eyebrow { font-size: 8pt; font-weight: 700; text-transform: uppercase; color: var(--accent); margin: 0 0 2pt; }
.lead { color: var(--muted); font-size: 10.5pt; margin-bottom: 10pt; }
.muted { color: var(--muted); }
.empty { color: var(--muted); font-style: italic; }
.page-break { break-before: page; }
.gap + .gap { margin-top: 26pt; padding-top: 16pt; border-top: 1.5pt solid var(--line); }
.keep { break-inside: avoid; margin-top: 18pt; }
table { width: 100%; border-collapse: collapse; margin: 4pt 0 10pt; font-size: 9pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
/* A table that runs over carries at least five rows onto the next page, never one or two. */
tbody tr:nth-last-child(-n+4) { break-before: avoid; }
th { text-align: left; font-weight: 700; font-size: 8pt; text-transform: uppercase; color: var(--muted); border-bottom: 1.5pt solid var(--ink); padding: 4pt 6pt; vertical-align: bottom; overflow-wrap: normal; word-break: normal; }
td { border-bottom: 0.75pt solid var(--line); padding: 5pt 6pt; vertical-align: top; overflow-wrap: anywhere; }
td.num, th.num { text-align: right; white-space: nowrap; }
.center { text-align: center; }
.nowrap { white-space: nowrap; }
.ref { font-weight: 700; color: var(--muted); white-space: nowrap; }
.sub { display: block; color: var(--muted); font-size: 8.5pt; margin-top: 2pt; }
.attention, .missing { color: #b42318; font-weight: 600; }
.attention { display: block; font-size: 8.5pt; margin-top: 2pt; }
.action-notes { display: block; font-size: 8.5pt; margin-top: 2pt; color: var(--muted); white-space: pre-line; }
.status-done td { color: var(--muted); }
.chip { display: inline-block; min-width: 16pt; padding: 1pt 5pt; border-radius: 4pt; font-weight: 800; text-align: center; border: 0.75pt solid rgba(0,0,0,0.18); }
.chip-small { min-width: 13pt; padding: 0 4pt; font-size: 8.5pt; }
.chip-unsure { background: #d9d9d9; color: #1a1a1a; }
.chip-none { background: transparent; color: var(--muted); border-style: dashed; font-weight: 600; }
.level { display: inline-flex; align-items: center; gap: 5pt; white-space: nowrap; }
.chip-name { font-weight: 600; }
.pill { display: inline-block; padding: 0 5pt; border-radius: 8pt; font-size: 7.5pt; font-weight: 700; text-transform: uppercase; white-space: nowrap; }
.pill-warn { background: #fff4d6; color: #8a5a00; }
.pill-block { background: #b42318; color: #fff; }
.pill-high { background: #fdecea; color: #b42318; }
.pill-medium { background: #fff4d6; color: #8a5a00; }
.pill-low { background: #eef1f6; color: #4f5b6b; }
.gap-label { display: inline-flex; align-items: center; gap: 5pt; font-weight: 600; }
.gap-dot { display: inline-grid; place-items: center; width: 15pt; height: 15pt; border-radius: 4pt; flex: none; }
.gap-dot svg { display: block; }
.gap-square { display: inline-block; width: 8pt; height: 8pt; border-radius: 2pt; flex: none; }

/* Cover */
.cover { height: 297mm; display: flex; flex-direction: column; padding: 0; }
.cover-band { background: var(--accent); color: ${model.meta.firm.accentInk}; padding: 16mm 18mm 12mm; display: flex; align-items: center; gap: 12pt; }
.cover-firm { font-size: 15pt; font-weight: 700; min-width: 0; }
.logo { background: #ffffff; padding: 3mm 4mm; border-radius: 2mm; flex: none; }
.logo img { display: block; max-height: 16mm; max-width: 60mm; width: auto; height: auto; }
.monogram svg { display: block; }
.cover-body { flex: 1; padding: 34mm 18mm 0; }
.cover-title { font-size: 32pt; font-weight: 750; letter-spacing: -0.02em; margin: 6pt 0 10pt; max-width: 160mm; }
.cover-client { font-size: 17pt; color: var(--muted); font-weight: 600; margin-bottom: 14pt; }
.cover-usecase { font-size: 11.5pt; color: var(--muted); max-width: 150mm; }
.cover .eyebrow { font-size: 10pt; }
.cover-verdict { margin-top: 22mm; min-width: 120mm; display: inline-flex; flex-direction: column; gap: 2pt; padding: 12pt 18pt; border-left: 5pt solid; border-radius: 4pt; max-width: 150mm; }
.cover-verdict-label { font-size: 8pt; font-weight: 700; text-transform: uppercase; }
.cover-verdict-value { font-size: 24pt; font-weight: 800; }
.cover-verdict-line { font-size: 10.5pt; color: var(--ink); }
.cover-facts { display: grid; grid-template-columns: repeat(4, 1fr); gap: 10pt; margin: 0 18mm; padding: 12pt 0; border-top: 1pt solid var(--line); }
.cover-facts > div { min-width: 0; }
.cover-facts dt { font-size: 7.5pt; font-weight: 700; text-transform: uppercase; color: var(--muted); }
.cover-facts dd { margin: 2pt 0 0; font-size: 10.5pt; font-weight: 600; }
.cover-note { margin: 0 18mm 14mm; font-size: 8pt; color: var(--muted); }
.verdict-go { background: #e6f4ec; border-color: #18794e; }
.verdict-go .cover-verdict-value, .verdict-go .verdict-headline, .verdict-go .cover-verdict-label { color: #18794e; }
.verdict-go-with-conditions { background: #fff4d6; border-color: #8a5a00; }
.verdict-go-with-conditions .cover-verdict-value, .verdict-go-with-conditions .verdict-headline, .verdict-go-with-conditions .cover-verdict-label { color: #8a5a00; }
.verdict-not-yet { background: #fdecea; border-color: #b42318; }
.verdict-not-yet .cover-verdict-value, .verdict-not-yet .verdict-headline, .verdict-not-yet .cover-verdict-label { color: #b42318; }

/* Executive summary */
.verdict-panel { border-left: 5pt solid; border-radius: 4pt; padding: 10pt 14pt 6pt; margin-bottom: 12pt; }
.verdict-headline { font-weight: 700; font-size: 11.5pt; }
.override { font-size: 9.5pt; border-top: 0.75pt solid rgba(0,0,0,0.12); padding-top: 6pt; }
.figures { display: grid; grid-template-columns: repeat(5, 1fr); gap: 8pt; margin: 6pt 0 6pt; }
.figure { min-width: 0; border: 0.75pt solid var(--line); border-radius: 4pt; padding: 8pt 9pt; display: flex; flex-direction: column; gap: 2pt; }
.figure-value { font-size: 17pt; font-weight: 800; color: var(--accent); line-height: 1.1; }
.figure-label { font-size: 8pt; color: var(--muted); }
.radar { margin: 4pt auto 14pt; text-align: center; break-inside: avoid; }
.radar-svg svg { width: 128mm; height: auto; }
.by { color: var(--muted); }
.flag-list { columns: 2; column-gap: 18pt; }
.flag-list li { break-inside: avoid; }
.roadmap { margin: 6pt 0 10pt; break-inside: avoid; }
.roadmap-svg svg { width: 100%; height: auto; }
.panel-heading { font-size: 8pt; text-transform: uppercase; color: var(--muted); margin: 8pt 0 3pt; }
.decision { border: 1pt solid var(--accent); border-radius: 4pt; padding: 4pt 14pt 8pt; margin-bottom: 12pt; break-inside: avoid; }
.decision h3.panel-heading { color: var(--accent); text-transform: none; font-size: 10.5pt; }
.decision-text { font-weight: 700; font-size: 11pt; }
.rag { display: inline-block; padding: 1pt 7pt; border-radius: 8pt; font-size: 8pt; font-weight: 800; text-transform: uppercase; white-space: nowrap; }
.rag-red { background: #c8321f; color: #ffffff; }
.rag-amber { background: #f2b233; color: #1a1a1a; }
.rag-green { background: #1f8a5a; color: #ffffff; }
table.status td { padding-top: 9pt; padding-bottom: 9pt; }
table.status td:first-child { width: 30%; }
table.status td:nth-child(2) { width: 11%; }
table.status td:nth-child(3) { width: 22%; }
.status-line { font-size: 9.5pt; color: var(--muted); margin-top: -4pt; }
.gap-score { display: flex; flex-direction: column; align-items: flex-end; gap: 4pt; }
.toc ol { list-style: none; padding: 0; margin: 8pt 0 0; counter-reset: none; }
.toc li { border-bottom: 0.75pt solid var(--line); padding: 7pt 0; margin: 0; font-size: 11.5pt; }
.toc a { color: var(--ink); text-decoration: none; font-weight: 600; }
.notice h3 { color: var(--ink); }
.notice p { max-width: 150mm; }
.radar figcaption { font-size: 8.5pt; color: var(--muted); margin-top: 2pt; }

/* Gap sections */
.gap-header { display: flex; align-items: center; gap: 12pt; border-bottom: 2.5pt solid var(--accent); padding-bottom: 8pt; margin-bottom: 10pt; }
.gap-header h2 { margin: 0; }
.gap-header > div:nth-child(2) { flex: 1; }
.gap-tile svg { display: block; }
.tagline { color: var(--muted); margin: 2pt 0 0; }
.gap-score .chip { font-size: 14pt; padding: 2pt 8pt; }
.gap-score .chip-name { font-size: 11pt; }
.compare { display: grid; grid-template-columns: 1fr 1fr; gap: 10pt; margin-bottom: 4pt; }
.compare-side { min-width: 0; background: var(--soft); border-top: 3pt solid #b8c1ce; padding: 8pt 10pt; font-size: 9pt; }
.compare-side p { margin: 0; }
.compare-title { font-weight: 700; font-size: 8pt; text-transform: uppercase; color: var(--muted); margin-bottom: 3pt !important; }
.ratios { display: flex; gap: 8pt; margin: 2pt 0 6pt; }
.ratio { flex: 1; min-width: 0; border: 0.75pt solid var(--line); border-radius: 4pt; padding: 6pt 9pt; display: flex; align-items: baseline; gap: 8pt; }
.ratio-large { border-color: #8a5a00; background: #fff4d6; }
.ratio-value { font-size: 17pt; font-weight: 800; white-space: nowrap; }
.ratio-text { font-size: 9pt; }
.consensus { display: flex; flex-direction: column; gap: 3pt; margin-bottom: 6pt; }
.consensus p { margin: 0; }
.rationale { color: var(--muted); }
table.dist { width: auto; margin: 0; font-size: 8.5pt; }
table.dist td { border: none; padding: 0 3pt; text-align: center; font-weight: 700; min-width: 16pt; }
table.dist td.zero { color: #9aa4b2; font-weight: 400; }
.stances { font-size: 9.5pt; }
.quotes li { border-left: 2pt solid var(--line); padding-left: 8pt; color: var(--ink); }
.risks li { margin-bottom: 4pt; }
.notes { background: var(--soft); padding: 8pt 10pt; border-radius: 4pt; }
.flag { border: 0.75pt solid var(--line); border-left: 4pt solid #8a5a00; border-radius: 4pt; padding: 8pt 11pt 4pt; margin-bottom: 8pt; break-inside: avoid; }
.flag-blocking { border-left-color: #b42318; }
.flag-title { font-weight: 700; font-size: 10.5pt; margin-bottom: 3pt; }
.flag-fix { color: var(--muted); }
table.pairs th { width: 34%; text-transform: none; font-size: 9pt; color: var(--ink); border-bottom: 0.75pt solid var(--line); vertical-align: top; }
table.actions td:nth-child(2) { width: 40%; }
.plan table.actions td:nth-child(2) { width: 28%; }
.plan table.actions td.measure { width: 24%; color: var(--muted); font-size: 8.5pt; }
table.actions-brief td { padding-top: 3pt; padding-bottom: 3pt; }
.plan table.actions td:nth-child(4) { width: 17%; white-space: nowrap; }
.plan table.actions td:nth-child(5) { width: 13%; }
.plan table.actions td:last-child { white-space: nowrap; }
.plan table.actions td { padding-top: 3.5pt; padding-bottom: 3.5pt; }
table.actions .gap-label { font-weight: 500; font-size: 8.5pt; }
table.actions .gap-label, table.scores .gap-label { white-space: normal; }
.counts { display: grid; grid-template-columns: 1fr 1fr; gap: 14pt; align-items: start; }
table.heatmap th { font-size: 7pt; text-transform: none; }
table.heatmap td:first-child { white-space: nowrap; width: 22%; }
table.ladder td { border-bottom: none; padding: 3pt 6pt; }

/* What changed since the last assessment */
.compare-line { font-weight: 600; border-left: 3pt solid var(--accent); padding: 4pt 10pt; background: var(--soft); }
.compare-line a { color: var(--ink); text-decoration: none; }
.then-now { display: flex; align-items: stretch; gap: 10pt; margin: 2pt 0 6pt; }
.then-now-tile { flex: 1; min-width: 0; border-left: 4pt solid; border-radius: 4pt; padding: 6pt 10pt; display: flex; flex-direction: column; gap: 1pt; }
.then-now-label { font-size: 8pt; font-weight: 700; text-transform: uppercase; color: var(--muted); }
.then-now-value { font-size: 15pt; font-weight: 800; }
.verdict-go .then-now-value { color: #18794e; }
.verdict-go-with-conditions .then-now-value { color: #8a5a00; }
.verdict-not-yet .then-now-value { color: #b42318; }
.then-now-arrow { align-self: center; font-size: 18pt; font-weight: 700; color: var(--muted); }
.move { display: inline-block; min-width: 12pt; text-align: center; font-weight: 800; }
/* The gap's column as wide as the status page's, so a German compound ("Integrationskomplexität") stays whole. */
table.movement td:first-child { width: 30%; }
table.movement td:nth-child(2), table.movement td:nth-child(3) { width: 14%; overflow-wrap: normal; }
table.movement td:nth-child(4) { width: 13%; }
table.movement .level { white-space: normal; align-items: flex-start; }
table.movement .chip-name { font-weight: 500; font-size: 8.5pt; }
table.compare-actions td:first-child { width: 14%; overflow-wrap: normal; }
table.compare-actions td:nth-child(3) { width: 30%; }
table.compare-actions td:nth-child(4) { width: 23%; overflow-wrap: normal; }
table.compare-actions .gap-label { font-weight: 500; font-size: 8.5pt; white-space: normal; }
ul.compare-flags li { margin-bottom: 4pt; }
table.minds td:first-child { width: 45%; }
`;
}

/** "Production readiness assessment – initiative – client": the page's title and the PDF's. */
export function reportTitle(model: ReportModel): string {
  return [model.meta.title, model.meta.initiative, model.meta.client].filter(Boolean).join(' – ');
}

export interface ReportHtmlOptions {
  /** @font-face rules for the shipped fonts, their files inlined as data: URLs (the page may load nothing). */
  fontFaces?: string;
}

/**
 * The whole report as one HTML document (A4, print-ready). Labels carry no added letter-spacing:
 * text pulled out of the PDF (search, copy, screen readers) must read as words, not "C L I E N T".
 */
export function reportHtml(model: ReportModel, options: ReportHtmlOptions = {}): string {
  const body = [
    cover(model),
    noticeAndContents(model),
    executiveSummary(model),
    comparisonSection(model),
    statusPage(model),
    kpiSection(model),
    ownershipSection(model),
    glance(model),
    ...model.gaps.map((section) => gapSection(model.i18n.t, section)),
    flagsSection(model),
    roadmapSection(model),
    actionPlan(model),
    appendix(model),
  ].join('\n');
  return printedPageHtml({
    language: model.meta.language,
    title: reportTitle(model),
    author: model.meta.author,
    description: model.i18n.t('report.description', { name: model.meta.client || model.meta.initiative }),
    styles: `${options.fontFaces ?? ''}\n${stylesheet(model)}\n${colourRules(body)}`,
    body,
  });
}
