import { describe, expect, it } from 'vitest';
import { formatDifference, formatLevel, formatMegabytes, formatNumber, formatNumberInput, parseNumber } from '../../../../shared/text/numbers';

describe('numbers', () => {
  it('shows a number grouped as it is typed', () => {
    expect(formatNumber(2_400_000)).toBe('2,400,000');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(1000)).toBe('1,000');
    expect(formatNumber(12.46)).toBe('12.5');
    expect(formatNumber(12.46, 0)).toBe('12');
  });

  it('round-trips what a person types into a number field: "2,400,000" shows back as "2,400,000"', () => {
    for (const typed of ['2,400,000', '2400000', '2 400 000', '2_400_000']) {
      const parsed = parseNumber(typed);
      expect(parsed).toEqual({ kind: 'number', value: 2_400_000 });
      if (parsed.kind === 'number') expect(formatNumberInput(parsed.value)).toBe('2,400,000');
    }
    expect(formatNumberInput(0.125)).toBe('0.125');
    expect(formatNumberInput(1234.5678)).toBe('1,234.5678');
  });

  it('tells empty from invalid', () => {
    expect(parseNumber('')).toEqual({ kind: 'empty' });
    expect(parseNumber('   ')).toEqual({ kind: 'empty' });
    expect(parseNumber('12 apples')).toEqual({ kind: 'invalid' });
    expect(parseNumber('1.2.3')).toEqual({ kind: 'invalid' });
    expect(parseNumber('Infinity')).toEqual({ kind: 'invalid' });
    expect(parseNumber('-3')).toEqual({ kind: 'number', value: -3 });
    expect(parseNumber('.5')).toEqual({ kind: 'number', value: 0.5 });
  });

  it("reads the locale's own marks", () => {
    expect(parseNumber('2.400.000', 'de-DE')).toEqual({ kind: 'number', value: 2_400_000 });
    expect(parseNumber('1,5', 'de-DE')).toEqual({ kind: 'number', value: 1.5 });
    expect(formatNumberInput(2_400_000.5, 'de-DE')).toBe('2.400.000,5');
  });

  it('writes levels with at most one decimal', () => {
    expect(formatLevel(2)).toBe('2');
    expect(formatLevel(2.5)).toBe('2.5');
    expect(formatLevel(2.25)).toBe('2.3');
    expect(formatLevel(2.96)).toBe('3');
    expect(formatLevel(null)).toBe('—');
  });

  it('signs differences, and rounds a tiny one to plain 0', () => {
    expect(formatDifference(1.46)).toBe('+1.5');
    expect(formatDifference(-0.5)).toBe('-0.5');
    expect(formatDifference(0.04)).toBe('0');
    expect(formatDifference(2)).toBe('+2');
  });

  it('writes a file size rounded up, so a file just over a limit never reads as the limit', () => {
    expect(formatMegabytes(50 * 1024 * 1024 + 1)).toBe('50.1 MB');
    expect(formatMegabytes(51 * 1024 * 1024)).toBe('51 MB');
    expect(formatMegabytes(1)).toBe('0.1 MB');
  });
});
