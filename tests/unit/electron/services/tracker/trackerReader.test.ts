import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xlsxTracker } from '../../../../../electron/services/export/xlsxTracker';
import { createTrackerHandlers, readTrackerFile } from '../../../../../electron/services/tracker/trackerHandlers';
import { trackerMarker } from '../../../../../electron/services/tracker/trackerFormat';
import { readTrackerWorkbook, TRACKER_LIMITS, type ReadTracker, type TrackerReadResult } from '../../../../../electron/services/tracker/trackerReader';
import { unpackZip, ZipRefused } from '../../../../../electron/services/tracker/zipEntries';
import { trackerChanges } from '../../../../../shared/actions/trackerChanges';
import type { Session } from '../../../../../shared/model/session';
import { buildReport } from '../../../../../shared/report/buildReport';
import { returnedTracker } from '../../../../fixtures/returnedTracker';
import { GENERATED_AT, fixtureSession } from '../export/exportFixture';

async function exported(session: Session): Promise<Uint8Array> {
  return xlsxTracker(buildReport(session, { generatedAt: GENERATED_AT, appVersion: '0.1.0' }));
}

function read(result: TrackerReadResult): ReadTracker {
  if (!result.ok) throw new Error(`refused: ${result.code}`);
  return result.tracker;
}

function refusal(result: TrackerReadResult): string {
  return result.ok ? 'read' : result.code;
}

/** The client's edits the issue names: three statuses, one owner, one row added that matches nothing. */
const CLIENT_EDITS = {
  edits: [
    { id: 'export-fixture-a1', set: { Status: 'Done' } },
    { id: 'export-fixture-a2', set: { Status: 'In progress' } },
    { id: 'export-fixture-a12', set: { Status: 'Open' } },
    { id: 'export-fixture-a4', set: { Owner: 'Marta Okafor' } },
  ],
  added: [{ Action: 'Brief the night-shift supervisors', Owner: 'Priya Shah', Status: 'Open' }],
};

describe('readTrackerWorkbook: our tracker, edited by the client', () => {
  const session = fixtureSession();
  let original: Uint8Array;
  beforeAll(async () => {
    original = await exported(session);
  });

  it('reads an untouched tracker back as no change at all', async () => {
    const tracker = read(await readTrackerWorkbook(original));
    expect(tracker.marker).toEqual({ version: 1, sessionId: session.id, language: 'en' });
    expect(tracker.rows).toHaveLength(session.actions.length);
    const changes = trackerChanges(session, tracker.rows);
    expect(changes.changes).toEqual([]);
    expect(changes.unmatched).toEqual([]);
    expect(changes.invalid).toEqual([]);
    expect(changes.unchanged).toBe(session.actions.length);
  });

  it('finds three statuses, one owner and one added row, and nothing else', async () => {
    const tracker = read(await readTrackerWorkbook(await returnedTracker(original, CLIENT_EDITS)));
    const changes = trackerChanges(session, tracker.rows);
    const byId = new Map(changes.changes.map((c) => [c.actionId, c.changes]));
    expect(byId.get('export-fixture-a1')).toEqual([{ field: 'status', from: 'open', to: 'done' }]);
    expect(byId.get('export-fixture-a2')).toEqual([{ field: 'status', from: 'open', to: 'in-progress' }]);
    expect(byId.get('export-fixture-a12')).toEqual([{ field: 'status', from: 'done', to: 'open' }]);
    expect(byId.get('export-fixture-a4')).toEqual([{ field: 'owner', from: 'Priya Shah', to: 'Marta Okafor' }]);
    expect(changes.changes).toHaveLength(4);
    expect(changes.unmatched).toEqual([{ row: session.actions.length + 2, ref: '', title: 'Brief the night-shift supervisors', reason: 'new' }]);
    expect(changes.invalid).toEqual([]);
  });

  it('reads due dates typed as dates, as serial numbers and as text, and notes', async () => {
    const bytes = await returnedTracker(original, {
      edits: [
        { id: 'export-fixture-a1', set: { 'Due date': new Date(Date.UTC(2025, 5, 30)) } },
        { id: 'export-fixture-a2', set: { 'Due date': 45_900 } },
        { id: 'export-fixture-a3', set: { 'Due date': '5 Sep 2025', Notes: 'CRM sandbox ordered\r\nawaiting access' } },
        { id: 'export-fixture-a4', set: { 'Due date': '01/10/2025' } },
        { id: 'export-fixture-a5', set: { 'Due date': null } },
        { id: 'export-fixture-a6', set: { 'Due date': 'next week', Status: 'Finished', Priority: 'MEDIUM' } },
      ],
    });
    const changes = trackerChanges(session, read(await readTrackerWorkbook(bytes)).rows);
    const to = (id: string, field: string) => changes.changes.find((c) => c.actionId === id)?.changes.find((c) => c.field === field)?.to;
    expect(to('export-fixture-a1', 'dueDate')).toBe('2025-06-30');
    expect(to('export-fixture-a2', 'dueDate')).toBe('2025-08-31');
    expect(to('export-fixture-a3', 'dueDate')).toBe('2025-09-05');
    expect(to('export-fixture-a3', 'notes')).toBe('CRM sandbox ordered\nawaiting access');
    expect(to('export-fixture-a4', 'dueDate')).toBe('2025-10-01');
    // a5 had no date and still has none; a6's date and status cannot be read, its priority (any case) is unchanged.
    expect(changes.changes.find((c) => c.actionId === 'export-fixture-a5')).toBeUndefined();
    expect(changes.changes.find((c) => c.actionId === 'export-fixture-a6')).toBeUndefined();
    expect(changes.invalid.map((i) => [i.actionId, i.field, i.text, i.message.id])).toEqual([
      ['export-fixture-a6', 'dueDate', 'next week', 'trackerImport.invalid.dueDate'],
      ['export-fixture-a6', 'status', 'Finished', 'trackerImport.invalid.status'],
    ]);
  });

  it('maps German statuses back through the German catalogue', async () => {
    const german = { ...session, language: 'de' };
    const bytes = await returnedTracker(await exported(german), {
      edits: [{ id: 'export-fixture-a1', set: { Status: 'Erledigt', Fälligkeitsdatum: '31.12.2025' } }],
    });
    const tracker = read(await readTrackerWorkbook(bytes));
    expect(tracker.marker.language).toBe('de');
    const change = trackerChanges(german, tracker.rows).changes;
    expect(change).toEqual([expect.objectContaining({ actionId: 'export-fixture-a1', changes: [{ field: 'dueDate', from: '2025-04-02', to: '2025-12-31' }, { field: 'status', from: 'open', to: 'done' }] })]);
  });

  it('still reads the rows after the client sorted them and moved a column', async () => {
    const bytes = await returnedTracker(original, {
      edits: [{ id: 'export-fixture-a7', set: { Status: 'Done' } }],
      also: (_book, sheet) => {
        // Reverse the data rows (a sort) and swap Owner and Status (a moved column).
        const values = [];
        for (let r = 2; r <= sheet.rowCount; r++) values.push(sheet.getRow(r).values);
        values.reverse().forEach((v, i) => {
          sheet.getRow(i + 2).values = v as ExcelJS.CellValue[];
        });
        for (let r = 1; r <= sheet.rowCount; r++) {
          const row = sheet.getRow(r);
          const owner = row.getCell(5).value;
          row.getCell(5).value = row.getCell(8).value;
          row.getCell(8).value = owner;
        }
      },
    });
    const changes = trackerChanges(session, read(await readTrackerWorkbook(bytes)).rows);
    expect(changes.changes.map((c) => [c.actionId, c.changes])).toEqual([['export-fixture-a7', [{ field: 'status', from: 'in-progress', to: 'done' }]]]);
    expect(changes.invalid).toEqual([]);
  });
});

describe('readTrackerWorkbook: hostile workbooks are refused, nothing read', () => {
  let folder: string;
  let original: Uint8Array;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'rr-tracker-'));
    original = await exported(fixtureSession());
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('refuses a workbook that is not our tracker', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Actions');
    sheet.addRow(['Ref', 'Action', 'Owner', 'Status']);
    sheet.addRow(['A1', 'Something', 'Ana', 'Done']);
    const result = await readTrackerWorkbook(new Uint8Array(await book.xlsx.writeBuffer()));
    expect(result).toMatchObject({ ok: false, code: 'not-our-tracker', message: { id: 'trackerImport.refusal.notOurTracker' } });
  });

  it('refuses a tracker written by a newer version of the format', async () => {
    const bytes = await returnedTracker(original, { also: (_book, sheet) => (sheet.getCell(1, 12).value = 'readiness-room-tracker/2?session=export-fixture&language=en') });
    expect(await readTrackerWorkbook(bytes)).toMatchObject({ ok: false, code: 'newer-version', message: { id: 'trackerImport.refusal.newerVersion' } });
  });

  it('refuses a file that is not a workbook at all (text, a zip without a workbook)', async () => {
    expect(refusal(await readTrackerWorkbook(new TextEncoder().encode('Summary,Assignee\nA,B\n')))).toBe('not-a-workbook');
    const zip = new JSZip();
    zip.file('hello.txt', 'hello');
    expect(refusal(await readTrackerWorkbook(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })))).toBe('not-a-workbook');
  });

  it('refuses a 50 MB file by its size, before reading it', async () => {
    expect(await readTrackerWorkbook(new Uint8Array(50 * 1024 * 1024))).toMatchObject({ ok: false, code: 'too-large', message: { values: { size: 50, limit: 10 } } });
    const file = path.join(folder, 'huge.xlsx');
    await writeFile(file, '');
    await truncate(file, 50 * 1024 * 1024);
    expect(await readTrackerFile(file)).toMatchObject({ status: 'refused', code: 'too-large', fileName: 'huge.xlsx' });
  });

  it('refuses a zip bomb by its declared sizes, before inflating it', async () => {
    const zip = await JSZip.loadAsync(original);
    zip.file('xl/media/padding.bin', new Uint8Array(64 * 1024 * 1024));
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bomb.byteLength).toBeLessThan(TRACKER_LIMITS.maxBytes);
    expect(await readTrackerWorkbook(bomb)).toMatchObject({ ok: false, code: 'zip-bomb', message: { id: 'trackerImport.refusal.zipBomb' } });
  });

  it('refuses a zip bomb that lies about its sizes: inflating stops at the declared size', async () => {
    const packed = deflateRawSync(Buffer.alloc(8 * 1024 * 1024));
    const lying = zipWith([{ name: 'xl/workbook.xml', data: packed, declared: 1000 }]);
    expect(() => unpackZip(lying, TRACKER_LIMITS)).toThrow(ZipRefused);
    expect(await readTrackerWorkbook(lying)).toMatchObject({ ok: false, code: 'zip-bomb' });
  });

  it('refuses overlapping entries (one packed kernel read many times)', async () => {
    const packed = deflateRawSync(Buffer.from('<workbook/>'));
    const overlapping = zipWith([{ name: 'xl/workbook.xml', data: packed, declared: 11 }], 3);
    expect(await readTrackerWorkbook(overlapping)).toMatchObject({ ok: false, code: 'zip-bomb' });
  });

  it('refuses a workbook that holds formulas', async () => {
    const bytes = await returnedTracker(original, { edits: [{ id: 'export-fixture-a1', set: { 'Due date': { formula: 'TODAY()+7', result: 45_900 } } }] });
    expect(await readTrackerWorkbook(bytes)).toMatchObject({ ok: false, code: 'formulas', message: { id: 'trackerImport.refusal.formulas' } });
  });

  it('refuses 100,000 rows by counting them before the workbook is parsed', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Actions');
    sheet.addRow(['Ref', 'Action', 'Status', trackerMarker({ sessionId: 'export-fixture', language: 'en' })]);
    for (let i = 0; i < 100_000; i++) sheet.addRow([`A${i}`, 'x', 'Open', `id-${i}`]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    expect(bytes.byteLength).toBeLessThan(TRACKER_LIMITS.maxBytes);
    expect(await readTrackerWorkbook(bytes)).toMatchObject({ ok: false, code: 'too-many-rows', message: { values: { limit: 5000 } } });
  }, 60_000);

  it('says why a CSV file cannot be imported, without reading it', async () => {
    const file = path.join(folder, 'Jira import.csv');
    await writeFile(file, 'Summary,Assignee\n');
    expect(await readTrackerFile(file)).toMatchObject({ status: 'refused', code: 'csv', message: { id: 'trackerImport.refusal.csv' } });
  });

  it('says when the chosen file is gone', async () => {
    expect(await readTrackerFile(path.join(folder, 'gone.xlsx'))).toMatchObject({ status: 'refused', code: 'missing' });
  });
});

/** A minimal zip by hand: each entry deflated, its declared unpacked size as given; `copies` central entries all pointing at the first. */
function zipWith(entries: Array<{ name: string; data: Buffer; declared: number }>, copies = 1): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.declared, 22);
    local.writeUInt16LE(name.length, 26);
    for (let c = 0; c < copies; c++) {
      const central = Buffer.alloc(46);
      central.writeUInt32LE(0x02014b50, 0);
      central.writeUInt16LE(20, 4);
      central.writeUInt16LE(20, 6);
      central.writeUInt16LE(8, 10);
      central.writeUInt32LE(entry.data.length, 20);
      central.writeUInt32LE(entry.declared, 24);
      const copyName = Buffer.from(c === 0 ? entry.name : `${entry.name}.${c}`);
      central.writeUInt16LE(copyName.length, 28);
      central.writeUInt32LE(offset, 42);
      centrals.push(central, copyName);
    }
    locals.push(local, name, entry.data);
    offset += 30 + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length * copies, 8);
  end.writeUInt16LE(entries.length * copies, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('importTrackerFile', () => {
  it('reads nothing when the Open dialog is cancelled', async () => {
    const handlers = createTrackerHandlers({ chooseTrackerFileToOpen: async () => null });
    expect(await handlers.importTrackerFile({})).toEqual({ status: 'cancelled' });
  });
});
