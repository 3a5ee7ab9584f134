/**
 * Opening and running the room: before, where phones will reach this laptop (or why they cannot);
 * while open, the QR code, the short code and the address, how many phones are in, and the
 * controls — show it on the projector, close it. Counts only: no vote is ever shown here.
 */
import { useEffect, useState } from 'react';
import type { Session } from '../../../../shared/model/session';
import type { InterfaceKind, RoomNetwork, RoomStatus } from '../../../../shared/room/roomStatus';
import { call, messageOf } from '../../platform/api';
import { Icon } from '../../ui/Icon';
import { shortAddress, spacedCode, svgDataUrl } from './qrImage';
import { closeSessionRoom, openSessionRoom } from './roomActions';
import { rememberRoomStatus } from './roomStatusStore';

const KIND_LABELS: Record<InterfaceKind, string> = {
  wifi: 'Wi-Fi or hotspot',
  wired: 'wired network',
  other: 'network',
  virtual: 'virtual adapter: phones usually cannot reach it',
};

function ClosedRoom({ session, status }: { session: Session; status: Extract<RoomStatus, { state: 'closed' }> }) {
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
        <h2 id="room-panel-title">Let the room vote from their phones</h2>
        <p className="room-lead">
          Phones connect to this laptop over the local network — the venue’s Wi-Fi or a phone hotspot. Nothing goes to the internet, and only this laptop opens, reveals and closes rounds.
        </p>
      </div>
      {hasNetwork ? (
        <p className="room-network">
          <Icon name="check" size={18} />
          <span>
            Phones will reach this laptop at <strong>{status.lanAddresses.join(', ')}</strong>.
          </span>
        </p>
      ) : (
        <div className="room-warning" role="alert">
          <strong>No network found.</strong> This laptop is not connected to any network, so phones cannot reach it. Connect to the venue’s Wi-Fi, or turn on a phone
          hotspot and join it — no internet is needed — then open the room.
        </div>
      )}
      {session.settings.anonymous ? <p className="muted">This session is anonymous: names typed on phones stay on this laptop and are never shown.</p> : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="room-actions">
        <button type="button" className="btn btn-primary btn-large" disabled={!hasNetwork || busy !== null} onClick={() => void open('lan')}>
          <Icon name="users" /> {busy === 'lan' ? 'Opening…' : 'Open the room'}
        </button>
        <button type="button" className="btn btn-ghost" disabled={busy !== null} onClick={() => void open('loopback')}>
          {busy === 'loopback' ? 'Opening…' : 'Rehearse on this laptop only'}
        </button>
      </div>
      <p className="muted small">“Rehearse on this laptop only” lets a browser on this laptop join, to try the phone page before the workshop. Phones cannot join it.</p>
    </div>
  );
}

function OpenRoom({ session, status }: { session: Session; status: Extract<RoomStatus, { state: 'open' }> }) {
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
        <img className="room-qr" src={svgDataUrl(address.qrSvg)} alt={`QR code to join the room: ${shortAddress(address.joinUrl)}`} data-join-url={address.joinUrl} width={240} height={240} />
        {status.addresses.length > 1 ? (
          <label className="field room-address-choice">
            <span className="label">Network shown</span>
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
                  {a.address} ({a.interfaceName}, {KIND_LABELS[a.kind]})
                </option>
              ))}
            </select>
          </label>
        ) : (
          <span className="room-address-kind">{status.network === 'loopback' ? address.interfaceName : `${address.interfaceName} · ${KIND_LABELS[address.kind]}`}</span>
        )}
        {address.kind === 'virtual' ? <p className="room-warning small">This is a virtual adapter’s address: phones usually cannot reach it. Connect to the venue’s Wi-Fi or a hotspot.</p> : null}
      </div>
      <div className="room-details">
        <div>
          <p className="eyebrow">{status.network === 'loopback' ? 'Room open · this laptop only' : 'Room open'}</p>
          <h2 id="room-panel-title">Scan to join, or type the code</h2>
        </div>
        <div className="room-code-block">
          <span className="muted">Room code</span>
          <span className="room-code" data-testid="room-code" aria-label={`Room code ${status.code.split('').join(' ')}`}>
            {spacedCode(status.code)}
          </span>
          <span className="muted">
            at <span className="room-url">{shortAddress(address.joinUrl)}</span>
          </span>
        </div>
        {status.codeLocked ? (
          <p className="room-warning" role="alert">
            Too many wrong codes were tried, so the code is switched off. The QR code still works; close and reopen the room for a new code.
          </p>
        ) : null}
        {status.full ? (
          <p className="room-warning" role="status">
            The session holds 200 participants: new phones are told the room is full. People already in the session can still join as themselves.
          </p>
        ) : null}
        {status.network === 'loopback' ? <p className="room-warning">Only a browser on this laptop can join. Close the room and open it on the network for the workshop.</p> : null}
        <dl className="room-stats" aria-live="polite">
          <div>
            <dt>Phones in the room</dt>
            <dd data-testid="room-joined">{status.joined}</dd>
            <dd className="muted small">{status.connected === status.joined ? 'all connected' : `${status.connected} connected now`}</dd>
          </div>
          <div>
            <dt>Phone votes this round</dt>
            <dd data-testid="room-phone-votes">{roundOpen ? status.phoneVotesInRound : '—'}</dd>
            <dd className="muted small">{roundOpen ? 'hidden until you reveal' : 'no round open'}</dd>
          </div>
        </dl>
        {status.joins.length > 0 ? (
          <p className="small" data-testid="room-joins">
            Phones that joined as people of the session: {[...new Set(status.joins.map((j) => j.name))].join(', ')}.
          </p>
        ) : null}
        {session.settings.anonymous ? <p className="muted small">Anonymous session: names typed on phones stay on this laptop.</p> : null}
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="room-actions">
          <button type="button" className="btn" disabled={busy} onClick={() => void run(async () => void (await call('openPresenter', { sessionId: session.id })))}>
            <Icon name="frame" /> Show on the projector
          </button>
          <button type="button" className="btn" disabled={busy} onClick={() => void run(async () => rememberRoomStatus(await call('rotateRoomKey', { sessionId: session.id })))}>
            New QR code and room code
          </button>
          <button type="button" className="btn btn-danger" disabled={busy} onClick={() => void run(() => closeSessionRoom(session.id))}>
            Close the room
          </button>
        </div>
        <p className="muted small">
          A new QR code stops the old one from letting anyone in; phones already in stay in. Closing the room tells every phone; votes already received stay in the session. If
          Readiness Room restarts, the room opens again at the same address and phones come back by themselves.
        </p>
      </div>
    </div>
  );
}

/** The panel's content for a session; asks main for the network again each time it is shown. */
export function RoomPanel({ session, status }: { session: Session; status: RoomStatus | null }) {
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
  if (!shown) return <p className="muted">Checking the network…</p>;
  if (shown.state === 'open') {
    if (shown.sessionId !== session.id) {
      return (
        <div className="room-panel">
          <h2 id="room-panel-title">The room is open for another session</h2>
          <p>Phones are connected to another workshop. Close the room there before opening it here.</p>
          <div className="room-actions">
            <button type="button" className="btn btn-danger" onClick={() => void closeSessionRoom(shown.sessionId).catch(() => {})}>
              Close the other room
            </button>
          </div>
        </div>
      );
    }
    return <OpenRoom session={session} status={shown} />;
  }
  return <ClosedRoom session={session} status={shown} />;
}
