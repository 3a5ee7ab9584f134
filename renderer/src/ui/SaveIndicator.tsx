import { useAppStore } from '../store/appStore';
import { useI18n } from '../i18n/TranslatorContext';

/** Always tells the facilitator whether the disk copy has caught up. */
export function SaveIndicator() {
  const status = useAppStore((s) => s.saveStatus);
  const i18n = useI18n();
  const text =
    status.state === 'saved' ? i18n.t('ui.save.saved') : status.state === 'saving' ? i18n.t('ui.save.saving') : i18n.t('ui.save.failed', { message: status.message });
  return (
    <span className="save-status" data-state={status.state} role="status" data-testid="save-status" title={text}>
      <span className="save-dot" aria-hidden="true" />
      <span>{status.state === 'failed' ? i18n.t('ui.save.retrying') : text}</span>
    </span>
  );
}
