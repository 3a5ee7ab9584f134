import { describe, expect, it } from 'vitest';
import { de, refusalInEnglish, sessionlessRefusal } from '../inEnglish';
import * as ops from '../../../../shared/model/noteOps';
import { cleanNoteText } from '../../../../shared/model/noteOps';
import { sessionOf } from '../../../../shared/model/opResult';
import { SessionSchema, type Session } from '../../../../shared/model/session';
import { NOW, baseSession } from '../scoring/sessionBuilder';

// The operations answer with one result shape; these unwrap it for readable tests.
const addEvidence = (...a: Parameters<typeof ops.addEvidence>) => sessionOf(ops.addEvidence(...a));
const updateEvidence = (...a: Parameters<typeof ops.updateEvidence>) => sessionOf(ops.updateEvidence(...a));
const removeEvidence = (...a: Parameters<typeof ops.removeEvidence>) => sessionOf(ops.removeEvidence(...a));
const addRisk = (...a: Parameters<typeof ops.addRisk>) => sessionOf(ops.addRisk(...a));
const updateRisk = (...a: Parameters<typeof ops.updateRisk>) => sessionOf(ops.updateRisk(...a));
const removeRisk = (...a: Parameters<typeof ops.removeRisk>) => sessionOf(ops.removeRisk(...a));

function withEvidence(count: number): Session {
  let s = baseSession();
  for (let i = 0; i < count; i++) s = addEvidence(s, 'data', { id: `e${i}`, now: NOW + i, text: `Note ${i}` });
  return s;
}

describe('evidence', () => {
  it('adds trimmed text at the end, on the right gap only', () => {
    const s = addEvidence(withEvidence(1), 'data', { id: 'x', now: NOW, text: '  500 calls picked by hand  ' });
    expect(s.gaps.data!.evidence.map((e) => e.text)).toEqual(['Note 0', '500 calls picked by hand']);
    expect(s.gaps.data!.evidence[1]).toEqual({ id: 'x', text: '500 calls picked by hand', createdAt: NOW });
    expect(s.gaps.load!.evidence).toEqual([]);
  });

  it('adds nothing for blank text, and clips very long text to what the file accepts', () => {
    const s = withEvidence(1);
    expect(addEvidence(s, 'data', { id: 'x', now: NOW, text: '  \n ' })).toBe(s);
    const long = addEvidence(s, 'data', { id: 'x', now: NOW, text: 'x'.repeat(2500) });
    expect(long.gaps.data!.evidence[1]!.text).toHaveLength(2000);
    expect(SessionSchema.safeParse(long).success).toBe(true);
  });

  it('edits text inline; blank keeps the old text', () => {
    const s = updateEvidence(withEvidence(2), 'data', 'e1', ' Changed ');
    expect(s.gaps.data!.evidence[1]!.text).toBe('Changed');
    expect(updateEvidence(s, 'data', 'e1', '')).toBe(s);
    expect(updateEvidence(s, 'data', 'e1', 'Changed')).toBe(s);
  });

  it('removes one piece of evidence, and refuses an unknown id with a sentence', () => {
    const s = withEvidence(3);
    expect(removeEvidence(s, 'data', 'e1').gaps.data!.evidence.map((e) => e.id)).toEqual(['e0', 'e2']);
    expect(refusalInEnglish(ops.removeEvidence(s, 'data', 'nope'))).toEqual({ code: 'not-found', message: 'This evidence is no longer in the list.' });
  });
});

describe('risks', () => {
  it('adds with a severity (medium by default) and edits text and severity', () => {
    let s = addRisk(baseSession(), 'load', { id: 'r1', now: NOW, text: 'Storm days bring 6,000 calls', severity: 'high' });
    s = addRisk(s, 'load', { id: 'r2', now: NOW, text: 'Vendor API has an unknown rate limit' });
    expect(s.gaps.load!.risks.map((r) => r.severity)).toEqual(['high', 'medium']);
    s = updateRisk(s, 'load', 'r2', { severity: 'low', text: '  API limit unknown ' });
    expect(s.gaps.load!.risks[1]).toMatchObject({ text: 'API limit unknown', severity: 'low' });
    expect(updateRisk(s, 'load', 'r2', { text: ' ' })).toBe(s);
    expect(updateRisk(s, 'load', 'r2', {})).toBe(s);
    expect(SessionSchema.safeParse(s).success).toBe(true);
  });

  it('removes a risk, keeping the others in order', () => {
    let s = baseSession();
    for (const id of ['r1', 'r2', 'r3']) s = addRisk(s, 'support', { id, now: NOW, text: id });
    expect(removeRisk(s, 'support', 'r2').gaps.support!.risks.map((r) => r.id)).toEqual(['r1', 'r3']);
    expect(refusalInEnglish(ops.removeRisk(s, 'support', 'r9'))).toMatchObject({ message: 'This risk is no longer in the list.' });
    expect(de(sessionlessRefusal(ops.removeRisk(s, 'support', 'r9')))).toBe('Dieses Risiko ist nicht mehr in der Liste.');
  });
});

describe('cleanNoteText', () => {
  it('trims, and gives null for nothing', () => {
    expect(cleanNoteText('  a ')).toBe('a');
    expect(cleanNoteText('')).toBeNull();
  });
});
