/**
 * A React root for component tests, remounted around each test, that renders a component in a
 * language of the catalogue (as the window's TranslatorProvider would).
 */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';
import { TranslatorProvider } from '../../../renderer/src/i18n/TranslatorContext';
import { translatorNow } from '../../../shared/i18n';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Mounted {
  /** The element the component is rendered into (a new one for each test). */
  readonly host: HTMLDivElement;
  render(node: ReactNode, language?: string): void;
}

export function mountInLanguage(): Mounted {
  let host: HTMLDivElement | null = null;
  let root: Root | null = null;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    act(() => root?.unmount());
    host?.remove();
  });
  return {
    get host() {
      return host!;
    },
    render(node, language = 'en') {
      act(() => root!.render(<TranslatorProvider translator={translatorNow(language)}>{node}</TranslatorProvider>));
    },
  };
}
