/** The phone page's behaviour without a DOM: joining, voting, resending after a lost connection, reloads. */
import { describe, expect, it } from 'vitest';
import { msg, translatorNow, type Message } from '../../../../shared/i18n';
import type { LaptopMessage, PhoneMessageInput, RoundBrief } from '../../../../shared/room/protocol';
import { PhoneController } from '../../../../renderer/participant/src/phoneController';
import { parseIdentity, type IdentityStore, type PhoneIdentity } from '../../../../renderer/participant/src/phoneIdentity';

/** A laptop message as the test writes it: the version is added on receipt. */
type WithoutVersion<T> = T extends unknown ? Omit<T, 'v'> : never;

const KEY = 'k'.repeat(32);
const TOKEN = `cGhvbmUtMQ.0.${'t'.repeat(43)}`;

const round: RoundBrief = {
  id: 'r1',
  gapId: 'data',
  gapNumber: 1,
  gapCount: 6,
  gapName: 'Data quality',
  gapColor: '#0072B2',
  roundNumber: 1,
  levels: ([1, 2, 3, 4, 5] as const).map((level) => ({ level, name: `L${level}`, descriptor: `D${level}` })),
};

/** A phone with its storage kept as JSON, like localStorage, so a "reload" reads it back. */
function phone(storage: { text: string | null }, key: string | null = KEY) {
  const sent: PhoneMessageInput[] = [];
  const store: IdentityStore = {
    load: () => parseIdentity(storage.text),
    save: (identity: PhoneIdentity) => {
      storage.text = JSON.stringify(identity);
    },
  };
  let n = 0;
  const controller = new PhoneController({ store, send: (m) => (sent.push(m), true), newVoteId: () => `vote-${String(++n).padStart(4, '0')}`, onChange: () => {} }, key);
  const receive = (message: WithoutVersion<LaptopMessage>) => controller.received({ v: 3, ...message } as LaptopMessage);
  return { controller, sent, receive };
}

/** What the phone shows for a message, in English (and German where it proves something). */
const en = (message: Message | null | undefined) => (message ? translatorNow('en').text(message) : '');
const screenError = (controller: PhoneController) => en((controller.state.screen as { error?: Message | null }).error);

describe('PhoneController', () => {
  it('asks for a name with the QR key, joins, and shows the open round', () => {
    const storage = { text: null };
    const { controller, sent, receive } = phone(storage);
    controller.connected();
    expect(controller.state.screen.kind).toBe('join');
    controller.join('  Ana ');
    expect(sent.at(-1)).toEqual({ v: 3, type: 'join', credential: { kind: 'key', key: KEY }, name: 'Ana' });
    receive({ type: 'welcome', token: TOKEN, name: 'Ana', anonymous: false });
    receive({ type: 'state', state: { phase: 'voting', round, myVote: null }, language: 'en' });
    expect(controller.state.screen).toMatchObject({ kind: 'voting', editing: true, myVote: null });
  });

  it('without a key, asks for the code; refuses a malformed one before sending; learns the key on welcome', () => {
    const storage: { text: string | null } = { text: null };
    const { controller, sent, receive } = phone(storage, null);
    controller.connected();
    expect(controller.state.screen.kind).toBe('code');
    controller.join(null, 'O0I1');
    expect(controller.state.screen.kind).toBe('code');
    expect(screenError(controller)).toContain('not a room code');
    expect(translatorNow('de').text((controller.state.screen as { error: Message }).error)).toContain('kein Raumcode');
    expect(sent).toHaveLength(0);
    controller.join(null, 'acd efg');
    expect(sent.at(-1)).toEqual({ v: 3, type: 'join', credential: { kind: 'code', code: 'ACDEFG' }, name: null });
    receive({ type: 'welcome', token: TOKEN, name: null, anonymous: false, roomKey: KEY });
    expect(parseIdentity(storage.text)).toMatchObject({ key: KEY, token: TOKEN, name: null });
  });

  it('a vote survives a lost connection: kept, resent with the same id, counted once', () => {
    const storage = { text: null };
    const { controller, sent, receive } = phone(storage);
    controller.connected();
    controller.join('Ana');
    receive({ type: 'welcome', token: TOKEN, name: 'Ana', anonymous: false });
    receive({ type: 'state', state: { phase: 'voting', round, myVote: null }, language: 'en' });
    controller.chooseScore(4);
    controller.setComment('close');
    controller.sendVote();
    const vote = sent.at(-1);
    expect(vote).toEqual({ v: 3, type: 'vote', token: TOKEN, voteId: 'vote-0001', roundId: 'r1', score: 4, comment: 'close' });

    controller.disconnected();
    expect(controller.state.link).toBe('offline');
    controller.connected();
    expect(sent.at(-1)).toEqual({ v: 3, type: 'resume', token: TOKEN, name: 'Ana' });
    receive({ type: 'welcome', token: TOKEN, name: 'Ana', anonymous: false });
    receive({ type: 'state', state: { phase: 'voting', round, myVote: null }, language: 'en' });
    expect(sent.at(-1)).toEqual(vote);
    receive({ type: 'ack', voteId: 'vote-0001', roundId: 'r1', vote: { score: 4, comment: 'close' } });
    expect(controller.state.screen).toMatchObject({ kind: 'voting', editing: false, myVote: { score: 4 } });
    expect(parseIdentity(storage.text).pending).toBeNull();
  });

  it('a reload comes back as the same participant, with the vote the laptop has', () => {
    const storage = { text: null };
    const first = phone(storage);
    first.controller.connected();
    first.controller.join('Ana');
    first.receive({ type: 'welcome', token: TOKEN, name: 'Ana', anonymous: false });

    const again = phone(storage);
    again.controller.connected();
    expect(again.sent).toEqual([{ v: 3, type: 'resume', token: TOKEN, name: 'Ana' }]);
    again.receive({ type: 'welcome', token: TOKEN, name: 'Ana', anonymous: false });
    again.receive({ type: 'state', state: { phase: 'voting', round, myVote: { score: 2, comment: '' } }, language: 'en' });
    expect(again.controller.state.screen).toMatchObject({ kind: 'voting', editing: false, myVote: { score: 2 } });
    again.controller.changeVote();
    expect(again.controller.state.screen).toMatchObject({ editing: true, draft: { score: 2 } });
  });

  it('rejoins by itself when the laptop forgot it; goes to the code screen when the key is stale', () => {
    const storage = { text: JSON.stringify({ key: KEY, token: TOKEN, name: 'Ana', pending: null }) };
    const { controller, sent, receive } = phone(storage);
    controller.connected();
    receive({ type: 'refused', code: 'unknown-participant', message: msg('roomServer.refusal.unknownParticipant') });
    expect(sent.at(-1)).toEqual({ v: 3, type: 'join', credential: { kind: 'key', key: KEY }, name: 'Ana' });
    receive({ type: 'refused', code: 'bad-key', message: msg('roomServer.refusal.badKey') });
    expect(controller.state.screen.kind).toBe('code');
    expect(screenError(controller)).toContain('earlier room');
    expect(parseIdentity(storage.text)).toMatchObject({ key: null, token: null });
  });

  it('a new QR address forgets the old room’s token but keeps the name choice', () => {
    const storage = { text: JSON.stringify({ key: 'o'.repeat(32), token: TOKEN, name: 'Ana', pending: null }) };
    const { controller, sent } = phone(storage, KEY);
    controller.connected();
    expect(sent.at(-1)).toEqual({ v: 3, type: 'join', credential: { kind: 'key', key: KEY }, name: 'Ana' });
  });

  it('the reveal and the room closing end the vote', () => {
    const storage = { text: null };
    const { controller, receive } = phone(storage);
    receive({ type: 'state', state: { phase: 'round-closed', round, myVote: { score: 3, comment: '' }, distribution: { 1: 0, 2: 1, 3: 2, 4: 0, 5: 0, unsure: 0 } }, language: 'en' });
    expect(controller.state.screen).toMatchObject({ kind: 'round-closed', distribution: { 3: 2 } });
    receive({ type: 'state', state: { phase: 'room-closed' }, language: 'en' });
    expect(controller.state.screen.kind).toBe('room-closed');
    controller.connected();
    expect(controller.state.screen.kind).toBe('room-closed');
  });

  it('offers the session’s people without a phone, joins as one, and asks the facilitator for a name another phone holds', () => {
    const storage = { text: null };
    const { controller, sent, receive } = phone(storage);
    controller.connected();
    expect(sent.at(-1)).toEqual({ v: 3, type: 'hello', key: KEY });
    receive({ type: 'lobby', anonymous: false, people: [{ id: 'p-1', name: 'Ines Laurent' }], full: false });
    expect(controller.state.people).toEqual([{ id: 'p-1', name: 'Ines Laurent' }]);
    controller.joinAs({ id: 'p-1', name: 'Ines Laurent' });
    expect(sent.at(-1)).toEqual({ v: 3, type: 'join', credential: { kind: 'key', key: KEY }, name: 'Ines Laurent', as: 'p-1' });
    receive({ type: 'refused', code: 'name-taken', message: msg('roomServer.nameTaken.held', { name: 'Ines Laurent' }) });
    expect(controller.state.screen).toMatchObject({ kind: 'join', taken: 'Ines Laurent' });
    expect(screenError(controller)).toContain('Another phone has already joined as Ines Laurent');
    controller.askFacilitator();
    expect(sent.at(-1)).toEqual({ v: 3, type: 'join', credential: { kind: 'key', key: KEY }, name: 'Ines Laurent', ask: true });
    expect(controller.state.screen).toEqual({ kind: 'asking', name: 'Ines Laurent' });
    receive({ type: 'welcome', token: TOKEN, name: 'Ines Laurent', anonymous: false });
    receive({ type: 'state', state: { phase: 'waiting' }, language: 'en' });
    expect(controller.state.screen.kind).toBe('waiting');
  });

  it('a refused vote shows the laptop’s words about it; one refused for speed is kept and sent again', async () => {
    const storage = { text: null };
    const { controller, sent, receive } = phone(storage);
    controller.connected();
    controller.join('Ana');
    receive({ type: 'welcome', token: TOKEN, name: 'Ana', anonymous: false });
    receive({ type: 'state', state: { phase: 'voting', round, myVote: null }, language: 'en' });
    controller.chooseScore(4);
    controller.sendVote();
    const words = msg('roomServer.vote.roundClosed', { vote: msg('roomProtocol.vote.onRound', { score: '4', gapName: 'Data quality', round: 1 }) });
    receive({ type: 'refused', code: 'round-closed', message: words, voteId: 'vote-0001' });
    expect(controller.state.screen).toMatchObject({ kind: 'voting', sending: false, error: words });
    expect(screenError(controller)).toBe('Your vote “4” on Data quality, Round 1 was not counted: voting on that round had closed.');
    controller.sendVote();
    receive({ type: 'refused', code: 'slow-down', message: msg('roomServer.vote.slowDown', { vote: msg('roomProtocol.vote', { score: '4' }) }), voteId: 'vote-0002' });
    expect(parseIdentity(storage.text).pending).toMatchObject({ voteId: 'vote-0002' });
    const before = sent.length;
    await new Promise((resolve) => setTimeout(resolve, 1600));
    expect(sent.slice(before)).toEqual([expect.objectContaining({ type: 'vote', voteId: 'vote-0002' })]);
  });

  it('is told before it votes when the room is full', () => {
    const { controller, receive } = phone({ text: null });
    controller.connected();
    receive({ type: 'lobby', anonymous: false, people: [], full: true });
    expect(controller.state.full).toBe(true);
    controller.join('Zed');
    receive({ type: 'refused', code: 'room-full', message: msg('roomServer.refusal.roomFull') });
    expect(controller.state.screen.kind).toBe('stopped');
    const stopped = controller.state.screen as Extract<PhoneController['state']['screen'], { kind: 'stopped' }>;
    expect(en(stopped.title)).toBe('The room is full');
    expect(translatorNow('de').text(stopped.title)).toBe('Der Raum ist voll');
  });

  it('learns the session’s language from every state', () => {
    const { controller, receive } = phone({ text: null });
    expect(controller.state.language).toBeNull();
    controller.connected();
    controller.join('Ana');
    receive({ type: 'welcome', token: TOKEN, name: 'Ana', anonymous: false });
    receive({ type: 'state', state: { phase: 'waiting' }, language: 'de' });
    expect(controller.state.language).toBe('de');
    receive({ type: 'state', state: { phase: 'waiting' }, language: 'en' });
    expect(controller.state.language).toBe('en');
  });
});
