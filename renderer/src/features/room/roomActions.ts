/**
 * The window's room moves that touch the session as well as main: opening a session's room (the
 * same port, key and address as before when it had one), keeping those with the session so a
 * restarted app reopens the same room, closing it, and answering a phone's name claim.
 */
import { loadTranslator } from '../../../../shared/i18n';
import type { Session } from '../../../../shared/model/session';
import { sessionLanguage } from '../../../../shared/model/sessionLanguage';
import { roomRosterOf } from '../../../../shared/room/roomRoster';
import { roomRoundStateOf } from '../../../../shared/room/roomRoundState';
import type { RoomNetwork, RoomOpenSettings, RoomStatus } from '../../../../shared/room/roomStatus';
import { db } from '../../db/database';
import { updateSession } from '../../db/sessionRepository';
import { call } from '../../platform/api';
import { rememberRoomStatus } from './roomStatusStore';

/** Opens the room for a session; `network` defaults to the one the session's room used before. */
export async function openSessionRoom(session: Session, network: RoomNetwork = session.room?.network ?? 'lan'): Promise<RoomStatus> {
  const previous = session.room && session.room.network === network ? session.room : null;
  const status = await call('openRoom', {
    sessionId: session.id,
    network,
    anonymous: session.settings.anonymous,
    round: roomRoundStateOf(session, await loadTranslator(sessionLanguage(session))),
    roster: roomRosterOf(session),
    previous: previous ? { key: previous.key, tokenSecret: previous.tokenSecret, port: previous.port, address: previous.address, interfaceName: previous.interfaceName } : null,
  });
  rememberRoomStatus(status);
  if (status.state === 'open') await keepRoomSettings(session.id, status.settings);
  return status;
}

function sameSettings(session: Session, settings: RoomOpenSettings): boolean {
  const room = session.room;
  return (
    !!room &&
    room.open &&
    room.key === settings.key &&
    room.tokenSecret === settings.tokenSecret &&
    room.port === settings.port &&
    room.network === settings.network &&
    room.address === settings.address &&
    room.interfaceName === settings.interfaceName
  );
}

/** Keeps the open room's port, key and address with the session (only when they changed). */
export async function keepRoomSettings(sessionId: string, settings: RoomOpenSettings): Promise<void> {
  const current = await db.sessions.get(sessionId);
  if (!current || current.deletedAt !== null || sameSettings(current, settings)) return;
  await updateSession(sessionId, (session) => ({
    ...session,
    room: { ...settings, open: true, ...(session.room?.handovers ? { handovers: session.room.handovers } : {}) },
  }));
}

/** The facilitator closed the room: it stays closed after a restart (its port and key are kept). */
export async function closeSessionRoom(sessionId: string): Promise<void> {
  rememberRoomStatus(await call('closeRoom', {}));
  const current = await db.sessions.get(sessionId);
  if (current?.room?.open) await updateSession(sessionId, (session) => (session.room ? { ...session, room: { ...session.room, open: false } } : session));
}

/**
 * Lets a phone in as someone another phone holds (or refuses it). Letting it in counts one more
 * handover for that person in the session, so the other phone's token stops working, even after
 * a restart.
 */
export async function answerNameClaim(sessionId: string, claimId: string, participantId: string, allow: boolean): Promise<void> {
  let handovers = 0;
  if (allow) {
    const next = await updateSession(sessionId, (session) => {
      if (!session.room) return session;
      const count = (session.room.handovers?.[participantId] ?? 0) + 1;
      return { ...session, room: { ...session.room, handovers: { ...session.room.handovers, [participantId]: count } } };
    });
    handovers = next.room?.handovers?.[participantId] ?? 0;
  }
  await call('answerRoomClaim', { claimId, allow, handovers });
}

/** The session whose room was open when the app last stopped, to open it again; null when none. */
export async function roomToReopen(): Promise<Session | null> {
  const sessions = await db.sessions.toArray();
  const open = sessions.filter((s) => s.deletedAt === null && s.room?.open).sort((a, b) => b.updatedAt - a.updatedAt);
  return open[0] ?? null;
}
