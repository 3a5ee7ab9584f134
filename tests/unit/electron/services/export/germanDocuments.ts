/**
 * Reading German documents back as text, and finding English catalogue words in them. Shared by
 * the documents' test (every format written in-process) and the command line's (`--lang de`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Session } from '../../../../../shared/model/session';
import type { ReportModel } from '../../../../../shared/report/reportModel';
import { REPO_ROOT } from './exportFixture';

export { docxText, icsText, pptxText, xlsxText } from '../../../../fixtures/documentText';

const CATALOGUES = path.join(REPO_ROOT, 'shared/i18n/catalogues');
export const EN: Readonly<Record<string, string>> = JSON.parse(readFileSync(path.join(CATALOGUES, 'en.json'), 'utf8'));
export const DE: Readonly<Record<string, string>> = JSON.parse(readFileSync(path.join(CATALOGUES, 'de.json'), 'utf8'));

/** The id prefixes the documents and the command line own; the rest (domain, framework, charts) is converted elsewhere. */
export const DOCUMENT_PREFIXES = ['report.', 'deck.', 'tracker.', 'csv.', 'ics.', 'markdown.', 'cli.', 'fileName.', 'common.', 'charter.'];

export function isDocumentId(id: string): boolean {
  return DOCUMENT_PREFIXES.some((prefix) => id.startsWith(prefix));
}

function letters(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}

/** The literal words of an ICU message, option by option ("Round {number}" → ["Round"]). */
function literals(elements: readonly MessageFormatElement[], out: string[] = []): string[] {
  for (const el of elements) {
    if (el.type === TYPE.literal) out.push(el.value);
    else if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) literals(option.value, out);
    else if (el.type === TYPE.tag) literals(el.children, out);
  }
  return out;
}

/**
 * What an English document would say and a German one must not: for every id whose English and
 * German messages differ, each literal run of the English message with at least 4 letters that the
 * German message does not also contain ("Readiness Room", "Median", "KPI" stay).
 */
export function englishPhrases(): Array<{ id: string; phrase: string }> {
  const out: Array<{ id: string; phrase: string }> = [];
  for (const [id, en] of Object.entries(EN)) {
    const de = DE[id];
    if (de === undefined || de === en || id.startsWith('language.')) continue;
    const germanWords = literals(parse(de, { ignoreTag: true })).join(' ');
    for (const raw of literals(parse(en, { ignoreTag: true }))) {
      for (const line of raw.split('\n')) {
        const phrase = line.trim().replace(/^[\s.,;:·–—()+]+|[\s.,;:·–—()+]+$/g, '');
        if (letters(phrase) < 4 || germanWords.includes(phrase) || phrase.includes('Readiness Room')) continue;
        // A piece between placeholders counts when it is a phrase ("Generated on"), not one word ("vote").
        const whole = phrase === en.trim().replace(/^[\s.,;:·–—()+]+|[\s.,;:·–—()+]+$/g, '');
        if (!whole && (!/\s/.test(phrase) || letters(phrase) < 8)) continue;
        out.push({ id, phrase });
      }
    }
  }
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every text the session holds (names, notes, titles): typed by people, shown as typed in every language. */
export function sessionTexts(session: Session): string[] {
  const texts = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const line of value.split('\n')) if (line.trim().length >= 3) texts.add(line.trim());
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(session);
  return [...texts].sort((a, b) => b.length - a.length);
}

/**
 * The words in a report model that the domain, the framework and the charts wrote (gap names,
 * taglines, flags, verdict reasons and labels, level names, priorities, roles…): converted by
 * their owners, so the documents' own test looks past them.
 */
export function domainTexts(model: ReportModel): string[] {
  const texts = new Set<string>();
  const add = (...values: Array<string | null | undefined>): void => {
    for (const v of values) if (v && v.trim().length >= 2) texts.add(v.trim());
  };
  add(model.verdict.label, model.verdict.computedLabel, ...model.verdict.reasons);
  for (const f of model.flags) add(f.title, f.explanation, f.fix);
  for (const g of model.gaps) {
    add(g.gap.name, g.tagline, g.pilotUsuallyHad, g.productionMeans, g.consensusDescriptor, g.consensus?.name);
    for (const f of g.facts) add(f.label);
    for (const r of g.ratios) add(r.label, r.display, r.sentence);
  }
  for (const a of model.actions) add(a.priorityLabel, a.statusLabel);
  for (const v of model.votes) add(v.role, v.stance);
  for (const row of model.heatmap?.rows ?? []) add(row.stance, row.name);
  for (const p of model.appendix.participants ?? []) add(p.role, p.stance);
  for (const r of [...model.appendix.byRole, ...model.appendix.byStance]) add(r.label);
  for (const l of model.appendix.ladder) add(l.name);
  add(...model.choices.priorities, ...model.choices.statuses);
  return [...texts];
}

/**
 * The document's text with the session's own texts (and, when given, other owners' words)
 * blanked, and the product's name, so only the words the documents wrote remain.
 */
export function withoutSessionText(text: string, session: Session, alsoBlank: readonly string[] = []): string {
  const blanks = [...sessionTexts(session), ...alsoBlank].sort((a, b) => b.length - a.length);
  // The deck cuts long texts to fit ("… Production holds 240× the pilot's r…"): blank the cut ones first.
  let out = text
    .split('\n')
    .map((line) => {
      if (!line.endsWith('…')) return line;
      const body = line.slice(0, -1).trimEnd();
      for (const typed of blanks) {
        if (typed.length < 15) continue;
        const at = body.indexOf(typed.slice(0, 15));
        if (at >= 0 && typed.startsWith(body.slice(at))) return `${body.slice(0, at)} ¶ `;
      }
      return line;
    })
    .join('\n');
  for (const typed of blanks) out = out.split(typed).join(' ¶ ');
  return out.split('Readiness Room').join(' ¶ ');
}

/** The English phrases found in a text, by id (a phrase counts as a whole run of words). */
export function englishIn(text: string, phrases: ReadonlyArray<{ id: string; phrase: string }>): Array<{ id: string; phrase: string }> {
  return phrases.filter(({ phrase }) => new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}-])`, 'u').test(text));
}

/** The words a reader of the printed page sees: the body's text, and the page footer's words from the stylesheet. */
export function htmlText(html: string): string {
  const footer = [...html.matchAll(/content: ("[^"]*")/g)].map((m) => m[1]!.replace(/\\([0-9a-f]+) /g, (_s, h: string) => String.fromCodePoint(parseInt(h, 16)))).join('\n');
  const body = html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  const alts = [...html.matchAll(/class="radar-svg" role="img" aria-label="([^"]*)"/g)].map((m) => m[1]).join('\n');
  return `${body}\n${alts}\n${footer}`;
}
