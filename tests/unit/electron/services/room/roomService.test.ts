/**
 * The room service as the window uses it: open (loopback here), status with QR and code, votes as
 * events, the phone acknowledged only once the window confirmed, replay after a restart, the same
 * port and key after a restart (phones resume by themselves), key rotation, address choice.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import QRCode from 'qrcode';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translatorNow } from '../../../../../shared/i18n';
import type { EventName, EventPayloads } from '../../../../../shared/ipc/contract';
import type { RoomStatus } from '../../../../../shared/room/roomStatus';
import { UserFacingError } from '../../../../../electron/services/ipc/dispatcher';
import type { LanAddress } from '../../../../../electron/services/room/networkAddresses';
import { createRoomService, type OpenRoomRequest, type RoomService } from '../../../../../electron/services/room/roomService';
import { fakeRendererDir, openState, roster, TestPhone } from './roomTestKit';

const request = (over: Partial<OpenRoomRequest> = {}): OpenRoomRequest => ({ sessionId: 's1', network: 'loopback', anonymous: false, round: openState(), roster: roster(), previous: null, ...over });

let userDataDir: string;
let rendererDir: string;
let events: { name: EventName; payload: unknown }[];
let service: RoomService;
const phones: TestPhone[] = [];

function makeService(listAddresses = () => [] as LanAddress[]): RoomService {
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
    const error = await service.open(request({ network: 'lan', round: { kind: 'none' } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as Error).message).toMatch(/not connected to any network/);
  });

  it('opens on loopback with a ≥128-bit key in the QR address and a six-character code', async () => {
    const status = open(await service.open(request()));
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
    expect(open(await service.open(request())).port).toBe(status.port);
    await expect(service.open(request({ sessionId: 's2' }))).rejects.toThrow(/another session/);
  });

  it('a phone vote arrives as a roomVote event, is acknowledged only once the window stored it, and is handed back after a restart', async () => {
    const status = open(await service.open(request()));
    const origin = `http://127.0.0.1:${status.port}`;
    const phone = await TestPhone.connect(`ws://127.0.0.1:${status.port}/ws`, origin);
    phones.push(phone);
    await phone.join('Ana', { kind: 'key', key: status.settings.key });
    phone.vote('round-1', 4, 'vote-000001', 'fine');
    await expect.poll(() => events.some((e) => e.name === 'roomVote')).toBe(true);
    const vote = events.find((e) => e.name === 'roomVote')!.payload as EventPayloads['roomVote'];
    expect(vote).toMatchObject({ sessionId: 's1', roundId: 'round-1', name: 'Ana', score: 4, comment: 'fine' });
    expect(await service.pending()).toHaveLength(1);
    // On disk, handed over, but not stored by the window yet: the phone has heard nothing.
    expect(phone.received.some((m) => m.type === 'ack')).toBe(false);

    // The app quits before the window stored the vote: the phone is not told the room closed
    // (it will come back by itself), the connection just drops…
    await service.shutdown();
    await expect.poll(() => phone.closed).toBe(true);
    expect(phone.received.some((m) => m.type === 'state' && m.state.phase === 'room-closed')).toBe(false);
    service = makeService();
    // …and the vote is handed over again at the next start.
    const pending = await service.pending();
    expect(pending.map((e) => e.entryId)).toEqual([vote.entryId]);
    expect(await service.confirm(vote.entryId, 'stored')).toEqual({ confirmed: true });
    expect(await service.pending()).toEqual([]);
  });

  it('a vote the window could not count is refused by its id, in words', async () => {
    const status = open(await service.open(request()));
    const phone = await TestPhone.connect(`ws://127.0.0.1:${status.port}/ws`, `http://127.0.0.1:${status.port}`);
    phones.push(phone);
    await phone.join('Ana', { kind: 'key', key: status.settings.key });
    phone.vote('round-1', 3, 'vote-000002');
    await expect.poll(() => events.some((e) => e.name === 'roomVote')).toBe(true);
    const vote = events.find((e) => e.name === 'roomVote')!.payload as EventPayloads['roomVote'];
    await service.confirm(vote.entryId, 'late');
    const refused = await phone.next('refused');
    expect(refused).toMatchObject({ code: 'round-closed', voteId: 'vote-000002' });
    expect(translatorNow('en').text(refused.message)).toMatch(/^Your vote “3” on Data quality, Round 1 was not counted: voting on that round closed/);
    expect(phone.received.some((m) => m.type === 'ack')).toBe(false);
  });

  it('reopens after a restart on the same port and key; phones resume as themselves with their votes', async () => {
    const first = open(await service.open(request()));
    const url = `ws://127.0.0.1:${first.port}/ws`;
    const origin = `http://127.0.0.1:${first.port}`;
    const phone = await TestPhone.connect(url, origin);
    phones.push(phone);
    const token = await phone.join('Ana', { kind: 'key', key: first.settings.key });
    phone.vote('round-1', 2, 'vote-000003');
    await expect.poll(() => events.some((e) => e.name === 'roomVote')).toBe(true);
    const vote = events.find((e) => e.name === 'roomVote')!.payload as EventPayloads['roomVote'];
    await service.confirm(vote.entryId, 'stored');
    await phone.next('ack');

    await service.shutdown();
    service = makeService();
    // The window reopens the session's room with what it kept; the session now has Ana and her vote.
    const sessionRoster = roster([], 200, { people: [{ id: vote.phoneId, name: 'Ana', voter: true, phone: true, handovers: 0 }], votes: [{ participantId: vote.phoneId, score: 2, comment: '' }] });
    const again = open(await service.open(request({ roster: sessionRoster, previous: { ...first.settings } })));
    expect(again.port).toBe(first.port);
    expect(again.settings.key).toBe(first.settings.key);
    expect(again.addresses[0]!.joinUrl).toBe(first.addresses[0]!.joinUrl);
    const back = await TestPhone.connect(url, origin);
    phones.push(back);
    back.send({ v: 3, type: 'resume', token });
    expect(await back.next('welcome')).toMatchObject({ name: 'Ana' });
    expect(await back.next('state')).toMatchObject({ state: { phase: 'voting', myVote: { score: 2 } } });

    // A new key: the old QR address lets nobody new in; the phone already in stays.
    const rotated = open(await service.rotateKey('s1'));
    expect(rotated.settings.key).not.toBe(first.settings.key);
    expect(rotated.settings.tokenSecret).toBe(first.settings.tokenSecret);
    const late = await TestPhone.connect(url, origin);
    phones.push(late);
    late.send({ v: 3, type: 'join', credential: { kind: 'key', key: first.settings.key }, name: 'Bo' });
    expect(await late.next('refused')).toMatchObject({ code: 'bad-key' });
    back.vote('round-1', 5, 'vote-000004');
    await expect.poll(() => events.filter((e) => e.name === 'roomVote').length).toBe(2);
  });

  it('ranks the addresses and shows the chosen one first', async () => {
    await service.shutdown();
    service = makeService(() => [
      { address: '127.0.0.1', interfaceName: 'wlan0', kind: 'wifi' },
    ]);
    const status = open(await service.open(request({ network: 'lan' })));
    expect(status.addresses.map((a) => a.kind)).toEqual(['wifi']);
    expect((await service.chooseAddress('s1', '127.0.0.1')).state).toBe('open');
    await expect(service.chooseAddress('s1', '10.9.9.9')).rejects.toThrow(/does not have that address/);
  });

  it('setRound reaches only the open room of that session', async () => {
    await service.open(request({ round: { kind: 'none' } }));
    expect(service.setRound('other', false, openState(), roster())).toEqual({ applied: false });
    expect(service.setRound('s1', true, openState(), roster())).toEqual({ applied: true });
    expect(open(service.status())).toMatchObject({ openRoundId: 'round-1', anonymous: true });
    const closed = await service.close();
    expect(closed.state).toBe('closed');
    expect(service.setRound('s1', false, openState(), roster())).toEqual({ applied: false });
  });
});
