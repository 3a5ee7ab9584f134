/**
 * What changed between two versions of a session, in a few words per area ("votes: +3",
 * "actions: +2 −1, 1 edited"), so a backup can be previewed before it is restored. Pure; ignores
 * what only moves as the room works (the current stage, stage start times, updatedAt).
 */
import { sessionGapIds } from '../framework/sessionFramework';
import { gapAssessment } from './gapAssessment';
import { msg, type Message, type Translator } from '../i18n';
import { listMessage } from '../scoring/words';
import type { Session } from './session';

/** The parts of a session a change line names (words: `backups.area`). */
export type ChangeArea =
  | 'frame'
  | 'participants'
  | 'facts'
  | 'kpis'
  | 'rounds'
  | 'votes'
  | 'consensus'
  | 'notes'
  | 'gapNotes'
  | 'ownership'
  | 'actions'
  | 'verdict'
  | 'settings'
  | 'agenda'
  | 'library';

export interface ChangeLine {
  /** What part of the session: `i18n.t('backups.area', { area })`. */
  area: ChangeArea;
  /** How it changed, e.g. "+3", "+2 −1, 1 edited", "initiative, client". */
  detail: Message;
}

interface Counts {
  added: number;
  removed: number;
  edited: number;
}

const MINUS = '\u2212';

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function countById<T extends { id: string }>(before: readonly T[], after: readonly T[]): Counts {
  const old = new Map(before.map((item) => [item.id, item]));
  const counts: Counts = { added: 0, removed: 0, edited: 0 };
  const seen = new Set<string>();
  for (const item of after) {
    seen.add(item.id);
    const previous = old.get(item.id);
    if (!previous) counts.added++;
    else if (!same(previous, item)) counts.edited++;
  }
  for (const id of old.keys()) if (!seen.has(id)) counts.removed++;
  return counts;
}

function formatCounts({ added, removed, edited }: Counts): Message | null {
  const moves = [added ? `+${added}` : '', removed ? `${MINUS}${removed}` : ''].filter(Boolean).join(' ');
  if (!moves && !edited) return null;
  if (!edited) return msg('backups.detail.moves', { moves });
  return moves ? msg('backups.detail.movesEdited', { moves, edited }) : msg('backups.detail.edited', { count: edited });
}

function votesOf(session: Session): { id: string; score: unknown; comment: string; confidence: unknown }[] {
  return session.rounds.flatMap((round) =>
    round.votes.map((vote) => ({ id: `${round.id}\u0000${vote.participantId}`, score: vote.score, comment: vote.comment, confidence: vote.confidence })),
  );
}

const FRAME_FIELDS = ['initiative', 'client', 'useCase', 'facilitator', 'workshopDate', 'firm'] as const satisfies readonly (keyof Session)[];

/** Changes from `before` to `after`, one line per area that differs, in a fixed order. */
export function diffSessions(before: Session, after: Session): ChangeLine[] {
  const lines: ChangeLine[] = [];
  const add = (area: ChangeArea, detail: Message | null) => {
    if (detail) lines.push({ area, detail });
  };

  const frame = FRAME_FIELDS.filter((key) => !same(before[key], after[key]));
  add('frame', frame.length ? msg('backups.detail.fields', { fields: listMessage(frame.map((field) => msg('backups.field', { field }))) }) : null);
  add('participants', formatCounts(countById(before.participants, after.participants)));
  const facts = new Set([...Object.keys(before.facts), ...Object.keys(after.facts)]);
  const factsChanged = [...facts].filter((key) => !same(before.facts[key] ?? null, after.facts[key] ?? null)).length;
  add('facts', factsChanged ? msg('backups.detail.changed', { count: factsChanged }) : null);
  add('kpis', formatCounts(countById(before.kpis, after.kpis)));
  add('rounds', formatCounts(countById(before.rounds.map((r) => ({ ...r, votes: [] })), after.rounds.map((r) => ({ ...r, votes: [] })))));
  add('votes', formatCounts(countById(votesOf(before), votesOf(after))));

  // Gaps of either framework (a session's framework never changes, but a backup is any file).
  const gapIds = [...new Set([...sessionGapIds(before), ...sessionGapIds(after)])];
  const consensus = gapIds.filter((gap) => !same(gapAssessment(before, gap).consensus, gapAssessment(after, gap).consensus)).length;
  add('consensus', consensus ? msg('backups.detail.gaps', { count: consensus }) : null);
  const notes: Counts = { added: 0, removed: 0, edited: 0 };
  for (const gap of gapIds) {
    for (const list of ['evidence', 'risks'] as const) {
      const counts = countById(gapAssessment(before, gap)[list], gapAssessment(after, gap)[list]);
      notes.added += counts.added;
      notes.removed += counts.removed;
      notes.edited += counts.edited;
    }
  }
  add('notes', formatCounts(notes));
  const gapNotes = gapIds.filter((gap) => gapAssessment(before, gap).notes !== gapAssessment(after, gap).notes).length;
  add('gapNotes', gapNotes ? msg('backups.detail.edited', { count: gapNotes }) : null);

  const ownership = (Object.keys(after.ownership) as (keyof Session['ownership'])[]).filter((key) => before.ownership[key] !== after.ownership[key]).length;
  add('ownership', ownership ? msg('backups.detail.fieldCount', { count: ownership }) : null);
  add('actions', formatCounts(countById(before.actions, after.actions)));
  add('verdict', same(before.verdictOverride, after.verdictOverride) ? null : msg('backups.detail.verdict', { change: after.verdictOverride ? 'overridden' : 'removed' }));
  add('settings', same(before.settings, after.settings) ? null : msg('backups.detail.settings'));
  const agendaShape = (s: Session) => s.agenda.map((stage) => [stage.id, stage.kind, stage.gapId, stage.timeboxMinutes]);
  add('agenda', same(agendaShape(before), agendaShape(after)) ? null : msg('backups.detail.agenda'));
  if ((before.archivedAt === null) !== (after.archivedAt === null)) add('library', msg('backups.detail.library', { archived: after.archivedAt === null ? 'no' : 'yes' }));
  return lines;
}

/** One text in the translator's language: "votes: +3; actions: +2 −1, 1 edited", or "Same as now". */
export function describeChanges(lines: readonly ChangeLine[], i18n: Translator): string {
  return lines.length ? lines.map((line) => i18n.t('backups.changeLine', { area: line.area, detail: line.detail })).join(i18n.t('backups.changeSeparator')) : i18n.t('backups.same');
}
