/**
 * The PDF, printed by Debian's Chromium exactly as the Chromium shell and the command line do,
 * read back with pdftotext (poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPdfRenderer } from '../../../../../electron/services/export/chromiumPdfRenderer';
import { pdfReport } from '../../../../../electron/services/export/pdfReport';
import { GAPS } from '../../../../../shared/framework/gaps';
import { TRICKY } from '../../../../fixtures/exportSession';
import { fixtureModel, fixtureSession, voterOnlyNames } from './exportFixture';

const renderer = createChromiumPdfRenderer();
const dir = mkdtempSync(path.join(os.tmpdir(), 'rr-pdf-'));

function pdfText(bytes: Uint8Array, name: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

afterAll(async () => {
  await renderer.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('pdfReport', () => {
  const model = fixtureModel();
  let bytes: Uint8Array;
  let text: string;
  beforeAll(async () => {
    bytes = await pdfReport(model, renderer.renderPdf);
    text = pdfText(bytes, 'report.pdf');
  }, 60_000);

  it('is a PDF of several A4 pages with page numbers after the cover', () => {
    expect(Buffer.from(bytes.slice(0, 5)).toString('latin1')).toBe('%PDF-');
    const info = execFileSync('pdfinfo', [path.join(dir, 'report.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThan(10);
    expect(text).toContain(`Page 2 of ${pages}`);
    expect(text.split('\f')[0]).not.toContain('Page 1 of');
  });

  it('holds the key strings: client, verdict, gaps, KPIs and actions', () => {
    expect(text.toLowerCase()).toContain('production readiness assessment');
    for (const s of [TRICKY.client, 'Verdict: Not yet', 'Northbridge Advisory', 'Containment rate', 'Load-test at storm-day peak', 'What happens next']) expect(text).toContain(s);
    for (const gap of GAPS) expect(text).toContain(gap.name);
  });

  it('prints markup from the notes as text', () => {
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<img src=x onerror=alert(2)>');
  });

  it('keeps accents and right-to-left text', () => {
    expect(text).toContain('Zoë Ångström-Nuñez');
    // pdftotext writes Arabic in visual order; its letters are there either way.
    const letters = [...TRICKY.arabic.replace(/\s/g, '')];
    expect(letters.every((ch) => text.includes(ch))).toBe(true);
  });

  it('names no voter in anonymous mode', async () => {
    const anonymous = pdfText(await pdfReport(fixtureModel({ anonymous: true }), renderer.renderPdf), 'anonymous.pdf');
    for (const name of voterOnlyNames(fixtureSession()).filter((n) => /^[\x20-\x7e]+$/.test(n))) expect(anonymous).not.toContain(name);
    expect(anonymous).toContain('This workshop was anonymous');
  }, 60_000);
});
