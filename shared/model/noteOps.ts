/**
 * Pure operations on a gap's evidence and risks, each answering with an `OpResult`. Ids and
 * clocks are passed in.
 */
import type { GapId } from '../framework/types';
import { gapAssessment, withGapAssessment } from './gapAssessment';
import { msg } from '../i18n';
import { done, refuse, type OpResult } from './opResult';
import type { NoteItem, Risk, Session } from './session';

const TEXT_MAX = 2000;

export type Severity = Risk['severity'];

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

type ListKey = 'evidence' | 'risks';
type ItemOf<K extends ListKey> = K extends 'evidence' ? NoteItem : Risk;

/** Trimmed and clipped to what the schema accepts; null when nothing is left. */
export function cleanNoteText(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return trimmed.length > TEXT_MAX ? trimmed.slice(0, TEXT_MAX) : trimmed;
}

function withList<K extends ListKey>(session: Session, gapId: GapId, key: K, items: ItemOf<K>[]): Session {
  return withGapAssessment(session, gapId, { [key]: items });
}

function listOf<K extends ListKey>(session: Session, gapId: GapId, key: K): ItemOf<K>[] {
  return gapAssessment(session, gapId)[key] as ItemOf<K>[];
}

function insert<K extends ListKey>(session: Session, gapId: GapId, key: K, item: ItemOf<K>): Session {
  const items = listOf(session, gapId, key);
  if (items.some((i) => i.id === item.id)) return session;
  return withList(session, gapId, key, [...items, item]);
}

function update<K extends ListKey>(session: Session, gapId: GapId, key: K, id: string, patch: Partial<ItemOf<K>>): Session {
  let changed = false;
  const items = listOf(session, gapId, key).map((item) => {
    if (item.id !== id) return item;
    const next = { ...item, ...patch };
    changed = (Object.keys(patch) as (keyof ItemOf<K>)[]).some((k) => next[k] !== item[k]);
    return changed ? next : item;
  });
  return changed ? withList(session, gapId, key, items) : session;
}

function remove<K extends ListKey>(session: Session, gapId: GapId, key: K, id: string, what: 'evidence' | 'risk'): OpResult {
  const items = listOf(session, gapId, key);
  if (!items.some((i) => i.id === id)) return refuse('not-found', msg('refusal.note.notFound', { what }));
  return done(withList(session, gapId, key, items.filter((i) => i.id !== id)));
}

// Evidence -------------------------------------------------------------------------------------

/** Adds a piece of evidence at the end; blank text adds nothing. */
export function addEvidence(session: Session, gapId: GapId, input: { id: string; now: number; text: string }): OpResult {
  const text = cleanNoteText(input.text);
  if (text === null) return done(session);
  return done(insert(session, gapId, 'evidence', { id: input.id, text, createdAt: input.now }));
}

/** Changes the text; blank text keeps the old one (delete is its own operation, with Undo). */
export function updateEvidence(session: Session, gapId: GapId, id: string, text: string): OpResult {
  const clean = cleanNoteText(text);
  return done(clean === null ? session : update(session, gapId, 'evidence', id, { text: clean }));
}

export function removeEvidence(session: Session, gapId: GapId, id: string): OpResult {
  return remove(session, gapId, 'evidence', id, 'evidence');
}

// Risks ----------------------------------------------------------------------------------------

/** Adds a risk at the end; blank text adds nothing. */
export function addRisk(session: Session, gapId: GapId, input: { id: string; now: number; text: string; severity?: Severity }): OpResult {
  const text = cleanNoteText(input.text);
  if (text === null) return done(session);
  return done(insert(session, gapId, 'risks', { id: input.id, text, severity: input.severity ?? 'medium', createdAt: input.now }));
}

/** Changes text and/or severity; blank text keeps the old text. */
export function updateRisk(session: Session, gapId: GapId, id: string, patch: { text?: string; severity?: Severity }): OpResult {
  const clean: Partial<Risk> = {};
  if (patch.text !== undefined) {
    const text = cleanNoteText(patch.text);
    if (text !== null) clean.text = text;
  }
  if (patch.severity !== undefined) clean.severity = patch.severity;
  return done(Object.keys(clean).length === 0 ? session : update(session, gapId, 'risks', id, clean));
}

export function removeRisk(session: Session, gapId: GapId, id: string): OpResult {
  return remove(session, gapId, 'risks', id, 'risk');
}
