// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FactInput } from '../../../../../renderer/src/features/facts/FactInput';
import { factById } from '../../../../../shared/framework/facts';
import { createSession } from '../../../../../shared/model/createSession';
import type { Session } from '../../../../../shared/model/session';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const FACT = factById('production.records')!;
let host: HTMLDivElement;
let root: Root;
let session: Session;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  session = createSession({ initiative: 'Invoice matching', client: 'Northwind', id: 's1', now: Date.UTC(2026, 2, 12, 9) });
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

/** Renders the field against a session that really changes, as the window's store does. */
function render(): void {
  const update = async (change: (s: Session) => Session) => {
    session = change(session);
    render();
  };
  act(() => root.render(<FactInput fact={FACT} session={session} update={update} />));
}

function input(): HTMLInputElement {
  return host.querySelector<HTMLInputElement>(`[data-testid="fact-${FACT.id}"]`)!;
}

/** Types as a person does (React listens to the native value setter and input events), then leaves the field. */
function typeAndLeave(text: string): void {
  const field = input();
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(field, text);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
  act(() => {
    field.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  });
}

describe('a number fact', () => {
  it('shows "2,400,000" back as typed, and stores the number', () => {
    render();
    typeAndLeave('2,400,000');
    expect(session.facts[FACT.id]).toBe(2_400_000);
    expect(input().value).toBe('2,400,000');
  });

  it('groups a number typed without grouping once it is stored', () => {
    render();
    typeAndLeave('2400000');
    expect(session.facts[FACT.id]).toBe(2_400_000);
    expect(input().value).toBe('2,400,000');
  });

  it('shows a stored number grouped', () => {
    session = { ...session, facts: { [FACT.id]: 120_000 } };
    render();
    expect(input().value).toBe('120,000');
  });

  it('refuses what is not a number with a message, and keeps the stored value', () => {
    session = { ...session, facts: { [FACT.id]: 120_000 } };
    render();
    typeAndLeave('lots');
    expect(session.facts[FACT.id]).toBe(120_000);
    expect(host.querySelector('[role="alert"]')?.textContent).toMatch(/Enter a number/);
  });

  it('stores an emptied field as not known', () => {
    session = { ...session, facts: { [FACT.id]: 120_000 } };
    render();
    typeAndLeave('');
    expect(session.facts[FACT.id]).toBeNull();
  });
});
