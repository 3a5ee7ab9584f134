import { describe, expect, it } from 'vitest';
import type { ReconcileReport } from '../../../../renderer/src/db/reconcile';
import { startupNotices, type StartupNotice } from '../../../../renderer/src/db/startupReport';
import { msg } from '../../../../shared/i18n';
import { de, en } from '../../shared/inEnglish';

const words = (notices: StartupNotice[]) => notices.map((n) => ({ ...n, text: en(n.text) }));

const empty: ReconcileReport = { restored: 0, updated: 0, mirroredOut: 0, problems: [], recovered: [] };
const file = '/data/sessions/s1.rrsession';

describe('what start-up says', () => {
  it('says nothing when all is well, even on a first start', () => {
    expect(startupNotices({ state: 'ok' }, empty, null, true)).toEqual([]);
    expect(startupNotices({ state: 'ok' }, { ...empty, restored: 0 }, null, false)).toEqual([]);
  });

  it('says the working store was rebuilt, or found empty, and how many sessions came back', () => {
    expect(words(startupNotices({ state: 'rebuilt', reason: 'UnknownError' }, { ...empty, restored: 3 }, null, true))).toEqual([
      { tone: 'warning', sessionId: null, text: "The app's working store on this laptop was damaged and has been rebuilt: 3 sessions were brought back from the copies on disk." },
    ]);
    expect(en(startupNotices({ state: 'ok' }, { ...empty, restored: 1 }, null, true)[0]!.text)).toBe(
      "The app's working store was empty: 1 session was brought back from the copies on disk.",
    );
    expect(de(startupNotices({ state: 'ok' }, { ...empty, restored: 3 }, null, true)[0]!.text)).toBe(
      'Der lokale Datenspeicher der App war leer: 3 Sitzungen wurden aus den Kopien auf der Festplatte wiederhergestellt.',
    );
  });

  it('tells, per damaged file, which copy was kept and offers the backups', () => {
    const problem = { file, message: msg('fileLoad.mirror.notAFile'), sessionId: 's1', backupTakenAt: '2026-03-12T09:30:00.000Z' };
    const notices = startupNotices(
      { state: 'ok' },
      {
        ...empty,
        recovered: [
          { problem: { ...problem, kind: 'used-backup' }, initiative: 'Voice agent', kept: 'app' },
          { problem: { ...problem, kind: 'used-backup' }, initiative: 'Voice agent', kept: 'disk' },
          {
            problem: { ...problem, kind: 'repaired', message: msg('startup.problem.repaired', { count: 1 }), repairs: [msg('repair.list.dropped', { count: 1, what: msg('repair.what', { kind: 'kpi', gap: '' }) })] },
            initiative: 'Voice agent',
            kept: 'disk',
          },
          { problem: { file, message: msg('startup.problem.noBackup', { reason: msg('fileLoad.notJson') }), kind: 'unreadable' }, initiative: null, kept: 'none' },
        ],
      },
      null,
      false,
    );
    expect(notices.map((n) => n.sessionId)).toEqual([null, 's1', 's1', null]);
    expect(en(notices[0]!.text)).toBe("“Voice agent”: its file on disk was damaged; the app's own copy is intact and has been saved again.");
    expect(en(notices[1]!.text)).toMatch(/^“Voice agent”: its file on disk could not be read, so the backup from .+ was used\. Changes made after it may be missing\.$/);
    expect(en(notices[2]!.text)).toMatch(/^“Voice agent”: its file on disk was damaged and has been repaired\. 1 damaged KPI entry was left out\. If something looks wrong, restore the backup from .+\.$/);
    expect(en(notices[3]!.text)).toBe(
      `A saved session file could not be read: ${file}. This is not a Readiness Room session file (it is not valid JSON). No readable backup of it was found. It was left where it is.`,
    );
  });

  it('says when the disk could not be checked or the store is out of reach', () => {
    expect(en(startupNotices({ state: 'ok' }, null, 'The disk is gone.', false)[0]!.text)).toBe('The saved copies on disk could not be checked: The disk is gone.');
    expect(en(startupNotices({ state: 'unavailable', reason: 'UnknownError' }, null, null, true)[0]!.text)).toMatch(/could not be opened \(UnknownError\)\. Your sessions are safe on disk/);
    expect(en(startupNotices({ state: 'newer', reason: 'VersionError' }, null, null, true)[0]!.text)).toMatch(/newer version of Readiness Room/);
  });
});
