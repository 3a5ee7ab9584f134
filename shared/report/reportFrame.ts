/**
 * The report's frame, the same in the PDF and in Word: the notice page (scope, basis of
 * preparation, limitations, distribution) and the table of contents, whose entries carry the ids
 * the writers anchor their sections with.
 */
import { msg, type Message } from '../i18n/message';
import type { Translator } from '../i18n/translator';
import type { GapSection, MethodSection, ReportMeta } from './reportModel';

export interface ContentsEntry {
  /** An anchor: letters, digits and dashes only (a bookmark name in Word, an id in HTML). */
  id: string;
  title: string;
}

/** Every section that opens a page, in the order both documents print them. */
export const SECTION_IDS = ['summary', 'comparison', 'status', 'kpis', 'glance', 'gaps', 'flags', 'roadmap', 'plan', 'appendix'] as const;

export function gapAnchor(section: Pick<GapSection, 'gap'>): string {
  return `gap-${section.gap.id}`;
}

/** `compared`: a re-assessment, whose "what changed" section follows the executive summary. */
export function buildContents(gaps: readonly GapSection[], i18n: Translator, compared = false): ContentsEntry[] {
  const t = i18n.t;
  return [
    { id: 'summary', title: t('report.summary.eyebrow') },
    ...(compared ? [{ id: 'comparison', title: t('report.compare.heading') }] : []),
    { id: 'status', title: t('report.rag.heading') },
    { id: 'kpis', title: t('report.kpi.heading') },
    { id: 'glance', title: t('report.glance.heading') },
    ...gaps.map((g) => ({ id: gapAnchor(g), title: `${g.gap.number}. ${g.gap.name}` })),
    { id: 'flags', title: t('report.flags.heading') },
    { id: 'roadmap', title: t('roadmap.heading') },
    { id: 'plan', title: t('report.plan.heading') },
    { id: 'appendix', title: t('report.appendix.heading') },
  ];
}

/** "six gaps", "sieben Lücken": how many gaps the session's framework has, in words. */
export function gapCountMessage(count: number): Message {
  return msg('report.gapCount', { count });
}

export function buildNotice(meta: ReportMeta, gapCount: number, i18n: Translator): MethodSection[] {
  const t = i18n.t;
  const named = meta.initiative ? 'yes' : 'no';
  const hasClient = meta.client ? 'yes' : 'no';
  return [
    { heading: t('report.notice.scope.heading'), paragraphs: [t('report.notice.scope.body', { named, initiative: meta.initiative, hasClient, client: meta.client, date: meta.workshopDateLabel, gapCount: gapCountMessage(gapCount) })] },
    {
      heading: t('report.notice.basis.heading'),
      paragraphs: [t('report.notice.basis.body', { facilitated: meta.facilitator ? 'yes' : 'no', facilitator: meta.facilitator }), ...(meta.anonymous ? [t('report.cover.anonymous')] : [])],
    },
    { heading: t('report.notice.limitations.heading'), paragraphs: [t('report.notice.limitations.body', { date: meta.workshopDateLabel })] },
    { heading: t('report.notice.distribution.heading'), paragraphs: [t('report.notice.distribution.body', { hasClient, client: meta.client, firmNamed: meta.firm.name ? 'yes' : 'no', firm: meta.firm.name })] },
  ];
}
