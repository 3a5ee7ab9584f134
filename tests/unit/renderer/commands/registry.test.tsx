// @vitest-environment jsdom
/**
 * Commands through the runner, on a real (fake-indexeddb) store: each edit is one undo step,
 * Undo and Redo walk them back and forth, the history outlives a reload, a refusal's sentence is
 * the one the facilitator reads, and the window's one key handler follows the keymap.
 */
import { translatorNow } from '../../../../shared/i18n';
import { en, refusalInEnglish } from '../../shared/inEnglish';
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openHistory, redo, runCommand, undo, undoEntry } from '../../../../renderer/src/commands/execute';
import { historyDatabase } from '../../../../renderer/src/commands/historyDatabase';
import { bindingForEvent, useCommandHandler, useWindowCommands } from '../../../../renderer/src/commands/keys';
import {
  castBallot,
  confirmGapConsensus,
  goToStage,
  removePerson,
  revealVotes,
  SESSION_COMMANDS,
  setFact,
} from '../../../../renderer/src/commands/registry';
import { db } from '../../../../renderer/src/db/database';
import { useAppStore } from '../../../../renderer/src/store/appStore';
import type { ReadinessRoomApi } from '../../../../shared/ipc/contract';
import type { Session } from '../../../../shared/model/session';
import { buildSampleWorkshop } from '../../../../shared/sample/sampleWorkshop';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const NOW = Date.UTC(2026, 2, 12, 9, 0, 0);
const stored = async (): Promise<Session> => (await db.sessions.get('s1'))!;

beforeEach(async () => {
  window.readinessRoom = { mirrorSession: vi.fn(async () => ({ ok: true, value: { savedAt: 'now' } })), onMenuCommand: () => () => {} } as unknown as ReadinessRoomApi;
  await db.sessions.clear();
  await historyDatabase().histories.clear();
  useAppStore.setState({ toasts: [], history: null, windowTranslator: translatorNow('en') });
  await db.sessions.put(buildSampleWorkshop('s1', NOW));
  await openHistory('s1');
});
afterEach(() => vi.restoreAllMocks());

describe('the command registry', () => {
  it('has unique ids and a label for every command', () => {
    const ids = SESSION_COMMANDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of SESSION_COMMANDS) expect(en(c.label)).not.toBe('');
  });
});

describe('undo and redo over every kind of edit', () => {
  it('edit a fact, remove a participant, overwrite a vote, confirm a consensus: undone in reverse, then redone', async () => {
    const start = await stored();
    const round = start.rounds.find((r) => r.status === 'open')!;
    const voter = round.votes[0]!;
    const leaver = start.participants.find((p) => p.id !== voter.participantId && !p.isFacilitator)!;

    expect((await runCommand('s1', setFact, { factId: 'pilot.records', value: 12345 })).ok).toBe(true);
    const afterFact = await stored();
    expect((await runCommand('s1', removePerson, { id: leaver.id })).ok).toBe(true);
    const afterRemove = await stored();
    expect((await runCommand('s1', castBallot, { roundId: round.id, vote: { ...voter, score: voter.score === 5 ? 1 : 5 } })).ok).toBe(true);
    const afterVote = await stored();
    expect((await runCommand('s1', revealVotes, { roundId: round.id })).ok).toBe(true);
    expect((await runCommand('s1', confirmGapConsensus, { gapId: round.gapId, level: 2, rationale: 'Thin support cover.', roundId: round.id })).ok).toBe(true);
    const end = await stored();
    expect(useAppStore.getState().history!.done.map((e) => en(e.label))).toEqual([
      expect.stringMatching(/^Edit “.+”$/),
      expect.stringMatching(/^Remove /),
      expect.stringMatching(/^Change the vote of /),
      'Reveal votes',
      expect.stringMatching(/^Confirm level 2 for /),
    ]);

    const strip = (s: Session) => ({ ...s, updatedAt: 0, currentStageId: '', agenda: [] });
    await undo('s1'); // consensus
    await undo('s1'); // reveal
    expect(strip(await stored())).toEqual(strip(afterVote));
    await undo('s1'); // vote
    expect(strip(await stored())).toEqual(strip(afterRemove));
    await undo('s1'); // participant
    expect(strip(await stored())).toEqual(strip(afterFact));
    await undo('s1'); // fact
    expect(strip(await stored())).toEqual(strip(start));
    await undo('s1');
    expect(useAppStore.getState().toasts.at(-1)!.message).toBe('Nothing to undo.');

    for (let i = 0; i < 5; i++) await redo('s1');
    expect(strip(await stored())).toEqual(strip(end));
  });

  it('keeps the history across a reload of the window', async () => {
    await runCommand('s1', setFact, { factId: 'pilot.records', value: 1 });
    useAppStore.setState({ history: null }); // a reload starts with nothing in memory
    await openHistory('s1');
    expect(useAppStore.getState().history!.done).toHaveLength(1);
    await undo('s1');
    expect((await stored()).facts['pilot.records']).toBe(buildSampleWorkshop('s1', NOW).facts['pilot.records']);
  });

  it('a refused move writes nothing, records nothing, and keeps its sentence', async () => {
    const before = await stored();
    const outcome = await runCommand('s1', revealVotes, { roundId: 'missing' });
    expect(refusalInEnglish(outcome)).toEqual({ code: 'no-round', message: 'This scoring round is no longer in the session.' });
    expect(await stored()).toEqual(before);
    expect(useAppStore.getState().history!.done).toEqual([]);
  });

  it('moving between stages is not an undo step; undo shows the stage the change was made on', async () => {
    const s = await stored();
    const frame = s.agenda[0]!.id;
    await runCommand('s1', goToStage, { target: frame, completeCurrent: false });
    await runCommand('s1', setFact, { factId: 'pilot.records', value: 7 });
    await runCommand('s1', goToStage, { target: s.agenda[3]!.id, completeCurrent: false });
    expect(useAppStore.getState().history!.done).toHaveLength(1);
    await undo('s1');
    expect((await stored()).currentStageId).toBe(frame);
  });

  it('the Undo of a delete toast undoes that very step, even after another edit', async () => {
    const s = await stored();
    const removed = await runCommand('s1', removePerson, { id: s.participants[1]!.id });
    await runCommand('s1', setFact, { factId: 'pilot.records', value: 3 });
    await undoEntry('s1', removed.ok ? removed.entry!.id : '');
    const after = await stored();
    expect(after.participants.map((p) => p.id)).toEqual(s.participants.map((p) => p.id));
    expect(after.facts['pilot.records']).toBe(3);
  });
});

describe('the window’s keys', () => {
  function Screen({ onUndo, onReveal }: { onUndo(): void; onReveal(): void }) {
    useWindowCommands();
    useCommandHandler('history.undo', onUndo);
    useCommandHandler('round.reveal', onReveal);
    return <input aria-label="field" />;
  }

  it('Ctrl+Z undoes the session outside a field; R reveals, but not while typing or behind a dialog', () => {
    const onUndo = vi.fn();
    const onReveal = vi.fn();
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    act(() => root.render(<Screen onUndo={onUndo} onReveal={onReveal} />));

    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, cancelable: true }));
    expect(onUndo).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'r', cancelable: true }));
    expect(onReveal).toHaveBeenCalledTimes(1);

    const field = host.querySelector('input')!;
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'r', bubbles: true, cancelable: true }));
    expect(onReveal).toHaveBeenCalledTimes(1);

    const dialog = document.createElement('dialog');
    dialog.setAttribute('open', '');
    document.body.append(dialog);
    expect(bindingForEvent(new KeyboardEvent('keydown', { key: 'r' }))).toBeNull();
    dialog.remove();

    act(() => root.unmount());
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'r', cancelable: true }));
    expect(onReveal).toHaveBeenCalledTimes(1);
  });
});
