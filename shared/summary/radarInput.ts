/** The plain data the radar is drawn from: per gap, the confirmed consensus and the range of votes. */
import { sessionGaps } from '../framework/sessionFramework';
import { gapNameMessage } from '../framework/localize';
import type { Message } from '../i18n';
import type { GapId, Level } from '../framework/types';
import type { Session } from '../model/session';
import { effectiveLevel, latestRevealedRound, uniqueVotes } from '../scoring/rounds';
import { levelsOf } from '../scoring/stats';

export interface RadarVoteRange {
  min: Level;
  max: Level;
  /** The round the range comes from (the latest revealed one). */
  roundNumber: number;
  /** How many gave a level ("not sure" excluded). */
  count: number;
}

export interface RadarAxis {
  gapId: GapId;
  number: number;
  name: Message;
  /** The gap's colour (hex). */
  color: string;
  /** The confirmed consensus; null while the gap is unscored. */
  consensus: Level | null;
  /** The lowest and highest level voted in the latest revealed round; null without levels. */
  votes: RadarVoteRange | null;
}

export interface RadarInput {
  /** The session's gaps, in framework order. */
  axes: RadarAxis[];
}

export function radarInput(session: Session): RadarInput {
  return {
    axes: sessionGaps(session).map((gap) => {
      const round = latestRevealedRound(session, gap.id);
      const levels = round ? levelsOf(uniqueVotes(round.votes)) : [];
      const votes: RadarVoteRange | null =
        round && levels.length > 0
          ? { min: Math.min(...levels) as Level, max: Math.max(...levels) as Level, roundNumber: round.number, count: levels.length }
          : null;
      return { gapId: gap.id, number: gap.number, name: gapNameMessage(gap.id, session.framework), color: gap.color, consensus: effectiveLevel(session, gap.id), votes };
    }),
  };
}
