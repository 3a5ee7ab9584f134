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
import { useI18n } from '../../i18n/TranslatorContext';
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
  const i18n = useI18n();
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
    setAnnouncement(i18n.t('scoring.grid.recorded', { name: labelOf(voter) }));
    if (index < voters.length - 1) focusRow(index + 1);
  }

  function retract(index: number) {
    const voter = voters[index];
    if (!voter || !votedIds.has(voter.id)) return;
    onRetract(voter.id);
    setAnnouncement(i18n.t('scoring.grid.withdrawn', { name: labelOf(voter) }));
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
      <table className="vote-grid" aria-label={i18n.t('scoring.grid.label')} aria-describedby="vote-grid-help">
        <thead>
          <tr>
            <th scope="col" className="vote-grid-person">
              {i18n.t('scoring.grid.participant')}
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
              <span className="vote-grid-level-name">{i18n.t('scoring.notSure')}</span>
            </th>
            <th scope="col" className="vote-grid-status">
              {i18n.t('scoring.grid.status')}
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
                aria-label={i18n.t(voted ? 'scoring.grid.rowVoted' : 'scoring.grid.rowWaiting', { name: label })}
                onFocus={() => setActive(index)}
                onKeyDown={(e) => onKeyDown(e, index)}
              >
                <th scope="row" className="vote-grid-person">
                  <span className="vote-grid-name">{label}</span>
                  {anonymous ? null : (
                    <span className="vote-grid-role">
                      {i18n.text(ROLE_LABELS[voter.role])}
                      {voter.isFacilitator ? ` · ${i18n.t('scoring.grid.facilitator')}` : ''}
                    </span>
                  )}
                </th>
                {[...LEVELS, 'unsure' as const].map((score) => (
                  <td key={score} className="vote-grid-cell">
                    <button
                      type="button"
                      tabIndex={-1}
                      className="vote-grid-button"
                      aria-label={score === 'unsure' ? i18n.t('scoring.grid.recordUnsure', { name: label }) : i18n.t('scoring.grid.recordLevel', { level: score, name: label })}
                      onClick={() => cast(index, score)}
                    >
                      {score === 'unsure' ? '0' : score}
                    </button>
                  </td>
                ))}
                <td className="vote-grid-status">
                  {voted ? (
                    <span className="voted-mark">
                      <Icon name="check" size={18} /> {i18n.t('scoring.grid.voted')}
                      <button type="button" tabIndex={-1} className="btn btn-ghost btn-small vote-grid-clear" onClick={() => retract(index)} aria-label={i18n.t('scoring.grid.clearLabel', { name: label })}>
                        {i18n.t('scoring.grid.clear')}
                      </button>
                    </span>
                  ) : (
                    <span className="waiting-mark">{i18n.t('scoring.grid.waiting')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p id="vote-grid-help" className="vote-grid-help">
        {i18n.t('scoring.grid.helpReach')} <kbd>1</kbd>–<kbd>5</kbd>
        {i18n.t('scoring.grid.helpUnsure')} <kbd>0</kbd>
        {i18n.t('scoring.grid.helpMoves')} <kbd>{i18n.t('common.key.delete')}</kbd>
        {i18n.t('scoring.grid.helpWithdraws')}
        {anonymous ? ` ${i18n.t('scoring.grid.helpAnonymous')}` : ''}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
