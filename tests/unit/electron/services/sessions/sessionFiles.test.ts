import fs from 'node:fs/promises';
import { de, en } from '../../../shared/inEnglish';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UserFacingError } from '../../../../../electron/services/ipc/dispatcher';
import { isInsideFolder, readSessionFile, suggestedFileName, withSessionExtension, writeSessionFile } from '../../../../../electron/services/sessions/sessionFiles';
import { MAX_FILE_BYTES, makeEnvelope, serializeEnvelope } from '../../../../../shared/format/envelope';
import { buildSampleWorkshop } from '../../../../../shared/sample/sampleWorkshop';

const NOW = Date.UTC(2026, 2, 12, 9, 0);
const session = buildSampleWorkshop('sample-1', NOW);
let dir: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rr-files-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('reading a session file', () => {
  it('opens a saved file deep-equal, with its version and no repairs', async () => {
    const file = path.join(dir, 'w.rrsession');
    await writeSessionFile(file, session, '0.1.0', new Date(NOW));
    expect(await readSessionFile(file)).toEqual({
      status: 'opened',
      path: file,
      fileName: 'w.rrsession',
      session,
      version: 1,
      repairs: [],
      savedAt: new Date(NOW).toISOString(),
    });
  });

  it('refuses a file above 50 MB without reading it', async () => {
    const file = path.join(dir, 'huge.rrsession');
    const handle = await fs.open(file, 'w');
    await handle.truncate(MAX_FILE_BYTES + 1); // sparse: costs no disk
    await handle.close();
    const readFile = vi.spyOn(fs, 'readFile');
    const refused = await readSessionFile(file);
    expect(refused).toMatchObject({ status: 'refused', code: 'too-large' });
    expect(refused.status === 'refused' && en(refused.message)).toMatch(/This file is 50.1 MB; session files above 50 MB are refused/);
    expect(refused.status === 'refused' && de(refused.message)).toMatch(/Diese Datei ist 50,1 MB groß/);
    expect(readFile).not.toHaveBeenCalled();
  });

  it('refuses a newer version, naming both versions, and leaves the file byte for byte', async () => {
    const file = path.join(dir, 'newer.rrsession');
    const text = serializeEnvelope(makeEnvelope(session, '0.1.0', new Date(NOW))).replace('"version": 1', '"version": 3').replace('"version": "0.1.0"', '"version": "3.2.0"');
    await fs.writeFile(file, text);
    const before = await fs.stat(file);
    const result = await readSessionFile(file);
    expect(result).toMatchObject({ status: 'refused', code: 'newer-version' });
    expect(result.status === 'refused' && en(result.message)).toBe(
      'This file was written by Readiness Room 3.2.0 in format version 3; this app reads up to version 1. Update Readiness Room to open it. The file was not changed.',
    );
    expect(await fs.readFile(file, 'utf8')).toBe(text);
    expect((await fs.stat(file)).mtimeMs).toBe(before.mtimeMs);
  });

  it('opens a file with a byte-order mark', async () => {
    const file = path.join(dir, 'bom.rrsession');
    await fs.writeFile(file, `\uFEFF${serializeEnvelope(makeEnvelope(session, '0.1.0', new Date(NOW)))}`);
    expect(await readSessionFile(file)).toMatchObject({ status: 'opened', session });
  });

  it.each([
    ['a missing file', async () => path.join(dir, 'gone.rrsession'), 'missing', /not there any more/],
    ['a folder', async () => (await fs.mkdir(path.join(dir, 'f.rrsession')), path.join(dir, 'f.rrsession')), 'unreadable', /is a folder/],
    ['text', async () => (await fs.writeFile(path.join(dir, 't.rrsession'), 'hello'), path.join(dir, 't.rrsession')), 'not-json', /not valid JSON/],
    ['another JSON file', async () => (await fs.writeFile(path.join(dir, 'j.rrsession'), '{"a":1}'), path.join(dir, 'j.rrsession')), 'not-a-session', /not a Readiness Room session file/],
  ])('refuses %s with a sentence', async (_what, make, code, message) => {
    const result = await readSessionFile(await make());
    expect(result).toMatchObject({ status: 'refused', code });
    expect(result.status === 'refused' && en(result.message)).toMatch(message);
  });
});

describe('writing a session file', () => {
  it('keeps the previous file byte for byte when the disk is full', async () => {
    const file = path.join(dir, 'w.rrsession');
    await writeSessionFile(file, session, '0.1.0', new Date(NOW));
    const before = await fs.readFile(file);
    vi.spyOn(fs, 'rename').mockRejectedValueOnce(Object.assign(new Error('full'), { code: 'ENOSPC' }));
    const error = await writeSessionFile(file, { ...session, initiative: 'Changed' }, '0.1.0', new Date(NOW)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as Error).message).toMatch(/^The disk is full/);
    expect((await fs.readFile(file)).equals(before)).toBe(true);
    expect(await fs.readdir(dir)).toEqual(['w.rrsession']);
  });

  it('suggests a safe file name and adds the extension when missing', () => {
    expect(suggestedFileName(session)).toBe('Voice agent for customer service 2026-03-12.rrsession');
    expect(suggestedFileName({ ...session, initiative: '..AI: "pilot" <v2>/\\?*' })).toBe('AI pilot v2 2026-03-12.rrsession');
    expect(withSessionExtension('/x/y')).toBe('/x/y.rrsession');
    expect(withSessionExtension('/x/y.RRSESSION')).toBe('/x/y.RRSESSION');
    expect(isInsideFolder('/data/sessions', '/data/sessions/a.rrsession')).toBe(true);
    expect(isInsideFolder('/data/sessions', '/data/sessions-other/a.rrsession')).toBe(false);
  });
});
