/** A vote as the laptop names it when it answers about it: "Your vote “3” on Data quality, Round 2". */
import { msg, type Message } from '../i18n/message';
import type { PhoneScore } from './protocol';

/** Plain values only: the message crosses the phone's socket and is translated there. */
export function voteWords(score: PhoneScore, round: { gapName: string; roundNumber: number } | null): Message {
  return round
    ? msg('roomProtocol.vote.onRound', { score: String(score), gapName: round.gapName, round: round.roundNumber })
    : msg('roomProtocol.vote', { score: String(score) });
}
