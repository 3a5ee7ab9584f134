/** The room service as the window uses it: open (loopback here), status with QR and code, votes as events, confirm, replay after a restart. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import QRCode from 'qrcode';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventName, EventPayloads } from '../../../../../shared/ipc/contract';
import type { RoomStatus } from '../../../../../shared/room/roomStatus';
import { UserFacingError } from '../../../../../electron/services/ipc/dispatcher';
import { createRoomService, type RoomService } from '../../../../../electron/services/room/roomService';
import { fakeRendererDir, openState, TestPhone } from './roomTestKit';

let userDataDir: string;
let rendererDir: string;
let events: { name: EventName; payload: unknown }[];
let service: RoomService;
const phones: TestPhone[] = [];

function makeService(listAddresses = () => [] as { address: string; interfaceName: string }[]): RoomService {
  return createRoomService({
    userDataDir,
    rendererDir,
    now: Date.now,
    log: () => {},
    emit: <E extends EventName>(name: E, payload: EventPayloads[E]) => events.push({ name, payload }),
    listAddresses,
  });
}

beforeEach(async () => {
  userDataDir = await mkdtemp(path.join(os.tmpdir(), 'rr-room-service-'));
  rendererDir = await fakeRendererDir();
  events = [];
  service = makeService();
});
afterEach(async () => {
  await Promise.all(phones.splice(0).map((p) => p.close()));
  await service.shutdown();
  await rm(userDataDir, { recursive: true, force: true });
  await rm(rendererDir, { recursive: true, force: true });
});

const open = (s: RoomStatus) => {
  if (s.state !== 'open') throw new Error('the room should be open');
  return s;
};

describe('room service', () => {
  it('says plainly when there is no network, and offers nothing on the LAN', async () => {
    expect(service.status()).toEqual({ state: 'closed', lanAddresses: [] });
    const error = await service.open({ sessionId: 's1', network: 'lan', anonymous: false, round: { kind: 'none' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as Error).message).toMatch(/not connected to any network/);
  });

  it('opens on loopback with a ≥128-bit key in the QR address and a six-character code', async () => {
    const status = open(await service.open({ sessionId: 's1', network: 'loopback', anonymous: false, round: openState() }));
    expect(status.addresses).toHaveLength(1);
    const [address] = status.addresses;
    expect(address!.address).toBe('127.0.0.1');
    const key = /#k=([A-Za-z0-9_-]+)$/.exec(address!.joinUrl)![1]!;
    expect(Buffer.from(key, 'base64url').byteLength * 8).toBeGreaterThanOrEqual(128);
    expect(status.code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{6}$/);
    // The QR code is the join address itself.
    expect(address!.qrSvg).toBe(await QRCode.toString(address!.joinUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000ff', light: '#ffffffff' } }));
    expect(events.at(-1)).toMatchObject({ name: 'roomState', payload: { state: 'open', sessionId: 's1' } });
    // Opening twice for the same session is the same room; for another session it is refused.
    expect(open(await service.open({ sessionId: 's1', network: 'loopback', anonymous: false, round: openState() })).port).toBe(status.port);
    await expect(service.open({ sessionId: 's2', network: 'loopback', anonymous: false, round: openState() })).rejects.toThrow(/another session/);
  });

  it('a phone vote arrives as a roomVote event, stays pending until confirmed, and is handed back after a restart', async () => {
    const status = open(await service.open({ sessionId: 's1', network: 'loopback', anonymous: false, round: openState() }));
    const origin = `http://127.0.0.1:${status.port}`;
    const phone = await TestPhone.connect(`ws://127.0.0.1:${status.port}/ws`, origin);
    phones.push(phone);
    await phone.join('Ana', { kind: 'key', key: /#k=(.+)$/.exec(status.addresses[0]!.joinUrl)![1]! });
    phone.vote('round-1', 4, 'vote-000001', 'fine');
    await phone.next('ack');
    const vote = events.find((e) => e.name === 'roomVote')!.payload as EventPayloads['roomVote'];
    expect(vote).toMatchObject({ sessionId: 's1', roundId: 'round-1', name: 'Ana', score: 4, comment: 'fine' });
    expect(await service.pending()).toHaveLength(1);

    // The app quits before the window stored the vote…
    await service.shutdown();
    expect(phone.received.at(-1)).toMatchObject({ type: 'state', state: { phase: 'room-closed' } });
    service = makeService();
    // …and the vote is handed over again at the next start.
    const pending = await service.pending();
    expect(pending.map((e) => e.entryId)).toEqual([vote.entryId]);
    expect(await service.confirm(vote.entryId, 'stored')).toEqual({ confirmed: true });
    expect(await service.pending()).toEqual([]);
  });

  it('setRound reaches only the open room of that session', async () => {
    await service.open({ sessionId: 's1', network: 'loopback', anonymous: false, round: { kind: 'none' } });
    expect(service.setRound('other', false, openState())).toEqual({ applied: false });
    expect(service.setRound('s1', true, openState())).toEqual({ applied: true });
    expect(open(service.status())).toMatchObject({ openRoundId: 'round-1', anonymous: true });
    const closed = await service.close();
    expect(closed.state).toBe('closed');
    expect(service.setRound('s1', false, openState())).toEqual({ applied: false });
  });
});
