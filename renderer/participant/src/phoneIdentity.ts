/**
 * What a phone remembers in localStorage, so a reload or a lost connection comes back as the same
 * participant: the room key (from the QR address), the participant token the laptop gave, the
 * name choice, and a vote sent but not yet acknowledged.
 */
import type { PhoneScore } from '../../../shared/room/protocol';

export interface PendingVote {
  voteId: string;
  roundId: string;
  score: PhoneScore;
  comment: string;
}

export interface PhoneIdentity {
  key: string | null;
  token: string | null;
  /** undefined: not asked yet; null: joined anonymously. */
  name?: string | null;
  pending: PendingVote | null;
}

export interface IdentityStore {
  load(): PhoneIdentity;
  save(identity: PhoneIdentity): void;
}

const STORAGE_KEY = 'readiness-room.phone';

const EMPTY: PhoneIdentity = { key: null, token: null, pending: null };

function isPending(value: unknown): value is PendingVote {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.voteId === 'string' && typeof v.roundId === 'string' && typeof v.comment === 'string' && (v.score === 'unsure' || [1, 2, 3, 4, 5].includes(v.score as number));
}

/** Reads what localStorage holds, dropping anything malformed. */
export function parseIdentity(text: string | null): PhoneIdentity {
  if (!text) return { ...EMPTY };
  try {
    const raw = JSON.parse(text) as Record<string, unknown>;
    const identity: PhoneIdentity = {
      key: typeof raw.key === 'string' ? raw.key : null,
      token: typeof raw.token === 'string' ? raw.token : null,
      pending: isPending(raw.pending) ? raw.pending : null,
    };
    if (typeof raw.name === 'string' || raw.name === null) identity.name = raw.name;
    return identity;
  } catch {
    return { ...EMPTY };
  }
}

export function localIdentityStore(storage: Storage | null): IdentityStore {
  let memory: PhoneIdentity = { ...EMPTY };
  return {
    load: () => {
      try {
        return storage ? parseIdentity(storage.getItem(STORAGE_KEY)) : { ...memory };
      } catch {
        return { ...memory };
      }
    },
    save: (identity) => {
      memory = { ...identity };
      try {
        storage?.setItem(STORAGE_KEY, JSON.stringify(identity));
      } catch {
        // Private browsing may refuse storage: the page still works until it is reloaded.
      }
    },
  };
}
