/**
 * A client's portfolio as one printed page (A4 landscape): the gaps × initiatives matrix at their
 * latest consensus with verdicts and readiness, what holds each initiative back, the next due
 * actions and the owners with the most open actions. Chromium prints it like the report.
 */
import { LEVEL_COLORS } from '../framework/levelColors';
import type { Translator } from '../i18n';
import { escapeHtml } from '../report/escapeHtml';
import { PRINTED_FONT_STACK, printedPageHtml } from '../report/printedPage';
import { VERDICT_LABELS } from '../scoring/verdict';
import { formatDay } from '../text/dates';
import { formatLevel } from '../text/numbers';
import { columnTranslator, type Portfolio } from './portfolio';

export interface PortfolioPageOptions {
  /** The portfolio's language's words. */
  i18n: Translator;
  /** The shipped fonts' @font-face rules. */
  fontFaces: string;
  /** The day it is printed (YYYY-MM-DD). */
  today: string;
  appVersion: string;
}

const VERDICT_COLORS = { go: '#18794e', 'go-with-conditions': '#8a5a00', 'not-yet': '#b42318' } as const;

export function portfolioTitle(portfolio: Portfolio, i18n: Translator): string {
  return i18n.t('portfolio.document.title', { client: portfolio.client });
}

const STYLES = `
@page { size: A4 landscape; margin: 10mm 11mm 9mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: ${PRINTED_FONT_STACK}; font-size: 8.5pt; line-height: 1.35; color: #17202c; overflow-wrap: anywhere; }
header { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 2px solid #1f5fbf; padding-bottom: 2mm; margin-bottom: 3mm; }
h1 { font-size: 15pt; margin: 0; }
h2 { font-size: 10pt; margin: 0 0 1.5mm; }
.meta { color: #4f5b6b; }
table { border-collapse: collapse; width: calc(100% - 1px); table-layout: fixed; }
th, td { border: 1px solid #d9dee7; padding: 1.2mm 1.6mm; vertical-align: top; text-align: left; }
thead th { background: #eef1f6; }
.matrix td.level { text-align: center; font-weight: 700; font-size: 10pt; vertical-align: middle; }
.matrix td.absent { background: repeating-linear-gradient(135deg, #f4f6f9 0 3px, #ffffff 3px 6px); color: #4f5b6b; text-align: center; }
.matrix td.unscored { text-align: center; color: #4f5b6b; }
.matrix th.gap { width: 17%; font-weight: 600; }
.verdict { display: inline-block; color: #ffffff; border-radius: 8pt; padding: 0.4mm 2mm; font-weight: 700; font-size: 8pt; }
.closest { color: #1f5fbf; font-weight: 700; font-size: 7.5pt; display: block; }
.standing td { font-size: 8pt; }
.lower { display: grid; grid-template-columns: minmax(0, 1.4fr) minmax(0, 1fr); gap: 5mm; margin-top: 4mm; }
.overdue { color: #b42318; font-weight: 700; }
.none { color: #4f5b6b; }
footer { margin-top: 3mm; color: #4f5b6b; font-size: 7pt; }
`;

export function portfolioHtml(portfolio: Portfolio, options: PortfolioPageOptions): string {
  const { i18n, today } = options;
  const e = escapeHtml;
  const day = (iso: string) => e(formatDay(iso, 'short', i18n.locale));
  const level = (value: number | null) => e(formatLevel(value, i18n.locale));
  const columns = portfolio.columns;

  const head = columns
    .map((c, index) => {
      const words = columnTranslator(i18n, portfolio, index);
      const trend = c.trend.map((p) => formatLevel(p.readiness, i18n.locale)).join(' → ');
      return `<th scope="col">${index === portfolio.closest ? `<span class="closest">${e(i18n.t('portfolio.closest'))}</span>` : ''}${e(c.name)}<br>
<span class="verdict" style="background:${VERDICT_COLORS[c.verdict]}">${e(words.text(VERDICT_LABELS[c.verdict]))}</span><br>
<span class="meta">${e(i18n.t('portfolio.readiness', { level: formatLevel(c.readiness, i18n.locale) }))} · ${e(i18n.t('portfolio.assessedOn', { date: formatDay(c.workshopDate, 'short', i18n.locale) }))}</span>${c.assessments > 1 ? `<br><span class="meta">${e(i18n.t('portfolio.trend.short', { figures: trend }))}</span>` : ''}</th>`;
    })
    .join('');
  const rows = portfolio.rows
    .map((row) => {
      const name = columnTranslator(i18n, portfolio, row.namedBy).text(row.name);
      const cells = row.cells
        .map((cell) => {
          if (!cell.present) return `<td class="absent">${e(i18n.t('portfolio.cell.absent'))}</td>`;
          if (cell.level === null) return `<td class="unscored">${e(i18n.t('portfolio.cell.unscored'))}</td>`;
          const colour = LEVEL_COLORS[cell.level];
          return `<td class="level" style="background:${colour.fill};color:${colour.text}">${level(cell.level)}</td>`;
        })
        .join('');
      return `<tr><th scope="row" class="gap">${e(name)}</th>${cells}</tr>`;
    })
    .join('\n');
  const standing = columns.map((c, index) => `<td>${e(columnTranslator(i18n, portfolio, index).text(c.standing))}</td>`).join('');

  const actions =
    portfolio.nextActions.length === 0
      ? `<p class="none">${e(i18n.t('portfolio.actions.none'))}</p>`
      : `<table><thead><tr><th scope="col">${e(i18n.t('portfolio.actions.due'))}</th><th scope="col">${e(i18n.t('portfolio.actions.action'))}</th><th scope="col">${e(i18n.t('portfolio.actions.owner'))}</th><th scope="col">${e(i18n.t('portfolio.actions.initiative'))}</th></tr></thead><tbody>
${portfolio.nextActions
  .map(
    (a) =>
      `<tr><td${a.overdue ? ' class="overdue"' : ''}>${day(a.dueDate)}${a.overdue ? ` · ${e(i18n.t('portfolio.actions.overdue'))}` : ''}</td><td>${e(a.title)}</td><td>${a.owner ? e(a.owner) : `<span class="none">${e(i18n.t('portfolio.actions.noOwner'))}</span>`}</td><td>${e(a.initiative)}</td></tr>`,
  )
  .join('\n')}</tbody></table>`;
  const owners =
    portfolio.owners.length === 0
      ? `<p class="none">${e(i18n.t('portfolio.owners.none'))}</p>`
      : `<table><thead><tr><th scope="col">${e(i18n.t('portfolio.actions.owner'))}</th><th scope="col">${e(i18n.t('portfolio.owners.open'))}</th><th scope="col">${e(i18n.t('portfolio.owners.overdue'))}</th><th scope="col">${e(i18n.t('portfolio.owners.initiatives'))}</th></tr></thead><tbody>
${portfolio.owners.map((o) => `<tr><td>${e(o.owner)}</td><td>${o.open}</td><td${o.overdue > 0 ? ' class="overdue"' : ''}>${o.overdue}</td><td>${e(o.initiatives.join(', '))}</td></tr>`).join('\n')}</tbody></table>${
          portfolio.unownedOpen > 0 ? `<p class="overdue">${e(i18n.t('portfolio.owners.unowned', { count: portfolio.unownedOpen }))}</p>` : ''
        }`;

  const title = portfolioTitle(portfolio, i18n);
  const body = `<header><h1>${e(title)}</h1><span class="meta">${e(i18n.t('portfolio.document.subtitle', { count: columns.length, date: formatDay(today, 'long', i18n.locale) }))}</span></header>
<table class="matrix">
<thead><tr><th scope="col" class="gap">${e(i18n.t('portfolio.matrix.gap'))}</th>${head}</tr></thead>
<tbody>
${rows}
<tr class="standing"><th scope="row" class="gap">${e(i18n.t('portfolio.matrix.holdsBack'))}</th>${standing}</tr>
</tbody>
</table>
<div class="lower">
<section><h2>${e(i18n.t('portfolio.actions.title'))}</h2>${actions}</section>
<section><h2>${e(i18n.t('portfolio.owners.title'))}</h2>${owners}</section>
</div>
<footer>${e(i18n.t('portfolio.document.footer', { version: options.appVersion }))}</footer>`;
  return printedPageHtml({ language: portfolio.language, title, author: '', description: title, styles: `${options.fontFaces}\n${STYLES}`, body });
}
