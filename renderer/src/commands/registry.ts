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
import { applyTrackerChanges, type TrackerPatches } from '../../../shared/actions/trackerChanges';
import { FACTS } from '../../../shared/framework/facts';
import { factLabelMessage, type LocalizedFramework } from '../../../shared/framework/localize';
import type { GapId, Level } from '../../../shared/framework/types';
import { checkStoredLogo, type FirmLogo } from '../../../shared/model/firmLogo';
import { addKpi, removeKpi, updateKpi } from '../../../shared/model/kpiOps';
import { addEvidence, addRisk, removeEvidence, removeRisk, updateEvidence, updateRisk, type Severity } from '../../../shared/model/noteOps';
import { gapAssessment } from '../../../shared/model/gapAssessment';
import { done, refuse, type OpResult } from '../../../shared/model/opResult';
import { addParticipant, removeParticipant, updateParticipant, votesCastBy, type ParticipantDraft } from '../../../shared/model/participantOps';
import type { FactValue, Kpi, Ownership, Session, Settings, Vote, VerdictValue } from '../../../shared/model/session';
import { enterStage, markStageComplete, neighbourStageId } from '../../../shared/phases/agenda';
import { castVote, confirmConsensus, openRound, retractVote, revealRound } from '../../../shared/scoring/roundOps';
import { computeVerdict, VERDICT_LABELS } from '../../../shared/scoring/verdict';
import { gapNameMessage, quotedMessage } from '../../../shared/scoring/words';
import { msg, type Message } from '../../../shared/i18n';

export interface CommandEnv {
  now: number;
  newId(): string;
}

export interface SessionCommand<A> {
  id: string;
  /** What the history and the palette call it. */
  label: Message;
  /** A more precise label for one use, read from the session before the change ("Remove Ana"). */
  describe?(args: A, before: Session): Message;
  run(session: Session, args: A, env: CommandEnv): OpResult;
  /** False for moves that are not edits (changing stage). */
  undoable?: false;
  /** Consecutive edits of the same fields fold into one step. */
  mergeable?: boolean;
  /** Deletes: the toast's message, which offers Undo right after. */
  undoToast?(args: A, before: Session): Message;
}

function command<A>(definition: SessionCommand<A>): SessionCommand<A> {
  return definition;
}

/** The words of the history (one place for them). */
export const HISTORY_TEXT = {
  undid: (label: Message) => msg('history.undid', { label }),
  redid: (label: Message) => msg('history.redid', { label }),
  nothingToUndo: msg('history.nothingToUndo'),
  nothingToRedo: msg('history.nothingToRedo'),
  undo: msg('history.undo'),
} as const;

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text;
}

function quoted(text: string): Message {
  return quotedMessage(shorten(text));
}

type FrameField = 'initiative' | 'client' | 'useCase' | 'facilitator' | 'workshopDate';

/** An edit given as a function, for a change no named command covers yet; undone like any other. */
export const editSession = command<{ change: (session: Session) => Session }>({
  id: 'session.edit',
  label: msg('command.editSession'),
  run: (s, { change }) => done(change(s)),
});

// Frame ------------------------------------------------------------------------------------------

export const editFrame = command<{ patch: Partial<Pick<Session, FrameField>> }>({
  id: 'frame.edit',
  label: msg('command.editFrame'),
  mergeable: true,
  run: (s, { patch }) => {
    if (patch.initiative !== undefined && patch.initiative.trim() === '') return refuse('no-initiative', msg('refusal.frame.noInitiative'));
    return done({ ...s, ...patch, ...(patch.initiative !== undefined ? { initiative: patch.initiative.trim() } : {}) });
  },
});

export const editFirmName = command<{ name: string }>({
  id: 'frame.firm',
  label: msg('command.editFirmName'),
  mergeable: true,
  run: (s, { name }) => done({ ...s, firm: { ...s.firm, name } }),
});

/** The firm's logo, checked again here so nothing unsound reaches the session by another path. */
export const setFirmLogo = command<{ logo: FirmLogo }>({
  id: 'frame.firmLogo',
  label: msg('firm.logo.command.set'),
  run: (s, { logo }) => {
    const reason = checkStoredLogo(logo);
    if (reason) return refuse('firm-logo-refused', msg('firm.logo.refused', { reason }));
    return done({ ...s, firm: { ...s.firm, logo } });
  },
});

export const removeFirmLogo = command<Record<string, never>>({
  id: 'frame.firmLogo.remove',
  label: msg('firm.logo.command.remove'),
  undoToast: () => msg('firm.logo.toast.removed'),
  run: (s) => {
    const { logo: _removed, ...firm } = s.firm;
    return done({ ...s, firm });
  },
});

export const setFact = command<{ factId: string; value: FactValue }>({
  id: 'fact.set',
  label: msg('command.setFact'),
  describe: ({ factId }) => msg('command.describe.edit', { name: FACTS.some((fact) => fact.id === factId) ? quotedMessage(factLabelMessage(factId)) : quoted(factId) }),
  mergeable: true,
  run: (s, { factId, value }) => done({ ...s, facts: { ...s.facts, [factId]: value } }),
});

export const setSettings = command<{ patch: Partial<Settings> }>({
  id: 'settings.set',
  label: msg('command.setSettings'),
  run: (s, { patch }) => done({ ...s, settings: { ...s.settings, ...patch } }),
});

export const setSessionLanguage = command<{ language: string }>({
  id: 'session.language',
  label: msg('command.setSessionLanguage'),
  run: (s, { language }) => done({ ...s, language }),
});

// Participants ------------------------------------------------------------------------------------

export const addPerson = command<{ id: string; draft: ParticipantDraft }>({
  id: 'participant.add',
  label: msg('command.addPerson'),
  describe: ({ draft }) => msg('command.describe.add', { name: draft.name.trim() }),
  run: (s, { id, draft }) => addParticipant(s, draft, id),
});

export const updatePerson = command<{ id: string; patch: Partial<ParticipantDraft> }>({
  id: 'participant.update',
  label: msg('command.updatePerson'),
  describe: ({ id }, s) => msg('command.describe.edit', { name: s.participants.find((p) => p.id === id)?.name ?? msg('command.someParticipant') }),
  mergeable: true,
  run: (s, { id, patch }) => updateParticipant(s, id, patch),
});

function personAndVotes(s: Session, id: string): Message {
  const name = s.participants.find((p) => p.id === id)?.name ?? msg('command.someParticipant');
  return msg('command.personAndVotes', { name, votes: votesCastBy(s, id) });
}

export const removePerson = command<{ id: string }>({
  id: 'participant.remove',
  label: msg('command.removePerson'),
  describe: ({ id }, s) => msg('command.describe.remove', { name: personAndVotes(s, id) }),
  undoToast: ({ id }, s) => msg('command.toast.removed', { name: personAndVotes(s, id) }),
  run: (s, { id }) => removeParticipant(s, id),
});

// Success criteria --------------------------------------------------------------------------------

const kpiName = (kpi: Pick<Kpi, 'name'> | undefined): Message => (kpi?.name.trim() ? quoted(kpi.name.trim()) : quotedMessage(msg('command.untitledCriterion')));

export const addCriterion = command<{ kpi: Kpi }>({
  id: 'kpi.add',
  label: msg('command.addCriterion'),
  describe: ({ kpi }) => msg('command.describe.add', { name: kpiName(kpi) }),
  run: (s, { kpi }) => addKpi(s, kpi),
});

export const updateCriterion = command<{ id: string; patch: Partial<Omit<Kpi, 'id'>> }>({
  id: 'kpi.update',
  label: msg('command.updateCriterion'),
  describe: ({ id }, s) => msg('command.describe.edit', { name: kpiName(s.kpis.find((k) => k.id === id)) }),
  mergeable: true,
  run: (s, { id, patch }) => updateKpi(s, id, patch),
});

export const removeCriterion = command<{ id: string }>({
  id: 'kpi.remove',
  label: msg('command.removeCriterion'),
  describe: ({ id }, s) => msg('command.describe.remove', { name: kpiName(s.kpis.find((k) => k.id === id)) }),
  undoToast: ({ id }, s) => msg('command.toast.removed', { name: kpiName(s.kpis.find((k) => k.id === id)) }),
  run: (s, { id }) => removeKpi(s, id),
});

// Scoring rounds ----------------------------------------------------------------------------------

const gapName = (gapId: GapId, s: Session) => gapNameMessage(gapId, s.framework);

export const openScoringRound = command<{ gapId: GapId; roundId: string }>({
  id: 'round.open',
  label: msg('command.openScoringRound'),
  describe: ({ gapId }, s) => msg(s.rounds.some((r) => r.gapId === gapId) ? 'command.describe.revote' : 'command.describe.openRound', { gap: gapName(gapId, s) }),
  run: (s, { gapId, roundId }, env) => openRound(s, gapId, roundId, env.now),
});

export const revealVotes = command<{ roundId: string }>({
  id: 'round.reveal',
  label: msg('command.revealVotes'),
  run: (s, { roundId }, env) => revealRound(s, roundId, env.now),
});

const voterName = (s: Session, participantId: string) => s.participants.find((p) => p.id === participantId)?.name ?? msg('command.someone');

export const castBallot = command<{ roundId: string; vote: Omit<Vote, 'at'> }>({
  id: 'vote.cast',
  label: msg('command.castBallot'),
  describe: ({ roundId, vote }, s) => {
    const had = s.rounds.find((r) => r.id === roundId)?.votes.some((v) => v.participantId === vote.participantId);
    return msg('command.describe.vote', { had: had ? 'yes' : 'no', name: voterName(s, vote.participantId) });
  },
  run: (s, { roundId, vote }, env) => castVote(s, roundId, { ...vote, at: env.now }),
});

export const retractBallot = command<{ roundId: string; participantId: string }>({
  id: 'vote.retract',
  label: msg('command.retractBallot'),
  describe: ({ participantId }, s) => msg('command.describe.clearVote', { name: voterName(s, participantId) }),
  run: (s, { roundId, participantId }) => retractVote(s, roundId, participantId),
});

export const confirmGapConsensus = command<{ gapId: GapId; level: Level; rationale: string; roundId: string | null }>({
  id: 'consensus.confirm',
  label: msg('command.confirmConsensus'),
  describe: ({ gapId, level }, s) => msg('command.describe.confirmConsensus', { level, gap: gapName(gapId, s) }),
  run: (s, { gapId, level, rationale, roundId }, env) => confirmConsensus(s, gapId, level, rationale, roundId, env.now),
});

// Evidence and risks ------------------------------------------------------------------------------

export const addGapEvidence = command<{ gapId: GapId; text: string }>({
  id: 'evidence.add',
  label: msg('command.addEvidence'),
  run: (s, { gapId, text }, env) => addEvidence(s, gapId, { id: env.newId(), now: env.now, text }),
});

export const updateGapEvidence = command<{ gapId: GapId; id: string; text: string }>({
  id: 'evidence.update',
  label: msg('command.updateEvidence'),
  mergeable: true,
  run: (s, { gapId, id, text }) => updateEvidence(s, gapId, id, text),
});

export const removeGapEvidence = command<{ gapId: GapId; id: string }>({
  id: 'evidence.remove',
  label: msg('command.removeEvidence'),
  describe: ({ gapId, id }, s) => msg('command.describe.deleteEvidence', { text: quoted(gapAssessment(s, gapId).evidence.find((e) => e.id === id)?.text ?? '') }),
  undoToast: ({ gapId, id }, s) => msg('command.toast.deletedEvidence', { text: quoted(gapAssessment(s, gapId).evidence.find((e) => e.id === id)?.text ?? '') }),
  run: (s, { gapId, id }) => removeEvidence(s, gapId, id),
});

export const addGapRisk = command<{ gapId: GapId; text: string; severity: Severity }>({
  id: 'risk.add',
  label: msg('command.addRisk'),
  run: (s, { gapId, text, severity }, env) => addRisk(s, gapId, { id: env.newId(), now: env.now, text, severity }),
});

export const updateGapRisk = command<{ gapId: GapId; id: string; patch: { text?: string; severity?: Severity } }>({
  id: 'risk.update',
  label: msg('command.updateRisk'),
  mergeable: true,
  run: (s, { gapId, id, patch }) => updateRisk(s, gapId, id, patch),
});

export const removeGapRisk = command<{ gapId: GapId; id: string }>({
  id: 'risk.remove',
  label: msg('command.removeRisk'),
  describe: ({ gapId, id }, s) => msg('command.describe.deleteRisk', { text: quoted(gapAssessment(s, gapId).risks.find((r) => r.id === id)?.text ?? '') }),
  undoToast: ({ gapId, id }, s) => msg('command.toast.deletedRisk', { text: quoted(gapAssessment(s, gapId).risks.find((r) => r.id === id)?.text ?? '') }),
  run: (s, { gapId, id }) => removeRisk(s, gapId, id),
});

// Actions -----------------------------------------------------------------------------------------

export const addPlanAction = command<{ title: string; gapId: GapId | null }>({
  id: 'action.add',
  label: msg('command.addAction'),
  describe: ({ title }) => msg('command.describe.addAction', { title: quoted(title.trim()) }),
  run: (s, { title, gapId }, env) => addNewAction(s, { id: env.newId(), now: env.now, title, gapId }),
});

export const addSuggestedAction = command<{ suggestionId: string; framework: LocalizedFramework }>({
  id: 'action.addSuggestion',
  label: msg('command.addSuggestedAction'),
  run: (s, { suggestionId, framework }, env) => addFromSuggestion(s, suggestionId, { id: env.newId(), now: env.now }, framework),
});

export const updatePlanAction = command<{ id: string; patch: ActionPatch }>({
  id: 'action.update',
  label: msg('command.updateAction'),
  describe: ({ id }, s) => msg('command.describe.editAction', { title: quoted(s.actions.find((a) => a.id === id)?.title ?? '') }),
  mergeable: true,
  run: (s, { id, patch }) => updateAction(s, id, patch),
});

export const removePlanAction = command<{ id: string }>({
  id: 'action.remove',
  label: msg('command.removeAction'),
  describe: ({ id }, s) => msg('command.describe.deleteAction', { title: quoted(s.actions.find((a) => a.id === id)?.title ?? '') }),
  undoToast: ({ id }, s) => msg('command.toast.deletedAction', { title: quoted(s.actions.find((a) => a.id === id)?.title ?? '') }),
  run: (s, { id }) => removeAction(s, id),
});

/** The client's returned tracker, as previewed: every accepted change in one undo step. */
export const importTrackerChanges = command<{ patches: TrackerPatches }>({
  id: 'action.importTracker',
  label: msg('command.importTracker'),
  describe: ({ patches }) => msg('command.describe.importTracker', { count: patches.length }),
  undoToast: ({ patches }) => msg('command.toast.importedTracker', { count: patches.length }),
  run: (s, { patches }) => applyTrackerChanges(s, patches),
});

// Ownership and verdict ---------------------------------------------------------------------------

export const setOwnership = command<{ patch: Partial<Ownership> }>({
  id: 'ownership.set',
  label: msg('command.setOwnership'),
  mergeable: true,
  run: (s, { patch }) => done({ ...s, ownership: { ...s.ownership, ...patch } }),
});

export const overrideVerdict = command<{ value: VerdictValue; reason: string }>({
  id: 'verdict.override',
  label: msg('command.overrideVerdict'),
  run: (s, { value, reason }, env) =>
    reason.trim() === '' ? refuse('no-reason', msg('refusal.verdict.noReason')) : done({ ...s, verdictOverride: { value, reason: reason.trim(), at: env.now } }),
});

export const removeVerdictOverride = command<Record<string, never>>({
  id: 'verdict.removeOverride',
  label: msg('command.removeVerdictOverride'),
  undoToast: (_args, s) => msg('command.toast.overrideRemoved', { verdict: VERDICT_LABELS[computeVerdict(s).computed] }),
  run: (s) => done({ ...s, verdictOverride: null }),
});

// Moving between stages (not an edit: not undoable) ------------------------------------------------

export const goToStage = command<{ target: string | { offset: number }; completeCurrent: boolean }>({
  id: 'stage.go',
  label: msg('command.goToStage'),
  undoable: false,
  run: (s, { target, completeCurrent }, env) => {
    const stageId = typeof target === 'string' ? target : neighbourStageId(s.agenda, s.currentStageId, target.offset);
    if (!s.agenda.some((stage) => stage.id === stageId)) return refuse('no-stage', msg('refusal.stage.notInAgenda'));
    const agenda = completeCurrent ? markStageComplete(s.agenda, s.currentStageId, env.now) : s.agenda;
    return done({ ...s, currentStageId: stageId, agenda: enterStage(agenda, stageId, env.now) });
  },
});

/** Every session command, for the registry test and the docs. */
export const SESSION_COMMANDS: readonly SessionCommand<never>[] = [
  editSession,
  editFrame,
  editFirmName,
  setFirmLogo,
  removeFirmLogo,
  setFact,
  setSettings,
  setSessionLanguage,
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
  importTrackerChanges,
  setOwnership,
  overrideVerdict,
  removeVerdictOverride,
  goToStage,
] as unknown as readonly SessionCommand<never>[];
