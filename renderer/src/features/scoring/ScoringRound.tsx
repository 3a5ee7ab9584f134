/**
 * The scoring round of one gap: open a round, collect hidden votes (the facilitator's grid or
 * pass-the-laptop), reveal, discuss, re-vote if needed, and confirm a consensus with its reason.
 * Everything lives in the session, so a reload comes back to the same round with votes still hidden.
 *
 * Keyboard focus follows the round to the next thing to do, so it never falls to <body>:
 *   a round opens (first round or re-vote) → the grid, on the first person without a vote;
 *   the votes are revealed                 → the results ("What the room thinks"), which the room
 *                                            discusses before C, the consensus;
 *   a consensus is confirmed               → the stage's Next button: this gap is done;
 *   the screen is opened on a round in progress (a start or a reload) → the grid if it is open,
 *                                            the results if it awaits its consensus.
 */
import { useEffect, useRef, useState } from 'react';
import type { Level } from '../../../../shared/framework/types';
import { gapAssessment } from '../../../../shared/model/gapAssessment';
import type { Session, Vote, VoteScore } from '../../../../shared/model/session';
import { roundsForGap, latestRevealedRound, votersOf } from '../../../../shared/scoring/rounds';
import { roundStats, suggestedConsensus } from '../../../../shared/scoring/stats';
import { castBallot, confirmGapConsensus, openScoringRound, retractBallot, revealVotes } from '../../commands/registry';
import { useCommandHandler } from '../../commands/keys';
import { useRunCommand } from '../../commands/useRunCommand';
import { newId } from '../../db/sessionRepository';
import { useI18n } from '../../i18n/TranslatorContext';
import { Icon } from '../../ui/Icon';
import { focusIsLost } from '../workshop/focusIsLost';
import { focusInStage } from '../workshop/stageScroll';
import type { GapStageProps } from '../workshop/stageProps';
import { ConsensusCard } from './ConsensusCard';
import { ConsensusForm } from './ConsensusForm';
import { Emphasis } from './Emphasis';
import { KeysHint, type KeyHint } from './KeysHint';
import { PrivateVoting, type PrivateBallot } from './PrivateVoting';
import { RevealPanel } from './RevealPanel';
import { RoundHistory } from './RoundHistory';
import { turnoutOf, voterLabels } from './roundView';
import { VoteGrid } from './VoteGrid';
import './scoring.css';

export function ScoringRound({ session, goTo, gapId, resumed = false }: GapStageProps) {
  const i18n = useI18n();
  const run = useRunCommand(session.id);
  const [privateOpen, setPrivateOpen] = useState(false);
  const [editingConsensus, setEditingConsensus] = useState(false);
  const rationaleRef = useRef<HTMLInputElement>(null);
  const focusRationale = useRef(false);
  const sectionRef = useRef<HTMLElement>(null);
  const resultsTitleRef = useRef<HTMLHeadingElement>(null);
  /** The round phase focus last followed (null before the first render). */
  const focusedPhase = useRef<string | null>(null);
  /** Set by this screen's own moves (open, reveal, confirm): focus follows even if it was not lost. */
  const focusFollows = useRef(false);
  // Moving to another gap reuses this component: start its screen fresh.
  const [shownGap, setShownGap] = useState(gapId);
  if (shownGap !== gapId) {
    setShownGap(gapId);
    setPrivateOpen(false);
    setEditingConsensus(false);
  }

  const rounds = roundsForGap(session, gapId);
  const latest = rounds[rounds.length - 1] ?? null;
  const revealed = latestRevealedRound(session, gapId);
  const consensus = gapAssessment(session, gapId).consensus;
  const voters = votersOf(session);
  const turnout = latest ? turnoutOf(session, latest) : null;
  const isOpen = latest?.status === 'open';
  const isRevealed = latest?.status === 'revealed';
  // A consensus resting on an earlier round asks to be confirmed again once a re-vote is revealed.
  const consensusOutdated = isRevealed && consensus !== null && consensus.roundId !== latest.id;
  const showForm = isRevealed && (consensus === null || editingConsensus || consensusOutdated);

  useEffect(() => {
    if (showForm && focusRationale.current) {
      focusRationale.current = false;
      rationaleRef.current?.focus();
    }
  });

  const phase = !latest ? 'none' : isOpen ? `open:${latest.id}` : showForm ? `deciding:${latest.id}` : `decided:${latest.id}:${consensus?.confirmedAt ?? ''}`;
  useEffect(() => {
    const previous = focusedPhase.current;
    focusedPhase.current = phase;
    if (previous === phase) return;
    const follows = focusFollows.current;
    focusFollows.current = false;
    // Entering the gap from another stage starts at the stage title (WorkshopScreen); a resumed
    // screen goes straight to a round in progress.
    if (previous === null ? !resumed || phase.startsWith('decided') : !follows && !focusIsLost()) return;
    const section = sectionRef.current;
    const target = phase.startsWith('open:')
      ? section?.querySelector<HTMLElement>('.vote-grid tbody tr[tabindex="0"]')
      : phase.startsWith('deciding:')
        ? resultsTitleRef.current
        : phase.startsWith('decided:')
          ? section?.closest('.stage')?.querySelector<HTMLElement>('[data-next-stage]')
          : null;
    // The round's card comes to the top of the stage, except for Next, which is always in view.
    if (target) focusInStage(target, phase.startsWith('decided:') ? null : section);
  });

  /** Runs one of this screen's own round moves; focus then follows the round to its next phase. */
  async function moveRound(move: () => Promise<{ ok: boolean }>): Promise<boolean> {
    focusFollows.current = true;
    const { ok } = await move();
    if (!ok) focusFollows.current = false;
    return ok;
  }

  // Round moves are session commands: a refused one shows its own sentence, and Ctrl+Z undoes any of them.
  async function open() {
    setEditingConsensus(false);
    await moveRound(() => run(openScoringRound, { gapId, roundId: newId() }));
  }

  function reveal() {
    if (!latest || latest.status !== 'open') return;
    // Decided on the stored session, not this render: votes typed a moment ago may not be drawn yet.
    void moveRound(() => run(revealVotes, { roundId: latest.id }));
  }

  async function cast(participantId: string, score: VoteScore, extra: Pick<Vote, 'confidence' | 'comment' | 'source'>): Promise<boolean> {
    if (!latest) return false;
    return (await run(castBallot, { roundId: latest.id, vote: { participantId, score, ...extra } })).ok;
  }

  function confirm(level: Level, rationale: string) {
    if (!latest) return;
    void moveRound(() => run(confirmGapConsensus, { gapId, level, rationale, roundId: latest.id })).then((ok) => {
      if (ok) setEditingConsensus(false);
    });
  }

  function focusConsensus() {
    if (!isRevealed) return;
    focusRationale.current = true;
    if (showForm) {
      focusRationale.current = false;
      rationaleRef.current?.focus();
    } else {
      setEditingConsensus(true);
    }
  }

  // The round's keys (O, R, V, C) come from the keymap; each works while its move makes sense.
  useCommandHandler('round.open', !privateOpen && !latest && voters.length > 0 ? () => void open() : undefined);
  useCommandHandler('round.reveal', !privateOpen && isOpen ? reveal : undefined);
  useCommandHandler('round.revote', !privateOpen && isRevealed && voters.length > 0 ? () => void open() : undefined);
  useCommandHandler('round.consensus', !privateOpen && isRevealed ? focusConsensus : undefined);

  const frameStage = session.agenda.find((s) => s.kind === 'frame');
  const noVoters = voters.length === 0;

  const hints: KeyHint[] = !latest
    ? noVoters
      ? []
      : [{ keys: ['O'], label: i18n.t('scoring.keys.openRound') }]
    : isOpen
      ? [
          { keys: ['↑', '↓'], label: i18n.t('scoring.keys.move') },
          { keys: ['1', '–', '5'], label: i18n.t('scoring.keys.vote') },
          { keys: ['0'], label: i18n.t('scoring.keys.notSure') },
          { keys: ['Del'], label: i18n.t('scoring.keys.clear') },
          { keys: ['R'], label: i18n.t('scoring.keys.reveal') },
        ]
      : [
          { keys: ['V'], label: i18n.t('scoring.keys.revote') },
          { keys: ['C'], label: i18n.t('scoring.keys.consensus') },
          { keys: ['Enter'], label: i18n.t('scoring.keys.confirm') },
        ];

  return (
    <section ref={sectionRef} className="scoring" aria-labelledby={`scoring-title-${gapId}`} id="round" data-testid="scoring-round" data-round-status={latest?.status ?? 'none'}>
      <div className="card scoring-card">
        <header className="scoring-head">
          <div className="scoring-heading">
            <p className="eyebrow">
              {latest
                ? i18n.t(latest.status === 'open' ? 'scoring.eyebrow.open' : 'scoring.eyebrow.revealed', { round: latest.number })
                : i18n.t('scoring.eyebrow.none')}
            </p>
            <h2 id={`scoring-title-${gapId}`} ref={resultsTitleRef} tabIndex={-1}>{!latest ? i18n.t('scoring.title.none') : isOpen ? i18n.t('scoring.title.open') : i18n.t('scoring.title.revealed')}</h2>
          </div>
          <div className="scoring-actions">
            {isOpen && !noVoters ? (
              <>
                <button type="button" className="btn" onClick={() => setPrivateOpen(true)} data-testid="private-voting">
                  <Icon name="users" /> {i18n.t('scoring.privateVoting')}
                </button>
                <button
                  type="button"
                  className="btn btn-primary"
                  onClick={reveal}
                  disabled={latest.votes.length === 0}
                  aria-describedby={latest.votes.length === 0 ? 'reveal-reason' : undefined}
                  title={i18n.t('scoring.revealTitle')}
                  data-testid="reveal-button"
                >
                  {i18n.t('scoring.reveal')} <kbd className="kbd-on-accent">{'R'}</kbd>
                </button>
              </>
            ) : null}
            {isRevealed && !noVoters ? (
              <button type="button" className="btn" onClick={() => void open()} title={i18n.t('scoring.revoteTitle')} data-testid="revote">
                {i18n.t('scoring.revote')} <kbd>{'V'}</kbd>
              </button>
            ) : null}
          </div>
        </header>

        {noVoters ? (
          <div className="scoring-empty" role="note">
            <Icon name="users" size={28} />
            <div>
              <p className="scoring-empty-title">{session.participants.length === 0 ? i18n.t('scoring.noVoters.noParticipantsTitle') : i18n.t('scoring.noVoters.onlyFacilitatorTitle')}</p>
              <p className="muted">
                {session.participants.length === 0
                  ? i18n.t('scoring.noVoters.noParticipantsLead')
                  : i18n.t('scoring.noVoters.onlyFacilitatorLead')}
              </p>
            </div>
            {frameStage ? (
              <button type="button" className="btn btn-primary" onClick={() => goTo(frameStage.id)}>
                {i18n.t('scoring.goToFrame')}
              </button>
            ) : null}
          </div>
        ) : !latest ? (
          <NoRoundYet session={session} onOpen={() => void open()} />
        ) : isOpen && turnout ? (
          <div className="round-open">
            <div className="turnout" data-testid="turnout-block">
              <p className="turnout-count" data-testid="turnout" aria-live="polite">
                <Emphasis id="scoring.turnout" values={{ voted: turnout.voted, total: turnout.total }} strong="voted" />
              </p>
              <div className="turnout-bar" aria-hidden="true">
                {turnout.voters.map((p) => (
                  <span key={p.id} className="turnout-cell" data-voted={turnout.votedIds.has(p.id) ? 'true' : undefined} />
                ))}
              </div>
              {latest.votes.length === 0 ? (
                <p id="reveal-reason" className="muted small">
                  {i18n.t('scoring.revealAfterFirstVote')}
                </p>
              ) : turnout.voted === turnout.total ? (
                <p className="turnout-done small">{i18n.t('scoring.everyoneVotedReveal')}</p>
              ) : null}
            </div>
            <VoteGrid
              key={latest.id}
              voters={voters}
              labels={voterLabels(session, voters, i18n)}
              anonymous={session.settings.anonymous}
              votedIds={turnout.votedIds}
              onCast={(id, score) => void cast(id, score, { confidence: null, comment: '', source: 'grid' })}
              onRetract={(id) => void run(retractBallot, { roundId: latest.id, participantId: id })}
            />
            <PrivateVoting
              open={privateOpen}
              anonymous={session.settings.anonymous}
              gapId={gapId}
              roundNumber={latest.number}
              voters={voters}
              votedIds={turnout.votedIds}
              onCast={(b: PrivateBallot) => cast(b.participantId, b.score, { confidence: b.confidence, comment: b.comment, source: 'private' })}
              onClose={() => setPrivateOpen(false)}
            />
          </div>
        ) : latest ? (
          <RevealPanel session={session} round={latest} />
        ) : null}

        {rounds.length > 1 ? <RoundHistory session={session} rounds={rounds} currentId={latest?.id ?? null} /> : null}
        <KeysHint hints={hints} />
      </div>

      {showForm && latest ? (
        <div className="card consensus-panel">
          <ConsensusForm
            key={`${latest.id}-${consensus?.confirmedAt ?? 'none'}`}
            gapId={gapId}
            roundNumber={latest.number}
            suggested={suggestedConsensus(latest.votes)}
            median={roundStats(latest.votes).median}
            initialLevel={editingConsensus && consensus && !consensusOutdated ? consensus.level : null}
            initialRationale={editingConsensus && consensus && !consensusOutdated ? consensus.rationale : ''}
            standing={consensusOutdated && consensus ? { level: consensus.level, roundNumber: rounds.find((r) => r.id === consensus.roundId)?.number ?? null } : null}
            rationaleRef={rationaleRef}
            onConfirm={confirm}
            onCancel={editingConsensus && consensus && !consensusOutdated ? () => setEditingConsensus(false) : undefined}
          />
        </div>
      ) : consensus ? (
        <div className="card consensus-panel">
          <ConsensusCard
            gapId={gapId}
            consensus={consensus}
            roundNumber={rounds.find((r) => r.id === consensus.roundId)?.number ?? null}
            revoteOpen={isOpen && revealed !== null}
            onChange={isRevealed ? () => setEditingConsensus(true) : undefined}
          />
        </div>
      ) : null}
    </section>
  );
}

function NoRoundYet({ session, onOpen }: { session: Session; onOpen(): void }) {
  const i18n = useI18n();
  const voters = votersOf(session);
  const anonymous = session.settings.anonymous;
  const facilitator = session.participants.find((p) => p.isFacilitator);
  return (
    <div className="round-none">
      <p className="round-none-lead">
        {i18n.t('scoring.none.lead')}
      </p>
      <div className="who-votes">
        <p className="eyebrow">{i18n.t('scoring.none.whoVotes', { count: voters.length })}</p>
        {anonymous ? (
          <p className="muted small">
            {facilitator && !session.settings.facilitatorVotes ? i18n.t('scoring.none.anonymousNoFacilitator') : i18n.t('scoring.none.anonymous')}
          </p>
        ) : (
          <>
            <ul className="who-votes-list">
              {voters.map((p) => (
                <li key={p.id} className="who-votes-name">
                  {p.name}
                </li>
              ))}
            </ul>
            {facilitator && !session.settings.facilitatorVotes ? <p className="muted small">{i18n.t('scoring.none.facilitatorDoesNotVote', { name: facilitator.name })}</p> : null}
          </>
        )}
      </div>
      <div>
        <button type="button" className="btn btn-primary btn-large" onClick={onOpen} data-testid="open-round">
          {i18n.t('scoring.none.open')} <kbd className="kbd-on-accent">{'O'}</kbd>
        </button>
      </div>
    </div>
  );
}
