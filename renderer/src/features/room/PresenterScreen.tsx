/**
 * The presenter view, for the projector: the current gap and question, the QR code and short code
 * while the room is open, "k of n voted" while a round is open (never who or what), the revealed
 * distribution, and the stage's timer. Large type; no controls — the console keeps them.
 * It reads the same IndexedDB as the console, so it follows every change at once.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { distributionChart } from '../../../../shared/charts/distributionChart';
import { gapById } from '../../../../shared/framework/gaps';
import type { Round, Session } from '../../../../shared/model/session';
import { roomQuestion, roomRound } from '../../../../shared/room/roomRoundState';
import { roundLabel } from '../../../../shared/room/roundLabel';
import { useI18n } from '../../i18n/TranslatorContext';
import type { RoomStatus } from '../../../../shared/room/roomStatus';
import { roundStats } from '../../../../shared/scoring/stats';
import { formatLevel } from '../../../../shared/text/numbers';
import { plural } from '../../../../shared/text/plural';
import { db } from '../../db/database';
import { BrandMark } from '../../ui/BrandMark';
import { Icon } from '../../ui/Icon';
import { SvgView } from '../../ui/SvgView';
import { namesByLevel, turnoutOf } from '../scoring/roundView';
import { useChartPalette } from '../verdict/useChartPalette';
import { stageInfo } from '../workshop/stageInfo';
import { Timebox } from '../workshop/Timebox';
import { shortAddress, spacedCode, svgDataUrl } from './qrImage';
import { useRoomStatus } from './roomStatusStore';
import './presenter.css';

function Turnout({ session, round }: { session: Session; round: Round }) {
  const turnout = turnoutOf(session, round);
  const all = turnout.total > 0 && turnout.voted === turnout.total;
  return (
    <div className="presenter-turnout" data-testid="presenter-turnout" aria-live="polite">
      <p className="presenter-count">
        <strong data-testid="presenter-voted">{turnout.voted}</strong> of <span data-testid="presenter-total">{turnout.total}</span> voted
      </p>
      <div className="presenter-cells" aria-hidden="true">
        {turnout.voters.map((p) => (
          <span key={p.id} className="presenter-cell" data-voted={turnout.votedIds.has(p.id) ? '' : undefined} />
        ))}
      </div>
      <p className="presenter-note">{all ? 'Everyone has voted. The votes appear when the facilitator reveals them.' : 'Votes stay hidden until the facilitator reveals them.'}</p>
    </div>
  );
}

function Revealed({ session, round }: { session: Session; round: Round }) {
  const palette = useChartPalette();
  const i18n = useI18n();
  const stats = roundStats(round.votes, session.settings.divergenceSpread);
  const chart = distributionChart(stats.distribution, {
    median: stats.median,
    // Anonymous sessions never put a name on the projector.
    names: session.settings.anonymous ? undefined : namesByLevel(session, round),
    width: 760,
    palette,
    title: `${i18n.text(roundLabel(round.number))} votes`,
  });
  return (
    <div className="presenter-reveal" data-testid="presenter-reveal">
      <figure className="presenter-chart" data-testid="presenter-distribution">
        <SvgView chart={chart} />
      </figure>
      <dl className="presenter-stats">
        <div>
          <dt>Median</dt>
          <dd>{formatLevel(stats.median)}</dd>
        </div>
        <div>
          <dt>Spread</dt>
          <dd>{stats.spread}</dd>
        </div>
        <div>
          <dt>Votes</dt>
          <dd>{stats.voted}</dd>
        </div>
      </dl>
      {stats.divergent ? (
        <p className="presenter-disagree">
          <Icon name="flag" size={22} /> The room disagrees: let’s hear both sides.
        </p>
      ) : null}
    </div>
  );
}

function RoomSide({ status }: { status: Extract<RoomStatus, { state: 'open' }> }) {
  const address = status.addresses[0]!;
  return (
    <aside className="presenter-room" aria-label="Join from your phone" data-testid="presenter-room">
      <p className="presenter-room-title">Join from your phone</p>
      <img className="presenter-qr" src={svgDataUrl(address.qrSvg)} alt="QR code to join the vote" width={300} height={300} />
      <p className="presenter-room-or">or open</p>
      <p className="presenter-room-url">{shortAddress(address.joinUrl)}</p>
      <p className="presenter-room-or">and type</p>
      <p className="presenter-code" data-testid="presenter-code">
        {spacedCode(status.code)}
      </p>
      <p className="presenter-phones">
        {plural(status.joined, 'phone')} in the room
      </p>
    </aside>
  );
}

export function PresenterScreen({ sessionId }: { sessionId: string }) {
  const session = useLiveQuery(async () => (await db.sessions.get(sessionId)) ?? null, [sessionId]);
  const status = useRoomStatus();
  const i18n = useI18n();

  if (session === undefined) return <div className="presenter presenter-empty">Opening…</div>;
  if (session === null || session.deletedAt !== null) {
    return (
      <div className="presenter presenter-empty">
        <p>This session is not in the library any more.</p>
      </div>
    );
  }

  const stage = session.agenda.find((s) => s.id === session.currentStageId) ?? session.agenda[0]!;
  // The round the phones follow (the current gap's latest), so projector and phones agree.
  const round = roomRound(session);
  const gap = round ? gapById(round.gapId) : stage.gapId ? gapById(stage.gapId) : null;
  const roomOpen = status?.state === 'open' && status.sessionId === session.id ? status : null;

  return (
    <div className="presenter" data-screen="presenter" data-testid="presenter" style={gap ? { ['--gap-color' as string]: gap.color } : undefined}>
      <header className="presenter-top">
        <span className="presenter-brand">
          <BrandMark /> {session.initiative}
        </span>
        {/* An open (re-)vote is what is happening now, whatever the stage's timebox says. */}
        {round?.status === 'open' ? (
          <span className="timebox" data-state="running" data-testid="presenter-voting-open">
            <Icon name="users" size={18} /> Voting open
          </span>
        ) : (
          <Timebox stage={stage} />
        )}
      </header>
      <div className={`presenter-body${roomOpen ? ' with-room' : ''}`}>
        <main className="presenter-main">
          {gap ? (
            <>
              <p className="presenter-gap">
                <span className="presenter-gap-icon">
                  <Icon name={gap.icon} size={30} />
                </span>
                Gap {gap.number} of 6{round ? ` · ${i18n.text(roundLabel(round.number))}` : ''}
              </p>
              <h1 className="presenter-title">{gap.name}</h1>
              <p className="presenter-question">{i18n.text(roomQuestion(gap.name))}</p>
              {round?.status === 'open' ? <Turnout session={session} round={round} /> : null}
              {round?.status === 'revealed' ? <Revealed session={session} round={round} /> : null}
              {!round ? <p className="presenter-note">{gap.tagline}. The vote opens in a moment.</p> : null}
            </>
          ) : (
            <>
              <p className="presenter-gap">{stageInfo(stage).title}</p>
              <h1 className="presenter-title">{session.initiative}</h1>
              <p className="presenter-question">{session.client ? `${session.client} · ` : ''}No vote on this step.</p>
            </>
          )}
        </main>
        {roomOpen ? <RoomSide status={roomOpen} /> : null}
      </div>
    </div>
  );
}
