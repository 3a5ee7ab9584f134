/**
 * What the built main process loads before its window opens (out/main/index.js): the libraries
 * that write or read documents — Word, the deck, workbooks, the chart rasteriser — load when a
 * document asks for them. exceljs alone took about 0.3 s of every start when it was imported here.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DOCUMENT_LIBRARIES = ['exceljs', 'docx', 'pptxgenjs', '@resvg/resvg-js', 'playwright-core'];

describe('the start of the built main process', () => {
  it('imports no document library at the top of its entry', async () => {
    const entry = await readFile(path.resolve('out/main/index.js'), 'utf8');
    const imported = [...entry.matchAll(/^import\s+(?:[^'"]+\s+from\s+)?["']([^"']+)["'];?$/gm)].map((match) => match[1]);
    expect(imported).toContain('electron');
    expect(imported.filter((name) => DOCUMENT_LIBRARIES.includes(name!))).toEqual([]);
  });
});
