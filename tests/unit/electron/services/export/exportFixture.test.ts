import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSessionText } from '../../../../../shared/format/loadSessionFile';
import { buildExportSession } from '../../../../fixtures/exportSession';
import { FIXTURE_FILE } from './exportFixture';

describe('tests/fixtures/export-session-v1.rrsession', () => {
  it('loads without repairs and matches buildExportSession (regenerate with tests/fixtures/writeExportSession.ts)', () => {
    const loaded = loadSessionText(readFileSync(FIXTURE_FILE, 'utf8'));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.repairs).toEqual([]);
    expect(loaded.session).toEqual(buildExportSession());
  });
});
