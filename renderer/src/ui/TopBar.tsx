import type { ReactNode } from 'react';
import { BrandMark } from './BrandMark';
import { SaveIndicator } from './SaveIndicator';
import { ThemeToggle } from './ThemeToggle';
import { useI18n } from '../i18n/TranslatorContext';

/**
 * The bar across the top: what this screen is on the left; actions, save status and theme on the
 * right. Screens that save something else than sessions (the framework editor) leave out the
 * sessions' save status, so it is never read as theirs.
 */
export function TopBar({ children, actions, sessionSaveStatus = true }: { children?: ReactNode; actions?: ReactNode; sessionSaveStatus?: boolean }) {
  const i18n = useI18n();
  return (
    <header className="topbar">
      {children ?? (
        <span className="brand">
          <BrandMark />
          {i18n.t('app.title')}
        </span>
      )}
      <span className="topbar-spacer" />
      {actions}
      {sessionSaveStatus ? <SaveIndicator /> : null}
      <ThemeToggle />
    </header>
  );
}
