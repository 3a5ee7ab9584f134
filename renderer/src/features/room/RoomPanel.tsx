/**
 * Opening and running the room: before, where phones will reach this laptop (or why they cannot);
 * while open, the QR code, the short code and the address, how many phones are in, and the
 * controls — show it on the projector, close it. Counts only: no vote is ever shown here.
 */
import { useEffect, useState } from 'react';
import type { Session } from '../../../../shared/model/session';
import type { MessageId } from '../../../../shared/i18n';
import type { InterfaceKind, RoomNetwork, RoomStatus } from '../../../../shared/room/roomStatus';
import { call, messageOf } from '../../platform/api';
import { useI18n } from '../../i18n/TranslatorContext';
import { Icon } from '../../ui/Icon';
import { shortAddress, spacedCode, svgDataUrl } from './qrImage';
import { closeSessionRoom, openSessionRoom } from './roomActions';
import { rememberRoomStatus } from './roomStatusStore';

const KIND_LABELS: Record<InterfaceKind, MessageId> = {
  wifi: 'roomPanel.kind.wifi',
  wired: 'roomPanel.kind.wired',
  other: 'roomPanel.kind.other',
  virtual: 'roomPanel.kind.virtual',
};

function ClosedRoom({ session, status }: { session: Session; status: Extract<RoomStatus, { state: 'closed' }> }) {
  const i18n = useI18n();
  const [busy, setBusy] = useState<RoomNetwork | null>(null);
  const [error, setError] = useState<string | null>(null);
  const hasNetwork = status.lanAddresses.length > 0;

  async function open(network: RoomNetwork) {
    setBusy(network);
    setError(null);
    try {
      await openSessionRoom(session, network);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="room-panel room-panel-closed">
      <div className="room-intro">
        <h2 id="room-panel-title">{i18n.t('roomPanel.closed.title')}</h2>
        <p className="room-lead">{i18n.t('roomPanel.closed.lead')}</p>
      </div>
      {hasNetwork ? (
        <p className="room-network">
          <Icon name="check" size={18} />
          <span>{i18n.t('roomPanel.closed.reachAt', { addresses: status.lanAddresses.join(', ') })}</span>
        </p>
      ) : (
        <div className="room-warning" role="alert">
          <strong>{i18n.t('roomPanel.closed.noNetworkTitle')}</strong> {i18n.t('roomPanel.closed.noNetworkLead')}
        </div>
      )}
      {session.settings.anonymous ? <p className="muted">{i18n.t('roomPanel.closed.anonymous')}</p> : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="room-actions">
        <button type="button" className="btn btn-primary btn-large" disabled={!hasNetwork || busy !== null} onClick={() => void open('lan')}>
          <Icon name="users" /> {busy === 'lan' ? i18n.t('roomPanel.opening') : i18n.t('roomPanel.openRoom')}
        </button>
        <button type="button" className="btn btn-ghost" disabled={busy !== null} onClick={() => void open('loopback')}>
          {busy === 'loopback' ? i18n.t('roomPanel.opening') : i18n.t('roomPanel.closed.rehearse')}
        </button>
      </div>
      <p className="muted small">{i18n.t('roomPanel.closed.rehearseNote')}</p>
    </div>
  );
}

function OpenRoom({ session, status }: { session: Session; status: Extract<RoomStatus, { state: 'open' }> }) {
  const i18n = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The first address is the one chosen: the QR code here and on the projector show it.
  const address = status.addresses[0]!;
  const roundOpen = status.openRoundId !== null;

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="room-panel room-panel-open" data-testid="room-panel">
      <div className="room-qr-side">
        <img className="room-qr" src={svgDataUrl(address.qrSvg)} alt={i18n.t('roomPanel.open.qrAlt', { address: shortAddress(address.joinUrl) })} data-join-url={address.joinUrl} width={240} height={240} />
        {status.addresses.length > 1 ? (
          <label className="field room-address-choice">
            <span className="label">{i18n.t('roomPanel.open.networkShown')}</span>
            <select
              className="input"
              value={address.address}
              disabled={busy}
              onChange={(e) => {
                const chosen = e.target.value;
                void run(async () => rememberRoomStatus(await call('chooseRoomAddress', { sessionId: session.id, address: chosen })));
              }}
            >
              {status.addresses.map((a) => (
                <option key={a.address} value={a.address}>
                  {i18n.t('roomPanel.open.addressOption', { address: a.address, name: a.interfaceName, kind: i18n.t(KIND_LABELS[a.kind]) })}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <span className="room-address-kind">{status.network === 'loopback' ? address.interfaceName : `${address.interfaceName} · ${i18n.t(KIND_LABELS[address.kind])}`}</span>
        )}
        {address.kind === 'virtual' ? <p className="room-warning small">{i18n.t('roomPanel.open.virtualWarning')}</p> : null}
      </div>
      <div className="room-details">
        <div>
          <p className="eyebrow">{status.network === 'loopback' ? i18n.t('roomPanel.open.eyebrowLoopback') : i18n.t('roomPanel.open.eyebrow')}</p>
          <h2 id="room-panel-title">{i18n.t('roomPanel.open.title')}</h2>
        </div>
        <div className="room-code-block">
          <span className="muted">{i18n.t('roomPanel.open.code')}</span>
          <span className="room-code" data-testid="room-code" aria-label={i18n.t('roomPanel.open.codeLabel', { code: status.code.split('').join(' ') })}>
            {spacedCode(status.code)}
          </span>
          <span className="muted">
            {i18n.t('roomPanel.open.at')} <span className="room-url">{shortAddress(address.joinUrl)}</span>
          </span>
        </div>
        {status.codeLocked ? (
          <p className="room-warning" role="alert">
            {i18n.t('roomPanel.open.codeLocked')}
          </p>
        ) : null}
        {status.full ? (
          <p className="room-warning" role="status">
            {i18n.t('roomPanel.open.full', { max: 200 })}
          </p>
        ) : null}
        {status.network === 'loopback' ? <p className="room-warning">{i18n.t('roomPanel.open.loopbackWarning')}</p> : null}
        <dl className="room-stats" aria-live="polite">
          <div>
            <dt>{i18n.t('roomPanel.open.phonesIn')}</dt>
            <dd data-testid="room-joined">{status.joined}</dd>
            <dd className="muted small">{status.connected === status.joined ? i18n.t('roomPanel.open.allConnected') : i18n.t('roomPanel.open.connectedNow', { count: status.connected })}</dd>
          </div>
          <div>
            <dt>{i18n.t('roomPanel.open.phoneVotes')}</dt>
            <dd data-testid="room-phone-votes">{roundOpen ? status.phoneVotesInRound : '—'}</dd>
            <dd className="muted small">{roundOpen ? i18n.t('roomPanel.open.hiddenUntilReveal') : i18n.t('roomPanel.open.noRound')}</dd>
          </div>
        </dl>
        {status.joins.length > 0 ? (
          <p className="small" data-testid="room-joins">
            {i18n.t('roomPanel.open.joins', { names: [...new Set(status.joins.map((j) => j.name))].join(', ') })}
          </p>
        ) : null}
        {session.settings.anonymous ? <p className="muted small">{i18n.t('roomPanel.open.anonymous')}</p> : null}
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="room-actions">
          <button type="button" className="btn" disabled={busy} onClick={() => void run(async () => void (await call('openPresenter', { sessionId: session.id })))}>
            <Icon name="frame" /> {i18n.t('roomPanel.open.showOnProjector')}
          </button>
          <button type="button" className="btn" disabled={busy} onClick={() => void run(async () => rememberRoomStatus(await call('rotateRoomKey', { sessionId: session.id })))}>
            {i18n.t('roomPanel.open.rotate')}
          </button>
          <button type="button" className="btn btn-danger" disabled={busy} onClick={() => void run(() => closeSessionRoom(session.id))}>
            {i18n.t('roomPanel.open.close')}
          </button>
        </div>
        <p className="muted small">
          {i18n.t('roomPanel.open.note')}
        </p>
      </div>
    </div>
  );
}

/** The panel's content for a session; asks main for the network again each time it is shown. */
export function RoomPanel({ session, status }: { session: Session; status: RoomStatus | null }) {
  const i18n = useI18n();
  const [fresh, setFresh] = useState<RoomStatus | null>(null);
  useEffect(() => {
    let live = true;
    call('roomStatus', {}).then(
      (s) => {
        if (!live) return;
        setFresh(s);
        rememberRoomStatus(s);
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);
  const shown = status ?? fresh;
  if (!shown) return <p className="muted">{i18n.t('roomPanel.checkingNetwork')}</p>;
  if (shown.state === 'open') {
    if (shown.sessionId !== session.id) {
      return (
        <div className="room-panel">
          <h2 id="room-panel-title">{i18n.t('roomPanel.other.title')}</h2>
          <p>{i18n.t('roomPanel.other.lead')}</p>
          <div className="room-actions">
            <button type="button" className="btn btn-danger" onClick={() => void closeSessionRoom(shown.sessionId).catch(() => {})}>
              {i18n.t('roomPanel.other.close')}
            </button>
          </div>
        </div>
      );
    }
    return <OpenRoom session={session} status={shown} />;
  }
  return <ClosedRoom session={session} status={shown} />;
}
