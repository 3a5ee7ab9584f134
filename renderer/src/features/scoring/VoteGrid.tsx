/**
 * The facilitator's grid: one row per voter, keyboard first. ↑/↓ move between people, 1–5 or 0
 * (not sure) records a vote and moves on, Delete withdraws it. Until the reveal the grid shows
 * only that someone voted, never what: the screen may be on the projector.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { LEVEL_COLORS, UNSURE_COLOR } from '../../../../shared/framework/levelColors';
import { LEVELS } from '../../../../shared/framework/types';
import { ROLE_LABELS } from '../../../../shared/model/participantLabels';
import type { Participant, VoteScore } from '../../../../shared/model/session';
import { Icon } from '../../ui/Icon';
import { useFramework } from '../../i18n/useFramework';

interface VoteGridProps {
  voters: readonly Participant[];
  /** What each row is called: the name, or "Voter 3" in an anonymous session (see roundView). */
  labels: ReadonlyMap<string, string>;
  /** An anonymous session: rows show no name and no role, which would give the name away. */
  anonymous: boolean;
  votedIds: ReadonlySet<string>;
  onCast(participantId: string, score: VoteScore): void;
  onRetract(participantId: string): void;
}

const KEY_SCORES: Readonly<Record<string, VoteScore>> = { '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '0': 'unsure' };

export function VoteGrid({ voters, labels, anonymous, votedIds, onCast, onRetract }: VoteGridProps) {
  const framework = useFramework();
  const labelOf = (voter: Participant) => labels.get(voter.id) ?? voter.name;
  const [active, setActive] = useState(() => Math.max(0, voters.findIndex((p) => !votedIds.has(p.id))));
  const [announcement, setAnnouncement] = useState('');
  const rows = useRef<(HTMLTableRowElement | null)[]>([]);
  const current = Math.min(active, Math.max(0, voters.length - 1));

  function focusRow(index: number) {
    const next = Math.max(0, Math.min(voters.length - 1, index));
    setActive(next);
    rows.current[next]?.focus();
  }

  function cast(index: number, score: VoteScore) {
    const voter = voters[index];
    if (!voter) return;
    onCast(voter.id, score);
    setAnnouncement(`Vote recorded for ${labelOf(voter)}.`);
    if (index < voters.length - 1) focusRow(index + 1);
  }

  function retract(index: number) {
    const voter = voters[index];
    if (!voter || !votedIds.has(voter.id)) return;
    onRetract(voter.id);
    setAnnouncement(`Vote withdrawn for ${labelOf(voter)}.`);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableRowElement>, index: number) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const score = KEY_SCORES[event.key];
    if (score !== undefined) {
      event.preventDefault();
      if (!event.repeat) cast(index, score);
      return;
    }
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: voters.length - 1 };
    if (moves[event.key] !== undefined) {
      event.preventDefault();
      focusRow(moves[event.key]!);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      retract(index);
    }
  }

  return (
    <div className="vote-grid-wrap">
      <table className="vote-grid" aria-label="Votes by participant (hidden until the reveal)" aria-describedby="vote-grid-help">
        <thead>
          <tr>
            <th scope="col" className="vote-grid-person">
              Participant
            </th>
            {LEVELS.map((level) => (
              <th key={level} scope="col" className="vote-grid-level">
                <span className="level-chip" style={{ background: LEVEL_COLORS[level].fill, color: LEVEL_COLORS[level].text }}>
                  {level}
                </span>
                <span className="vote-grid-level-name">{framework.levelNames[level]}</span>
              </th>
            ))}
            <th scope="col" className="vote-grid-level">
              <span className="level-chip" style={{ background: UNSURE_COLOR.fill, color: UNSURE_COLOR.text }}>
                0
              </span>
              <span className="vote-grid-level-name">Not sure</span>
            </th>
            <th scope="col" className="vote-grid-status">
              Status
            </th>
          </tr>
        </thead>
        <tbody>
          {voters.map((voter, index) => {
            const voted = votedIds.has(voter.id);
            const label = labelOf(voter);
            return (
              <tr
                key={voter.id}
                ref={(node) => {
                  rows.current[index] = node;
                }}
                tabIndex={index === current ? 0 : -1}
                data-voted={voted ? 'true' : undefined}
                data-participant={voter.id}
                aria-label={`${label}: ${voted ? 'voted' : 'not voted yet'}. Press 1 to 5, or 0 for not sure.`}
                onFocus={() => setActive(index)}
                onKeyDown={(e) => onKeyDown(e, index)}
              >
                <th scope="row" className="vote-grid-person">
                  <span className="vote-grid-name">{label}</span>
                  {anonymous ? null : (
                    <span className="vote-grid-role">
                      {ROLE_LABELS[voter.role]}
                      {voter.isFacilitator ? ' · facilitator' : ''}
                    </span>
                  )}
                </th>
                {[...LEVELS, 'unsure' as const].map((score) => (
                  <td key={score} className="vote-grid-cell">
                    <button
                      type="button"
                      tabIndex={-1}
                      className="vote-grid-button"
                      aria-label={`Record ${score === 'unsure' ? '0, not sure,' : `level ${score}`} for ${label}`}
                      onClick={() => cast(index, score)}
                    >
                      {score === 'unsure' ? '0' : score}
                    </button>
                  </td>
                ))}
                <td className="vote-grid-status">
                  {voted ? (
                    <span className="voted-mark">
                      <Icon name="check" size={18} /> Voted
                      <button type="button" tabIndex={-1} className="btn btn-ghost btn-small vote-grid-clear" onClick={() => retract(index)} aria-label={`Clear ${label}’s vote`}>
                        Clear
                      </button>
                    </span>
                  ) : (
                    <span className="waiting-mark">Waiting</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p id="vote-grid-help" className="vote-grid-help">
        Click a row or press Tab to reach the grid, then type each person’s level: <kbd>1</kbd>–<kbd>5</kbd>, or <kbd>0</kbd> for not sure. The
        grid moves to the next person. Typing again changes a vote; <kbd>Delete</kbd> withdraws it.
        {anonymous ? ' Anonymous session: voters are numbered in the order of the participant list in Frame.' : ''}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
