// @vitest-environment jsdom
/**
 * A save that fails keeps the edits, tells the facilitator once (not at every retry), keeps
 * "not saved" showing while it retries, and says so when it goes through again.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcResult, ReadinessRoomApi } from '../../../../shared/ipc/contract';
import { createSession } from '../../../../shared/model/createSession';
import { db } from '../../../../renderer/src/db/database';
import { mirrorNow, scheduleMirror } from '../../../../renderer/src/db/mirrorScheduler';
import { useAppStore } from '../../../../renderer/src/store/appStore';
import { translatorNow } from '../../../../shared/i18n';

const mirrorSession = vi.fn<(request: unknown) => Promise<IpcResult<{ savedAt: string }>>>();

beforeEach(async () => {
  window.readinessRoom = { mirrorSession } as unknown as ReadinessRoomApi;
  await db.sessions.clear();
  useAppStore.setState({ toasts: [], saveStatus: { state: 'saved', at: null }, windowTranslator: translatorNow('en') });
});
afterEach(() => {
  vi.useRealTimers();
  mirrorSession.mockReset();
});

const DISK_FULL = { ok: false as const, error: { code: 'io' as const, message: 'The disk is full: the session could not be saved. Your changes are kept in the app.' } };

describe('saving to disk when it fails', () => {
  it('tells once, keeps retrying with "not saved" showing, and says when it is saved again', async () => {
    const session = createSession({ initiative: 'Voice agent', client: 'Acme', id: 's1', now: Date.UTC(2026, 2, 12) });
    await db.sessions.put(session);
    mirrorSession.mockResolvedValueOnce(DISK_FULL).mockResolvedValueOnce(DISK_FULL).mockResolvedValue({ ok: true, value: { savedAt: '2026-03-12T10:00:00.000Z' } });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

    await mirrorNow('s1');
    expect(useAppStore.getState().saveStatus).toEqual({ state: 'failed', message: DISK_FULL.error.message });
    expect(useAppStore.getState().toasts.map((t) => [t.tone, t.message])).toEqual([['error', `Not saved to disk. ${DISK_FULL.error.message}`]]);

    await vi.advanceTimersByTimeAsync(5000); // the retry fails the same way: no second toast
    expect(mirrorSession).toHaveBeenCalledTimes(2);
    expect(useAppStore.getState().saveStatus.state).toBe('failed');
    expect(useAppStore.getState().toasts).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(5000);
    expect(mirrorSession).toHaveBeenCalledTimes(3);
    expect(useAppStore.getState().saveStatus).toEqual({ state: 'saved', at: '2026-03-12T10:00:00.000Z' });
    expect(useAppStore.getState().toasts.at(-1)).toMatchObject({ tone: 'success', message: expect.stringMatching(/^Saved again/) });
    // The edits were never at risk: the window's copy is what went to disk.
    expect(mirrorSession.mock.calls.at(-1)![0]).toEqual({ session });
  });

  it('a change while saving fails shows "saving" until the attempt answers', async () => {
    await db.sessions.put(createSession({ initiative: 'A', client: '', id: 's2', now: 1 }));
    mirrorSession.mockResolvedValue({ ok: true, value: { savedAt: 'now' } });
    useAppStore.setState({ saveStatus: { state: 'failed', message: 'x' } });
    scheduleMirror('s2', 0);
    expect(useAppStore.getState().saveStatus.state).toBe('saving');
    await vi.waitFor(() => expect(useAppStore.getState().saveStatus.state).toBe('saved'));
  });
});
