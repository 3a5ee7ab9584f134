/**
 * What the room server needs to know of the session's people (and the language they speak), computed on the laptop from the
 * session and pushed with the round: how many participants the session can hold, who is already
 * in it (so a phone can join as someone listed, and a name held by a phone is not taken over),
 * and the followed round's votes (so a phone that comes back sees its own vote, and only its own).
 */
import { z } from 'zod';
import { DEFAULT_LANGUAGE } from '../i18n/languages';
import { MAX_PARTICIPANTS } from '../model/participantOps';
import type { Session } from '../model/session';
import { sessionLanguage } from '../model/sessionLanguage';
import { uniqueVotes, votersOf } from '../scoring/rounds';
import { cleanName } from './cleanName';
import { PhoneScoreSchema, RoomLanguageSchema } from './protocol';
import { roomRound } from './roomRoundState';

const Id = z.string().min(1).max(64);

export const RoomRosterSchema = z.strictObject({
  /** The session's language: phones speak it unless their person chose another on that phone. */
  language: RoomLanguageSchema,
  /** The most participants the session holds; phones beyond it are told the room is full. */
  max: z.number().int().min(0).max(MAX_PARTICIPANTS),
  people: z
    .array(
      z.strictObject({
        id: Id,
        name: z.string().max(120),
        /** Whether this person can vote (a facilitator may not). */
        voter: z.boolean(),
        /** They voted from a phone in this session: their name is held by that phone. */
        phone: z.boolean(),
        /** How many times their phone was handed to another one (older tokens stop working). */
        handovers: z.number().int().min(0),
      }),
    )
    .max(MAX_PARTICIPANTS),
  /** The followed round's votes, by participant. */
  votes: z.array(z.strictObject({ participantId: Id, score: PhoneScoreSchema, comment: z.string().max(1000) })).max(MAX_PARTICIPANTS),
});

export type RoomRoster = z.infer<typeof RoomRosterSchema>;
export type RosterPerson = RoomRoster['people'][number];

export const EMPTY_ROSTER: RoomRoster = { language: DEFAULT_LANGUAGE, max: MAX_PARTICIPANTS, people: [], votes: [] };

export function roomRosterOf(session: Session): RoomRoster {
  const voters = new Set(votersOf(session).map((p) => p.id));
  const byPhone = new Set(session.rounds.flatMap((r) => r.votes.filter((v) => v.source === 'phone').map((v) => v.participantId)));
  const round = roomRound(session);
  return {
    language: sessionLanguage(session),
    max: MAX_PARTICIPANTS,
    people: session.participants.map((p) => ({
      id: p.id,
      name: cleanName(p.name),
      voter: voters.has(p.id),
      phone: byPhone.has(p.id),
      handovers: session.room?.handovers?.[p.id] ?? 0,
    })),
    votes: round ? uniqueVotes(round.votes).map((v) => ({ participantId: v.participantId, score: v.score, comment: v.comment })) : [],
  };
}
