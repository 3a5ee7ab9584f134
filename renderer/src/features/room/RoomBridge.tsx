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
import { loadTranslator, type Translator } from '../../../../shared/i18n';
import { sessionLanguage } from '../../../../shared/model/sessionLanguage';
import { db } from '../../db/database';
import { useI18n } from '../../i18n/TranslatorContext';
import { bridge, call, isBridgeAvailable, messageOf } from '../../platform/api';
import { useAppStore } from '../../store/appStore';
import { keepRoomSettings, openSessionRoom, roomToReopen } from './roomActions';
import { RoomNotices } from './RoomNotices';
import { createRoomVoteQueue, type SinkReport } from './roomVoteSink';
import { useRoomStatus } from './roomStatusStore';

function lateMessage(report: SinkReport, i18n: Translator): string {
  const n = report.late.length;
  const anonymousOrNone = report.late.every((e) => e.name === null);
  if (n === 1 && !anonymousOrNone) return i18n.t('roomPanel.toast.lateFrom', { name: phoneParticipantName(report.late[0]!, i18n) });
  return i18n.t('roomPanel.toast.late', { count: n });
}

function fullMessage(report: SinkReport, i18n: Translator): string {
  return i18n.t('roomPanel.toast.full', { count: report.full.length, max: 200 });
}

function useRoomVoteSink(): void {
  const showToast = useAppStore((s) => s.showToast);
  const i18n = useI18n();
  useEffect(() => {
    if (!isBridgeAvailable()) return;
    const store = createRoomVoteQueue(
      (report) => {
        if (report.late.length > 0) showToast({ tone: 'info', message: lateMessage(report, i18n), timeoutMs: 12_000 });
        if (report.full.length > 0) showToast({ tone: 'info', message: fullMessage(report, i18n), timeoutMs: 12_000 });
        for (const { reason } of report.refused) showToast({ tone: 'error', message: i18n.t('roomPanel.toast.refused', { reason }) });
      },
      (error) => showToast({ tone: 'error', message: i18n.t('roomPanel.toast.notAdded', { problem: messageOf(error) }) }),
    );
    const off = bridge().onRoomVote((entry) => store([entry]));
    call('pendingRoomVotes', {}).then(
      ({ votes }) => store(votes),
      () => {},
    );
    return off;
  }, [showToast, i18n]);
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
    let cancelled = false;
    // Phones speak the session's language (its catalogue is cached after the first load).
    void loadTranslator(sessionLanguage(session)).then((sessionI18n) => {
      if (cancelled) return;
      const state = roomRoundStateOf(session, sessionI18n);
      const roster = roomRosterOf(session);
      const anonymous = session.settings.anonymous;
      const key = `${openedAt}|${anonymous}|${roomRoundStateKey(state)}|${JSON.stringify(roster)}`;
      if (key === sent.current) return;
      sent.current = key;
      call('setRoomRound', { sessionId, anonymous, state, roster }).catch(() => {
        sent.current = '';
      });
    });
    return () => {
      cancelled = true;
    };
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
  const i18n = useI18n();
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
        showToast({ tone: 'error', message: i18n.t('roomPanel.toast.reopenFailed', { initiative: session.initiative, problem: messageOf(error) }) });
      }
    })();
  }, [status, showToast, i18n]);
}

export function RoomBridge() {
  useRoomVoteSink();
  useRoomRoundSync();
  useRoomReopen();
  return <RoomNotices />;
}
