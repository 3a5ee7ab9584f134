/**
 * The repository explains itself: every document a file cites is in the repository, and every
 * section it names is a heading of that document.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const SELF = 'tests/unit/docs.test.ts';
/** Code, configuration and the README; the documents under docs/ link each other and are read as a set. */
const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((f) => /\.(ts|tsx|js|mjs|cjs|json|ya?ml|md|html|css)$|^\.ci\/run$/.test(f) && !f.startsWith('docs/') && f !== SELF && existsSync(path.join(root, f)));

/** A document named by a file: an upper-case name ending in .md, with its folder if given (docs/ARCHITECTURE.md, README.md). */
const CITED = /(?:[\w.-]+\/)*[A-Z][A-Z0-9_-]+\.md\b/g;
/** docs/ARCHITECTURE.md, "Two ways the app runs" — a section named right after the document. */
const CITED_SECTION = /((?:[\w.-]+\/)*[A-Z][A-Z0-9_-]+\.md),\s*(?:section\s*)?["“]([^"”\n]+)["”]/g;

function headingsOf(file: string): Set<string> {
  return new Set([...readFileSync(path.join(root, file), 'utf8').matchAll(/^#{1,6}\s+(.+?)\s*$/gm)].map((m) => m[1]!));
}


describe('documents cited by the repository', () => {
  it('finds files to check, the lint configuration among them', () => {
    expect(tracked.length).toBeGreaterThan(100);
    expect(tracked).toContain('eslint.config.js');
  });

  it('cites only documents the repository holds', () => {
    const missing: string[] = [];
    for (const file of tracked) {
      for (const [cited] of readFileSync(path.join(root, file), 'utf8').matchAll(CITED)) {
        if (!existsSync(path.join(root, cited))) missing.push(`${file}: ${cited}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('names only sections that are headings of the cited document', () => {
    const wrong: string[] = [];
    for (const file of tracked) {
      for (const [, cited, section] of readFileSync(path.join(root, file), 'utf8').matchAll(CITED_SECTION)) {
        if (existsSync(path.join(root, cited!)) && !headingsOf(cited!).has(section!)) wrong.push(`${file}: ${cited}, "${section}"`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
