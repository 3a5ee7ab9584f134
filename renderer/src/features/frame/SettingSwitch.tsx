/** An on/off setting with its one-line explanation; a real checkbox, so Space and clicks both work. */
import { useId } from 'react';
import { useI18n } from '../../i18n/TranslatorContext';

interface SettingSwitchProps {
  label: string;
  description: string;
  checked: boolean;
  onChange(checked: boolean): void;
  testId?: string;
}

export function SettingSwitch({ label, description, checked, onChange, testId }: SettingSwitchProps) {
  const id = useId();
  const i18n = useI18n();
  return (
    <label className="setting-switch" htmlFor={id}>
      <input
        id={id}
        type="checkbox"
        role="switch"
        className="switch"
        checked={checked}
        aria-describedby={`${id}-description`}
        data-testid={testId}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span className="setting-text">
        <span className="setting-label">
          {label} <span className="setting-state">{checked ? i18n.t('frame.setting.on') : i18n.t('frame.setting.off')}</span>
        </span>
        <span id={`${id}-description`} className="field-hint">
          {description}
        </span>
      </span>
    </label>
  );
}
