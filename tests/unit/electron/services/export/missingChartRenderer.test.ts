/**
 * Nothing optional stops the exports: when resvg's native binary cannot be loaded, the documents
 * that embed chart pictures (Word, the deck) each fail with one sentence saying so, and every
 * other format is written as usual.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXPORT_FORMATS } from '../../../../../shared/report/exportFormats';
import { GENERATED_AT, fixtureSession } from './exportFixture';

vi.mock('@resvg/resvg-js', () => {
  throw new Error("Cannot find module '@resvg/resvg-js-linux-x64-gnu'");
});

const fakePdf = async (html: string): Promise<Uint8Array> => new TextEncoder().encode(`%PDF-1.4 fake ${html.length}`);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rr-no-resvg-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('exports without the chart renderer', () => {
  it('fails only the documents with chart pictures, each with one sentence, and writes the rest', async () => {
    const { exportDocuments } = await import('../../../../../electron/services/export/exportDocuments');
    const outcome = await exportDocuments({ session: fixtureSession(), folder: dir, appVersion: '0.1.0', now: GENERATED_AT, renderPdf: fakePdf, formats: EXPORT_FORMATS });
    expect(outcome.failures.map((f) => f.format)).toEqual(['docx', 'pptx']);
    for (const failure of outcome.failures) {
      expect(failure.message).toMatch(/chart renderer/);
      expect(failure.message).toMatch(/other documents are not affected\.$/);
      // One sentence: a single full stop, at the end.
      expect(failure.message.match(/\.(\s|$)/g)).toHaveLength(1);
    }
    // The charter has no chart (and this session no logo to rasterise): it is written too.
    expect(outcome.files.map((f) => f.format)).toEqual(['pdf', 'xlsx', 'jira', 'azure-devops', 'md', 'ics', 'charter-docx', 'charter-pdf']);
    expect(readdirSync(dir)).toHaveLength(outcome.files.length);
  });

  it('leaves a picture-free export untouched', async () => {
    const { exportDocuments } = await import('../../../../../electron/services/export/exportDocuments');
    const outcome = await exportDocuments({ session: fixtureSession(), folder: dir, appVersion: '0.1.0', now: GENERATED_AT, renderPdf: fakePdf, formats: ['md', 'jira'] });
    expect(outcome.failures).toEqual([]);
    expect(outcome.files).toHaveLength(2);
  });
});
