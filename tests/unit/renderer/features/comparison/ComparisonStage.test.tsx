// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ComparisonStage } from '../../../../../renderer/src/features/comparison/ComparisonStage';
import { PresenterComparison } from '../../../../../renderer/src/features/comparison/PresenterComparison';
import { buildComparison } from '../../../../../shared/compare/comparison';
import { createSession } from '../../../../../shared/model/createSession';
import { buildReassessmentPair, MOVED_DOWN, MOVED_UP } from '../../../../fixtures/reassessment';
import { mountInLanguage } from '../../mountInLanguage';

const mounted = mountInLanguage();
const update = vi.fn();

function rows(): [string | null, string | null][] {
  return [...mounted.host.querySelectorAll('[data-testid="compare-gap"]')].map((tr) => [tr.getAttribute('data-gap'), tr.getAttribute('data-direction')]);
}

describe('ComparisonStage', () => {
  const { reassessment } = buildReassessmentPair({ participants: 8 });

  it('shows each gap’s movement with its levels, arrow and reason, and the verdict then and now', () => {
    mounted.render(<ComparisonStage session={reassessment} update={update} goTo={() => {}} />);
    const moved = rows().filter(([, direction]) => direction === 'up' || direction === 'down');
    const expected = rows()
      .map(([gapId]) => gapId!)
      .filter((gapId) => MOVED_UP.includes(gapId) || MOVED_DOWN.includes(gapId))
      .map((gapId) => [gapId, MOVED_UP.includes(gapId) ? 'up' : 'down']);
    expect(moved).toEqual(expected);
    expect(moved).toHaveLength(MOVED_UP.length + MOVED_DOWN.length);
    const data = mounted.host.querySelector('tr[data-gap="data"]')!;
    expect(data.textContent).toContain('Up 1 level');
    expect(data.textContent).toContain('▲');
    expect(data.textContent).toContain('Re-assessed at level 3.');
    expect(mounted.host.querySelector('tr[data-gap="support"]')!.textContent).toContain('Down 1 level');
    const verdict = mounted.host.querySelector('[data-testid="compare-verdict"]')!;
    expect(verdict.textContent).toContain('Assessment 1');
    expect(verdict.textContent).toContain('Assessment 2');
  });

  it('lists the flags closed since, the actions done, dropped and added, and names who moved most', () => {
    const comparison = buildComparison(reassessment)!;
    mounted.render(<ComparisonStage session={reassessment} update={update} goTo={() => {}} />);
    const closed = [...mounted.host.querySelectorAll('[data-testid="compare-flags-closed"] li')].map((li) => li.getAttribute('data-flag'));
    expect(closed).toEqual(comparison.flags.closed.map((f) => f.id));
    for (const group of ['done', 'dropped', 'added'] as const) {
      expect(mounted.host.querySelector(`[data-testid="compare-actions-${group}"]`)!.textContent).toContain(comparison.actions[group][0]!.title);
    }
    const minds = mounted.host.querySelector('[data-testid="compare-minds"]')!;
    expect(comparison.mindChanges.people.length).toBeGreaterThan(0);
    expect(minds.textContent).toContain(comparison.mindChanges.people[0]!.name!);
  });

  it('gives only counts of changed minds in an anonymous workshop, never a name', () => {
    const anonymous = buildReassessmentPair({ participants: 8, anonymous: true }).reassessment;
    mounted.render(<ComparisonStage session={anonymous} update={update} goTo={() => {}} />);
    const minds = mounted.host.querySelector('[data-testid="compare-minds"]')!;
    expect(minds.querySelector('[data-testid="compare-minds-anonymous"]')!.textContent).toMatch(/^\d+ people changed their own score/);
    for (const person of anonymous.participants) expect(minds.textContent).not.toContain(person.name);
  });

  it('takes the room to a gap from its row', () => {
    const goTo = vi.fn();
    mounted.render(<ComparisonStage session={reassessment} update={update} goTo={goTo} />);
    act(() => mounted.host.querySelector<HTMLButtonElement>('tr[data-gap="load"] button')!.click());
    expect(goTo).toHaveBeenCalledWith('gap-load');
  });

  it('says so when there is nothing to compare with', () => {
    mounted.render(<ComparisonStage session={createSession({ initiative: 'A', client: 'B', id: 'x', now: Date.UTC(2025, 0, 1) })} update={update} goTo={() => {}} />);
    expect(mounted.host.querySelector('[data-testid="comparison-none"]')!.textContent).toContain('no earlier assessment');
  });

  it('speaks German', () => {
    mounted.render(<ComparisonStage session={reassessment} update={update} goTo={() => {}} />, 'de');
    expect(mounted.host.querySelector('tr[data-gap="data"]')!.textContent).toContain('1 Stufe höher');
    expect(mounted.host.textContent).toContain('Das Urteil damals und heute');
  });
});

describe('PresenterComparison', () => {
  it('shows the projector the radar, the verdict then and now, and only the gaps that moved', () => {
    const { reassessment } = buildReassessmentPair({ participants: 8 });
    mounted.render(<PresenterComparison session={reassessment} />);
    const moves = [...mounted.host.querySelectorAll('.presenter-compare-moves li')].map((li) => [li.getAttribute('data-direction'), li.textContent]);
    expect(moves).toEqual([
      ['up', '▲Data quality: up from 2 to 3'],
      ['up', '▲Infrastructure load: up from 2 to 3'],
      ['down', '▼Support model: down from 3 to 2'],
    ]);
    expect(mounted.host.querySelector('svg[role="img"]')!.getAttribute('aria-label')).toContain('against Assessment 2');
    expect(mounted.host.querySelectorAll('.compare-verdict')).toHaveLength(2);
  });
});
