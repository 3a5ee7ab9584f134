// @vitest-environment jsdom
/** A session's language is changed on Frame as one undoable command: Undo brings the previous one back. */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openHistory, runCommand, undo, redo } from '../../../../../renderer/src/commands/execute';
import { historyDatabase } from '../../../../../renderer/src/commands/historyDatabase';
import { SESSION_COMMANDS, setSessionLanguage } from '../../../../../renderer/src/commands/registry';
import { db } from '../../../../../renderer/src/db/database';
import { useAppStore } from '../../../../../renderer/src/store/appStore';
import { translatorNow } from '../../../../../shared/i18n';
import type { ReadinessRoomApi } from '../../../../../shared/ipc/contract';
import type { Session } from '../../../../../shared/model/session';
import { sessionLanguage } from '../../../../../shared/model/sessionLanguage';
import { buildSampleWorkshop } from '../../../../../shared/sample/sampleWorkshop';

const NOW = Date.UTC(2026, 2, 12, 9, 0, 0);
const stored = async (): Promise<Session> => (await db.sessions.get('s1'))!;

beforeEach(async () => {
  window.readinessRoom = { mirrorSession: vi.fn(async () => ({ ok: true, value: { savedAt: 'now' } })), onMenuCommand: () => () => {} } as unknown as ReadinessRoomApi;
  useAppStore.setState({ toasts: [], history: null, windowTranslator: translatorNow('en') });
  await db.sessions.clear();
  await historyDatabase().histories.clear();
  await db.sessions.put(buildSampleWorkshop('s1', NOW));
  await openHistory('s1');
});

describe('the session’s language', () => {
  it('is a registered command', () => {
    expect(SESSION_COMMANDS).toContain(setSessionLanguage);
    expect(setSessionLanguage.id).toBe('session.language');
  });

  it('changes to German, and Undo brings English back; Redo German again', async () => {
    expect(sessionLanguage(await stored())).toBe('en');
    expect((await runCommand('s1', setSessionLanguage, { language: 'de' })).ok).toBe(true);
    expect((await stored()).language).toBe('de');
    await undo('s1');
    expect(sessionLanguage(await stored())).toBe('en');
    await redo('s1');
    expect((await stored()).language).toBe('de');
  });
});
