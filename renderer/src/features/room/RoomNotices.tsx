/**
 * What the room asks of the facilitator, wherever they are in the app: a phone asking to join as
 * someone another phone already holds (let it in, or refuse), and which phones just joined as
 * someone of the session. Names here stay on the laptop's own screen (never the projector).
 */
import { useEffect, useState } from 'react';
import { messageOf } from '../../platform/api';
import { useI18n } from '../../i18n/TranslatorContext';
import { useAppStore } from '../../store/appStore';
import { Emphasis } from '../scoring/Emphasis';
import { answerNameClaim } from './roomActions';
import { useRoomStatus } from './roomStatusStore';
import './room.css';

/** How long "joined as" stays on screen. */
const JOIN_NOTICE_MS = 10_000;

export function RoomNotices() {
  const i18n = useI18n();
  const status = useRoomStatus();
  const showToast = useAppStore((s) => s.showToast);
  const [busy, setBusy] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const open = status?.state === 'open' ? status : null;
  const recent = open ? open.joins.filter((j) => now - j.at < JOIN_NOTICE_MS) : [];
  const joinCount = open?.joins.length ?? 0;
  useEffect(() => {
    if (joinCount === 0) return;
    // Ticks while there are notices, so "joined as" goes away by itself.
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [joinCount]);
  if (!open || (open.claims.length === 0 && recent.length === 0)) return null;

  async function answer(claimId: string, participantId: string, allow: boolean) {
    setBusy(claimId);
    try {
      await answerNameClaim(open!.sessionId, claimId, participantId, allow);
    } catch (error) {
      showToast({ tone: 'error', message: messageOf(error) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="room-notices" aria-label={i18n.t('roomPanel.notices.label')} data-testid="room-notices">
      {open.claims.map((claim) => (
        <div key={claim.claimId} className="room-notice room-claim" role="alertdialog" aria-labelledby={`claim-${claim.claimId}`} data-testid="room-claim">
          <p id={`claim-${claim.claimId}`}>
            <Emphasis id="roomPanel.notices.claim" values={{ name: claim.name }} strong="name" />
          </p>
          <div className="room-actions">
            <button type="button" className="btn btn-primary" disabled={busy !== null} onClick={() => void answer(claim.claimId, claim.participantId, true)}>
              {i18n.t('roomPanel.notices.letIn', { name: claim.name })}
            </button>
            <button type="button" className="btn" disabled={busy !== null} onClick={() => void answer(claim.claimId, claim.participantId, false)}>
              {i18n.t('roomPanel.notices.refuse')}
            </button>
          </div>
        </div>
      ))}
      <div aria-live="polite">
        {recent.map((join) => (
          <p key={`${join.participantId}-${join.at}`} className="room-notice room-joined" data-testid="room-joined-as">
            <Emphasis id="roomPanel.notices.joinedAs" values={{ name: join.name }} strong="name" />
          </p>
        ))}
      </div>
    </section>
  );
}
