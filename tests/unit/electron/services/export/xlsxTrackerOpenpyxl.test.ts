/**
 * The tracker as a second, independent reader sees it: openpyxl (Python), when the machine has it
 * (`python3 -c "import openpyxl"`); skipped, and saying so, where it does not.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { xlsxTracker } from '../../../../../electron/services/export/xlsxTracker';
import { buildReport } from '../../../../../shared/report/buildReport';
import { GENERATED_AT } from './exportFixture';
import { HOSTILE_TEXT, LONG_WORD, hostileSession } from './hostileTracker';

/** The first Python that has openpyxl (a version manager's python3 may not see the system's packages). */
const PYTHON = ['python3', '/usr/bin/python3'].find((python) => spawnSync(python, ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0);

const READ = String.raw`
import json, sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": book.sheetnames, "setup": {}, "validations": {}, "apostrophes": [], "formulas": [], "unnamedFonts": [], "texts": []}
for ws in book.worksheets:
    ps = ws.page_setup
    out["setup"][ws.title] = {
        "paperSize": ps.paperSize, "orientation": ps.orientation, "fitToWidth": ps.fitToWidth, "fitToHeight": ps.fitToHeight,
        "fitToPage": ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None,
        "titles": ws.print_title_rows,
    }
    out["validations"][ws.title] = [str(dv.sqref) for dv in ws.data_validations.dataValidation]
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            if cell.data_type == "f":
                out["formulas"].append(cell.coordinate)
            if isinstance(cell.value, str):
                out["texts"].append(cell.value)
                if cell.value.startswith("'") or cell.quotePrefix:
                    out["apostrophes"].append(ws.title + "!" + cell.coordinate)
            if not cell.font or not cell.font.name:
                out["unnamedFonts"].append(ws.title + "!" + cell.coordinate)
print(json.dumps(out))
`;

describe.skipIf(PYTHON === undefined)('the tracker read by openpyxl', () => {
  it('has the print settings, one validation per column, named fonts, no apostrophe and no formula', async () => {
    const model = buildReport(hostileSession(), { generatedAt: GENERATED_AT, appVersion: '0.1.0' });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rr-openpyxl-'));
    try {
      const file = path.join(dir, 'tracker.xlsx');
      writeFileSync(file, await xlsxTracker(model));
      const run = spawnSync(PYTHON!, ['-c', READ, file], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      const seen = JSON.parse(run.stdout) as {
        sheets: string[];
        setup: Record<string, { paperSize: number; orientation: string; fitToWidth: number; fitToHeight: number; fitToPage: boolean; titles: string | null }>;
        validations: Record<string, string[]>;
        apostrophes: string[];
        formulas: string[];
        unnamedFonts: string[];
        texts: string[];
      };
      expect(seen.sheets).toEqual(['Actions', 'Consensus', 'Votes', 'KPIs', 'Flags', 'About']);
      for (const name of ['Actions', 'Consensus', 'Votes', 'KPIs', 'Flags']) {
        expect(seen.setup[name], name).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, fitToPage: true, titles: '$1:$1' });
      }
      expect(seen.setup.About).toMatchObject({ paperSize: 9, fitToWidth: 1, fitToHeight: 1, fitToPage: true });
      const last = model.actions.length + 1;
      expect(seen.validations.Actions).toEqual([`G2:G${last}`, `H2:H${last}`]);
      expect(seen.apostrophes).toEqual([]);
      expect(seen.formulas).toEqual([]);
      expect(seen.unnamedFonts).toEqual([]);
      for (const text of [LONG_WORD, ...HOSTILE_TEXT.formulas]) expect(seen.texts).toContain(text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
