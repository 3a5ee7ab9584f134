import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shared/model/createSession';
import { sameSessionVersions } from '../../../renderer/src/features/library/librarySessions';

const at = (id: string, updatedAt: number) => ({ ...createSession({ initiative: id, client: '', id, now: 0 }), updatedAt });

describe('the library renders again only when a session changed', () => {
  it('treats the same sessions at the same versions as the same list, however read', () => {
    expect(sameSessionVersions([at('a', 1), at('b', 2)], [at('a', 1), at('b', 2)])).toBe(true);
  });
  it('sees an added, removed, reordered or changed session', () => {
    expect(sameSessionVersions([at('a', 1)], [at('a', 1), at('b', 2)])).toBe(false);
    expect(sameSessionVersions([at('a', 1), at('b', 2)], [at('a', 1)])).toBe(false);
    expect(sameSessionVersions([at('a', 1), at('b', 2)], [at('b', 2), at('a', 1)])).toBe(false);
    expect(sameSessionVersions([at('a', 1)], [at('a', 2)])).toBe(false);
  });
});
