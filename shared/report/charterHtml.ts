/**
 * The pilot-redesign charter as one self-contained HTML page, printed to PDF through the same
 * renderPdf port as the report (A4, one or two pages). As in the report, every text from the
 * session goes through escapeHtml, the page carries no script and a policy that forbids any; the
 * firm's logo is the one picture, as a data: URI (a validated PNG or SVG, shown through <img>, so
 * an SVG could not run anything even if it tried). Tables have fixed columns and long words wrap
 * inside them, so the page keeps its size whatever was typed.
 */
import { logoDataUri } from '../model/firmLogo';
import type { CharterLine, CharterModel } from './charterModel';
import { cssString } from './cssString';
import { escapeHtml } from './escapeHtml';
import { PRINTED_FONT_STACK, printedPageHtml } from './printedPage';

const e = escapeHtml;

/** The logo's box in CSS pixels (60 × 16 mm). */
const LOGO_BOX = { width: 227, height: 60 };


function safeColor(color: string, fallback: string): string {
  return /^#[0-9a-fA-F]{6}$/.test(color) ? color : fallback;
}

function masthead(model: CharterModel): string {
  const firm = model.meta.firm.name;
  // An explicit size: an SVG with only a viewBox has none of its own inside a flex box.
  const fit = model.logo ? Math.min(LOGO_BOX.width / model.logo.width, LOGO_BOX.height / model.logo.height) : 1;
  const logo = model.logo
    ? `<img class="logo" src="${logoDataUri(model.logo)}" alt="${e(model.words.logoAlt)}" width="${Math.round(model.logo.width * fit)}" height="${Math.round(model.logo.height * fit)}">`
    : '';
  const name = firm ? `<span class="firm">${e(firm)}</span>` : '';
  return `<header class="masthead">
  <div class="brand">${logo}${model.logo ? '' : name}</div>
  <div class="verdict"><span class="verdict-chip">${e(model.words.verdict)}</span></div>
</header>`;
}

function lineRow(line: CharterLine): string {
  const action = line.action
    ? `<p class="action" dir="auto"><span class="ref">${e(line.action.ref)}</span> ${e(line.action.title)}</p>
       <p class="${line.action.ownerMissing ? 'missing' : 'who'}" dir="auto">${e(line.action.owner)}</p>
       <p class="${line.action.dueMissing ? 'missing' : 'who'}">${e(line.action.due)}</p>`
    : `<p class="missing">${e(line.noAction ?? '')}</p>`;
  return `<tr>
  <th scope="row" class="gap" style="border-left-color:${safeColor(line.status.fill, '#c8321f')}">
    <span class="gap-name">${e(`${line.gap.number}. ${line.gap.name}`)}</span>
    <span class="rag" style="background:${safeColor(line.status.fill, '#c8321f')};color:${safeColor(line.status.ink, '#ffffff')}">${e(line.status.label)}</span>
    <span class="consensus">${e(line.consensus)}</span>
  </th>
  <td>${e(line.design)}</td>
  <td class="pass">${e(line.passWhen)}</td>
  <td>${action}</td>
</tr>`;
}

function designSection(model: CharterModel): string {
  const c = model.words.columns;
  return `<section aria-labelledby="charter-design">
<h2 id="charter-design">${e(model.words.design)}</h2>
<table class="design">
<colgroup><col style="width:24%"><col style="width:28%"><col style="width:25%"><col style="width:23%"></colgroup>
<thead><tr><th scope="col">${e(c.gap)}</th><th scope="col">${e(c.design)}</th><th scope="col">${e(c.passWhen)}</th><th scope="col">${e(c.action)}</th></tr></thead>
<tbody>
${model.lines.map(lineRow).join('\n')}
</tbody>
</table>
${model.readyGaps ? `<p class="muted">${e(model.readyGaps)}</p>` : ''}
</section>`;
}

function criteriaSection(model: CharterModel): string {
  const c = model.words.criteriaColumns;
  const table = model.criteria.length
    ? `<table class="criteria">
<colgroup><col style="width:31%"><col style="width:23%"><col style="width:23%"><col style="width:23%"></colgroup>
<thead><tr><th scope="col">${e(c.name)}</th><th scope="col">${e(c.pilot)}</th><th scope="col">${e(c.threshold)}</th><th scope="col">${e(c.target)}</th></tr></thead>
<tbody>
${model.criteria.map((k) => `<tr><th scope="row" dir="auto">${e(k.name)}</th><td dir="auto">${e(k.pilot)}</td><td dir="auto">${e(k.threshold)}</td><td dir="auto">${e(k.target)}</td></tr>`).join('\n')}
</tbody>
</table>`
    : '';
  return `<section aria-labelledby="charter-criteria" class="keep">
<h2 id="charter-criteria">${e(model.words.criteria)}</h2>
<p class="lead">${e(model.words.criteriaLead)}</p>
${table}
${model.criteriaNone ? `<p class="missing">${e(model.criteriaNone)}</p>` : ''}
${model.criteriaMore ? `<p class="muted">${e(model.criteriaMore)}</p>` : ''}
</section>`;
}

function ownerSection(model: CharterModel): string {
  const row = (item: CharterModel['owner']) => `<tr><th scope="row">${e(item.label)}</th><td class="${item.missing ? 'missing' : 'strong'}" dir="auto">${e(item.value)}</td></tr>`;
  return `<section aria-labelledby="charter-owner" class="keep">
<h2 id="charter-owner">${e(model.words.ownerAndDate)}</h2>
<table class="owner">
<colgroup><col style="width:26%"><col style="width:74%"></colgroup>
<tbody>
${row(model.owner)}
${row(model.date)}
</tbody>
</table>
<div class="signoff">
  <div class="sign"><span class="line"></span><span class="label">${e(model.words.approvedBy)}</span></div>
  <div class="sign date"><span class="line"></span><span class="label">${e(model.words.signDate)}</span></div>
</div>
</section>`;
}

function stylesheet(model: CharterModel): string {
  const accent = safeColor(model.meta.firm.accent, '#1f5fbf');
  const left = [model.meta.client, model.meta.initiative].filter(Boolean).join(' – ');
  const right = `${model.meta.firm.name ? `${model.meta.firm.name} · ` : ''}${model.words.page} `;
  return `
@page {
  size: A4;
  margin: 15mm 15mm 17mm 15mm;
  @bottom-left { content: ${cssString(left)}; font-family: ${PRINTED_FONT_STACK}; font-size: 7.5pt; color: #4f5b6b; vertical-align: top; padding-top: 5mm; }
  @bottom-right { content: ${cssString(right)} counter(page) ${cssString(` ${model.words.of} `)} counter(pages); font-family: ${PRINTED_FONT_STACK}; font-size: 7.5pt; color: #4f5b6b; vertical-align: top; padding-top: 5mm; white-space: nowrap; }
}
:root { --accent: ${accent}; --ink: #17202c; --muted: #4f5b6b; --line: #d9dee7; --soft: #f4f6f9; --danger: #b42318; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${PRINTED_FONT_STACK}; font-size: 9.5pt; line-height: 1.4; color: var(--ink); }
h1, h2 { line-height: 1.2; margin: 0; break-after: avoid; }
h1 { font-size: 20pt; font-weight: 750; letter-spacing: -0.01em; margin: 8pt 0 2pt; }
h2 { font-size: 12pt; font-weight: 700; color: var(--accent); margin: 12pt 0 5pt; }
p { margin: 0 0 5pt; }
.masthead { display: flex; align-items: center; justify-content: space-between; gap: 12pt; padding-bottom: 8pt; border-bottom: 2pt solid var(--accent); }
.brand { display: flex; align-items: center; gap: 10pt; min-height: 14mm; }
.logo { display: block; object-fit: contain; }
.firm { font-size: 13pt; font-weight: 700; color: var(--accent); overflow-wrap: anywhere; }
.verdict-chip { display: inline-block; padding: 3pt 9pt; border-radius: 10pt; background: #fdecea; color: #b42318; font-weight: 750; font-size: 9pt; border: 0.75pt solid #b42318; white-space: nowrap; }
.subtitle { font-size: 11pt; font-weight: 650; color: var(--muted); overflow-wrap: anywhere; }
.prepared { font-size: 8.5pt; color: var(--muted); margin-bottom: 8pt; }
.intro { font-size: 10pt; margin: 6pt 0 4pt; }
.lead { color: var(--muted); }
.muted { color: var(--muted); font-size: 8.5pt; }
.missing { color: var(--danger); font-weight: 600; }
.strong { font-weight: 650; }
.keep { break-inside: avoid; }
table { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 3pt 0 6pt; font-size: 8.5pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
thead th { text-align: left; font-weight: 700; font-size: 7.5pt; text-transform: uppercase; color: var(--muted); border-bottom: 1.25pt solid var(--ink); padding: 3pt 5pt; vertical-align: bottom; }
tbody th, td { text-align: left; font-weight: 400; border-bottom: 0.75pt solid var(--line); padding: 5pt 5pt; vertical-align: top; overflow-wrap: anywhere; word-break: normal; hyphens: auto; }
tbody th[scope="row"] { font-weight: 600; }
td p { margin: 0 0 2pt; }
th.gap { border-left: 3pt solid; padding-left: 6pt; }
.gap-name { display: block; font-weight: 700; overflow-wrap: normal; }
.rag { display: inline-block; margin: 3pt 0 2pt; padding: 0 5pt; border-radius: 3pt; font-size: 7.5pt; font-weight: 700; }
.consensus { display: block; font-weight: 400; color: var(--muted); }
td.pass { color: var(--muted); }
.ref { font-weight: 700; color: var(--muted); }
.action { font-weight: 600; }
.who { color: var(--ink); }
table.owner th { color: var(--muted); font-weight: 600; }
.signoff { display: flex; gap: 24pt; margin-top: 22pt; }
.sign { flex: 2; display: flex; flex-direction: column; gap: 3pt; }
.sign.date { flex: 1; }
.sign .line { display: block; border-bottom: 0.75pt solid var(--ink); height: 18pt; }
.sign .label { font-size: 7.5pt; color: var(--muted); text-transform: uppercase; }
`;
}

export interface CharterHtmlOptions {
  /** @font-face rules for the shipped fonts, inlined (the page may load nothing). */
  fontFaces?: string;
}

export function charterHtml(model: CharterModel, options: CharterHtmlOptions = {}): string {
  const body = `<main>
${masthead(model)}
<h1>${e(model.title)}</h1>
${model.subtitle ? `<p class="subtitle" dir="auto">${e(model.subtitle)}</p>` : ''}
<p class="prepared">${e(model.preparedBy)}</p>
<p class="intro">${e(model.intro)}</p>
${designSection(model)}
${criteriaSection(model)}
${ownerSection(model)}
</main>`;
  return printedPageHtml({
    language: model.meta.language,
    title: model.documentTitle,
    author: model.meta.author,
    styles: `${options.fontFaces ?? ''}\n${stylesheet(model)}`,
    body,
  });
}
