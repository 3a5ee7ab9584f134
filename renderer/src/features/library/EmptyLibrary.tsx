import { Icon } from '../../ui/Icon';
import { useI18n } from '../../i18n/TranslatorContext';

interface EmptyLibraryProps {
  onCreate(): void;
  onSample(): void;
}

/** The first screen a new consultant sees: what the app does, and how to start. */
export function EmptyLibrary({ onCreate, onSample }: EmptyLibraryProps) {
  const i18n = useI18n();
  return (
    <section className="empty-library card" aria-labelledby="empty-title">
      <h2 id="empty-title">{i18n.t('library.empty.title')}</h2>
      <p className="muted">{i18n.t('library.empty.lead')}</p>
      <ol className="empty-steps">
        <li>
          <Icon name="frame" size={22} />
          <span>
            <strong>{i18n.t('library.empty.frame.title')}</strong> {i18n.t('library.empty.frame.body')}
          </span>
        </li>
        <li>
          <Icon name="scale" size={22} />
          <span>
            <strong>{i18n.t('library.empty.score.title')}</strong> {i18n.t('library.empty.score.body')}
          </span>
        </li>
        <li>
          <Icon name="list" size={22} />
          <span>
            <strong>{i18n.t('library.empty.plan.title')}</strong> {i18n.t('library.empty.plan.body')}
          </span>
        </li>
      </ol>
      <div className="empty-actions">
        <button type="button" className="btn btn-primary" onClick={onCreate}>
          <Icon name="plus" /> {i18n.t('library.newSession.button')}
        </button>
        <button type="button" className="btn" onClick={onSample}>
          {i18n.t('library.empty.sample')}
        </button>
      </div>
      <p className="muted small">{i18n.t('library.empty.sampleHint')}</p>
      <p className="muted small">{i18n.t('library.empty.local')}</p>
    </section>
  );
}
