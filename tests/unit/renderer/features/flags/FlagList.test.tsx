// @vitest-environment jsdom
import { act, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { FlagList } from '../../../../../renderer/src/features/flags/FlagList';
import type { Session } from '../../../../../shared/model/session';
import { buildSampleWorkshop } from '../../../../../shared/sample/sampleWorkshop';
import { runChecks } from '../../../../../shared/scoring/checks';
import { mountInLanguage } from '../../mountInLanguage';

const SAMPLE = buildSampleWorkshop('s', Date.UTC(2025, 2, 10));

const mounted = mountInLanguage();

function render(node: ReactNode, language = 'en'): void {
  mounted.render(node, language);
}

describe('FlagList', () => {
  it('shows every open flag with its sentence, what closes it, and a link to the stage that fixes it', () => {
    const goTo = vi.fn();
    render(<FlagList session={SAMPLE} goTo={goTo} />);
    const items = mounted.host.querySelectorAll('[data-flag]');
    expect(items).toHaveLength(runChecks(SAMPLE).length);
    const noPath = mounted.host.querySelector('[data-flag="no-production-path"]')!;
    expect(noPath.textContent).toContain('No production path');
    expect(noPath.textContent).toContain('What closes it');
    expect(noPath.textContent).toContain('Warning');
    const button = noPath.querySelector('button')!;
    expect(button.textContent).toContain('Go to Ownership & path');
    act(() => button.click());
    expect(goTo).toHaveBeenCalledWith('ownership');
    const volume = mounted.host.querySelector('[data-flag="volume-gap"] button')!;
    act(() => (volume as HTMLButtonElement).click());
    expect(goTo).toHaveBeenLastCalledWith('gap-load');
  });

  it('puts blocking flags first and says in words that they block the verdict', () => {
    const session: Session = { ...SAMPLE, ownership: { ...SAMPLE.ownership, businessOwner: '' } };
    render(<FlagList session={session} goTo={() => {}} />);
    const first = mounted.host.querySelector('[data-flag]')!;
    expect(first.getAttribute('data-flag')).toBe('ownership-vacuum');
    expect(first.getAttribute('data-severity')).toBe('blocking');
    expect(first.textContent).toContain('Blocks the verdict');
  });

  it('with a gap shows only that gap’s flags, compactly, without a link to the stage it is on', () => {
    const onData: Session = { ...SAMPLE, currentStageId: 'gap-data' };
    render(<FlagList session={onData} gapId="data" goTo={() => {}} />);
    const ids = [...mounted.host.querySelectorAll('[data-flag]')].map((el) => el.getAttribute('data-flag'));
    expect(ids).toEqual(['curated-data', 'room-disagrees', 'champion-skeptic-split']);
    expect(mounted.host.textContent).toContain('3 pilot-trap flags on this gap');
    // "The room disagrees: Data quality" reads "The room disagrees" on the gap's own screen.
    expect(mounted.host.querySelector('[data-flag="room-disagrees"] .flag-title')!.textContent).toBe('The room disagrees.');
    expect(mounted.host.querySelectorAll('.flag-go')).toHaveLength(0);
  });

  it('speaks German, with the count in its plural form', () => {
    const onData: Session = { ...SAMPLE, currentStageId: 'gap-data' };
    render(<FlagList session={onData} gapId="data" goTo={() => {}} />, 'de');
    expect(mounted.host.textContent).toContain('3 Warnsignale zu dieser Lücke');
    expect(mounted.host.textContent).toContain('Was es behebt');
  });

  it('renders nothing for a gap without flags', () => {
    render(<FlagList session={SAMPLE} gapId="change" goTo={() => {}} />);
    expect(mounted.host.innerHTML).toBe('');
  });
});
