/**
 * How a scoring round is named wherever people see it — the laptop's window, the projector and
 * the phones — so all three agree: "Round 1" for the first vote on a gap, "Round 2" for its
 * first re-vote, and so on. A message: each place shows it in the language in force there.
 */
import { msg, type Message } from '../i18n/message';

export function roundLabel(roundNumber: number): Message {
  return msg('roomProtocol.roundLabel', { number: roundNumber });
}
