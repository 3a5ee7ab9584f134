/**
 * Commands as data: every change a person makes to a session is one of these.
 *
 * - A **session command** has an id, a label, and `run(session, args, env) → OpResult`, built on
 *   the pure operations of `shared/` (`*Ops.ts`, `roundOps`). `runCommand` (execute.ts) applies it
 *   in one storage transaction, records the patch between the session before and after it
 *   (sessionPatch.ts), and that patch is what undoes it: Undo applies its inverse to the session as
 *   it is now, Redo applies it again. So no command carries hand-written undo code, and a vote, a
 *   consensus or a delete is undone exactly like a typed fact. The history is per session, bounded
 *   (history.ts) and kept in IndexedDB across a reload (historyDatabase.ts).
 * - Commands with an `undoToast` (deletes) show one toast whose Undo undoes that very step.
 * - Commands marked `mergeable` (typing into a field) fold into the previous step when the same
 *   fields change again within a few seconds, so one Ctrl+Z takes a whole edit back.
 * - Stage moves are commands too but are not undoable (`undoable: false`): moving around is not
 *   an edit. Undo shows the stage a change was made on.
 * - What a person can *invoke* (palette, menu, keys) is the keymap in shared/commands/keymap.ts;
 *   screens bind those ids to what they do (useCommandHandler), and the one window key handler,
 *   the Electron menu and the palette all read the same keymap.
 *
 * Phone votes are stored by the room's sink (features/room/roomVoteSink.ts) through the same
 * `castVote`, but are not the facilitator's edits and are not undoable from the laptop.
 */
import { addFromSuggestion, addNewAction, removeAction, updateAction, type ActionPatch } from '../../../shared/actions/actionOps';
import { frameworkNow, gapNameNow, type LocalizedFramework } from '../../../shared/framework/localize';
import type { GapId, Level } from '../../../shared/framework/types';
import { addKpi, removeKpi, updateKpi } from '../../../shared/model/kpiOps';
import { addEvidence, addRisk, removeEvidence, removeRisk, updateEvidence, updateRisk, type Severity } from '../../../shared/model/noteOps';
import { done, refuse, type OpResult } from '../../../shared/model/opResult';
import { addParticipant, removeParticipant, updateParticipant, votesCastBy, type ParticipantDraft } from '../../../shared/model/participantOps';
import type { FactValue, Kpi, Ownership, Session, Settings, Vote, VerdictValue } from '../../../shared/model/session';
import { enterStage, markStageComplete, neighbourStageId } from '../../../shared/phases/agenda';
import { castVote, confirmConsensus, openRound, retractVote, revealRound } from '../../../shared/scoring/roundOps';
import { computeVerdict, VERDICT_LABELS } from '../../../shared/scoring/verdict';

export interface CommandEnv {
  now: number;
  newId(): string;
}

export interface SessionCommand<A> {
  id: string;
  /** What the history and the palette call it. */
  label: string;
  /** A more precise label for one use, read from the session before the change ("Remove Ana"). */
  describe?(args: A, before: Session): string;
  run(session: Session, args: A, env: CommandEnv): OpResult;
  /** False for moves that are not edits (changing stage). */
  undoable?: false;
  /** Consecutive edits of the same fields fold into one step. */
  mergeable?: boolean;
  /** Deletes: the toast's message, which offers Undo right after. */
  undoToast?(args: A, before: Session): string;
}

function command<A>(definition: SessionCommand<A>): SessionCommand<A> {
  return definition;
}

/** The words of the history (one place for them). */
export const HISTORY_TEXT = {
  undid: (label: string) => `Undone: ${label}.`,
  redid: (label: string) => `Redone: ${label}.`,
  nothingToUndo: 'Nothing to undo.',
  nothingToRedo: 'Nothing to redo.',
  undo: 'Undo',
} as const;

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text;
}

function quoted(text: string): string {
  return `“${shorten(text)}”`;
}

type FrameField = 'initiative' | 'client' | 'useCase' | 'facilitator' | 'workshopDate';

/** An edit given as a function, for a change no named command covers yet; undone like any other. */
export const editSession = command<{ change: (session: Session) => Session }>({
  id: 'session.edit',
  label: 'Edit the session',
  run: (s, { change }) => done(change(s)),
});

// Frame ------------------------------------------------------------------------------------------

export const editFrame = command<{ patch: Partial<Pick<Session, FrameField>> }>({
  id: 'frame.edit',
  label: 'Edit the initiative',
  mergeable: true,
  run: (s, { patch }) => {
    if (patch.initiative !== undefined && patch.initiative.trim() === '') return refuse('no-initiative', 'The initiative needs a name; the previous one is kept.');
    return done({ ...s, ...patch, ...(patch.initiative !== undefined ? { initiative: patch.initiative.trim() } : {}) });
  },
});

export const editFirmName = command<{ name: string }>({
  id: 'frame.firm',
  label: 'Edit the firm’s name',
  mergeable: true,
  run: (s, { name }) => done({ ...s, firm: { ...s.firm, name } }),
});

export const setFact = command<{ factId: string; value: FactValue }>({
  id: 'fact.set',
  label: 'Edit a fact',
  describe: ({ factId }) => `Edit ${quoted(frameworkNow()?.factById(factId)?.label ?? factId)}`,
  mergeable: true,
  run: (s, { factId, value }) => done({ ...s, facts: { ...s.facts, [factId]: value } }),
});

export const setSettings = command<{ patch: Partial<Settings> }>({
  id: 'settings.set',
  label: 'Change how the room votes',
  run: (s, { patch }) => done({ ...s, settings: { ...s.settings, ...patch } }),
});

// Participants ------------------------------------------------------------------------------------

export const addPerson = command<{ id: string; draft: ParticipantDraft }>({
  id: 'participant.add',
  label: 'Add a participant',
  describe: ({ draft }) => `Add ${draft.name.trim()}`,
  run: (s, { id, draft }) => addParticipant(s, draft, id),
});

export const updatePerson = command<{ id: string; patch: Partial<ParticipantDraft> }>({
  id: 'participant.update',
  label: 'Edit a participant',
  describe: ({ id }, s) => `Edit ${s.participants.find((p) => p.id === id)?.name ?? 'a participant'}`,
  mergeable: true,
  run: (s, { id, patch }) => updateParticipant(s, id, patch),
});

function personAndVotes(s: Session, id: string): string {
  const name = s.participants.find((p) => p.id === id)?.name ?? 'a participant';
  const votes = votesCastBy(s, id);
  return `${name}${votes ? ` and their ${votes === 1 ? 'vote' : `${votes} votes`}` : ''}`;
}

export const removePerson = command<{ id: string }>({
  id: 'participant.remove',
  label: 'Remove a participant',
  describe: ({ id }, s) => `Remove ${personAndVotes(s, id)}`,
  undoToast: ({ id }, s) => `Removed ${personAndVotes(s, id)}.`,
  run: (s, { id }) => removeParticipant(s, id),
});

// Success criteria --------------------------------------------------------------------------------

const kpiName = (kpi: Pick<Kpi, 'name'> | undefined) => quoted(kpi?.name.trim() || 'Untitled criterion');

export const addCriterion = command<{ kpi: Kpi }>({
  id: 'kpi.add',
  label: 'Add a success criterion',
  describe: ({ kpi }) => `Add ${kpiName(kpi)}`,
  run: (s, { kpi }) => addKpi(s, kpi),
});

export const updateCriterion = command<{ id: string; patch: Partial<Omit<Kpi, 'id'>> }>({
  id: 'kpi.update',
  label: 'Edit a success criterion',
  describe: ({ id }, s) => `Edit ${kpiName(s.kpis.find((k) => k.id === id))}`,
  mergeable: true,
  run: (s, { id, patch }) => updateKpi(s, id, patch),
});

export const removeCriterion = command<{ id: string }>({
  id: 'kpi.remove',
  label: 'Remove a success criterion',
  describe: ({ id }, s) => `Remove ${kpiName(s.kpis.find((k) => k.id === id))}`,
  undoToast: ({ id }, s) => `Removed ${kpiName(s.kpis.find((k) => k.id === id))}.`,
  run: (s, { id }) => removeKpi(s, id),
});

// Scoring rounds ----------------------------------------------------------------------------------

const gapName = (gapId: GapId) => gapNameNow(gapId);

export const openScoringRound = command<{ gapId: GapId; roundId: string }>({
  id: 'round.open',
  label: 'Open a scoring round',
  describe: ({ gapId }, s) => (s.rounds.some((r) => r.gapId === gapId) ? `Re-vote on ${gapName(gapId)}` : `Open the round on ${gapName(gapId)}`),
  run: (s, { gapId, roundId }, env) => openRound(s, gapId, roundId, env.now),
});

export const revealVotes = command<{ roundId: string }>({
  id: 'round.reveal',
  label: 'Reveal votes',
  run: (s, { roundId }, env) => revealRound(s, roundId, env.now),
});

const voterName = (s: Session, participantId: string) => s.participants.find((p) => p.id === participantId)?.name ?? 'someone';

export const castBallot = command<{ roundId: string; vote: Omit<Vote, 'at'> }>({
  id: 'vote.cast',
  label: 'Vote',
  describe: ({ roundId, vote }, s) => {
    const had = s.rounds.find((r) => r.id === roundId)?.votes.some((v) => v.participantId === vote.participantId);
    return `${had ? 'Change the vote of' : 'Vote for'} ${voterName(s, vote.participantId)}`;
  },
  run: (s, { roundId, vote }, env) => castVote(s, roundId, { ...vote, at: env.now }),
});

export const retractBallot = command<{ roundId: string; participantId: string }>({
  id: 'vote.retract',
  label: 'Clear a vote',
  describe: ({ participantId }, s) => `Clear the vote of ${voterName(s, participantId)}`,
  run: (s, { roundId, participantId }) => retractVote(s, roundId, participantId),
});

export const confirmGapConsensus = command<{ gapId: GapId; level: Level; rationale: string; roundId: string | null }>({
  id: 'consensus.confirm',
  label: 'Confirm the consensus',
  describe: ({ gapId, level }) => `Confirm level ${level} for ${gapName(gapId)}`,
  run: (s, { gapId, level, rationale, roundId }, env) => confirmConsensus(s, gapId, level, rationale, roundId, env.now),
});

// Evidence and risks ------------------------------------------------------------------------------

export const addGapEvidence = command<{ gapId: GapId; text: string }>({
  id: 'evidence.add',
  label: 'Add evidence',
  run: (s, { gapId, text }, env) => addEvidence(s, gapId, { id: env.newId(), now: env.now, text }),
});

export const updateGapEvidence = command<{ gapId: GapId; id: string; text: string }>({
  id: 'evidence.update',
  label: 'Edit evidence',
  mergeable: true,
  run: (s, { gapId, id, text }) => updateEvidence(s, gapId, id, text),
});

export const removeGapEvidence = command<{ gapId: GapId; id: string }>({
  id: 'evidence.remove',
  label: 'Delete evidence',
  describe: ({ gapId, id }, s) => `Delete the evidence ${quoted(s.gaps[gapId].evidence.find((e) => e.id === id)?.text ?? '')}`,
  undoToast: ({ gapId, id }, s) => `Deleted the evidence ${quoted(s.gaps[gapId].evidence.find((e) => e.id === id)?.text ?? '')}.`,
  run: (s, { gapId, id }) => removeEvidence(s, gapId, id),
});

export const addGapRisk = command<{ gapId: GapId; text: string; severity: Severity }>({
  id: 'risk.add',
  label: 'Add a risk',
  run: (s, { gapId, text, severity }, env) => addRisk(s, gapId, { id: env.newId(), now: env.now, text, severity }),
});

export const updateGapRisk = command<{ gapId: GapId; id: string; patch: { text?: string; severity?: Severity } }>({
  id: 'risk.update',
  label: 'Edit a risk',
  mergeable: true,
  run: (s, { gapId, id, patch }) => updateRisk(s, gapId, id, patch),
});

export const removeGapRisk = command<{ gapId: GapId; id: string }>({
  id: 'risk.remove',
  label: 'Delete a risk',
  describe: ({ gapId, id }, s) => `Delete the risk ${quoted(s.gaps[gapId].risks.find((r) => r.id === id)?.text ?? '')}`,
  undoToast: ({ gapId, id }, s) => `Deleted the risk ${quoted(s.gaps[gapId].risks.find((r) => r.id === id)?.text ?? '')}.`,
  run: (s, { gapId, id }) => removeRisk(s, gapId, id),
});

// Actions -----------------------------------------------------------------------------------------

export const addPlanAction = command<{ title: string; gapId: GapId | null }>({
  id: 'action.add',
  label: 'Add an action',
  describe: ({ title }) => `Add the action ${quoted(title.trim())}`,
  run: (s, { title, gapId }, env) => addNewAction(s, { id: env.newId(), now: env.now, title, gapId }),
});

export const addSuggestedAction = command<{ suggestionId: string; framework: LocalizedFramework }>({
  id: 'action.addSuggestion',
  label: 'Add a suggested action',
  run: (s, { suggestionId, framework }, env) => addFromSuggestion(s, suggestionId, { id: env.newId(), now: env.now }, framework),
});

export const updatePlanAction = command<{ id: string; patch: ActionPatch }>({
  id: 'action.update',
  label: 'Edit an action',
  describe: ({ id }, s) => `Edit the action ${quoted(s.actions.find((a) => a.id === id)?.title ?? '')}`,
  mergeable: true,
  run: (s, { id, patch }) => updateAction(s, id, patch),
});

export const removePlanAction = command<{ id: string }>({
  id: 'action.remove',
  label: 'Delete an action',
  describe: ({ id }, s) => `Delete the action ${quoted(s.actions.find((a) => a.id === id)?.title ?? '')}`,
  undoToast: ({ id }, s) => `Deleted the action ${quoted(s.actions.find((a) => a.id === id)?.title ?? '')}.`,
  run: (s, { id }) => removeAction(s, id),
});

// Ownership and verdict ---------------------------------------------------------------------------

export const setOwnership = command<{ patch: Partial<Ownership> }>({
  id: 'ownership.set',
  label: 'Edit ownership and path',
  mergeable: true,
  run: (s, { patch }) => done({ ...s, ownership: { ...s.ownership, ...patch } }),
});

export const overrideVerdict = command<{ value: VerdictValue; reason: string }>({
  id: 'verdict.override',
  label: 'Override the verdict',
  run: (s, { value, reason }, env) =>
    reason.trim() === '' ? refuse('no-reason', 'Say why the verdict is overridden.') : done({ ...s, verdictOverride: { value, reason: reason.trim(), at: env.now } }),
});

export const removeVerdictOverride = command<Record<string, never>>({
  id: 'verdict.removeOverride',
  label: 'Remove the verdict override',
  undoToast: (_args, s) => `Override removed. The verdict is ${VERDICT_LABELS[computeVerdict(s).computed]} again, as drafted.`,
  run: (s) => done({ ...s, verdictOverride: null }),
});

// Moving between stages (not an edit: not undoable) ------------------------------------------------

export const goToStage = command<{ target: string | { offset: number }; completeCurrent: boolean }>({
  id: 'stage.go',
  label: 'Go to a stage',
  undoable: false,
  run: (s, { target, completeCurrent }, env) => {
    const stageId = typeof target === 'string' ? target : neighbourStageId(s.agenda, s.currentStageId, target.offset);
    if (!s.agenda.some((stage) => stage.id === stageId)) return refuse('no-stage', 'This stage is not in the session’s agenda.');
    const agenda = completeCurrent ? markStageComplete(s.agenda, s.currentStageId, env.now) : s.agenda;
    return done({ ...s, currentStageId: stageId, agenda: enterStage(agenda, stageId, env.now) });
  },
});

/** Every session command, for the registry test and the docs. */
export const SESSION_COMMANDS: readonly SessionCommand<never>[] = [
  editSession,
  editFrame,
  editFirmName,
  setFact,
  setSettings,
  addPerson,
  updatePerson,
  removePerson,
  addCriterion,
  updateCriterion,
  removeCriterion,
  openScoringRound,
  revealVotes,
  castBallot,
  retractBallot,
  confirmGapConsensus,
  addGapEvidence,
  updateGapEvidence,
  removeGapEvidence,
  addGapRisk,
  updateGapRisk,
  removeGapRisk,
  addPlanAction,
  addSuggestedAction,
  updatePlanAction,
  removePlanAction,
  setOwnership,
  overrideVerdict,
  removeVerdictOverride,
  goToStage,
] as unknown as readonly SessionCommand<never>[];
