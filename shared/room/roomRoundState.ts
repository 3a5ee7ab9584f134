/**
 * What the room tells the phones about the session's rounds, computed on the laptop from the
 * session: which round is open (with its gap, question and levels), or which round just closed
 * and — only once the facilitator revealed it — how the room voted. The window pushes this to the
 * room server whenever it changes; phones never learn more than this.
 */
import type { Framework } from '../framework/frameworkSchema';
import { localizeFramework } from '../framework/localize';
import { LEVELS } from '../framework/types';
import type { Round, Session } from '../model/session';
import { uniqueVotes } from '../scoring/rounds';
import { distributionOf } from '../scoring/stats';
import { msg, type Message } from '../i18n/message';
import type { Translator } from '../i18n/translator';
import { DESCRIPTOR_MAX, GAP_NAME_MAX, LEVEL_NAME_MAX, type RoundBrief } from './protocol';
import type { ClosedRoundBrief, RoomRoundState } from './roomRoundStateSchema';

export type { ClosedRoundBrief, RoomRoundState } from './roomRoundStateSchema';

/**
 * The question a phone and the projector show under the gap's name (the same for every gap
 * today; the gap's name heads it). Not sent to phones: each shows it from its own catalogue.
 */
export function roomQuestion(_gapName?: string): Message {
  return msg('roomProtocol.question');
}

const fit = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * A round as the phones see it, worded by `i18n` (the session's translator: phones speak the
 * session's language) in the words of the session's framework (absent: the built-in one).
 */
export function roundBriefOf(round: Round, i18n: Translator, framework?: Framework): RoundBrief {
  const local = localizeFramework(i18n, framework);
  const gap = local.gapById(round.gapId);
  return {
    id: round.id,
    gapId: gap.id,
    gapNumber: gap.number,
    gapCount: local.gaps.length,
    gapName: fit(gap.name, GAP_NAME_MAX),
    gapColor: gap.color,
    roundNumber: round.number,
    levels: LEVELS.map((level) => ({ level, name: fit(local.levelNames[level], LEVEL_NAME_MAX), descriptor: fit(gap.ladder[level], DESCRIPTOR_MAX) })),
  };
}

function closedBriefOf(round: Round, i18n: Translator, framework?: Framework): ClosedRoundBrief {
  const { id, gapId, gapNumber, gapCount, gapName, gapColor, roundNumber } = roundBriefOf(round, i18n, framework);
  return { id, gapId, gapNumber, gapCount, gapName, gapColor, roundNumber };
}

/**
 * The round the room follows: on a gap's stage, that gap's latest round (open or revealed); on any
 * other stage, the most recently opened round still open, if any. Phones and the projector follow
 * the facilitator's screen, never a round elsewhere in the agenda.
 */
export function roomRound(session: Session): Round | null {
  const stage = session.agenda.find((s) => s.id === session.currentStageId);
  if (stage?.gapId) {
    const rounds = session.rounds.filter((r) => r.gapId === stage.gapId).sort((a, b) => b.number - a.number);
    return rounds[0] ?? null;
  }
  return session.rounds.filter((r) => r.status === 'open').sort((a, b) => b.openedAt - a.openedAt)[0] ?? null;
}

/** The round phones may vote in now, or null. */
export function roomOpenRound(session: Session): Round | null {
  const round = roomRound(session);
  return round?.status === 'open' ? round : null;
}

/** The room's state for a session (see the file comment), worded by the session's translator. */
export function roomRoundStateOf(session: Session, i18n: Translator): RoomRoundState {
  const round = roomRound(session);
  if (!round) return { kind: 'none' };
  if (round.status === 'open') return { kind: 'open', round: roundBriefOf(round, i18n, session.framework) };
  return { kind: 'closed', round: closedBriefOf(round, i18n, session.framework), distribution: distributionOf(uniqueVotes(round.votes)) };
}

/** A stable text for "did the state change?" comparisons. */
export function roomRoundStateKey(state: RoomRoundState): string {
  return JSON.stringify(state);
}
