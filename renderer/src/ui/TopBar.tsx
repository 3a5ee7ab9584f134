import type { ReactNode } from 'react';
import { BrandMark } from './BrandMark';
import { SaveIndicator } from './SaveIndicator';
import { ThemeToggle } from './ThemeToggle';

export function TopBar({ children }: { children?: ReactNode }) {
  return (
    <header className="topbar">
      {children ?? (
        <span className="brand">
          <BrandMark />
          Readiness Room
        </span>
      )}
      <span className="topbar-spacer" />
      <SaveIndicator />
      <ThemeToggle />
    </header>
  );
}
