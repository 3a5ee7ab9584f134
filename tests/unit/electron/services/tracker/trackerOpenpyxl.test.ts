/**
 * The tracker edited by a second, independent spreadsheet library: openpyxl (Python), when the
 * machine has it; skipped, and saying so, where it does not. openpyxl writes its own XML (its
 * own dates, shared strings and styles), as another client's spreadsheet would.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { xlsxTracker } from '../../../../../electron/services/export/xlsxTracker';
import { readTrackerWorkbook } from '../../../../../electron/services/tracker/trackerReader';
import { trackerChanges } from '../../../../../shared/actions/trackerChanges';
import { buildReport } from '../../../../../shared/report/buildReport';
import { GENERATED_AT, fixtureSession } from '../export/exportFixture';

const PYTHON = ['python3', '/usr/bin/python3'].find((python) => spawnSync(python, ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0);

/** Finds rows by the hidden id column (its header holds the marker) and edits them. */
const EDIT = String.raw`
import datetime, sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
ws = book.worksheets[0]
header = {str(c.value): c.column for c in ws[1] if c.value is not None}
id_col = next(col for text, col in header.items() if text.startswith("readiness-room-tracker/"))
for row in ws.iter_rows(min_row=2):
    action = row[id_col - 1].value
    if action == "export-fixture-a1":
        ws.cell(row=row[0].row, column=header["Status"], value="Done")
    if action == "export-fixture-a2":
        ws.cell(row=row[0].row, column=header["Due date"], value=datetime.datetime(2025, 7, 1))
    if action == "export-fixture-a3":
        ws.cell(row=row[0].row, column=header["Notes"], value="Waiting for the CRM vendor")
book.save(sys.argv[2])
`;

describe.skipIf(PYTHON === undefined)('the tracker edited with openpyxl', () => {
  it('reads back exactly the three edits', async () => {
    const session = fixtureSession();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rr-openpyxl-tracker-'));
    try {
      const original = path.join(dir, 'tracker.xlsx');
      const edited = path.join(dir, 'edited.xlsx');
      writeFileSync(original, await xlsxTracker(buildReport(session, { generatedAt: GENERATED_AT, appVersion: '0.1.0' })));
      const run = spawnSync(PYTHON!, ['-c', EDIT, original, edited], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      const read = await readTrackerWorkbook(readFileSync(edited));
      if (!read.ok) throw new Error(read.code);
      const changes = trackerChanges(session, read.tracker.rows);
      expect(changes.changes.map((c) => [c.actionId, c.changes])).toEqual([
        ['export-fixture-a1', [{ field: 'status', from: 'open', to: 'done' }]],
        ['export-fixture-a2', [{ field: 'dueDate', from: '2025-04-16', to: '2025-07-01' }]],
        ['export-fixture-a3', [{ field: 'notes', from: '', to: 'Waiting for the CRM vendor' }]],
      ]);
      expect(changes.unmatched).toEqual([]);
      expect(changes.invalid).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
