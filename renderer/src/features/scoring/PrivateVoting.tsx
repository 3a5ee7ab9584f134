/**
 * Pass-the-laptop voting: each person picks their name, votes on a full-window ballot, and the
 * screen hides their choice before the laptop moves on. Built on the browser's modal <dialog>, so
 * the page behind (and its shortcuts) cannot be reached while someone holds the laptop.
 *
 * A person who has voted already must confirm, as a separate step, before a new ballot replaces
 * their vote, so nobody can overwrite someone else's vote by picking the wrong name. In an
 * anonymous session no name is listed: each person types their own, as phones do.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { msg } from '../../../../shared/i18n';
import { LEVEL_COLORS, UNSURE_COLOR } from '../../../../shared/framework/levelColors';
import { LEVELS, type GapId } from '../../../../shared/framework/types';
import { sameName } from '../../../../shared/model/participantOps';
import type { Participant, Vote, VoteScore } from '../../../../shared/model/session';
import { COMMENT_MAX } from '../../../../shared/scoring/roundOps';
import { Icon } from '../../ui/Icon';
import { isTypingTarget } from '../../commands/keys';
import { useI18n } from '../../i18n/TranslatorContext';
import { useFramework } from '../../i18n/useFramework';

export interface PrivateBallot {
  participantId: string;
  score: VoteScore;
  confidence: Vote['confidence'];
  comment: string;
}

interface PrivateVotingProps {
  open: boolean;
  /** An anonymous session: no name is shown; people type their own. */
  anonymous: boolean;
  gapId: GapId;
  roundNumber: number;
  voters: readonly Participant[];
  votedIds: ReadonlySet<string>;
  onCast(ballot: PrivateBallot): Promise<boolean>;
  onClose(): void;
}

type Step =
  | { kind: 'pick' }
  | { kind: 'confirm-replace'; participant: Participant }
  | { kind: 'ballot'; participant: Participant }
  | { kind: 'done'; participantId: string };

export function PrivateVoting({ open, anonymous, gapId, roundNumber, voters, votedIds, onCast, onClose }: PrivateVotingProps) {
  const i18n = useI18n();
  const framework = useFramework();
  const ref = useRef<HTMLDialogElement>(null);
  const [step, setStep] = useState<Step>({ kind: 'pick' });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setStep({ kind: 'pick' });
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  /** A person who has voted confirms first; anyone else goes straight to the ballot. */
  const pick = (participant: Participant) => setStep(votedIds.has(participant.id) ? { kind: 'confirm-replace', participant } : { kind: 'ballot', participant });

  const gap = framework.gapById(gapId);
  return (
    <dialog
      ref={ref}
      className="private-voting"
      aria-label={i18n.t('scoring.private.dialogLabel', { gap: gap.name })}
      style={{ ['--gap-color' as string]: gap.color }}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {open ? (
        <div className="private-frame">
          <header className="private-head">
            <span className="private-gap-icon">
              <Icon name={gap.icon} size={22} />
            </span>
            <div>
              <p className="eyebrow">{i18n.t('scoring.private.eyebrow', { round: roundNumber })}</p>
              <p className="private-gap-name">{gap.name}</p>
            </div>
            <span className="private-turnout" data-testid="private-turnout">
              {i18n.t('scoring.turnout', { voted: votedIds.size, total: voters.length })}
            </span>
          </header>
          {step.kind === 'pick' ? (
            anonymous ? (
              <TypeName voters={voters} votedIds={votedIds} onPick={pick} onClose={onClose} />
            ) : (
              <PickName voters={voters} votedIds={votedIds} onPick={pick} onClose={onClose} />
            )
          ) : step.kind === 'confirm-replace' ? (
            <ConfirmReplace
              name={anonymous ? null : step.participant.name}
              anonymous={anonymous}
              onReplace={() => setStep({ kind: 'ballot', participant: step.participant })}
              onBack={() => setStep({ kind: 'pick' })}
            />
          ) : step.kind === 'ballot' ? (
            <Ballot
              key={step.participant.id}
              gapId={gapId}
              participant={step.participant}
              anonymous={anonymous}
              alreadyVoted={votedIds.has(step.participant.id)}
              onBack={() => setStep({ kind: 'pick' })}
              onCast={async (ballot) => {
                if (await onCast(ballot)) setStep({ kind: 'done', participantId: ballot.participantId });
              }}
            />
          ) : (
            <Received everyoneVoted={voters.every((p) => votedIds.has(p.id) || p.id === step.participantId)} onNext={() => setStep({ kind: 'pick' })} onClose={onClose} />
          )}
        </div>
      ) : null}
    </dialog>
  );
}

/** The heading both ways of choosing a voter share, and the note once everyone has voted. */
function WhoIsVoting({ titleId, lead, allVoted }: { titleId: string; lead: string; allVoted: boolean }) {
  const i18n = useI18n();
  return (
    <>
      <div className="private-title">
        <h2 id={titleId}>{i18n.t('scoring.private.whoIsVoting')}</h2>
        <p className="muted">{lead}</p>
      </div>
      {allVoted ? (
        <p className="private-note" role="status">
          <Icon name="check" size={20} /> {i18n.t('scoring.private.everyoneVoted')}
        </p>
      ) : null}
    </>
  );
}
function PickName({ voters, votedIds, onPick, onClose }: { voters: readonly Participant[]; votedIds: ReadonlySet<string>; onPick(p: Participant): void; onClose(): void }) {
  const i18n = useI18n();
  const allVoted = voters.length > 0 && voters.every((p) => votedIds.has(p.id));
  return (
    <section className="private-body" aria-labelledby="private-pick-title">
      <WhoIsVoting titleId="private-pick-title" lead={i18n.t('scoring.private.pickLead')} allVoted={allVoted} />
      <ul className="private-names">
        {voters.map((p) => {
          const voted = votedIds.has(p.id);
          return (
            <li key={p.id}>
              <button type="button" className="private-name" data-voted={voted ? 'true' : undefined} onClick={() => onPick(p)}>
                <span className="private-name-text">{p.name}</span>
                <span className="private-name-state">{voted ? i18n.t('scoring.private.votedChange') : i18n.t('scoring.private.notVotedYet')}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <footer className="private-foot">
        <button type="button" className="btn" onClick={onClose}>
          <Icon name="back" /> {i18n.t('scoring.private.backToFacilitator')}
        </button>
        <span className="muted small">
          <kbd>{i18n.t('common.key.escape')}</kbd> {i18n.t('scoring.private.escReturns')}
        </span>
      </footer>
    </section>
  );
}

const KEY_SCORES: Readonly<Record<string, VoteScore>> = { '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '0': 'unsure' };
const CONFIDENCES = [
  { value: 'low', label: 'scoring.confidence.low' },
  { value: 'medium', label: 'scoring.confidence.medium' },
  { value: 'high', label: 'scoring.confidence.high' },
] as const;

interface BallotProps {
  gapId: GapId;
  participant: Participant;
  anonymous: boolean;
  alreadyVoted: boolean;
  onBack(): void;
  onCast(ballot: PrivateBallot): Promise<void>;
}

function Ballot({ gapId, participant, anonymous, alreadyVoted, onBack, onCast }: BallotProps) {
  const i18n = useI18n();
  const framework = useFramework();
  const gap = framework.gapById(gapId);
  const name = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [score, setScore] = useState<VoteScore | null>(null);
  const [confidence, setConfidence] = useState<Vote['confidence']>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => titleRef.current?.focus(), []);

  // Number keys pick a level wherever focus is on the ballot (but not while typing a comment).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      const picked = KEY_SCORES[event.key];
      if (picked === undefined) return;
      event.preventDefault();
      setScore(picked);
      document.getElementById(`${name}-${picked}`)?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [name]);

  const options: { score: VoteScore; chip: string; fill: string; text: string; title: string; descriptor: string }[] = [
    ...LEVELS.map((level) => ({ score: level, chip: String(level), fill: LEVEL_COLORS[level].fill, text: LEVEL_COLORS[level].text, title: framework.levelNames[level], descriptor: gap.ladder[level] })),
    { score: 'unsure', chip: '?', fill: UNSURE_COLOR.fill, text: UNSURE_COLOR.text, title: i18n.t('scoring.notSure'), descriptor: i18n.t('scoring.private.unsureDescriptor') },
  ];

  return (
    <form
      className="private-body ballot"
      aria-labelledby="ballot-title"
      onSubmit={async (e) => {
        e.preventDefault();
        if (score === null || busy) return;
        setBusy(true);
        await onCast({ participantId: participant.id, score, confidence, comment });
        setBusy(false);
      }}
    >
      <div className="private-title">
        <h2 id="ballot-title" ref={titleRef} tabIndex={-1}>
          {anonymous
            ? i18n.t('scoring.private.ballotTitleAnonymous', { gap: msg('scoring.gapInSentence', { gapId, gap: gap.name }) })
            : i18n.t('scoring.private.ballotTitle', { name: participant.name, gap: msg('scoring.gapInSentence', { gapId, gap: gap.name }) })}
        </h2>
        <p className="muted">
          {i18n.t('scoring.private.ballotLeadChoose')} <kbd>1</kbd>–<kbd>5</kbd>
          {i18n.t('scoring.private.ballotLeadUnsure')} <kbd>0</kbd>
          {i18n.t('scoring.private.ballotLeadEnd')}
          {alreadyVoted ? ` ${i18n.t('scoring.private.ballotReplaces')}` : ''}
        </p>
      </div>
      <fieldset className="ballot-levels">
        <legend className="visually-hidden">{i18n.t('scoring.private.yourLevel')}</legend>
        {options.map((o) => (
          <label key={o.score} className="ballot-option" data-checked={score === o.score ? 'true' : undefined} data-unsure={o.score === 'unsure' ? 'true' : undefined}>
            <input id={`${name}-${o.score}`} type="radio" name={name} value={String(o.score)} checked={score === o.score} onChange={() => setScore(o.score)} />
            <span className="ballot-chip" style={{ background: o.fill, color: o.text }}>
              {o.chip}
            </span>
            <span className="ballot-text">
              <strong>{o.title}</strong>
              <span>{o.descriptor}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="ballot-extras">
        <fieldset className="field">
          <legend className="label">{i18n.t('scoring.private.confidenceQuestion')}</legend>
          <div className="segmented">
            {CONFIDENCES.map((c) => (
              <label key={c.value} className="segment" data-checked={confidence === c.value ? '' : undefined}>
                <input
                  type="radio"
                  name={`${name}-confidence`}
                  checked={confidence === c.value}
                  onChange={() => setConfidence(c.value)}
                  onClick={() => {
                    if (confidence === c.value) setConfidence(null);
                  }}
                />
                {i18n.t(c.label)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field ballot-comment">
          <label htmlFor={`${name}-comment`}>{i18n.t('scoring.private.commentLabel')}</label>
          <input
            id={`${name}-comment`}
            className="input"
            value={comment}
            maxLength={COMMENT_MAX}
            placeholder={i18n.t('scoring.private.commentPlaceholder')}
            onChange={(e) => setComment(e.target.value)}
          />
        </div>
      </div>
      <footer className="private-foot">
        <button type="button" className="btn btn-ghost" onClick={onBack}>
          <Icon name="back" /> {anonymous ? i18n.t('scoring.private.notMeBack') : i18n.t('scoring.private.notMeBackToNames')}
        </button>
        <span className="private-foot-spacer" />
        {score === null ? <span className="muted small">{i18n.t('scoring.private.chooseLevelFirst')}</span> : null}
        <button type="submit" className="btn btn-primary btn-large" disabled={score === null || busy}>
          {i18n.t('scoring.private.castVote')}
        </button>
      </footer>
    </form>
  );
}

function ConfirmReplace({ name, anonymous, onReplace, onBack }: { name: string | null; anonymous: boolean; onReplace(): void; onBack(): void }) {
  const i18n = useI18n();
  const titleRef = useRef<HTMLHeadingElement>(null);
  // Focus on the question, not on Replace: replacing takes a deliberate press, never a stray Enter.
  useEffect(() => titleRef.current?.focus(), []);
  return (
    <section className="private-body private-replace" aria-labelledby="replace-title" aria-describedby="replace-lead" data-testid="confirm-replace">
      <div className="private-title">
        <h2 id="replace-title" ref={titleRef} tabIndex={-1}>
          {name ? i18n.t('scoring.private.replaceTitle', { name }) : i18n.t('scoring.private.replaceTitleAnonymous')}
        </h2>
        <p id="replace-lead" className="muted">
          {name ? i18n.t('scoring.private.replaceLead', { name }) : i18n.t('scoring.private.replaceLeadAnonymous')}
        </p>
      </div>
      <footer className="private-foot">
        <button type="button" className="btn" onClick={onBack}>
          <Icon name="back" /> {anonymous ? i18n.t('scoring.private.notMeBack') : i18n.t('scoring.private.notMeBackToNames')}
        </button>
        <span className="private-foot-spacer" />
        <button type="button" className="btn btn-primary btn-large" onClick={onReplace}>
          {i18n.t('scoring.private.replace')}
        </button>
      </footer>
    </section>
  );
}

/** The anonymous session's first step: the voter types their own name, matched like a phone's. */
function TypeName({ voters, votedIds, onPick, onClose }: { voters: readonly Participant[]; votedIds: ReadonlySet<string>; onPick(p: Participant): void; onClose(): void }) {
  const i18n = useI18n();
  const id = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);
  const allVoted = voters.length > 0 && voters.every((p) => votedIds.has(p.id));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') return setError(i18n.t('scoring.private.typeNameEmpty'));
    const matches = voters.filter((p) => sameName(p.name, name));
    if (matches.length !== 1) {
      setError(matches.length === 0 ? i18n.t('scoring.private.typeNameUnknown') : i18n.t('scoring.private.typeNameTwice'));
      inputRef.current?.focus();
      return;
    }
    onPick(matches[0]!);
  }

  return (
    <form className="private-body" aria-labelledby={`${id}-title`} onSubmit={submit} autoComplete="off">
      <WhoIsVoting titleId={`${id}-title`} lead={i18n.t('scoring.private.typeNameLead')} allVoted={allVoted} />
      <div className="field private-type-name">
        <label htmlFor={`${id}-name`}>{i18n.t('scoring.private.typeNameLabel')}</label>
        <input
          ref={inputRef}
          id={`${id}-name`}
          className="input"
          value={name}
          maxLength={120}
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setName(e.target.value);
            if (error) setError(null);
          }}
        />
        {error ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <footer className="private-foot">
        <button type="button" className="btn" onClick={onClose}>
          <Icon name="back" /> {i18n.t('scoring.private.backToFacilitator')}
        </button>
        <span className="private-foot-spacer" />
        <button type="submit" className="btn btn-primary btn-large">
          {i18n.t('scoring.private.continue')}
        </button>
      </footer>
    </form>
  );
}

function Received({ everyoneVoted, onNext, onClose }: { everyoneVoted: boolean; onNext(): void; onClose(): void }) {
  const i18n = useI18n();
  const nextRef = useRef<HTMLButtonElement>(null);
  useEffect(() => nextRef.current?.focus(), []);
  return (
    <section className="private-body private-received" aria-labelledby="received-title">
      <span className="received-mark">
        <Icon name="check" size={44} />
      </span>
      <div role="status" className="received-text">
        <h2 id="received-title">{i18n.t('scoring.private.receivedTitle')}</h2>
        <p className="muted">{i18n.t('scoring.private.receivedLead')}</p>
      </div>
      <div className="received-actions">
        {everyoneVoted ? (
          <button ref={nextRef} type="button" className="btn btn-primary btn-large" onClick={onClose}>
            {i18n.t('scoring.private.everyoneVotedBack')}
          </button>
        ) : (
          <>
            <button ref={nextRef} type="button" className="btn btn-primary btn-large" onClick={onNext}>
              {i18n.t('scoring.private.nextPerson')}
            </button>
            <button type="button" className="btn btn-large" onClick={onClose}>
              {i18n.t('scoring.private.backToFacilitator')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
