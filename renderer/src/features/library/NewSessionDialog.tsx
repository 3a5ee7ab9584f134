import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/TranslatorContext';
import { SessionLanguageField } from '../../i18n/LanguagePickers';
import { Dialog } from '../../ui/Dialog';
import { BUILT_IN_FRAMEWORK_ID } from '../../../../shared/framework/builtInFramework';
import { useFrameworks } from '../frameworks/frameworkLibrary';
import { frameworkWord } from '../frameworks/frameworkWord';

interface NewSessionDialogProps {
  open: boolean;
  onClose(): void;
  /**
   * `language`: the client's, which the room and the documents speak (the window's by default);
   * `frameworkId`: the framework the session follows (the built-in one by default).
   */
  onCreate(initiative: string, client: string, language: string, frameworkId: string): Promise<void>;
}

export function NewSessionDialog({ open, onClose, onCreate }: NewSessionDialogProps) {
  const i18n = useI18n();
  return (
    <Dialog open={open} title={i18n.t('library.newSession.title')} onClose={onClose}>
      <NewSessionForm onClose={onClose} onCreate={onCreate} />
    </Dialog>
  );
}

function NewSessionForm({ onClose, onCreate }: Omit<NewSessionDialogProps, 'open'>) {
  const i18n = useI18n();
  const [initiative, setInitiative] = useState('');
  const [client, setClient] = useState('');
  const [language, setLanguage] = useState(i18n.language);
  const [frameworkId, setFrameworkId] = useState(BUILT_IN_FRAMEWORK_ID);
  const frameworks = useFrameworks() ?? [];
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!initiative.trim()) {
      setError(i18n.t('library.newSession.initiativeMissing'));
      return;
    }
    setBusy(true);
    try {
      await onCreate(initiative, client, language, frameworks.some((f) => f.id === frameworkId) ? frameworkId : BUILT_IN_FRAMEWORK_ID);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="dialog-body" onSubmit={submit} noValidate>
      <div>
        <h2>{i18n.t('library.newSession.title')}</h2>
        <p className="muted">{i18n.t('library.newSession.lead')}</p>
      </div>
      <div className="field">
        <label htmlFor="new-initiative">{i18n.t('library.newSession.initiative')}</label>
        <input
          id="new-initiative"
          className="input"
          autoFocus
          maxLength={200}
          value={initiative}
          placeholder={i18n.t('library.newSession.initiativePlaceholder')}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'new-initiative-error' : undefined}
          onChange={(e) => {
            setInitiative(e.target.value);
            setError(null);
          }}
        />
        {error ? (
          <span id="new-initiative-error" className="field-error" role="alert">
            {error}
          </span>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="new-client">{i18n.t('library.newSession.client')}</label>
        <input id="new-client" className="input" maxLength={200} value={client} placeholder={i18n.t('library.newSession.clientPlaceholder')} onChange={(e) => setClient(e.target.value)} />
      </div>
      <SessionLanguageField value={language} onChange={setLanguage} testId="new-session-language" />
      <div className="field">
        <label htmlFor="new-framework">{i18n.t('frameworkEditor.newSession.framework')}</label>
        <select id="new-framework" className="input" value={frameworkId} onChange={(e) => setFrameworkId(e.target.value)} aria-describedby="new-framework-hint">
          <option value={BUILT_IN_FRAMEWORK_ID}>{i18n.t('frameworkEditor.builtIn.name')}</option>
          {frameworks.map((framework) => (
            <option key={framework.id} value={framework.id}>
              {frameworkWord(framework, i18n.language, 'name') ?? i18n.t('frameworkEditor.untitled')}
            </option>
          ))}
        </select>
        <span id="new-framework-hint" className="field-hint">
          {i18n.t('frameworkEditor.newSession.frameworkHint')}
        </span>
      </div>
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          {i18n.t('common.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {i18n.t('library.newSession.create')}
        </button>
      </div>
    </form>
  );
}
