import { shortcutLabel } from '../commands/shortcut';
import { useAppStore } from '../store/appStore';
import { systemTheme } from '../store/uiSlice';
import { Icon } from './Icon';
import { useI18n } from '../i18n/TranslatorContext';

export function ThemeToggle() {
  const theme = useAppStore((s) => s.theme);
  const toggle = useAppStore((s) => s.toggleTheme);
  const effective = theme === 'system' ? systemTheme() : theme;
  const next = effective === 'dark' ? 'light' : 'dark';
  const i18n = useI18n();
  return (
    <button type="button" className="btn btn-ghost icon-btn" onClick={toggle} aria-label={i18n.t('ui.theme.switch', { theme: next })} title={i18n.t('ui.theme.switchHint', { theme: next, key: shortcutLabel('theme.toggle') })}>
      <Icon name={effective === 'dark' ? 'sun' : 'moon'} />
    </button>
  );
}
