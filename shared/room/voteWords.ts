/** A vote in words, as a phone shows it when the laptop answers about it ("3 · Partly proven"). */
import { frameworkNow } from '../framework/localize';
import type { PhoneScore } from './protocol';
import { roundLabel } from './roundLabel';

export function scoreWords(score: PhoneScore): string {
  return score === 'unsure' ? 'Not sure' : `${score} · ${frameworkNow()?.levelNames[score] ?? score}`;
}

/** "your vote “3 · Partly proven” on Data quality, Round 2" */
export function voteWords(score: PhoneScore, round: { gapName: string; roundNumber: number } | null): string {
  return `your vote “${scoreWords(score)}”${round ? ` on ${round.gapName}, ${roundLabel(round.roundNumber)}` : ''}`;
}
