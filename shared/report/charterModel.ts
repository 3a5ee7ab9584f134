/**
 * The pilot-redesign charter as data: when the verdict is Not yet, the open gaps become the design
 * of the next pilot, in the words of the "pilot differently" advice — a random sample of raw
 * production data, skeptics among the users, a load test at production peak, one critical
 * production integration with its failure modes, internal-only support, a real team's workflow —
 * with the success criteria restated for production conditions and a named owner and a date.
 *
 * Built from the report model (so the charter, the report and the deck agree on the verdict, the
 * gaps' status and the actions; anonymous mode is already applied there) and the session (for the
 * firm's logo, the work-items word and the accountable owner). Only the gaps that are not ready
 * (status red or amber) get a design line; each line names the gap's consensus and its first open
 * action with owner and due date, when there is one.
 */
import { localizeFramework } from '../framework/localize';
import type { GapId } from '../framework/types';
import { inSessionWords } from '../framework/wording';
import { msg, type Message } from '../i18n/message';
import type { MessageId } from '../i18n/messageIds';
import { VERDICT_LABELS, computeVerdict } from '../scoring/verdict';
import type { Translator } from '../i18n/translator';
import type { FirmLogo } from '../model/firmLogo';
import type { Session } from '../model/session';
import { formatDay } from '../text/dates';
import type { ActionRow, GapRef, GapStatus, ReportMeta, ReportModel } from './reportModel';

export const CHARTER_VERDICT = 'not-yet';

/** The most criteria the charter lists (business criteria first); the rest are in the report. */
export const CHARTER_MAX_CRITERIA = 6;

const DESIGN: Readonly<Record<GapId, MessageId | undefined>> = {
  data: 'charter.design.data',
  load: 'charter.design.load',
  integration: 'charter.design.integration',
  users: 'charter.design.users',
  support: 'charter.design.support',
  change: 'charter.design.change',
};

export interface CharterAction {
  ref: string;
  title: string;
  /** "Owner: Ana Silva" or "No owner yet". */
  owner: string;
  ownerMissing: boolean;
  /** "Due 12 Apr 2025" or "No due date yet". */
  due: string;
  dueMissing: boolean;
}

export interface CharterLine {
  gap: GapRef;
  status: Pick<GapStatus, 'status' | 'label' | 'color' | 'soft' | 'fill' | 'ink'>;
  /** "Level 2 · Planned" or "No consensus yet". */
  consensus: string;
  /** How the next pilot runs for this gap. */
  design: string;
  /** The gap's level-4 wording: what shows it holds under production conditions. */
  passWhen: string;
  /** The first open action on the gap (plan order), or null. */
  action: CharterAction | null;
  /** When there is no open action: the sentence that asks for one. */
  noAction: string | null;
}

export interface CharterCriterion {
  name: string;
  pilot: string;
  threshold: string;
  target: string;
}

export interface CharterModel {
  i18n: Translator;
  meta: ReportMeta;
  /** The firm's logo, when the session has one. */
  logo: FirmLogo | null;
  title: string;
  /** The document's title as the file's properties give it. */
  documentTitle: string;
  /** False when the verdict is not Not yet: nothing is written, `unavailableReason` says why. */
  available: boolean;
  unavailableReason: string;
  verdictLabel: string;
  /** "Northwind Insurance · Claims triage assistant". */
  subtitle: string;
  /** "Prepared by Northbridge Advisory on 12 March 2025". */
  preparedBy: string;
  intro: string;
  lines: CharterLine[];
  /** "Ready and carried over as they are: …", or "" when every gap has a line. */
  readyGaps: string;
  criteria: CharterCriterion[];
  /** "2 more criteria are listed in the readiness report.", or "". */
  criteriaMore: string;
  /** When there is no criterion at all: the sentence that asks for one. */
  criteriaNone: string | null;
  owner: { label: string; value: string; missing: boolean };
  date: { label: string; value: string; missing: boolean };
  /** The words of the document's headings, columns and sign-off. */
  words: {
    /** "Verdict: Not yet". */
    verdict: string;
    design: string;
    criteria: string;
    criteriaLead: string;
    ownerAndDate: string;
    columns: { gap: string; design: string; passWhen: string; action: string };
    criteriaColumns: { name: string; pilot: string; threshold: string; target: string };
    approvedBy: string;
    signDate: string;
    logoAlt: string;
    page: string;
    of: string;
  };
}

/**
 * Why the charter cannot be written for this session (its verdict, overrides included, is not
 * Not yet), or null when it can: the one line the Export stage shows and the command line prints.
 */
export function charterUnavailable(session: Session): Message | null {
  const verdict = computeVerdict(session).value;
  return verdict === CHARTER_VERDICT ? null : msg('charter.unavailable', { verdict: VERDICT_LABELS[verdict] });
}

/** Whether the charter is written for this report (the verdict, overrides included, is Not yet). */
export function charterAvailable(model: Pick<ReportModel, 'verdict'>): boolean {
  return model.verdict.value === CHARTER_VERDICT;
}

function charterAction(action: ActionRow, i18n: Translator): CharterAction {
  return {
    ref: action.ref,
    title: action.title,
    owner: action.owner ? i18n.t('charter.action.owner', { owner: action.owner }) : i18n.t('charter.action.noOwner'),
    ownerMissing: action.owner === '',
    // One date style in the charter: the long one, as the workshop's date reads.
    due: action.dueDate ? i18n.t('charter.action.due', { date: formatDay(action.dueDate, 'long', i18n.locale) }) : i18n.t('charter.action.noDate'),
    dueMissing: action.dueDate === null,
  };
}

/** The gaps not ready yet: red first, then amber, framework order within each. */
function openGaps(model: ReportModel): GapStatus[] {
  const rank = { red: 0, amber: 1, green: 2 } as const;
  return model.gapStatus.filter((g) => g.status !== 'green').sort((a, b) => rank[a.status] - rank[b.status] || a.gap.number - b.gap.number);
}

export function buildCharter(session: Session, model: ReportModel): CharterModel {
  const { i18n, meta } = model;
  const t = i18n.t;
  const framework = localizeFramework(i18n);
  const open = openGaps(model);
  const lines: CharterLine[] = open.map((status) => {
    const section = model.gaps.find((g) => g.gap.id === status.gap.id);
    const action = section?.actions.find((a) => a.status !== 'done') ?? null;
    return {
      gap: status.gap,
      status: { status: status.status, label: status.label, color: status.color, soft: status.soft, fill: status.fill, ink: status.ink },
      consensus: status.consensus ? t('charter.consensus.level', { level: status.consensus.level, name: status.consensus.name }) : t('charter.consensus.none'),
      // The built-in gaps have a design sentence of their own; a framework's own gap the general one.
      design: DESIGN[status.gap.id] ? t(DESIGN[status.gap.id]!) : t('charter.design.ownGap', { gap: status.gap.name }),
      passWhen: inSessionWords(framework.gapById(status.gap.id).ladder[4], session, i18n),
      action: action ? charterAction(action, i18n) : null,
      noAction: action ? null : t('charter.action.none'),
    };
  });
  const ready = model.gapStatus.filter((g) => g.status === 'green').map((g) => g.gap.name);

  // Business criteria first (they decide go or no-go), then the model's; empty names are left out.
  const business = (i: number): boolean => session.kpis[i]?.kind === 'business';
  const kpis = [...model.kpis.filter((_k, i) => business(i)), ...model.kpis.filter((_k, i) => !business(i))];
  const notSet = t('charter.criteria.notSet');
  const criteria = kpis.slice(0, CHARTER_MAX_CRITERIA).map((k) => ({ name: k.name, pilot: k.pilotResult || notSet, threshold: k.threshold || notSet, target: k.productionTarget || notSet }));
  const more = kpis.length - criteria.length;

  // The date: when the last open action on these gaps is due (the re-assessment follows it).
  const dates = lines.flatMap((line) => {
    const section = model.gaps.find((g) => g.gap.id === line.gap.id);
    return (section?.actions ?? []).filter((a) => a.status !== 'done' && a.dueDate !== null).map((a) => a.dueDate!);
  });
  const lastDate = dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : null;
  const businessOwner = session.ownership.businessOwner.trim();
  const verdictLabel = model.verdict.label;
  const firm = meta.firm.name;

  return {
    i18n,
    meta,
    logo: session.firm.logo ?? null,
    title: t('charter.title'),
    documentTitle: [t('charter.title'), meta.initiative].filter(Boolean).join(' – '),
    available: charterAvailable(model),
    unavailableReason: t('charter.unavailable', { verdict: verdictLabel }),
    verdictLabel,
    subtitle: [meta.client, meta.initiative].filter(Boolean).join(' · '),
    preparedBy: firm ? t('charter.preparedBy', { firm, date: meta.generatedLabel }) : t('charter.preparedOn', { date: meta.generatedLabel }),
    intro: t('charter.intro', { date: meta.workshopDateLabel, verdict: verdictLabel, count: lines.length }),
    lines,
    readyGaps: ready.length ? t('charter.readyGaps', { gaps: ready.join(', ') }) : '',
    criteria,
    criteriaMore: more > 0 ? t('charter.criteria.more', { count: more }) : '',
    criteriaNone: kpis.length === 0 ? t('charter.criteria.none') : null,
    owner: { label: t('charter.owner.label'), value: businessOwner || t('charter.owner.none'), missing: businessOwner === '' },
    date: {
      label: t('charter.date.label'),
      value: lastDate ? t('charter.date.value', { date: formatDay(lastDate, 'long', i18n.locale) }) : t('charter.date.none'),
      missing: lastDate === null,
    },
    words: {
      verdict: t('report.verdict.heading', { verdict: verdictLabel }),
      design: t('charter.section.design'),
      criteria: t('charter.section.criteria'),
      criteriaLead: t('charter.criteria.lead'),
      ownerAndDate: t('charter.section.owner'),
      columns: { gap: t('charter.column.gap'), design: t('charter.column.design'), passWhen: t('charter.column.passWhen'), action: t('charter.column.action') },
      criteriaColumns: {
        name: t('charter.criteria.column.name'),
        pilot: t('charter.criteria.column.pilot'),
        threshold: t('charter.criteria.column.threshold'),
        target: t('charter.criteria.column.target'),
      },
      approvedBy: t('charter.signoff.approvedBy'),
      signDate: t('charter.signoff.date'),
      logoAlt: t('firm.logo.previewAlt', { hasName: firm ? 'yes' : 'no', firm }),
      page: t('report.footer.page'),
      of: t('report.footer.of'),
    },
  };
}
