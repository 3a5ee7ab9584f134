/**
 * Adding, editing and removing participants, with the checks the Frame screen needs: an empty
 * name is refused, a duplicate name is allowed but warned about (two people may share a first
 * name; the room must still tell their votes apart). Removing someone removes their votes too.
 */
import { msg, type Message } from '../i18n';
import { done, refuse, type OpResult } from './opResult';
import { emailError, normaliseEmail } from './participantEmail';
import type { Participant, Session } from './session';

export const MAX_PARTICIPANTS = 200;
export const MAX_NAME_LENGTH = 120;

export type ParticipantDraft = Omit<Participant, 'id'>;

/** Trims and collapses inner whitespace, so "  Ana   Silva " and "Ana Silva" are the same name. */
export function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/** The same person's name, whatever the spacing and case (also how a typed name finds its voter). */
export function sameName(a: string, b: string): boolean {
  return normaliseName(a).localeCompare(normaliseName(b), undefined, { sensitivity: 'base' }) === 0;
}

/** Why a name cannot be used, or null when it can. */
export function nameError(name: string): Message | null {
  const clean = normaliseName(name);
  if (clean === '') return msg('refusal.participant.noName');
  if (clean.length > MAX_NAME_LENGTH) return msg('refusal.participant.nameTooLong', { max: MAX_NAME_LENGTH });
  return null;
}

/** A warning when someone else (other than `exceptId`) already has this name. */
export function duplicateWarning(participants: readonly Participant[], name: string, exceptId?: string): Message | null {
  const clean = normaliseName(name);
  if (!participants.some((p) => p.id !== exceptId && sameName(p.name, clean))) return null;
  return msg('participant.duplicateName', { name: clean });
}

/** Ids of participants whose name someone else in the list shares. */
export function duplicateIds(participants: readonly Participant[]): Set<string> {
  const byName = new Map<string, string[]>();
  for (const p of participants) {
    const key = normaliseName(p.name).toLocaleLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), p.id]);
  }
  return new Set([...byName.values()].filter((ids) => ids.length > 1).flat());
}

/** The participant with their e-mail trimmed, and without the field when it is empty. */
function withEmail<T extends { email?: string }>(person: T): T {
  const { email, ...rest } = person;
  const clean = email === undefined ? '' : normaliseEmail(email);
  return (clean === '' ? rest : { ...rest, email: clean }) as T;
}

/** Adds a participant; a duplicate name is added with a warning. */
export function addParticipant(session: Session, draft: ParticipantDraft, id: string): OpResult {
  const error = nameError(draft.name);
  if (error) return refuse('bad-name', error);
  const badEmail = draft.email === undefined ? null : emailError(draft.email);
  if (badEmail) return refuse('bad-email', badEmail);
  if (session.participants.length >= MAX_PARTICIPANTS) return refuse('full', msg('refusal.participant.full', { max: MAX_PARTICIPANTS }));
  if (session.participants.some((p) => p.id === id)) return refuse('duplicate-id', msg('refusal.participant.duplicateId'));
  const name = normaliseName(draft.name);
  const warning = duplicateWarning(session.participants, name);
  return done({ ...session, participants: [...session.participants, withEmail({ ...draft, name, id })] }, warning);
}

export function updateParticipant(session: Session, id: string, patch: Partial<ParticipantDraft>): OpResult {
  const current = session.participants.find((p) => p.id === id);
  if (!current) return refuse('not-found', msg('refusal.participant.notFound'));
  let warning: Message | null = null;
  if (patch.email !== undefined) {
    const badEmail = emailError(patch.email);
    if (badEmail) return refuse('bad-email', badEmail);
  }
  const next: Participant = withEmail({ ...current, ...patch, id });
  if (patch.name !== undefined) {
    if (normaliseName(patch.name) === '') return refuse('no-name', msg('refusal.participant.nameRequired'));
    const error = nameError(patch.name);
    if (error) return refuse('bad-name', error);
    next.name = normaliseName(patch.name);
    if (!sameName(next.name, current.name)) warning = duplicateWarning(session.participants, next.name, id);
  }
  return done({ ...session, participants: session.participants.map((p) => (p.id === id ? next : p)) }, warning);
}

/** Removes a participant and their votes, so no round counts a voter who is gone. */
export function removeParticipant(session: Session, id: string): OpResult {
  if (!session.participants.some((p) => p.id === id)) return refuse('not-found', msg('refusal.participant.notFound'));
  const rounds = session.rounds.map((round) =>
    round.votes.some((v) => v.participantId === id) ? { ...round, votes: round.votes.filter((v) => v.participantId !== id) } : round,
  );
  return done({ ...session, participants: session.participants.filter((p) => p.id !== id), rounds });
}

/** How many votes a participant has cast across the session's rounds (what a removal takes with them). */
export function votesCastBy(session: Session, id: string): number {
  return session.rounds.reduce((n, round) => n + round.votes.filter((v) => v.participantId === id).length, 0);
}

export interface ParticipantCounts {
  total: number;
  champions: number;
  neutral: number;
  skeptics: number;
  inPilot: number;
  facilitators: number;
}

export function participantCounts(participants: readonly Participant[]): ParticipantCounts {
  return {
    total: participants.length,
    champions: participants.filter((p) => p.stance === 'champion').length,
    neutral: participants.filter((p) => p.stance === 'neutral').length,
    skeptics: participants.filter((p) => p.stance === 'skeptic').length,
    inPilot: participants.filter((p) => p.inPilot).length,
    facilitators: participants.filter((p) => p.isFacilitator).length,
  };
}

/** "7 participants · 3 champions · 2 skeptics · 4 took part in the pilot" (`frame.people.summary`). */
export function participantSummary(participants: readonly Participant[]): Message {
  const c = participantCounts(participants);
  if (c.total === 0) return msg('frame.people.summaryNone');
  return msg('frame.people.summary', { total: c.total, champions: c.champions, skeptics: c.skeptics, inPilot: c.inPilot });
}
