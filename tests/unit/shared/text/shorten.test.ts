import { describe, expect, it } from 'vitest';
import { translatorNow } from '../../../../shared/i18n';
import { shortenVisibly } from '../../../../shared/text/shorten';

const en = translatorNow('en');
const de = translatorNow('de');

describe('shortenVisibly', () => {
  it('leaves a text that fits as it is', () => {
    expect(shortenVisibly('Load test at production peak', 28, en)).toEqual({ text: 'Load test at production peak', shortened: false });
  });

  it('cuts between words and says so, in the language given, within the limit', () => {
    const text = 'Run a load test at production peak with the vendor present and the on-call rota agreed beforehand';
    const cut = shortenVisibly(text, 60, en);
    expect(cut.shortened).toBe(true);
    expect(cut.text).toBe('Run a load test at production peak with the… (shortened)');
    expect([...cut.text].length).toBeLessThanOrEqual(60);
    expect(shortenVisibly(text, 60, de).text).toMatch(/ with the… \(gekürzt\)$/);
  });

  it('cuts one long word inside it, counting emoji and RTL letters as one character each', () => {
    const word = '🙂'.repeat(150) + 'ا'.repeat(150);
    const cut = shortenVisibly(word, 100, en);
    expect([...cut.text]).toHaveLength(100);
    expect(cut.text.endsWith('… (shortened)')).toBe(true);
    expect(cut.text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
