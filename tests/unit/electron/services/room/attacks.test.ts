/**
 * The attacks and failures a room meets, each driven with real sockets on 127.0.0.1: a stranger
 * holding idle or slow connections, one phone filling the room, votes acknowledged that never
 * counted, a second phone typing someone's name, hostile names, oversized headers, votes refused
 * for speed. During each one an honest phone (its own address, see roomTestKit) still loads the
 * page and joins within 2 s. Every loop is bounded and stops by itself.
 */
import http from 'node:http';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { translatorNow } from '../../../../../shared/i18n';
import { ROOM_PROTOCOL_VERSION } from '../../../../../shared/room/protocol';
import { honestPort, openState, ROOM_KEY, roster, sleep, startTestRoom, TestPhone, type TestRoom } from './roomTestKit';

let room: TestRoom | null = null;
const sockets: net.Socket[] = [];
const phones: TestPhone[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await Promise.all(phones.splice(0).map((p) => p.close()));
  await room?.close();
  room = null;
});

async function start(options: Parameters<typeof startTestRoom>[0] = {}): Promise<TestRoom> {
  room = await startTestRoom(options);
  room.server.setRound(openState());
  return room;
}

async function stranger(): Promise<TestPhone> {
  const p = await TestPhone.connect(room!.url, room!.origin);
  phones.push(p);
  return p;
}

/** Loads the page (from its own address) and joins; resolves with the milliseconds it took. */
async function honestJoin(name: string): Promise<number> {
  const started = performance.now();
  const localPort = await honestPort();
  const status = await new Promise<number>((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port: room!.server.port, path: '/', localPort, localAddress: '127.0.0.1', agent: false }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('error', reject);
  });
  expect(status).toBe(200);
  const phone = await TestPhone.connect(room!.url, room!.origin, {}, true);
  phones.push(phone);
  phone.send({ v: ROOM_PROTOCOL_VERSION, type: 'hello', key: ROOM_KEY });
  await phone.next('lobby', 2000);
  phone.send({ v: ROOM_PROTOCOL_VERSION, type: 'join', credential: { kind: 'key', key: ROOM_KEY }, name });
  await phone.next('welcome', 2000);
  return performance.now() - started;
}

/** A raw TCP connection from the stranger's address. */
function rawSocket(): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port: room!.server.port }, () => resolve(socket));
    // Reading (and dropping) whatever comes, so the end of the stream is seen when the server closes it.
    socket.resume();
    socket.on('error', () => {});
    socket.once('error', reject);
    sockets.push(socket);
  });
}

const isClosed = (socket: net.Socket) => socket.destroyed || socket.readableEnded;

describe('room under attack', () => {
  it('400 idle connections from one address: only a few are held, all are closed within seconds, an honest phone joins within 2 s', async () => {
    await start();
    const idle: net.Socket[] = [];
    for (let i = 0; i < 400; i++) idle.push(await rawSocket().catch(() => null as never));
    // The address's share is held; the rest were refused at once.
    await expect.poll(() => idle.filter((s) => s && !isClosed(s)).length, { timeout: 2000 }).toBeLessThanOrEqual(24);
    expect(await honestJoin('Honest during idle')).toBeLessThan(2000);
    // Silent sockets are closed within seconds, not held until a global cap.
    await expect.poll(() => idle.filter((s) => s && !isClosed(s)).length, { timeout: 12_000, interval: 250 }).toBe(0);
  });

  it('slow headers, a byte at a time, and WebSockets that never say hello are closed within seconds', async () => {
    await start();
    // The stranger's share of sockets (24): 14 dribbling headers, 8 silent WebSockets.
    const slow: net.Socket[] = [];
    for (let i = 0; i < 14; i++) {
      const socket = await rawSocket().catch(() => null);
      if (socket) slow.push(socket);
    }
    const dribble = setInterval(() => {
      for (const socket of slow) if (!isClosed(socket)) socket.write('X');
    }, 300);
    for (const socket of slow) socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${room!.server.port}\r\nX-Slow: `);
    const mute: TestPhone[] = [];
    for (let i = 0; i < 8; i++) mute.push(await stranger());
    try {
      expect(await honestJoin('Honest during slow')).toBeLessThan(2000);
      await expect.poll(() => slow.filter((s) => !isClosed(s)).length, { timeout: 12_000, interval: 250 }).toBe(0);
      await expect.poll(() => mute.filter((p) => !p.closed).length, { timeout: 12_000, interval: 250 }).toBe(0);
    } finally {
      clearInterval(dribble);
    }
  });

  it('one connection joining again and again keeps one identity; fresh connections cannot fill the room, and who left without voting is let go', async () => {
    await start({ limits: { releaseAfterMs: 400 }, roster: roster(['Ines Laurent'], 10) });
    const mallory = await stranger();
    const first = await mallory.join('Mallory');
    for (let i = 0; i < 200; i++) mallory.send({ v: ROOM_PROTOCOL_VERSION, type: 'join', credential: { kind: 'key', key: ROOM_KEY }, name: `Mallory ${i}` });
    await sleep(300);
    const tokens = new Set(mallory.received.filter((m) => m.type === 'welcome').map((m) => (m as { token: string }).token));
    expect(tokens).toEqual(new Set([first]));
    expect(room!.server.stats().joined).toBe(1);

    // New connections, each joining once: the address may hold only a few new participants.
    const refusals: string[] = [];
    for (let i = 0; i < 20; i++) {
      const p = await stranger().catch(() => null);
      if (!p) continue;
      p.send({ v: ROOM_PROTOCOL_VERSION, type: 'join', credential: { kind: 'key', key: ROOM_KEY }, name: null });
      const answer = await Promise.race([p.next('welcome', 1500).then(() => 'welcome'), p.next('refused', 1500).then((r) => r.code)]).catch(() => 'closed');
      refusals.push(answer);
      await p.close();
    }
    expect(refusals.filter((r) => r === 'welcome').length).toBeLessThanOrEqual(3);
    expect(room!.server.stats().full).toBe(false);
    expect(await honestJoin('Honest during joins')).toBeLessThan(2000);
    // They left without voting: let go, their places free again.
    await mallory.close();
    await expect.poll(() => room!.server.stats().joined, { timeout: 3000 }).toBe(1);
  });

  it('the room holds what the session holds: a phone is told it is full before it votes', async () => {
    // The session has 3 people and holds 5: two new phones fit, the third is told at once.
    await start({ roster: roster(['Ana', 'Bo', 'Cy'], 5), limits: { newcomersPerAddress: 10 } });
    const a = await stranger();
    await a.join(null);
    const b = await stranger();
    await b.join(null);
    const c = await stranger();
    c.send({ v: ROOM_PROTOCOL_VERSION, type: 'hello', key: ROOM_KEY });
    expect(await c.next('lobby')).toMatchObject({ full: true, people: [{ name: 'Ana' }, { name: 'Bo' }, { name: 'Cy' }] });
    c.send({ v: ROOM_PROTOCOL_VERSION, type: 'join', credential: { kind: 'key', key: ROOM_KEY }, name: 'Dee' });
    expect(await c.next('refused')).toMatchObject({ code: 'room-full' });
    expect(room!.journal.all()).toHaveLength(0);
    // Someone already in the session can still join as themselves.
    await c.join(null, { kind: 'key', key: ROOM_KEY }, { as: 'p-2' });
    expect(c.received.find((m) => m.type === 'welcome')).toMatchObject({ name: 'Bo' });
  });

  it('acknowledged means counted: a vote the session could not take is refused by its id, in words, never acknowledged', async () => {
    await start();
    room!.answer = (entry) => (entry.score === 5 ? 'full' : entry.score === 4 ? 'late' : 'stored');
    const ana = await stranger();
    await ana.join('Ana');
    ana.vote('round-1', 5, 'vote-full-1');
    const full = await ana.next('refused');
    expect(full).toMatchObject({ code: 'room-full', voteId: 'vote-full-1' });
    expect(translatorNow('en').text(full.message)).toMatch(/^Your vote “5” on Data quality, Round 1 was not counted: the session cannot take another participant/);
    expect(translatorNow('de').text(full.message)).toMatch(/^Ihre Stimme „5“ zu Data quality, Runde 1 wurde nicht gezählt/);
    ana.vote('round-1', 4, 'vote-late-1');
    expect(await ana.next('refused')).toMatchObject({ code: 'round-closed', voteId: 'vote-late-1' });
    ana.vote('round-1', 2, 'vote-kept-1');
    expect(await ana.next('ack')).toMatchObject({ voteId: 'vote-kept-1', vote: { score: 2 } });
    expect(ana.received.filter((m) => m.type === 'ack')).toHaveLength(1);
    expect(room!.server.stats().phoneVotesInRound).toBe(1);
  });

  it('a vote refused for speed is named, so the phone can send it again', async () => {
    await start({ limits: { messageBurst: 3, messagesPerSecond: 1 } });
    const ana = await stranger();
    await ana.join('Ana');
    for (let i = 0; i < 4; i++) ana.vote('round-1', 3, `vote-fast-${i}`);
    const refused = await ana.next('refused');
    expect(refused).toMatchObject({ code: 'slow-down' });
    expect(refused.voteId).toMatch(/^vote-fast-/);
    expect(translatorNow('en').text(refused.message)).toMatch(/^Your vote “3” was not taken yet/);
  });

  it('names are claimed, not typed over: a held name needs the facilitator’s consent, and the laptop sees who joined as whom', async () => {
    await start({ roster: roster(['Tom Becker', 'Ines Laurent']) });
    const tom = await stranger();
    tom.send({ v: ROOM_PROTOCOL_VERSION, type: 'hello', key: ROOM_KEY });
    expect((await tom.next('lobby')).people.map((p) => p.name)).toEqual(['Tom Becker', 'Ines Laurent']);
    const tomToken = await tom.join('tom becker');
    expect(tom.received.find((m) => m.type === 'welcome')).toMatchObject({ name: 'Tom Becker' });
    expect(room!.server.stats().joins).toMatchObject([{ participantId: 'p-1', name: 'Tom Becker' }]);
    tom.vote('round-1', 2, 'vote-tom-01');
    await tom.next('ack');

    // A second phone typing the name is refused; Tom is no longer offered.
    const other = await stranger();
    other.send({ v: ROOM_PROTOCOL_VERSION, type: 'hello', key: ROOM_KEY });
    expect((await other.next('lobby')).people.map((p) => p.name)).toEqual(['Ines Laurent']);
    other.send({ v: ROOM_PROTOCOL_VERSION, type: 'join', credential: { kind: 'key', key: ROOM_KEY }, name: 'TOM  BECKER' });
    expect(await other.next('refused')).toMatchObject({ code: 'name-taken' });
    other.send({ v: ROOM_PROTOCOL_VERSION, type: 'join', credential: { kind: 'key', key: ROOM_KEY }, name: 'Tom Becker', as: 'p-1' });
    expect(await other.next('refused')).toMatchObject({ code: 'name-taken' });
    expect(room!.votes.map((v) => [v.phoneId, v.score])).toEqual([['p-1', 2]]);

    // It asks the facilitator: refused, then asked again and let in.
    other.send({ v: ROOM_PROTOCOL_VERSION, type: 'join', credential: { kind: 'key', key: ROOM_KEY }, name: 'Tom Becker', ask: true });
    expect(await other.next('refused')).toMatchObject({ code: 'asking' });
    const [claim] = room!.server.stats().claims;
    expect(claim).toMatchObject({ participantId: 'p-1', name: 'Tom Becker' });
    expect(room!.server.answerClaim(claim!.claimId, false, 0)).toBe(true);
    expect(await other.next('refused')).toMatchObject({ code: 'ask-refused' });
    other.send({ v: ROOM_PROTOCOL_VERSION, type: 'join', credential: { kind: 'key', key: ROOM_KEY }, name: 'Tom Becker', ask: true });
    await other.next('refused');
    room!.server.answerClaim(room!.server.stats().claims[0]!.claimId, true, 1);
    expect(await other.next('welcome')).toMatchObject({ name: 'Tom Becker' });
    // The old phone is told, and its token no longer works.
    expect(await tom.next('refused')).toMatchObject({ code: 'replaced' });
    const old = await stranger();
    old.send({ v: ROOM_PROTOCOL_VERSION, type: 'resume', token: tomToken });
    expect(await old.next('refused')).toMatchObject({ code: 'unknown-participant' });
    expect(await honestJoin('Honest during claims')).toBeLessThan(2000);
  });

  it('in an anonymous room no name is offered or sent back', async () => {
    await start({ anonymous: true, roster: roster(['Tom Becker']) });
    const p = await stranger();
    p.send({ v: ROOM_PROTOCOL_VERSION, type: 'hello', key: ROOM_KEY });
    expect(await p.next('lobby')).toMatchObject({ anonymous: true, people: [] });
    await p.join('Tom Becker');
    expect(p.received.find((m) => m.type === 'welcome')).toMatchObject({ name: null, anonymous: true });
  });

  it('control and direction-changing characters are removed from names before they are kept', async () => {
    await start();
    const eve = await stranger();
    await eve.join('\u202Egnp.exe\u0007 Eve\u2066\u200B');
    expect(eve.received.find((m) => m.type === 'welcome')).toMatchObject({ name: 'gnp.exe Eve' });
    eve.vote('round-1', 1, 'vote-eve-01');
    await eve.next('ack');
    expect(room!.votes[0]!.name).toBe('gnp.exe Eve');
  });

  it('oversized headers get an HTTP answer (431), not a dropped connection', async () => {
    await start();
    const socket = await rawSocket();
    const answer = new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
    });
    socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${room!.server.port}\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(await answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(await honestJoin('Honest after headers')).toBeLessThan(2000);
  });
});
