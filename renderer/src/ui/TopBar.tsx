import type { ReactNode } from 'react';
import { BrandMark } from './BrandMark';
import { SaveIndicator } from './SaveIndicator';
import { ThemeToggle } from './ThemeToggle';
import { useI18n } from '../i18n/TranslatorContext';

/** The bar across the top: what this screen is on the left; actions, save status and theme on the right. */
export function TopBar({ children, actions }: { children?: ReactNode; actions?: ReactNode }) {
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
      <SaveIndicator />
      <ThemeToggle />
    </header>
  );
}
