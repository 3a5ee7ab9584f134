/** The built command starts Chromium before it loads when, and only when, the command will print a PDF. */
import { describe, expect, it } from 'vitest';
import { printsPdf } from '../../../../electron/cli/pdfThread';

describe('printsPdf', () => {
  it.each([
    [['s.rrsession', '--out', 'x'], true],
    [['s.rrsession', '--format', 'docx,PDF', '--out', 'x'], true],
    [['s.rrsession', '--formats=md,pdf', '--out', 'x'], true],
    [['s.rrsession', '--format', 'docx,md', '--out', 'x'], false],
    [['s.rrsession', '--format=ics', '--out', 'x'], false],
    [['--help'], false],
    [['s.rrsession', '-h'], false],
  ])('%j → %s', (argv, expected) => {
    expect(printsPdf(argv)).toBe(expected);
  });
});
