/** Names as the room keeps and shows them, and the one round label the window, projector and phones share. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translatorNow } from '../../../../shared/i18n';
import { cleanName } from '../../../../shared/room/cleanName';
import { roundLabel } from '../../../../shared/room/roundLabel';
import { voteWords } from '../../../../shared/room/voteWords';

describe('cleanName', () => {
  it('removes control, bidirectional and invisible formatting characters, folds whitespace', () => {
    expect(cleanName('\u202Egnp.exe Eve')).toBe('gnp.exe Eve');
    expect(cleanName('  Ana\u0000\u0007\tSilva\u2066\u2069\u200B\uFEFF ')).toBe('Ana Silva');
    expect(cleanName('Zoë\u2028Ng')).toBe('Zoë Ng');
  });

  it('keeps letters of every script, and the joiners emoji need', () => {
    expect(cleanName('محمد علي')).toBe('محمد علي');
    expect(cleanName('👩\u200D💻 Lin')).toBe('👩\u200D💻 Lin');
  });

  it('never leaves a control or direction override, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(cleanName(text)).not.toMatch(/[\p{Cc}\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u);
      }),
    );
  });
});

describe('roundLabel', () => {
  it('names a re-vote as its round, the same everywhere', () => {
    const en = translatorNow('en');
    const de = translatorNow('de');
    expect(en.text(roundLabel(1))).toBe('Round 1');
    expect(en.text(roundLabel(2))).toBe('Round 2');
    expect(de.text(roundLabel(2))).toBe('Runde 2');
    expect(en.text(voteWords(3, { gapName: 'Data quality', roundNumber: 2 }))).toBe('Your vote “3” on Data quality, Round 2');
    expect(de.text(voteWords('unsure', { gapName: 'Datenqualität', roundNumber: 2 }))).toBe('Ihre Stimme „Weiß nicht“ zu Datenqualität, Runde 2');
    // Plain JSON: it crosses the phone's socket as it is.
    expect(JSON.parse(JSON.stringify(voteWords(3, null)))).toEqual(voteWords(3, null));
  });
});
