/**
 * The phone page's behaviour, without the DOM: what to send when the connection opens, how each
 * message from the laptop changes the screen, and the person's choices (code, name, vote). The
 * view draws `state`; the socket feeds `connected`, `disconnected` and `received`.
 */
import { msg, type Message } from '../../../shared/i18n/message';
import type { LaptopMessage, MyVote, PhoneMessageInput, PhoneScore, RefusalCode, RoomDistribution, RoundBrief } from '../../../shared/room/protocol';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, ROOM_PROTOCOL_VERSION } from '../../../shared/room/roomConstants';
import type { IdentityStore, PendingVote, PhoneIdentity } from './phoneIdentity';

export type ClosedRound = Pick<RoundBrief, 'id' | 'gapId' | 'gapNumber' | 'gapCount' | 'gapName' | 'gapColor' | 'roundNumber'>;

export type Screen =
  | { kind: 'starting' }
  | { kind: 'code'; error: Message | null; busy: boolean }
  | {
      kind: 'join';
      error: Message | null;
      busy: boolean;
      /** A name another phone holds: the person may ask the facilitator to let them in as it. */
      taken: string | null;
    }
  /** Waiting for the facilitator to let this phone in as someone another phone holds. */
  | { kind: 'asking'; name: string }
  | { kind: 'waiting' }
  | {
      kind: 'voting';
      round: RoundBrief;
      /** The vote the laptop has received, if any. */
      myVote: MyVote | null;
      /** Choosing (again): true before the first vote and after "Change my vote". */
      editing: boolean;
      draft: { score: PhoneScore | null; comment: string };
      sending: boolean;
      error: Message | null;
    }
  | { kind: 'round-closed'; round: ClosedRound; myVote: MyVote | null; distribution: RoomDistribution | null }
  | { kind: 'room-closed' }
  | { kind: 'stopped'; title: Message; message: Message };

export interface PhoneState {
  link: 'connecting' | 'online' | 'offline';
  screen: Screen;
  /** The name the laptop knows this phone by; null when anonymous. */
  name: string | null;
  anonymous: boolean;
  /** People of the session who have no phone yet: this phone may join as one of them. */
  people: { id: string; name: string }[];
  /** The session cannot take anyone new: only the people listed can still join. */
  full: boolean;
  /** The session's language, as the laptop last said (null until it has); the page speaks it unless its person chose another. */
  language: string | null;
}

export interface PhoneDeps {
  store: IdentityStore;
  send(message: PhoneMessageInput): boolean;
  newVoteId(): string;
  onChange(state: PhoneState): void;
}

export function laptopMessageFrom(text: string): LaptopMessage | null {
  try {
    const raw = JSON.parse(text) as { v?: unknown; type?: unknown };
    if (raw.v !== ROOM_PROTOCOL_VERSION) return null;
    return raw.type === 'welcome' || raw.type === 'lobby' || raw.type === 'state' || raw.type === 'ack' || raw.type === 'refused' ? (raw as LaptopMessage) : null;
  } catch {
    return null;
  }
}

export class PhoneController {
  state: PhoneState = { link: 'connecting', screen: { kind: 'starting' }, name: null, anonymous: false, people: [], full: false, language: null };
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private identity: PhoneIdentity;

  constructor(
    private readonly deps: PhoneDeps,
    keyFromAddress: string | null,
  ) {
    const stored = deps.store.load();
    // A new QR address means a new room: forget the old room's token.
    this.identity = keyFromAddress && keyFromAddress !== stored.key ? { key: keyFromAddress, token: null, pending: null, ...(stored.name !== undefined ? { name: stored.name } : {}) } : stored;
    this.persist();
  }

  private persist(): void {
    this.deps.store.save(this.identity);
  }

  private set(patch: Partial<PhoneState>): void {
    this.state = { ...this.state, ...patch };
    this.deps.onChange(this.state);
  }

  private screen(screen: Screen): void {
    this.set({ screen });
  }

  /** The screen for someone who has not joined: the name (with a key) or the code. */
  private entryScreen(error: Message | null = null): Screen {
    return this.identity.key ? { kind: 'join', error, busy: false, taken: null } : { kind: 'code', error, busy: false };
  }

  connected(): void {
    this.set({ link: 'online' });
    if (this.state.screen.kind === 'room-closed' || this.state.screen.kind === 'stopped') return;
    if (this.identity.token) {
      this.deps.send({ v: ROOM_PROTOCOL_VERSION, type: 'resume', token: this.identity.token, ...(this.identity.name !== undefined ? { name: this.identity.name } : {}) });
    } else if (this.pendingCode) {
      this.sendCodeJoin();
    } else if (this.identity.key && this.identity.name !== undefined) {
      // Joined before in this room (the laptop forgot us): join again with the same choice.
      this.sendKeyJoin(this.identity.name);
    } else {
      if (this.identity.key) this.deps.send({ v: ROOM_PROTOCOL_VERSION, type: 'hello', key: this.identity.key });
      if (this.state.screen.kind !== 'asking') this.screen(this.entryScreen());
    }
  }

  disconnected(): void {
    if (this.state.screen.kind === 'voting' && this.state.screen.sending) {
      // The vote stays pending in storage and is sent again on reconnect.
      this.screen({ ...this.state.screen, sending: false });
    }
    if (this.state.screen.kind === 'code' || this.state.screen.kind === 'join') this.screen({ ...this.state.screen, busy: false });
    // A request to the facilitator ends with the connection: the person asks again.
    if (this.state.screen.kind === 'asking') this.screen({ kind: 'join', error: msg('phone.error.askLost'), busy: false, taken: this.state.screen.name });
    this.set({ link: 'offline' });
  }

  /** A code typed by hand (no QR), with the name choice, waiting for the connection. */
  private pendingCode: { code: string; name: string | null } | null = null;

  private sendCodeJoin(): void {
    if (!this.pendingCode) return;
    this.deps.send({ v: ROOM_PROTOCOL_VERSION, type: 'join', credential: { kind: 'code', code: this.pendingCode.code }, name: this.pendingCode.name });
  }

  /** Joins with a name, or anonymously with null. From the join screen (QR) or the code screen. */
  join(name: string | null, code?: string): void {
    const clean = name?.trim().replace(/\s+/g, ' ') ?? null;
    const chosen = clean === '' ? null : clean;
    if (code !== undefined) {
      const cleanCode = code.toUpperCase().replace(/[\s-]/g, '');
      if (cleanCode.length === 0) {
        this.screen({ kind: 'code', error: msg('phone.error.codeEmpty'), busy: false });
        return;
      }
      if (cleanCode.length !== JOIN_CODE_LENGTH || [...cleanCode].some((c) => !JOIN_CODE_ALPHABET.includes(c))) {
        this.screen({ kind: 'code', error: msg('phone.error.codeInvalid'), busy: false });
        return;
      }
      this.pendingCode = { code: cleanCode, name: chosen };
      this.screen({ kind: 'code', error: null, busy: true });
      if (this.state.link === 'online') this.sendCodeJoin();
      return;
    }
    const key = this.identity.key;
    if (!key) {
      this.screen(this.entryScreen());
      return;
    }
    this.identity = { ...this.identity, name: chosen };
    this.persist();
    this.screen({ kind: 'join', error: null, busy: true, taken: null });
    if (this.state.link === 'online') this.sendKeyJoin(chosen);
  }

  /** Joins as one of the session's people the laptop offered (they have no phone yet). */
  joinAs(person: { id: string; name: string }): void {
    if (!this.identity.key) return;
    this.identity = { ...this.identity, name: person.name };
    this.persist();
    this.screen({ kind: 'join', error: null, busy: true, taken: null });
    if (this.state.link === 'online') this.sendKeyJoin(person.name, { as: person.id });
  }

  /** Asks the facilitator to let this phone in under a name another phone holds. */
  askFacilitator(): void {
    const s = this.state.screen;
    if (s.kind !== 'join' || !s.taken || !this.identity.key) return;
    this.identity = { ...this.identity, name: s.taken };
    this.persist();
    this.screen({ kind: 'asking', name: s.taken });
    if (this.state.link === 'online') this.sendKeyJoin(s.taken, { ask: true });
  }

  private sendKeyJoin(name: string | null, extra: { as?: string; ask?: boolean } = {}): void {
    if (!this.identity.key) return;
    this.deps.send({ v: ROOM_PROTOCOL_VERSION, type: 'join', credential: { kind: 'key', key: this.identity.key }, name, ...extra });
  }

  chooseScore(score: PhoneScore): void {
    const s = this.state.screen;
    if (s.kind !== 'voting' || !s.editing || s.sending) return;
    this.screen({ ...s, draft: { ...s.draft, score }, error: null });
  }

  /** Keeps the comment as typed; no redraw (the text box holds it). */
  setComment(comment: string): void {
    const s = this.state.screen;
    if (s.kind !== 'voting') return;
    this.state = { ...this.state, screen: { ...s, draft: { ...s.draft, comment } } };
  }

  sendVote(): void {
    const s = this.state.screen;
    if (s.kind !== 'voting' || s.sending) return;
    if (s.draft.score === null) {
      this.screen({ ...s, error: msg('phone.error.chooseLevel') });
      return;
    }
    const pending: PendingVote = { voteId: this.deps.newVoteId(), roundId: s.round.id, score: s.draft.score, comment: s.draft.comment.trim() };
    this.identity = { ...this.identity, pending };
    this.persist();
    this.screen({ ...s, sending: true, error: null });
    this.sendPending();
  }

  changeVote(): void {
    const s = this.state.screen;
    if (s.kind !== 'voting') return;
    this.screen({ ...s, editing: true, draft: { score: s.myVote?.score ?? null, comment: s.myVote?.comment ?? '' }, error: null });
  }

  /** Gives up changing: back to the vote the laptop has. */
  keepVote(): void {
    const s = this.state.screen;
    if (s.kind !== 'voting' || !s.myVote) return;
    this.screen({ ...s, editing: false, error: null });
  }

  private sendPending(): void {
    const pending = this.identity.pending;
    if (!pending || !this.identity.token || this.state.link !== 'online') return;
    this.deps.send({ v: ROOM_PROTOCOL_VERSION, type: 'vote', token: this.identity.token, ...pending });
  }

  received(message: LaptopMessage): void {
    switch (message.type) {
      case 'welcome':
        this.identity = {
          ...this.identity,
          token: message.token,
          // A code join learns the room key, so it can come back without the code.
          ...(message.roomKey ? { key: message.roomKey } : {}),
          ...(this.pendingCode ? { name: this.pendingCode.name } : {}),
        };
        this.pendingCode = null;
        this.persist();
        this.set({ name: message.name, anonymous: message.anonymous });
        return;
      case 'lobby':
        this.set({ people: message.people, full: message.full, anonymous: message.anonymous });
        return;
      case 'state':
        if (message.language !== this.state.language) this.set({ language: message.language });
        this.applyState(message.state);
        return;
      case 'ack':
        this.acknowledged(message.voteId, message.roundId, message.vote);
        return;
      case 'refused':
        this.refused(message.code, message.message, message.voteId);
        return;
    }
  }

  private applyState(state: Extract<LaptopMessage, { type: 'state' }>['state']): void {
    const current = this.state.screen;
    switch (state.phase) {
      case 'waiting':
        this.dropPending();
        this.screen({ kind: 'waiting' });
        return;
      case 'voting': {
        const pending = this.identity.pending;
        const sameRound = current.kind === 'voting' && current.round.id === state.round.id;
        if (pending && pending.roundId !== state.round.id) this.dropPending();
        const stillPending = this.identity.pending;
        if (stillPending) {
          // A vote was sent but not acknowledged (lost connection, reload): send it again; its id makes it count once.
          this.screen({ kind: 'voting', round: state.round, myVote: state.myVote, editing: true, draft: { score: stillPending.score, comment: stillPending.comment }, sending: true, error: null });
          this.sendPending();
          return;
        }
        if (sameRound && current.editing && !current.sending) {
          // Keep what the person is choosing; only the received vote may have changed.
          this.screen({ ...current, round: state.round, myVote: state.myVote });
          return;
        }
        this.screen({
          kind: 'voting',
          round: state.round,
          myVote: state.myVote,
          editing: state.myVote === null,
          draft: { score: state.myVote?.score ?? null, comment: state.myVote?.comment ?? '' },
          sending: false,
          error: null,
        });
        return;
      }
      case 'round-closed':
        this.dropPending();
        this.screen({ kind: 'round-closed', round: state.round, myVote: state.myVote, distribution: state.distribution });
        return;
      case 'room-closed':
        this.dropPending();
        this.identity = { ...this.identity, token: null };
        this.persist();
        this.screen({ kind: 'room-closed' });
        return;
    }
  }

  private dropPending(): void {
    if (!this.identity.pending) return;
    this.identity = { ...this.identity, pending: null };
    this.persist();
  }

  private acknowledged(voteId: string, roundId: string, vote: MyVote): void {
    if (this.identity.pending?.voteId === voteId) this.dropPending();
    const s = this.state.screen;
    if (s.kind !== 'voting' || s.round.id !== roundId) return;
    this.screen({ ...s, myVote: vote, editing: false, sending: false, draft: { score: vote.score, comment: vote.comment }, error: null });
  }

  private refused(code: RefusalCode, message: Message, voteId: string | undefined): void {
    const s = this.state.screen;
    switch (code) {
      case 'unknown-participant':
      case 'not-joined':
        // The laptop does not know this token (a new room, or the app restarted): join again.
        this.identity = { ...this.identity, token: null };
        this.persist();
        if (this.identity.key && this.identity.name !== undefined) {
          this.sendKeyJoin(this.identity.name);
        } else {
          this.screen(this.entryScreen());
        }
        return;
      case 'name-taken': {
        const name = this.identity.name ?? null;
        this.identity = { ...this.identity, name: undefined };
        this.persist();
        if (this.identity.key) this.deps.send({ v: ROOM_PROTOCOL_VERSION, type: 'hello', key: this.identity.key });
        this.screen({ kind: 'join', error: message, busy: false, taken: name });
        return;
      }
      case 'asking':
        this.screen({ kind: 'asking', name: this.identity.name ?? '' });
        return;
      case 'ask-refused':
        this.identity = { ...this.identity, name: undefined };
        this.persist();
        this.screen({ kind: 'join', error: message, busy: false, taken: null });
        return;
      case 'replaced':
        this.identity = { ...this.identity, token: null, name: undefined, pending: null };
        this.persist();
        this.screen({ kind: 'stopped', title: msg('phone.stopped.replacedTitle'), message });
        return;
      case 'bad-key':
        this.identity = { key: null, token: null, pending: null };
        this.persist();
        this.screen({ kind: 'code', error: message, busy: false });
        return;
      case 'bad-code':
      case 'too-many-attempts':
      case 'code-locked':
        this.pendingCode = null;
        this.screen({ kind: 'code', error: message, busy: false });
        return;
      case 'room-full':
        if (voteId && this.identity.pending?.voteId === voteId) this.dropPending();
        if (voteId && s.kind === 'voting') this.screen({ ...s, sending: false, error: message });
        else this.screen({ kind: 'stopped', title: msg('phone.stopped.roomFullTitle'), message });
        return;
      case 'slow-down':
        if (voteId && this.identity.pending?.voteId === voteId) {
          // Not lost: the same vote goes again in a moment, and counts once.
          this.retryTimer ??= setTimeout(() => {
            this.retryTimer = null;
            this.sendPending();
          }, 1500);
          return;
        }
        if (s.kind === 'voting') this.screen({ ...s, sending: false, error: message });
        return;
      case 'room-closed':
        this.dropPending();
        this.screen({ kind: 'room-closed' });
        return;
      case 'round-closed':
        if (voteId && this.identity.pending?.voteId === voteId) this.dropPending();
        // The laptop's message names the vote ("Your vote “3” on Data quality, Round 2 was not counted: …").
        if (s.kind === 'voting') this.screen({ ...s, sending: false, error: voteId ? message : msg('roomServer.refusal.roundClosed') });
        return;
      default:
        if (voteId && this.identity.pending?.voteId === voteId) this.dropPending();
        if (s.kind === 'voting') this.screen({ ...s, sending: false, error: message });
        else if (s.kind === 'code' || s.kind === 'join') this.screen({ ...s, busy: false, error: message });
    }
  }
}
