import { expect, it } from 'vitest';

it('builds no Intl formatter at import, and each one once', async () => {
  const text = await import('../../../../shared/text');
  expect(text.builtFormatterCount()).toBe(0);
  text.formatNumber(1);
  text.formatNumber(2);
  expect(text.builtFormatterCount()).toBe(1);
  expect(text.numberFormat('en-GB', { maximumFractionDigits: 1 })).toBe(text.numberFormat('en-GB', { maximumFractionDigits: 1 }));
});
