/**
 * The window's side of the room, mounted once in the console (never in the presenter view):
 * stores every phone vote main hands over (and those still waiting from before a restart), tells
 * the room which round is open and who is in the session whenever that changes, keeps the room's
 * port and key with the session, reopens the room the app had open when it stopped (so phones
 * come back by themselves), and shows the facilitator phones that join as someone.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { phoneParticipantName } from '../../../../shared/room/phoneVote';
import { roomRosterOf } from '../../../../shared/room/roomRoster';
import { roomRoundStateKey, roomRoundStateOf } from '../../../../shared/room/roomRoundState';
import { db } from '../../db/database';
import { bridge, call, isBridgeAvailable, messageOf } from '../../platform/api';
import { useAppStore } from '../../store/appStore';
import { keepRoomSettings, openSessionRoom, roomToReopen } from './roomActions';
import { RoomNotices } from './RoomNotices';
import { createRoomVoteQueue, type SinkReport } from './roomVoteSink';
import { useRoomStatus } from './roomStatusStore';

function lateMessage(report: SinkReport): string {
  const n = report.late.length;
  const anonymousOrNone = report.late.every((e) => e.name === null);
  const who = n === 1 && !anonymousOrNone ? ` from ${phoneParticipantName(report.late[0]!, useAppStore.getState().windowTranslator!)}` : '';
  return n === 1
    ? `A phone vote${who} arrived just after its round was revealed, so it is not counted (the phone was told). Open a re-vote to include it.`
    : `${n} phone votes arrived just after their round was revealed, so they are not counted (the phones were told). Open a re-vote to include them.`;
}

function fullMessage(report: SinkReport): string {
  const n = report.full.length;
  return `${n === 1 ? 'A phone vote was' : `${n} phone votes were`} not counted: the session holds at most 200 participants. The phone${n === 1 ? ' was' : 's were'} told.`;
}

function useRoomVoteSink(): void {
  const showToast = useAppStore((s) => s.showToast);
  useEffect(() => {
    if (!isBridgeAvailable()) return;
    const store = createRoomVoteQueue(
      (report) => {
        if (report.late.length > 0) showToast({ tone: 'info', message: lateMessage(report), timeoutMs: 12_000 });
        if (report.full.length > 0) showToast({ tone: 'info', message: fullMessage(report), timeoutMs: 12_000 });
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
  const settings = status?.state === 'open' ? status.settings : null;
  const session = useLiveQuery(async () => (sessionId ? ((await db.sessions.get(sessionId)) ?? null) : null), [sessionId]);
  const sent = useRef('');
  useEffect(() => {
    if (!sessionId || !session || session.id !== sessionId) return;
    const state = roomRoundStateOf(session);
    const roster = roomRosterOf(session);
    const anonymous = session.settings.anonymous;
    const key = `${openedAt}|${anonymous}|${roomRoundStateKey(state)}|${JSON.stringify(roster)}`;
    if (key === sent.current) return;
    sent.current = key;
    call('setRoomRound', { sessionId, anonymous, state, roster }).catch(() => {
      sent.current = '';
    });
  }, [session, sessionId, openedAt]);
  // The port, key and shown address go with the session, so a restart reopens the same room.
  const settingsKey = settings ? JSON.stringify(settings) : '';
  useEffect(() => {
    if (!sessionId || !settings) return;
    keepRoomSettings(sessionId, settings).catch(() => {});
    // eslint-disable-next-line react-hooks/exhaustive-deps -- settingsKey stands for settings
  }, [sessionId, settingsKey]);
}

/** At start: the room that was open when the app stopped opens again, on the same port and key. */
function useRoomReopen(): void {
  const showToast = useAppStore((s) => s.showToast);
  const status = useRoomStatus();
  const tried = useRef(false);
  useEffect(() => {
    if (tried.current || !isBridgeAvailable() || status?.state !== 'closed') return;
    tried.current = true;
    void (async () => {
      const session = await roomToReopen();
      if (!session) return;
      try {
        await openSessionRoom(session);
      } catch (error) {
        showToast({ tone: 'error', message: `The room of “${session.initiative}” could not open again: ${messageOf(error)}` });
      }
    })();
  }, [status, showToast]);
}

export function RoomBridge() {
  useRoomVoteSink();
  useRoomRoundSync();
  useRoomReopen();
  return <RoomNotices />;
}
