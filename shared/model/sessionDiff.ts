/**
 * What changed between two versions of a session, in a few words per area ("votes: +3",
 * "actions: +2 −1, 1 edited"), so a backup can be previewed before it is restored. Pure; ignores
 * what only moves as the room works (the current stage, stage start times, updatedAt).
 */
import { GAP_IDS } from '../framework/types';
import { plural } from '../text/plural';
import type { Session } from './session';

export interface ChangeLine {
  /** What part of the session: "votes", "actions", "frame", … */
  area: string;
  /** How it changed, e.g. "+3", "+2 −1, 1 edited", "initiative, client". */
  detail: string;
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

function formatCounts({ added, removed, edited }: Counts): string | null {
  const moves = [added ? `+${added}` : '', removed ? `${MINUS}${removed}` : ''].filter(Boolean).join(' ');
  const parts = [moves, edited ? `${edited} edited` : ''].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}

function votesOf(session: Session): { id: string; score: unknown; comment: string; confidence: unknown }[] {
  return session.rounds.flatMap((round) =>
    round.votes.map((vote) => ({ id: `${round.id}\u0000${vote.participantId}`, score: vote.score, comment: vote.comment, confidence: vote.confidence })),
  );
}

function changedFields<T extends object>(before: T, after: T, labels: Partial<Record<keyof T, string>>): string[] {
  return (Object.keys(labels) as (keyof T)[]).filter((key) => !same(before[key], after[key])).map((key) => labels[key]!);
}

const FRAME_LABELS: Partial<Record<keyof Session, string>> = {
  initiative: 'initiative',
  client: 'client',
  useCase: 'use case',
  facilitator: 'facilitator',
  workshopDate: 'date',
  firm: 'branding',
};

/** Changes from `before` to `after`, one line per area that differs, in a fixed order. */
export function diffSessions(before: Session, after: Session): ChangeLine[] {
  const lines: ChangeLine[] = [];
  const add = (area: string, detail: string | null) => {
    if (detail) lines.push({ area, detail });
  };

  const frame = changedFields(before, after, FRAME_LABELS);
  add('frame', frame.length ? frame.join(', ') : null);
  add('participants', formatCounts(countById(before.participants, after.participants)));
  const facts = new Set([...Object.keys(before.facts), ...Object.keys(after.facts)]);
  const factsChanged = [...facts].filter((key) => !same(before.facts[key] ?? null, after.facts[key] ?? null)).length;
  add('facts', factsChanged ? `${factsChanged} changed` : null);
  add('KPIs', formatCounts(countById(before.kpis, after.kpis)));
  add('scoring rounds', formatCounts(countById(before.rounds.map((r) => ({ ...r, votes: [] })), after.rounds.map((r) => ({ ...r, votes: [] })))));
  add('votes', formatCounts(countById(votesOf(before), votesOf(after))));

  const consensus = GAP_IDS.filter((gap) => !same(before.gaps[gap].consensus, after.gaps[gap].consensus)).length;
  add('consensus', consensus ? plural(consensus, 'gap') : null);
  const notes: Counts = { added: 0, removed: 0, edited: 0 };
  for (const gap of GAP_IDS) {
    for (const list of ['evidence', 'risks'] as const) {
      const counts = countById(before.gaps[gap][list], after.gaps[gap][list]);
      notes.added += counts.added;
      notes.removed += counts.removed;
      notes.edited += counts.edited;
    }
  }
  add('evidence and risks', formatCounts(notes));
  const gapNotes = GAP_IDS.filter((gap) => before.gaps[gap].notes !== after.gaps[gap].notes).length;
  add('gap notes', gapNotes ? `${gapNotes} edited` : null);

  const ownership = (Object.keys(after.ownership) as (keyof Session['ownership'])[]).filter((key) => before.ownership[key] !== after.ownership[key]).length;
  add('ownership', ownership ? plural(ownership, 'field') : null);
  add('actions', formatCounts(countById(before.actions, after.actions)));
  add('verdict', same(before.verdictOverride, after.verdictOverride) ? null : after.verdictOverride ? 'overridden' : 'override removed');
  add('settings', same(before.settings, after.settings) ? null : 'changed');
  const agendaShape = (s: Session) => s.agenda.map((stage) => [stage.id, stage.kind, stage.gapId, stage.timeboxMinutes]);
  add('agenda', same(agendaShape(before), agendaShape(after)) ? null : 'stages or timeboxes');
  if ((before.archivedAt === null) !== (after.archivedAt === null)) add('library', after.archivedAt === null ? 'unarchived' : 'archived');
  return lines;
}

/** One sentence: "votes: +3; actions: +2 −1, 1 edited" or "No differences". */
export function describeChanges(lines: readonly ChangeLine[]): string {
  return lines.length ? lines.map((line) => `${line.area}: ${line.detail}`).join('; ') : 'No differences';
}
