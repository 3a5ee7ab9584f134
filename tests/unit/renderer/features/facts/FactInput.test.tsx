// @vitest-environment jsdom
// The field writes through the fact.set command into a real (fake-indexeddb) store, as in the window.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openHistory } from '../../../../../renderer/src/commands/execute';
import { historyDatabase } from '../../../../../renderer/src/commands/historyDatabase';
import { db } from '../../../../../renderer/src/db/database';
import { FactInput } from '../../../../../renderer/src/features/facts/FactInput';
import { TranslatorProvider } from '../../../../../renderer/src/i18n/TranslatorContext';
import { useAppStore } from '../../../../../renderer/src/store/appStore';
import { translatorNow } from '../../../../../shared/i18n';
import type { ReadinessRoomApi } from '../../../../../shared/ipc/contract';
import { factById } from '../../../../../shared/framework/facts';
import { createSession } from '../../../../../shared/model/createSession';
import type { Session } from '../../../../../shared/model/session';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const FACT = factById('production.records')!;
let host: HTMLDivElement;
let root: Root;
let session: Session;

beforeEach(async () => {
  window.readinessRoom = { mirrorSession: vi.fn(async () => ({ ok: true, value: { savedAt: 'now' } })), onMenuCommand: () => () => {} } as unknown as ReadinessRoomApi;
  await db.sessions.clear();
  await historyDatabase().histories.clear();
  useAppStore.setState({ toasts: [], history: null });
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  session = createSession({ initiative: 'Invoice matching', client: 'Northwind', id: 's1', now: Date.UTC(2026, 2, 12, 9) });
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

/** Stores the session as the window's store holds it, and renders the field against it. */
async function render(): Promise<void> {
  await db.sessions.put(session);
  await openHistory(session.id);
  show();
}

let translator = translatorNow('en');

function show(): void {
  const update = async () => {};
  act(() =>
    root.render(
      <TranslatorProvider translator={translator}>
        <FactInput fact={FACT} session={session} update={update} />
      </TranslatorProvider>,
    ),
  );
}

/** Waits for the command to store the edit, then renders the stored session, as the live query does. */
async function stored(): Promise<void> {
  const before = session.updatedAt;
  for (let i = 0; i < 200; i++) {
    const current = (await db.sessions.get(session.id))!;
    if (current.updatedAt !== before) {
      session = current;
      show();
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
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
  it('shows "2,400,000" back as typed, and stores the number', async () => {
    await render();
    typeAndLeave('2,400,000');
    await stored();
    expect(session.facts[FACT.id]).toBe(2_400_000);
    expect(input().value).toBe('2,400,000');
  });

  it('groups a number typed without grouping once it is stored', async () => {
    await render();
    typeAndLeave('2400000');
    await stored();
    expect(session.facts[FACT.id]).toBe(2_400_000);
    expect(input().value).toBe('2,400,000');
  });

  it('shows a stored number grouped', async () => {
    session = { ...session, facts: { [FACT.id]: 120_000 } };
    await render();
    expect(input().value).toBe('120,000');
  });

  it('refuses what is not a number with a message, and keeps the stored value', async () => {
    session = { ...session, facts: { [FACT.id]: 120_000 } };
    await render();
    typeAndLeave('lots');
    await stored();
    expect(session.facts[FACT.id]).toBe(120_000);
    expect(host.querySelector('[role="alert"]')?.textContent).toMatch(/Enter a number/);
  });

  it('in a German window, reads and writes numbers the German way, and refuses in German', async () => {
    translator = translatorNow('de');
    try {
      await render();
      typeAndLeave('2.400.000');
      await stored();
      expect(session.facts[FACT.id]).toBe(2_400_000);
      expect(input().value).toBe('2.400.000');
      typeAndLeave('viele');
      await stored();
      expect(host.querySelector('[role="alert"]')?.textContent).toBe('Geben Sie eine Zahl ab 0 ein oder lassen Sie das Feld leer.');
    } finally {
      translator = translatorNow('en');
    }
  });

  it('stores an emptied field as not known', async () => {
    session = { ...session, facts: { [FACT.id]: 120_000 } };
    await render();
    typeAndLeave('');
    await stored();
    expect(session.facts[FACT.id]).toBeNull();
  });
});
