import { describe, expect, it } from 'vitest';
import { formatRatio } from '../../../../shared/text/ratio';

describe('formatRatio', () => {
  it('keeps one decimal below 100×, so 12.5× never reads as 13×', () => {
    expect(formatRatio(12.5)).toBe('12.5×');
    expect(formatRatio(12.46)).toBe('12.5×');
    expect(formatRatio(12.44)).toBe('12.4×');
    expect(formatRatio(12)).toBe('12×');
    expect(formatRatio(2.46)).toBe('2.5×');
  });

  it('drops decimals from 100× on, and groups large ratios', () => {
    expect(formatRatio(99.94)).toBe('99.9×');
    expect(formatRatio(100)).toBe('100×');
    expect(formatRatio(100.4)).toBe('100×');
    expect(formatRatio(150.6)).toBe('151×');
    expect(formatRatio(1234.4)).toBe('1,234×');
  });

  it('keeps two significant digits below 1×, so a small ratio never reads as 0×', () => {
    expect(formatRatio(1)).toBe('1×');
    expect(formatRatio(0.123)).toBe('0.12×');
    expect(formatRatio(0.04)).toBe('0.04×');
  });

  it('takes a locale', () => {
    expect(formatRatio(12.5, 'de-DE')).toBe('12,5×');
  });
});
