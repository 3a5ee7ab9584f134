/**
 * The window's side of the room, mounted once in the console (never in the presenter view):
 * stores every phone vote main hands over (and those still waiting from before a restart), and
 * tells the room which round is open whenever the session's rounds or current gap change.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { phoneParticipantName } from '../../../../shared/room/phoneVote';
import { roomRoundStateKey, roomRoundStateOf } from '../../../../shared/room/roomRoundState';
import { db } from '../../db/database';
import { bridge, call, isBridgeAvailable, messageOf } from '../../platform/api';
import { useAppStore } from '../../store/appStore';
import { createRoomVoteQueue, type SinkReport } from './roomVoteSink';
import { useRoomStatus } from './roomStatusStore';

function lateMessage(report: SinkReport): string {
  const n = report.late.length;
  const anonymousOrNone = report.late.every((e) => e.name === null);
  const who = n === 1 && !anonymousOrNone ? ` from ${phoneParticipantName(report.late[0]!)}` : '';
  return n === 1
    ? `A phone vote${who} arrived just after its round was revealed, so it is not counted. Open a re-vote to include it.`
    : `${n} phone votes arrived just after their round was revealed, so they are not counted. Open a re-vote to include them.`;
}

function useRoomVoteSink(): void {
  const showToast = useAppStore((s) => s.showToast);
  useEffect(() => {
    if (!isBridgeAvailable()) return;
    const store = createRoomVoteQueue(
      (report) => {
        if (report.late.length > 0) showToast({ tone: 'info', message: lateMessage(report), timeoutMs: 12_000 });
        for (const { reason } of report.refused) showToast({ tone: 'error', message: `A phone vote could not be counted: ${reason}` });
      },
      (error) => showToast({ tone: 'error', message: `Phone votes are safe on disk but could not be added to the session yet: ${messageOf(error)}` }),
    );
    const off = bridge().onRoomVote((entry) => store([entry]));
    call('pendingRoomVotes', {}).then(
      ({ votes }) => store(votes),
      () => {},
    );
    return off;
  }, [showToast]);
}

function useRoomRoundSync(): void {
  const status = useRoomStatus();
  const sessionId = status?.state === 'open' ? status.sessionId : null;
  const openedAt = status?.state === 'open' ? status.openedAt : null;
  const session = useLiveQuery(async () => (sessionId ? ((await db.sessions.get(sessionId)) ?? null) : null), [sessionId]);
  const sent = useRef('');
  useEffect(() => {
    if (!sessionId || !session || session.id !== sessionId) return;
    const state = roomRoundStateOf(session);
    const anonymous = session.settings.anonymous;
    const key = `${openedAt}|${anonymous}|${roomRoundStateKey(state)}`;
    if (key === sent.current) return;
    sent.current = key;
    call('setRoomRound', { sessionId, anonymous, state }).catch(() => {
      sent.current = '';
    });
  }, [session, sessionId, openedAt]);
}

export function RoomBridge() {
  useRoomVoteSink();
  useRoomRoundSync();
  return null;
}
