import fc from 'fast-check';
import { en, enAll } from '../inEnglish';
import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT_VERSION, FILE_TYPE, makeEnvelope, MAX_FILE_BYTES, serializeEnvelope } from '../../../../shared/format/envelope';
import { loadSessionText } from '../../../../shared/format/loadSessionFile';
import { createSession } from '../../../../shared/model/createSession';

const session = createSession({ initiative: 'Voice agent', client: 'Northwind', id: 'abc-123', now: Date.UTC(2026, 10, 22) });
const text = serializeEnvelope(makeEnvelope(session, '0.1.0', new Date(Date.UTC(2026, 10, 22))));

describe('loading a session file', () => {
  it('round-trips a saved session deep-equal', () => {
    const result = loadSessionText(text);
    expect(result).toMatchObject({ ok: true, version: CURRENT_FORMAT_VERSION, repairs: [] });
    expect(result.ok && result.session).toEqual(session);
  });

  it('refuses files above 50 MB before parsing', () => {
    const result = loadSessionText('{}', MAX_FILE_BYTES + 1);
    expect(result).toMatchObject({ ok: false, code: 'too-large' });
  });

  it('refuses what is not JSON or not a session', () => {
    expect(loadSessionText('not json')).toMatchObject({ ok: false, code: 'not-json' });
    expect(loadSessionText('{"type":"something-else"}')).toMatchObject({ ok: false, code: 'not-a-session' });
    expect(loadSessionText('[]')).toMatchObject({ ok: false, code: 'not-a-session' });
  });

  it('refuses a newer format version, naming both versions', () => {
    const newer = JSON.stringify({ type: FILE_TYPE, version: CURRENT_FORMAT_VERSION + 1, app: { version: '9.0.0' }, session: {} });
    const result = loadSessionText(newer);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe('newer-version');
      expect(en(result.message)).toContain(`version ${CURRENT_FORMAT_VERSION + 1}`);
      expect(en(result.message)).toContain(`up to version ${CURRENT_FORMAT_VERSION}`);
    }
  });

  it('repairs missing fields and reports what it did', () => {
    const damaged = JSON.parse(text) as { session: Record<string, unknown> };
    delete damaged.session.settings;
    damaged.session.participants = [{ id: 'p1', name: 'Ana', role: 'it', stance: 'skeptic', inPilot: true, isFacilitator: false }, { broken: true }];
    const result = loadSessionText(JSON.stringify(damaged));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.session.settings.divergenceSpread).toBe(2);
      expect(result.session.participants).toHaveLength(1);
      expect(enAll(result.repairs).join(' ')).toMatch(/settings/);
      expect(enAll(result.repairs).join(' ')).toMatch(/1 damaged participant entry/);
    }
  });

  it('never lets __proto__ or constructor keys pollute anything', () => {
    const hostile = text.replace('"session": {', '"session": {"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},');
    const result = loadSessionText(hostile);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('never throws on random JSON, and answers a session or a clear error', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = loadSessionText(JSON.stringify({ type: FILE_TYPE, version: 1, session: value }));
        return result.ok || (en(result.message).length > 0);
      }),
      { numRuns: 300 },
    );
  });
});
