import { shortcutLabel } from '../commands/shortcut';
import { useAppStore } from '../store/appStore';
import { systemTheme } from '../store/uiSlice';
import { Icon } from './Icon';

export function ThemeToggle() {
  const theme = useAppStore((s) => s.theme);
  const toggle = useAppStore((s) => s.toggleTheme);
  const effective = theme === 'system' ? systemTheme() : theme;
  const next = effective === 'dark' ? 'light' : 'dark';
  return (
    <button type="button" className="btn btn-ghost icon-btn" onClick={toggle} aria-label={`Switch to ${next} theme`} title={`Switch to ${next} theme (${shortcutLabel('theme.toggle')})`}>
      <Icon name={effective === 'dark' ? 'sun' : 'moon'} />
    </button>
  );
}
