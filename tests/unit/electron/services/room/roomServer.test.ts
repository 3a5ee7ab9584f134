/** The room server's normal path, on 127.0.0.1: the page, joining, voting, changing a vote, the reveal, closing. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOM_PROTOCOL_VERSION } from '../../../../../shared/room/protocol';
import { readJournalFile, JOURNAL_FILE_NAME } from '../../../../../electron/services/room/roomJournal';
import { JOIN_CODE, openState, startTestRoom, TestPhone, type TestRoom } from './roomTestKit';
import path from 'node:path';

let room: TestRoom;
const phones: TestPhone[] = [];
const phone = async () => {
  const p = await TestPhone.connect(room.url, room.origin);
  phones.push(p);
  return p;
};

beforeEach(async () => {
  room = await startTestRoom();
});
afterEach(async () => {
  await Promise.all(phones.splice(0).map((p) => p.close()));
  await room.close();
});

describe('the phone page over HTTP', () => {
  it('serves the page at / with a strict CSP, and only the files it loads', async () => {
    const page = await fetch(`${room.origin}/`);
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain(`connect-src ws://127.0.0.1:${room.server.port}`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(await page.text()).toContain('id="app"');

    expect((await fetch(`${room.origin}/assets/phone-1.js`)).status).toBe(200);
    expect((await fetch(`${room.origin}/assets/shared-1.js`)).status).toBe(200);
    expect((await fetch(`${room.origin}/assets/phone-1.css`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
    // The laptop's own app and anything else are not served (`/../index.html` is `/index.html`: the phone page).
    for (const p of ['/assets/secret-app.js', '/participant/index.html', '/assets/../index.html/x', '/assets/', '/nope']) {
      expect((await fetch(`${room.origin}${p}`)).status).toBe(404);
    }
    for (const p of ['/../index.html', '/%2e%2e/index.html', '/assets/../../index.html']) {
      const text = await (await fetch(`${room.origin}${p}`)).text();
      expect(text).not.toContain('the laptop app');
      expect(text).not.toContain('the main app');
    }
  });

  it('answers GET and HEAD only and takes no request body', async () => {
    expect((await fetch(`${room.origin}/`, { method: 'DELETE' })).status).toBe(405);
    expect((await fetch(`${room.origin}/`, { method: 'POST', body: 'x'.repeat(10_000) })).status).toBe(413);
    const head = await fetch(`${room.origin}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('joining and voting', () => {
  it('a phone joins with the QR key, gets the open round, votes and is acknowledged after the journal has it', async () => {
    room.server.setRound(openState());
    const ana = await phone();
    await ana.join('Ana');
    const state = await ana.next('state');
    expect(state.state).toMatchObject({ phase: 'voting', round: { id: 'round-1' }, myVote: null });

    ana.vote('round-1', 3, 'vote-0001', 'Mostly fine');
    const ack = await ana.next('ack');
    expect(ack).toMatchObject({ voteId: 'vote-0001', roundId: 'round-1', vote: { score: 3, comment: 'Mostly fine' } });
    // On disk before the ack, handed to the window once.
    const onDisk = await readJournalFile(path.join(room.folder, JOURNAL_FILE_NAME));
    expect(onDisk.entries).toHaveLength(1);
    expect(onDisk.entries[0]).toMatchObject({ sessionId: 'session-1', roundId: 'round-1', name: 'Ana', score: 3 });
    expect(room.votes).toHaveLength(1);
    expect(room.server.stats()).toMatchObject({ joined: 1, connected: 1, phoneVotesInRound: 1, openRoundId: 'round-1' });
  });

  it('changes a vote until the reveal; a resend of the same vote counts once', async () => {
    room.server.setRound(openState());
    const ana = await phone();
    await ana.join('Ana');
    ana.vote('round-1', 2, 'vote-0001');
    await ana.next('ack');
    ana.vote('round-1', 2, 'vote-0001'); // resend after a lost ack
    await ana.next('ack');
    ana.vote('round-1', 4, 'vote-0002');
    await ana.next('ack');
    expect(room.votes.map((v) => v.score)).toEqual([2, 4]);

    room.server.setRound({ kind: 'closed', round: { id: 'round-1', gapId: 'data', gapNumber: 1, gapCount: 6, gapName: 'Data quality', gapColor: '#0072B2', roundNumber: 1 }, distribution: { 1: 0, 2: 0, 3: 0, 4: 1, 5: 0, unsure: 0 } });
    const closed = await ana.next('state');
    expect(closed.state).toMatchObject({ phase: 'round-closed', myVote: { score: 4 }, distribution: { 4: 1 } });

    ana.vote('round-1', 5, 'vote-0003');
    const refused = await ana.next('refused');
    expect(refused).toMatchObject({ code: 'round-closed', voteId: 'vote-0003' });
    expect(room.votes).toHaveLength(2);
  });

  it('joins with the short code and is given the room key to come back', async () => {
    const bea = await phone();
    bea.send({ v: ROOM_PROTOCOL_VERSION, type: 'join', credential: { kind: 'code', code: JOIN_CODE.toLowerCase() }, name: null });
    const welcome = await bea.next('welcome');
    expect(welcome.roomKey).toBe('k'.repeat(32));
    expect((await bea.next('state')).state).toEqual({ phase: 'waiting' });
  });

  it('a phone that reconnects resumes with its token: same identity, its vote remembered', async () => {
    room.server.setRound(openState());
    const first = await phone();
    const token = await first.join('Ana');
    first.vote('round-1', 5, 'vote-0001');
    await first.next('ack');
    await first.close();

    const again = await phone();
    again.send({ v: ROOM_PROTOCOL_VERSION, type: 'resume', token });
    const welcome = await again.next('welcome');
    expect(welcome.token).toBe(token);
    expect((await again.next('state')).state).toMatchObject({ phase: 'voting', myVote: { score: 5 } });
    again.token = token;
    again.vote('round-1', 4, 'vote-0002');
    await again.next('ack');
    expect(new Set(room.votes.map((v) => v.phoneId)).size).toBe(1);
    expect(room.server.stats().joined).toBe(1);
  });

  it('in an anonymous room the name stays on the laptop', async () => {
    await room.close();
    room = await startTestRoom({ anonymous: true });
    room.server.setRound(openState());
    const ana = await phone();
    await ana.join('Ana Silva');
    const everything = JSON.stringify(ana.received);
    ana.vote('round-1', 3, 'vote-0001');
    await ana.next('ack');
    expect(everything).not.toContain('Ana');
    expect(JSON.stringify(ana.received)).not.toContain('Ana');
    expect(room.votes[0]!.name).toBe('Ana Silva');
  });

  it('closing the room tells every phone', async () => {
    const ana = await phone();
    await ana.join('Ana');
    await ana.next('state');
    await room.server.close();
    const last = await ana.next('state');
    expect(last.state).toEqual({ phase: 'room-closed' });
  });
});
