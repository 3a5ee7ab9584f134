/** The framework as a whole: its name and description, the word for a unit of work, the level names and its languages. */
import { useState } from 'react';
import { availableLanguages, languageName } from '../../../../shared/i18n';
import { frameworkTextKeys } from '../../../../shared/framework/localize';
import { LEVELS } from '../../../../shared/framework/types';
import { useI18n } from '../../i18n/TranslatorContext';
import { languageNameIn } from './frameworkWord';
import type { DraftEditor } from './useDraft';
import { WordField } from './WordField';

export function GeneralEditor({ editor }: { editor: DraftEditor }) {
  const i18n = useI18n();
  const { framework } = editor;
  const addable = availableLanguages().filter((tag) => !framework.languages.includes(tag));
  const [toAdd, setToAdd] = useState(addable[0] ?? '');
  const adding = addable.includes(toAdd) ? toAdd : (addable[0] ?? '');
  return (
    <section className="fw-section" aria-labelledby="fw-section-title">
      <header className="fw-section-head">
        <div className="fw-section-titles">
          <h2 id="fw-section-title">{i18n.t('frameworkEditor.general.title')}</h2>
        </div>
      </header>
      <div className="fw-grid-2">
        <WordField editor={editor} textKey={frameworkTextKeys.name()} label={i18n.t('frameworkEditor.general.name')} maxLength={120} testId="framework-name" />
        <WordField editor={editor} textKey="workItems" label={i18n.t('frameworkEditor.general.workItems')} hint={i18n.t('frameworkEditor.general.workItems.hint')} maxLength={60} />
      </div>
      <WordField editor={editor} textKey={frameworkTextKeys.description()} label={i18n.t('frameworkEditor.general.description')} multiline />

      <fieldset className="field fw-block">
        <legend>
          <h3>{i18n.t('frameworkEditor.general.levels')}</h3>
        </legend>
        <p className="muted small">{i18n.t('frameworkEditor.general.levelsLead')}</p>
        <div className="fw-grid-5">
          {LEVELS.map((level) => (
            <WordField key={level} editor={editor} textKey={frameworkTextKeys.levelName(level)} label={i18n.t('frameworkEditor.general.level', { level })} maxLength={40} />
          ))}
        </div>
      </fieldset>

      <div className="fw-block">
        <h3>{i18n.t('frameworkEditor.languages.title')}</h3>
        <p className="muted small">{i18n.t('frameworkEditor.languages.lead', { first: languageNameIn(editor.firstLanguage, i18n.language) })}</p>
        <ul className="fw-languages">
          {framework.languages.map((language, i) => (
            <li key={language}>
              <span lang={language}>{languageName(language)}</span>
              {i === 0 ? <span className="pill pill-muted">{i18n.t('frameworkEditor.languages.first')}</span> : null}
              {framework.languages.length > 1 ? (
                <button type="button" className="btn btn-ghost btn-small btn-danger" onClick={() => editor.edit({ kind: 'removeLanguage', language })}>
                  {i18n.t('frameworkEditor.languages.remove', { language: languageNameIn(language, i18n.language) })}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
        {addable.length > 0 ? (
          <div className="fw-inline">
            <label className="inline-field">
              <span>{i18n.t('frameworkEditor.languages.addLabel')}</span>
              <select className="input" value={adding} onChange={(e) => setToAdd(e.target.value)}>
                {addable.map((tag) => (
                  <option key={tag} value={tag} lang={tag}>
                    {languageName(tag)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="btn btn-small" onClick={() => editor.edit({ kind: 'addLanguage', language: adding })}>
              {i18n.t('frameworkEditor.languages.add')}
            </button>
          </div>
        ) : null}
      </div>
    </section>
  );
}
