import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createExportHandlers } from '../../../../../electron/services/export/exportHandlers';
import type { Ports } from '../../../../../electron/services/ports';
import de from '../../../../../shared/i18n/catalogues/de.json';
import { GENERATED_AT, fixtureSession } from './exportFixture';

let dir: string;
let nextFolder: string | null;
let shown: string[];

function ports(): Ports {
  return {
    appVersion: '0.1.0',
    now: () => GENERATED_AT,
    log: () => {},
    chooseFolder: async () => nextFolder,
    showItemInFolder: async (p) => {
      shown.push(p);
    },
    renderPdf: async () => new TextEncoder().encode('%PDF-1.4'),
  } as Partial<Ports> as Ports;
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rr-export-ipc-'));
  nextFolder = null;
  shown = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('export handlers', () => {
  it('exports only into a folder the person chose', async () => {
    const handlers = createExportHandlers(ports());
    await expect(handlers.exportDocuments({ session: fixtureSession(), formats: ['md'], folder: dir })).rejects.toThrow('Choose the folder');
    expect(await handlers.chooseExportFolder({})).toEqual({ folder: null });
    nextFolder = dir;
    expect(await handlers.chooseExportFolder({})).toEqual({ folder: dir });
    const result = await handlers.exportDocuments({ session: fixtureSession(), formats: ['md', 'ics'], folder: dir });
    expect(result.failures).toEqual([]);
    expect(result.files.map((f) => f.format)).toEqual(['md', 'ics']);
    await expect(handlers.exportDocuments({ session: fixtureSession(), formats: ['md'], folder: path.join(dir, '..') })).rejects.toThrow('Choose the folder');
  });

  it('shows only files it exported', async () => {
    const handlers = createExportHandlers(ports());
    nextFolder = dir;
    await handlers.chooseExportFolder({});
    const { files } = await handlers.exportDocuments({ session: fixtureSession(), formats: ['jira'], folder: dir });
    await expect(handlers.showInFolder({ path: '/etc/passwd' })).rejects.toThrow('Only documents exported');
    expect(await handlers.showInFolder({ path: files[0]!.path })).toEqual({ shown: true });
    expect(shown).toEqual([files[0]!.path]);
  });

  it('turns a vanished folder into a message for the person', async () => {
    const handlers = createExportHandlers(ports());
    nextFolder = path.join(dir, 'gone');
    await handlers.chooseExportFolder({});
    await expect(handlers.exportDocuments({ session: fixtureSession(), formats: ['md'], folder: nextFolder })).rejects.toMatchObject({ code: 'io', message: expect.stringContaining('no longer there') });
  });

  it('tells the person what went wrong in the window’s language, not the documents’', async () => {
    const german = de['report.exportError.folderGone'];
    const handlers = createExportHandlers(ports(), () => 'de');
    await expect(handlers.exportDocuments({ session: fixtureSession(), formats: ['md'], folder: dir })).rejects.toMatchObject({ code: 'forbidden', text: { id: 'report.exportError.chooseFolderFirst' } });
    nextFolder = path.join(dir, 'gone');
    await handlers.chooseExportFolder({});
    await expect(handlers.exportDocuments({ session: fixtureSession(), formats: ['md'], folder: nextFolder })).rejects.toMatchObject({ code: 'io', text: { values: { text: german } } });
  });
});
