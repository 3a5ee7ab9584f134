/**
 * Hostile clients on the room's network (all on 127.0.0.1): wrong tokens, guessed codes, floods,
 * oversized and malformed messages, votes for a closed round, replays, foreign origins, too many
 * connections, and attempts to control the session. Each is refused, writes nothing, and a
 * well-behaved phone keeps voting undisturbed.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translatorNow } from '../../../../../shared/i18n';
import { participantToken } from '../../../../../electron/services/room/roomSecrets';
import { ROOM_PROTOCOL_VERSION } from '../../../../../shared/room/protocol';
import { JOIN_CODE, openState, ROOM_KEY, sleep, startTestRoom, TestPhone, type TestRoom } from './roomTestKit';

let room: TestRoom;
let good: TestPhone;
let goodVotes = 0;
const phones: TestPhone[] = [];

async function phone(headers: Record<string, string> = {}): Promise<TestPhone> {
  const p = await TestPhone.connect(room.url, room.origin, headers);
  phones.push(p);
  return p;
}

/** The well-behaved phone votes and is acknowledged: the hostile client disturbed nobody. */
async function goodPhoneStillVotes(): Promise<void> {
  goodVotes++;
  const voteId = `good-${String(goodVotes).padStart(4, '0')}`;
  good.vote('round-1', ((goodVotes % 5) + 1) as 1 | 2 | 3 | 4 | 5, voteId);
  const ack = await good.next('ack');
  expect(ack.voteId).toBe(voteId);
}

/** Journal entries other than the good phone's. */
function strangerVotesInJournal(): number {
  return room.journal.all().length - goodVotes;
}

async function setup(options: Parameters<typeof startTestRoom>[0] = {}): Promise<void> {
  room = await startTestRoom(options);
  room.server.setRound(openState());
  good = await phone();
  await good.join('Good phone');
  goodVotes = 0;
}

/** Tries a WebSocket upgrade with raw headers; resolves with the HTTP status the server answered. */
function upgradeStatus(headers: Record<string, string>, pathname = '/ws'): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request({
      host: '127.0.0.1',
      port: room.server.port,
      path: pathname,
      headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': randomBytes(16).toString('base64'), ...headers },
    });
    request.on('upgrade', (_res, socket) => {
      socket.destroy();
      resolve(101);
    });
    request.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    request.on('error', reject);
    request.end();
  });
}

afterEach(async () => {
  await Promise.all(phones.splice(0).map((p) => p.close()));
  await room.close();
});

describe('hostile clients', () => {
  beforeEach(async () => {
    await setup();
  });

  it('a wrong or made-up token is refused', async () => {
    const mallory = await phone();
    // Signed with another secret: well formed, not genuine.
    const forged = participantToken(randomBytes(24).toString('base64url'), 'phone-000000000001', 0);
    mallory.send({ v: ROOM_PROTOCOL_VERSION, type: 'vote', token: forged, voteId: 'evil-0001', roundId: 'round-1', score: 1, comment: '' });
    expect(await mallory.next('refused')).toMatchObject({ code: 'unknown-participant', voteId: 'evil-0001' });
    mallory.send({ v: ROOM_PROTOCOL_VERSION, type: 'resume', token: forged });
    expect(await mallory.next('refused')).toMatchObject({ code: 'unknown-participant' });
    // Someone else's token, on a connection that never joined with it.
    mallory.send({ v: ROOM_PROTOCOL_VERSION, type: 'vote', token: good.token!, voteId: 'evil-0002', roundId: 'round-1', score: 1, comment: '' });
    expect(await mallory.next('refused')).toMatchObject({ code: 'not-joined' });
    expect(strangerVotesInJournal()).toBe(0);
    await goodPhoneStillVotes();
  });

  it('a wrong room key is refused', async () => {
    const mallory = await phone();
    mallory.send({ v: ROOM_PROTOCOL_VERSION, type: 'join', credential: { kind: 'key', key: 'x'.repeat(32) }, name: 'Mallory' });
    expect(await mallory.next('refused')).toMatchObject({ code: 'bad-key' });
    expect(room.server.stats().joined).toBe(1);
    await goodPhoneStillVotes();
  });

  it('guessed codes: a few tries per address, then a wait, even for the right code', async () => {
    const mallory = await phone();
    for (let i = 0; i < 5; i++) {
      mallory.send({ v: ROOM_PROTOCOL_VERSION, type: 'join', credential: { kind: 'code', code: `AAAAA${'CDEFG'[i]}` }, name: null });
      expect(await mallory.next('refused')).toMatchObject({ code: 'bad-code' });
    }
    mallory.send({ v: ROOM_PROTOCOL_VERSION, type: 'join', credential: { kind: 'code', code: JOIN_CODE }, name: null });
    expect(await mallory.next('refused')).toMatchObject({ code: 'too-many-attempts' });
    expect(room.server.stats().joined).toBe(1);
    // The QR key still works for everyone.
    const bea = await phone();
    await bea.join('Bea');
    await goodPhoneStillVotes();
  });

  it('flooding: too many messages are refused, then the connection is closed; others are not slowed', async () => {
    const mallory = await phone();
    const malloryToken = await mallory.join('Mallory');
    for (let i = 0; i < 400; i++) {
      mallory.send({ v: ROOM_PROTOCOL_VERSION, type: 'vote', token: malloryToken, voteId: `flood-${String(i).padStart(4, '0')}`, roundId: 'round-1', score: 1, comment: '' });
    }
    expect(await mallory.next('refused')).toMatchObject({ code: 'slow-down' });
    for (let i = 0; i < 50 && !mallory.closed; i++) await sleep(20);
    expect(mallory.closed).toBe(true);
    expect(mallory.closeCode).toBe(1008);
    // Only the burst got through (20), not the flood.
    expect(room.journal.all().length).toBeLessThanOrEqual(20);
    await goodPhoneStillVotes();
  });

  it('an oversized message closes only that connection', async () => {
    const mallory = await phone();
    await mallory.join('Mallory');
    mallory.sendRaw(JSON.stringify({ v: 1, type: 'vote', pad: 'x'.repeat(5000) }));
    for (let i = 0; i < 50 && !mallory.closed; i++) await sleep(20);
    expect(mallory.closed).toBe(true);
    expect(mallory.closeCode).toBe(1009);
    await goodPhoneStillVotes();
  });

  it('malformed messages are refused with a plain message and write nothing', async () => {
    const mallory = await phone();
    const token = await mallory.join('Mallory');
    const bad: (string | Buffer)[] = [
      'not json',
      '{"v":2',
      'null',
      '[]',
      JSON.stringify({ v: 2, type: 'join', credential: { kind: 'key', key: ROOM_KEY }, name: null }),
      JSON.stringify({ v: 3, type: 'vote', token, voteId: 'bad-00001', roundId: 'round-1', score: 6, comment: '' }),
      JSON.stringify({ v: 3, type: 'vote', token, voteId: 'bad-00002', roundId: 'round-1', score: '3', comment: '' }),
      JSON.stringify({ v: 3, type: 'vote', token, voteId: 'bad-00003', roundId: 'round-1', score: 3, comment: 'x'.repeat(1200) }),
      JSON.stringify({ v: 3, type: 'vote', token, voteId: 'bad-00004', roundId: 'round-1', score: 3, comment: '', participantId: 'someone-else' }),
      JSON.stringify({ v: 3, type: 'vote', token, voteId: '../../etc', roundId: 'round-1', score: 3, comment: '' }),
      JSON.stringify({ v: 3, type: 'join', credential: { kind: 'key', key: ROOM_KEY }, name: 'x'.repeat(500) }),
      JSON.stringify({ v: 3, type: 'join', credential: { kind: 'code', code: '<script>' }, name: null }),
      JSON.stringify({ v: 3, type: '__proto__', token }),
    ];
    for (const text of bad) {
      mallory.sendRaw(text);
      const refused = await mallory.next('refused');
      expect(refused.code).toBe('bad-message');
      expect(translatorNow('en').text(refused.message)).not.toMatch(/at |Error|zod|\{/);
      expect(JSON.stringify(refused.message)).not.toMatch(/Error|zod|issues/);
    }
    mallory.sendRaw(Buffer.from([1, 2, 3]), true);
    expect((await mallory.next('refused')).code).toBe('bad-message');
    expect(room.journal.all()).toHaveLength(0);
    await goodPhoneStillVotes();
  });

  it('nothing a phone sends can open, reveal or close a round', async () => {
    const mallory = await phone();
    const token = await mallory.join('Mallory');
    for (const type of ['open', 'reveal', 'close', 'openRound', 'revealRound', 'setRound', 'closeRoom']) {
      mallory.send({ v: ROOM_PROTOCOL_VERSION, type, token, roundId: 'round-1' });
      expect((await mallory.next('refused')).code).toBe('bad-message');
    }
    expect(room.server.stats().openRoundId).toBe('round-1');
    await goodPhoneStillVotes();
  });

  it('votes for a closed round or another round are refused', async () => {
    good.vote('round-2', 3, 'good-other');
    expect(await good.next('refused')).toMatchObject({ code: 'round-closed', voteId: 'good-other' });
    room.server.setRound({ kind: 'none' });
    good.vote('round-1', 3, 'good-late1');
    expect(await good.next('refused')).toMatchObject({ code: 'round-closed' });
    expect(room.journal.all()).toHaveLength(0);
    room.server.setRound(openState());
    await goodPhoneStillVotes();
  });

  it('a replayed vote counts once and never undoes a later one', async () => {
    const ana = await phone();
    const token = await ana.join('Ana');
    const first = { v: ROOM_PROTOCOL_VERSION, type: 'vote', token, voteId: 'ana-000001', roundId: 'round-1', score: 2, comment: '' } as const;
    ana.send(first);
    await ana.next('ack');
    ana.send({ ...first, voteId: 'ana-000002', score: 5 });
    await ana.next('ack');
    // The first message again, as captured.
    ana.send(first);
    const replayAck = await ana.next('ack');
    expect(replayAck.vote.score).toBe(2);
    expect(room.journal.all().map((e) => e.score)).toEqual([2, 5]);
    expect(room.votes).toHaveLength(2);
    // The room still remembers 5 for Ana.
    ana.send({ v: ROOM_PROTOCOL_VERSION, type: 'resume', token });
    await ana.next('welcome');
    expect((await ana.next('state')).state).toMatchObject({ myVote: { score: 5 } });
    await goodPhoneStillVotes();
  });

  it('foreign origins, wrong hosts and wrong paths get no WebSocket', async () => {
    const host = `127.0.0.1:${room.server.port}`;
    expect(await upgradeStatus({ Host: host, Origin: room.origin })).toBe(101);
    expect(await upgradeStatus({ Host: host, Origin: 'http://evil.example' })).toBe(403);
    expect(await upgradeStatus({ Host: host, Origin: `http://localhost:${room.server.port}` })).toBe(403);
    expect(await upgradeStatus({ Host: host })).toBe(403);
    expect(await upgradeStatus({ Host: `evil.example:${room.server.port}`, Origin: room.origin })).toBe(421);
    expect(await upgradeStatus({ Host: host, Origin: room.origin }, '/other')).toBe(404);
    // DNS rebinding: a page served under another name gets nothing either.
    const status = await new Promise<number>((resolve, reject) => {
      http.get({ host: '127.0.0.1', port: room.server.port, path: '/', headers: { Host: `rebound.example:${room.server.port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }).on('error', reject);
    });
    expect(status).toBe(421);
    await goodPhoneStillVotes();
  });
});

describe('limits', () => {
  it('caps connections per address', async () => {
    await setup({ limits: { maxConnectionsPerAddress: 3 } });
    await phone();
    await phone();
    await expect(phone()).rejects.toThrow(/429/);
    await goodPhoneStillVotes();
  });

  it('switches the short code off after too many wrong tries in total', async () => {
    let clock = 0;
    await setup({ now: () => clock, limits: { codeGuard: { perAddress: 3, windowMs: 60_000, total: 6 } } });
    const mallory = await phone();
    const codes = ['AAAAAC', 'AAAAAD', 'AAAAAE', 'AAAAAF', 'AAAAAG', 'AAAAAH'];
    for (const [i, code] of codes.entries()) {
      if (i === 3) clock += 61_000; // the address waited out its window
      mallory.send({ v: ROOM_PROTOCOL_VERSION, type: 'join', credential: { kind: 'code', code }, name: null });
      await mallory.next('refused');
    }
    expect(room.server.stats().codeLocked).toBe(true);
    mallory.send({ v: ROOM_PROTOCOL_VERSION, type: 'join', credential: { kind: 'code', code: JOIN_CODE }, name: null });
    expect(await mallory.next('refused')).toMatchObject({ code: 'code-locked' });
    // The QR address keeps working.
    const bea = await phone();
    await bea.join('Bea');
    await goodPhoneStillVotes();
  });
});
