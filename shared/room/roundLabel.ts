/**
 * How a scoring round is named wherever people see it — the laptop's window, the projector and
 * the phones — so all three agree: "Round 1" for the first vote on a gap, "Round 2" for its
 * first re-vote, and so on.
 */
export function roundLabel(roundNumber: number): string {
  return `Round ${roundNumber}`;
}
