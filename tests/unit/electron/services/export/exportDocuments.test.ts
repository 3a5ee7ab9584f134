import fs from 'node:fs/promises';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportFolderError, PRINTED_FORMATS, documentFileName, exportDocuments, type ExportProgress } from '../../../../../electron/services/export/exportDocuments';
import { EXPORT_FORMATS } from '../../../../../shared/report/exportFormats';
import { GENERATED_AT, fixtureModel, fixtureSession } from './exportFixture';

/** A stand-in for Chromium's printer: any bytes will do here (pdfReport.test.ts prints for real). */
const fakePdf = async (html: string): Promise<Uint8Array> => new TextEncoder().encode(`%PDF-1.4 fake ${html.length}`);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rr-export-'));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const base = () => ({ session: fixtureSession(), folder: dir, appVersion: '0.1.0', now: GENERATED_AT, renderPdf: fakePdf });

describe('exportDocuments', () => {
  it('writes one file per format, named after client, initiative and document, and reports progress', async () => {
    const progress: ExportProgress[] = [];
    const outcome = await exportDocuments({ ...base(), formats: [...EXPORT_FORMATS].reverse(), onProgress: (p) => progress.push(p) });
    expect(outcome.failures).toEqual([]);
    expect(outcome.files.map((f) => f.format)).toEqual([...EXPORT_FORMATS]);
    const model = fixtureModel();
    expect(readdirSync(dir).sort()).toEqual(EXPORT_FORMATS.map((f) => documentFileName(model, f)).sort());
    expect(outcome.files[0]!.fileName).toBe('Harbourline Énergie – Voice agent for customer service — 语音助手 🤖 – Readiness report.docx');
    // The printed documents start first (they print in the browser's process), then the rest in order.
    const printedFirst = [...EXPORT_FORMATS.filter((f) => PRINTED_FORMATS.has(f)), ...EXPORT_FORMATS.filter((f) => !PRINTED_FORMATS.has(f))];
    expect(progress.filter((p) => p.state === 'working').map((p) => p.format)).toEqual(printedFirst);
    expect(progress.filter((p) => p.state === 'working').map((p) => p.index).sort((a, b) => a - b)).toEqual(EXPORT_FORMATS.map((_f, i) => i + 1));
    expect(progress.filter((p) => p.state === 'done')).toHaveLength(EXPORT_FORMATS.length);
    expect(progress.every((p) => p.total === EXPORT_FORMATS.length)).toBe(true);
  });

  it('hands the printed pages to the browser before it writes any other document, and lists the files in order', async () => {
    const events: string[] = [];
    let release = (): void => {};
    const printing = new Promise<void>((resolve) => (release = resolve));
    const outcome = await exportDocuments({
      ...base(),
      formats: ['docx', 'pdf', 'md'],
      renderPdf: async (html) => {
        events.push('printing');
        // Still printing while the others are written; done once they all started.
        await printing;
        return fakePdf(html);
      },
      onProgress: (p) => {
        if (p.state === 'working') events.push(p.format);
        if (p.state === 'working' && p.format === 'md') release();
      },
    });
    expect(events.slice(0, 2)).toEqual(['pdf', 'printing']);
    expect(events.indexOf('docx')).toBeGreaterThan(events.lastIndexOf('printing'));
    expect(outcome.files.map((f) => f.format)).toEqual(['docx', 'pdf', 'md']);
  });

  it('keeps going when one document fails, and leaves no partial file for it', async () => {
    const progress: ExportProgress[] = [];
    const outcome = await exportDocuments({
      ...base(),
      formats: ['pdf', 'jira', 'md'],
      renderPdf: async () => {
        throw new Error('printer crashed');
      },
      onProgress: (p) => progress.push(p),
    });
    expect(outcome.files.map((f) => f.format)).toEqual(['jira', 'md']);
    expect(outcome.failures).toEqual([{ format: 'pdf', message: expect.stringContaining('could not be created') }]);
    expect(progress.find((p) => p.state === 'failed')?.message).toBe(outcome.failures[0]!.message);
    expect(readdirSync(dir).some((f) => f.endsWith('.pdf'))).toBe(false);
  });

  it('never leaves a half-written file: a failed rename removes its temp file and keeps the old document', async () => {
    const model = fixtureModel();
    const target = path.join(dir, documentFileName(model, 'md'));
    writeFileSync(target, 'the previous export');
    const error = Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    vi.spyOn(fs, 'rename').mockRejectedValue(error);
    const outcome = await exportDocuments({ ...base(), formats: ['md'] });
    expect(outcome.failures[0]!.message).toMatch(/disk is full/);
    expect(readdirSync(dir)).toEqual([path.basename(target)]);
    expect(await fs.readFile(target, 'utf8')).toBe('the previous export');
  });

  it('says what is wrong with the folder, before writing anything', async () => {
    await expect(exportDocuments({ ...base(), formats: ['md'], folder: path.join(dir, 'missing') })).rejects.toThrow(ExportFolderError);
    const file = path.join(dir, 'a-file.txt');
    writeFileSync(file, '');
    await expect(exportDocuments({ ...base(), formats: ['md'], folder: file })).rejects.toThrow('not a folder');
  });

  it('gives a sentence for a folder it may not write to', async () => {
    vi.spyOn(fs, 'open').mockRejectedValue(Object.assign(new Error('denied'), { code: 'EACCES' }));
    const outcome = await exportDocuments({ ...base(), formats: ['jira'] });
    expect(outcome.failures[0]!.message).toMatch(/may not write .*Jira import\.csv.* Choose another folder/);
  });
});
