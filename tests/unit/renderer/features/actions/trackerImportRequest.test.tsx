// @vitest-environment jsdom
/** A tracker import asked for from the menu or the palette reaches the plan of its own session only. */
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { requestTrackerImport, useTrackerImportRequests } from '../../../../../renderer/src/features/actions/trackerImportRequest';
import { mountInLanguage } from '../../mountInLanguage';

const mounted = mountInLanguage();

function Plan({ sessionId, start }: { sessionId: string; start: () => void }) {
  useTrackerImportRequests(sessionId, start);
  return null;
}

describe('tracker import requests', () => {
  it('start the import of the plan on screen, once per request', () => {
    const start = vi.fn();
    mounted.render(<Plan sessionId="a" start={start} />);
    act(() => requestTrackerImport('a'));
    expect(start).toHaveBeenCalledTimes(1);
    mounted.render(<Plan sessionId="a" start={start} />);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('wait for the plan of their session to mount, and never start another session’s import', () => {
    const other = vi.fn();
    const own = vi.fn();
    act(() => requestTrackerImport('b'));
    mounted.render(<Plan sessionId="c" start={other} />);
    expect(other).not.toHaveBeenCalled();
    mounted.render(<Plan sessionId="b" start={own} />);
    expect(own).toHaveBeenCalledTimes(1);
    expect(other).not.toHaveBeenCalled();
  });
});
