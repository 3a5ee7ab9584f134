/** A confirmed consensus: the level, large, with its name, its rationale and the round it rests on. */
import { LEVEL_COLORS } from '../../../../shared/framework/levelColors';
import type { GapId } from '../../../../shared/framework/types';
import type { Consensus } from '../../../../shared/model/session';
import { formatInstant } from '../../../../shared/text/dates';
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

function timeOf(ms: number): string {
  return formatInstant(ms, 'clock') ?? '';
}

export function ConsensusCard({ gapId, consensus, roundNumber, revoteOpen, onChange }: ConsensusCardProps) {
  const framework = useFramework();
  const color = LEVEL_COLORS[consensus.level];
  return (
    <div className="consensus-card" data-testid="consensus">
      <span className="consensus-big-chip" style={{ background: color.fill, color: color.text }} aria-hidden="true">
        {consensus.level}
      </span>
      <div className="consensus-card-body">
        <p className="eyebrow">Consensus{roundNumber !== null ? ` · after round ${roundNumber}` : ''} · {timeOf(consensus.confirmedAt)}</p>
        <p className="consensus-card-level">
          Level {consensus.level} — {framework.levelNames[consensus.level]}
        </p>
        <p className="consensus-card-rationale">{consensus.rationale || <span className="muted">No rationale given.</span>}</p>
        <p className="muted small">{framework.gapById(gapId).ladder[consensus.level]}</p>
        {revoteOpen ? <p className="muted small">A re-vote is open: this level stands until you confirm a new one after the reveal.</p> : null}
      </div>
      {onChange ? (
        <button type="button" className="btn" onClick={onChange} title="Change the consensus (C)">
          Change
        </button>
      ) : null}
    </div>
  );
}
