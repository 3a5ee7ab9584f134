import type { ReactNode } from 'react';
import { BrandMark } from './BrandMark';
import { SaveIndicator } from './SaveIndicator';
import { ThemeToggle } from './ThemeToggle';

/** The bar across the top: what this screen is on the left; actions, save status and theme on the right. */
export function TopBar({ children, actions }: { children?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="topbar">
      {children ?? (
        <span className="brand">
          <BrandMark />
          Readiness Room
        </span>
      )}
      <span className="topbar-spacer" />
      {actions}
      <SaveIndicator />
      <ThemeToggle />
    </header>
  );
}
