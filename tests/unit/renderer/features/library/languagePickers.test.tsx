// @vitest-environment jsdom
/**
 * The window's language: a picker in the library's header, listing each language by its own name;
 * choosing one re-words the whole window at once and is kept as a preference. The New session
 * dialog asks for the session's language, the window's by default, and says who speaks it.
 */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WindowLanguagePicker } from '../../../../../renderer/src/i18n/LanguagePickers';
import { TranslatorProvider } from '../../../../../renderer/src/i18n/TranslatorContext';
import { NewSessionDialog } from '../../../../../renderer/src/features/library/NewSessionDialog';
import { useAppStore } from '../../../../../renderer/src/store/appStore';
import { translatorNow } from '../../../../../shared/i18n';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const en = translatorNow('en');

/** As App renders the window: everything inside speaks the window's translator of the moment. */
function InWindow({ children }: { children: ReactNode }) {
  const translator = useAppStore((s) => s.windowTranslator);
  return translator ? <TranslatorProvider translator={translator}>{children}</TranslatorProvider> : null;
}

function Heading() {
  const translator = useAppStore((s) => s.windowTranslator)!;
  return <h1>{translator.t('library.title')}</h1>;
}

let host: HTMLDivElement;
let root: Root;

beforeEach(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => useAppStore.setState({ windowLanguage: null, windowTranslator: en }));
});

afterEach(async () => {
  act(() => root.unmount());
  host.remove();
  await act(() => useAppStore.getState().setWindowLanguage(null));
});

function choose(select: HTMLSelectElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!;
  setter.call(select, value);
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('the window language picker', () => {
  it('lists each language by its own name, labelled, and re-words the window at once', async () => {
    act(() =>
      root.render(
        <InWindow>
          <Heading />
          <WindowLanguagePicker />
        </InWindow>,
      ),
    );
    const select = host.querySelector<HTMLSelectElement>('[data-testid="window-language"]')!;
    expect([...select.options].map((o) => [o.value, o.textContent, o.lang])).toEqual([
      ['en', 'English', 'en'],
      ['de', 'Deutsch', 'de'],
    ]);
    expect(host.querySelector(`label[for="${select.id}"]`)!.textContent).toBe('Window language');
    expect(select.value).toBe('en');

    await act(async () => {
      choose(select, 'de');
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(useAppStore.getState().windowLanguage).toBe('de');
    expect(host.querySelector('h1')!.textContent).toBe('Workshop-Sitzungen');
    expect(host.querySelector(`label[for="${select.id}"]`)!.textContent).toBe('Fenstersprache');
    expect(select.value).toBe('de');
    expect(document.documentElement.lang).toBe('de');
    // Kept as a preference on this computer.
    expect(JSON.parse(localStorage.getItem('readiness-room.preferences')!).state.windowLanguage).toBe('de');
  });
});

describe('the New session dialog', () => {
  it('asks for the session’s language, the window’s by default, and says who speaks it', async () => {
    const onCreate = vi.fn(async () => {});
    act(() => root.render(<InWindow><NewSessionDialog open onClose={() => {}} onCreate={onCreate} /></InWindow>));
    const language = host.querySelector<HTMLSelectElement>('[data-testid="new-session-language"]')!;
    expect(language.value).toBe('en');
    expect(document.getElementById(language.getAttribute('aria-describedby')!)!.textContent).toBe(
      'The projector, the phones and the documents speak this language.',
    );
    const initiative = host.querySelector<HTMLInputElement>('#new-initiative')!;
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(initiative, 'Claims triage');
      initiative.dispatchEvent(new Event('input', { bubbles: true }));
      choose(language, 'de');
    });
    await act(async () => {
      host.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(onCreate).toHaveBeenCalledWith('Claims triage', '', 'de', 'default');
  });

  it('defaults to German in a German window, and speaks German', async () => {
    await act(() => useAppStore.getState().setWindowLanguage('de'));
    act(() => root.render(<InWindow><NewSessionDialog open onClose={() => {}} onCreate={async () => {}} /></InWindow>));
    expect(host.querySelector<HTMLSelectElement>('[data-testid="new-session-language"]')!.value).toBe('de');
    expect(host.querySelector('h2')!.textContent).toBe('Neue Workshop-Sitzung');
    expect(host.textContent).toContain('Projektor, Smartphones und Dokumente sprechen diese Sprache.');
  });
});
