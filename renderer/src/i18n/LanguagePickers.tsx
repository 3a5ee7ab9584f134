/**
 * The two language choices. The window's language is the facilitator's own (a preference on this
 * computer, the menu follows it); a session's language is the client's: the projector, the phones
 * and the documents speak it. Languages are listed by their own names ("Deutsch"), so each reads
 * its own even in a window that speaks another.
 */
import { useId } from 'react';
import { availableLanguages, languageName } from '../../../shared/i18n';
import { useAppStore } from '../store/appStore';
import { useI18n } from './TranslatorContext';
import './languagePickers.css';

function LanguageOptions() {
  return (
    <>
      {availableLanguages().map((tag) => (
        <option key={tag} value={tag} lang={tag}>
          {languageName(tag)}
        </option>
      ))}
    </>
  );
}

/** The window's language: a select that re-words the whole window at once when changed. */
export function WindowLanguagePicker({ className }: { className?: string }) {
  const i18n = useI18n();
  const setWindowLanguage = useAppStore((s) => s.setWindowLanguage);
  const id = useId();
  return (
    <span className={`inline-field language-picker ${className ?? ''}`}>
      <label htmlFor={id}>{i18n.t('languagePicker.window.label')}</label>
      <select
        id={id}
        className="input"
        value={i18n.language}
        title={i18n.t('languagePicker.window.hint')}
        data-testid="window-language"
        onChange={(e) => void setWindowLanguage(e.target.value)}
      >
        <LanguageOptions />
      </select>
    </span>
  );
}

/** A session's language, with the sentence saying who speaks it. */
export function SessionLanguageField({ value, onChange, testId }: { value: string; onChange(tag: string): void; testId?: string }) {
  const i18n = useI18n();
  const id = useId();
  return (
    <div className="field session-language">
      <label htmlFor={id}>{i18n.t('languagePicker.session.label')}</label>
      <select id={id} className="input" value={value} aria-describedby={`${id}-hint`} data-testid={testId} onChange={(e) => onChange(e.target.value)}>
        <LanguageOptions />
      </select>
      <span id={`${id}-hint`} className="field-hint">
        {i18n.t('languagePicker.session.hint')}
      </span>
    </div>
  );
}
