/** A confirmed consensus: the level, large, with its name, its rationale and the round it rests on. */
import { LEVEL_COLORS } from '../../../../shared/framework/levelColors';
import type { GapId } from '../../../../shared/framework/types';
import type { Consensus } from '../../../../shared/model/session';
import { formatInstant } from '../../../../shared/text/dates';
import { useI18n } from '../../i18n/TranslatorContext';
import { useFramework } from '../../i18n/useFramework';

interface ConsensusCardProps {
  gapId: GapId;
  consensus: Consensus;
  /** The number of the round it rests on, when it rests on one. */
  roundNumber: number | null;
  /** A re-vote is open: the consensus still counts until a new one is confirmed. */
  revoteOpen: boolean;
  onChange?: () => void;
}

function timeOf(ms: number, locale: string): string {
  return formatInstant(ms, 'clock', locale) ?? '';
}

export function ConsensusCard({ gapId, consensus, roundNumber, revoteOpen, onChange }: ConsensusCardProps) {
  const i18n = useI18n();
  const framework = useFramework();
  const color = LEVEL_COLORS[consensus.level];
  const time = timeOf(consensus.confirmedAt, i18n.locale);
  return (
    <div className="consensus-card" data-testid="consensus">
      <span className="consensus-big-chip" style={{ background: color.fill, color: color.text }} aria-hidden="true">
        {consensus.level}
      </span>
      <div className="consensus-card-body">
        <p className="eyebrow">
          {roundNumber !== null ? i18n.t('scoring.consensus.eyebrowRound', { round: roundNumber, time }) : i18n.t('scoring.consensus.eyebrow', { time })}
        </p>
        <p className="consensus-card-level">
          {i18n.t('scoring.consensus.level', { level: consensus.level, name: framework.levelNames[consensus.level] })}
        </p>
        <p className="consensus-card-rationale">{consensus.rationale || <span className="muted">{i18n.t('scoring.consensus.noRationale')}</span>}</p>
        <p className="muted small">{framework.gapById(gapId).ladder[consensus.level]}</p>
        {revoteOpen ? <p className="muted small">{i18n.t('scoring.consensus.revoteOpen')}</p> : null}
      </div>
      {onChange ? (
        <button type="button" className="btn" onClick={onChange} title={i18n.t('scoring.consensus.changeTitle')}>
          {i18n.t('scoring.consensus.change')}
        </button>
      ) : null}
    </div>
  );
}
