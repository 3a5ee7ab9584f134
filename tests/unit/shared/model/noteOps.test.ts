import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addEvidence,
  addRisk,
  cleanNoteText,
  removeEvidence,
  removeRisk,
  restoreEvidence,
  restoreRisk,
  updateEvidence,
  updateRisk,
} from '../../../../shared/model/noteOps';
import { SessionSchema, type Session } from '../../../../shared/model/session';
import { NOW, baseSession } from '../scoring/sessionBuilder';

function withEvidence(count: number): Session {
  let s = baseSession();
  for (let i = 0; i < count; i++) s = addEvidence(s, 'data', { id: `e${i}`, now: NOW + i, text: `Note ${i}` });
  return s;
}

describe('evidence', () => {
  it('adds trimmed text at the end, on the right gap only', () => {
    const s = addEvidence(withEvidence(1), 'data', { id: 'x', now: NOW, text: '  500 calls picked by hand  ' });
    expect(s.gaps.data.evidence.map((e) => e.text)).toEqual(['Note 0', '500 calls picked by hand']);
    expect(s.gaps.data.evidence[1]).toEqual({ id: 'x', text: '500 calls picked by hand', createdAt: NOW });
    expect(s.gaps.load.evidence).toEqual([]);
  });

  it('adds nothing for blank text, and clips very long text to what the file accepts', () => {
    const s = withEvidence(1);
    expect(addEvidence(s, 'data', { id: 'x', now: NOW, text: '  \n ' })).toBe(s);
    const long = addEvidence(s, 'data', { id: 'x', now: NOW, text: 'x'.repeat(2500) });
    expect(long.gaps.data.evidence[1]!.text).toHaveLength(2000);
    expect(SessionSchema.safeParse(long).success).toBe(true);
  });

  it('edits text inline; blank keeps the old text', () => {
    const s = updateEvidence(withEvidence(2), 'data', 'e1', ' Changed ');
    expect(s.gaps.data.evidence[1]!.text).toBe('Changed');
    expect(updateEvidence(s, 'data', 'e1', '')).toBe(s);
    expect(updateEvidence(s, 'data', 'e1', 'Changed')).toBe(s);
  });

  it('removes with the index, and restore puts it back in place (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.nat(), (count, pick) => {
        const s = withEvidence(count);
        const { session, removed, index } = removeEvidence(s, 'data', `e${pick % count}`);
        expect(index).toBe(pick % count);
        expect(session.gaps.data.evidence).toHaveLength(count - 1);
        expect(restoreEvidence(session, 'data', removed!, index)).toEqual(s);
      }),
    );
  });

  it('reports nothing removed for an unknown id, and never restores twice', () => {
    const s = withEvidence(2);
    expect(removeEvidence(s, 'data', 'nope')).toEqual({ session: s, removed: null, index: -1 });
    expect(restoreEvidence(s, 'data', s.gaps.data.evidence[0]!, 1)).toBe(s);
  });
});

describe('risks', () => {
  it('adds with a severity (medium by default) and edits text and severity', () => {
    let s = addRisk(baseSession(), 'load', { id: 'r1', now: NOW, text: 'Storm days bring 6,000 calls', severity: 'high' });
    s = addRisk(s, 'load', { id: 'r2', now: NOW, text: 'Vendor API has an unknown rate limit' });
    expect(s.gaps.load.risks.map((r) => r.severity)).toEqual(['high', 'medium']);
    s = updateRisk(s, 'load', 'r2', { severity: 'low', text: '  API limit unknown ' });
    expect(s.gaps.load.risks[1]).toMatchObject({ text: 'API limit unknown', severity: 'low' });
    expect(updateRisk(s, 'load', 'r2', { text: ' ' })).toBe(s);
    expect(updateRisk(s, 'load', 'r2', {})).toBe(s);
    expect(SessionSchema.safeParse(s).success).toBe(true);
  });

  it('removes and restores at the same place', () => {
    let s = baseSession();
    for (const id of ['r1', 'r2', 'r3']) s = addRisk(s, 'support', { id, now: NOW, text: id });
    const { session, removed, index } = removeRisk(s, 'support', 'r2');
    expect(session.gaps.support.risks.map((r) => r.id)).toEqual(['r1', 'r3']);
    expect(restoreRisk(session, 'support', removed!, index)).toEqual(s);
  });
});

describe('cleanNoteText', () => {
  it('trims, and gives null for nothing', () => {
    expect(cleanNoteText('  a ')).toBe('a');
    expect(cleanNoteText('')).toBeNull();
  });
});
