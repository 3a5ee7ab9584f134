/**
 * Where phone votes land in the window: each `roomVote` event (and, at start, every vote main
 * still holds unconfirmed) goes into its round through `castVote`, written to Dexie, then
 * confirmed so the journal can let it go. Votes that arrive together are stored in one write.
 */
import { applyPhoneVote } from '../../../../shared/room/phoneVote';
import { loadTranslator, type Translator } from '../../../../shared/i18n';
import type { Session } from '../../../../shared/model/session';
import { sessionLanguage } from '../../../../shared/model/sessionLanguage';
import type { RoomVoteEntry, RoomVoteOutcome } from '../../../../shared/room/roomVoteEntry';
import { db } from '../../db/database';
import { updateSession } from '../../db/sessionRepository';
import { call } from '../../platform/api';

export interface SinkReport {
  stored: number;
  /** Votes whose round had been revealed or removed before they could be stored. */
  late: RoomVoteEntry[];
  /** Votes the session had no room for (the phone was told). */
  full: RoomVoteEntry[];
  /** Votes that could not be counted at all, with the reason. */
  refused: { entry: RoomVoteEntry; reason: string }[];
}

interface BatchResult {
  session: Session;
  changed: boolean;
  outcomes: Map<string, RoomVoteOutcome>;
  refused: { entry: RoomVoteEntry; reason: string }[];
}

/** Applies a session's batch of phone votes, oldest first. */
function applyBatch(session: Session, batch: readonly RoomVoteEntry[], i18n: Translator): BatchResult {
  const result: BatchResult = { session, changed: false, outcomes: new Map(), refused: [] };
  for (const entry of batch) {
    try {
      const applied = applyPhoneVote(result.session, entry, i18n);
      result.session = applied.session;
      result.changed ||= applied.changed;
      result.outcomes.set(entry.entryId, applied.outcome);
    } catch (error) {
      // A vote the session cannot take (a full participant list…): reported once, never retried forever.
      result.refused.push({ entry, reason: error instanceof Error ? error.message : String(error) });
      result.outcomes.set(entry.entryId, 'late');
    }
  }
  return result;
}

/** Stores a batch of phone votes (one write per session) and confirms each; returns what happened. */
export async function storeRoomVotes(entries: readonly RoomVoteEntry[]): Promise<SinkReport> {
  const report: SinkReport = { stored: 0, late: [], full: [], refused: [] };
  const bySession = new Map<string, RoomVoteEntry[]>();
  for (const entry of [...entries].sort((a, b) => a.at - b.at)) bySession.set(entry.sessionId, [...(bySession.get(entry.sessionId) ?? []), entry]);

  for (const [sessionId, batch] of bySession) {
    const current = await db.sessions.get(sessionId);
    const i18n = await loadTranslator(current ? sessionLanguage(current) : 'en');
    let result: BatchResult | null = current && current.deletedAt === null ? applyBatch(current, batch, i18n) : null;
    if (result?.changed) {
      await updateSession(sessionId, (session) => {
        result = applyBatch(session, batch, i18n);
        return result.session;
      });
    }
    const done: BatchResult | null = result;
    report.refused.push(...(done?.refused ?? []));
    for (const entry of batch) {
      const outcome = done?.outcomes.get(entry.entryId) ?? 'late';
      await call('confirmRoomVote', { entryId: entry.entryId, outcome });
      if (outcome === 'stored') report.stored++;
      else if (outcome === 'full') report.full.push(entry);
      else if (!done?.refused.some((r) => r.entry === entry)) report.late.push(entry);
    }
  }
  return report;
}

/** A queue that stores votes one batch at a time, in arrival order. */
export function createRoomVoteQueue(onReport: (report: SinkReport) => void, onError: (error: unknown) => void): (entries: readonly RoomVoteEntry[]) => void {
  let waiting: RoomVoteEntry[] = [];
  let running = false;
  const seen = new Set<string>();
  const drain = async (): Promise<void> => {
    if (running) return;
    running = true;
    try {
      while (waiting.length > 0) {
        const batch = waiting;
        waiting = [];
        try {
          onReport(await storeRoomVotes(batch));
        } catch (error) {
          // Not confirmed: main keeps them and hands them over again at the next start.
          for (const entry of batch) seen.delete(entry.entryId);
          onError(error);
        }
      }
    } finally {
      running = false;
    }
  };
  return (entries) => {
    for (const entry of entries) {
      if (seen.has(entry.entryId)) continue;
      seen.add(entry.entryId);
      waiting.push(entry);
    }
    void drain();
  };
}
