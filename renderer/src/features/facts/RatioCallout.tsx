/**
 * A production ÷ pilot ratio as a big figure with its sentence ("Peak volume is 150× the
 * pilot’s"). A jump of 10× or more is marked in words as well as colour; a missing number shows
 * "—" and says which fact to fill in.
 */
import { ratioReadout } from '../../../../shared/scoring/ratioReadout';
import type { Session } from '../../../../shared/model/session';
import { Icon } from '../../ui/Icon';
import './facts.css';
import { useI18n } from '../../i18n/TranslatorContext';
import { useFramework } from '../../i18n/useFramework';

export function RatioCallout({ session, ratioId }: { session: Session; ratioId: string }) {
  const i18n = useI18n();
  const framework = useFramework();
  const readout = ratioReadout(session, ratioId, framework);
  if (!readout) return null;
  const figureLabel = readout.state === 'ready' || readout.state === 'from-zero' ? i18n.text(readout.sentence) : i18n.t('facts.ratio.unknown', { title: i18n.text(readout.title) });
  return (
    <div
      className="ratio-callout"
      data-state={readout.state}
      data-large={readout.large || undefined}
      data-testid={`ratio-${ratioId}`}
      role="group"
      aria-label={figureLabel}
      title={readout.detail ? i18n.text(readout.detail) : undefined}
    >
      <span className="ratio-figure" aria-live="polite">
        {i18n.text(readout.display)}
      </span>
      <span className={readout.state === 'missing' ? 'ratio-sentence muted' : 'ratio-sentence'}>{i18n.text(readout.sentence)}</span>
      {readout.large ? (
        <span className="ratio-badge">
          <Icon name="flag" size={16} />
          <span>{readout.state === 'from-zero' ? i18n.t('facts.ratio.notTried') : i18n.t('facts.ratio.testAtScale')}</span>
        </span>
      ) : null}
    </div>
  );
}
