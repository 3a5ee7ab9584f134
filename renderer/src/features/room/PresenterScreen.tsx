/**
 * The presenter view, for the projector: the current gap and question, the QR code and short code
 * while the room is open, "k of n voted" while a round is open (never who or what), the revealed
 * distribution, and the stage's timer. Large type; no controls — the console keeps them.
 * It reads the same IndexedDB as the console, so it follows every change at once.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { distributionChart } from '../../../../shared/charts/distributionChart';
import type { Round, Session } from '../../../../shared/model/session';
import { roomQuestion, roomRound } from '../../../../shared/room/roomRoundState';
import type { RoomStatus } from '../../../../shared/room/roomStatus';
import { roundStats } from '../../../../shared/scoring/stats';
import { formatLevel } from '../../../../shared/text/numbers';
import { db } from '../../db/database';
import { TranslatorProvider, useI18n } from '../../i18n/TranslatorContext';
import { useSessionTranslator } from '../../i18n/useSessionTranslator';
import { frameworkTranslator } from '../../../../shared/framework/localize';
import { BrandMark } from '../../ui/BrandMark';
import { Icon } from '../../ui/Icon';
import { SvgView } from '../../ui/SvgView';
import { PresenterComparison } from '../comparison/PresenterComparison';
import { namesByLevel, turnoutOf } from '../scoring/roundView';
import { useChartPalette } from '../verdict/useChartPalette';
import { stageInfo } from '../workshop/stageInfo';
import { Timebox } from '../workshop/Timebox';
import { shortAddress, spacedCode, svgDataUrl } from './qrImage';
import { useRoomStatus } from './roomStatusStore';
import './presenter.css';
import { useFramework } from '../../i18n/useFramework';

const MARK_VOTED = '\u0001';
const MARK_TOTAL = '\u0002';

function Turnout({ session, round }: { session: Session; round: Round }) {
  const i18n = useI18n();
  const turnout = turnoutOf(session, round);
  const all = turnout.total > 0 && turnout.voted === turnout.total;
  return (
    <div className="presenter-turnout" data-testid="presenter-turnout" aria-live="polite">
      <p className="presenter-count">
        <PresenterCount voted={turnout.voted} total={turnout.total} />
      </p>
      <div className="presenter-cells" aria-hidden="true">
        {turnout.voters.map((p) => (
          <span key={p.id} className="presenter-cell" data-voted={turnout.votedIds.has(p.id) ? '' : undefined} />
        ))}
      </div>
      <p className="presenter-note">{all ? i18n.t('presenter.allVoted') : i18n.t('presenter.hiddenUntilReveal')}</p>
    </div>
  );
}

function Revealed({ session, round }: { session: Session; round: Round }) {
  const i18n = useI18n();
  const palette = useChartPalette();
  const stats = roundStats(round.votes, session.settings.divergenceSpread);
  const chart = distributionChart(i18n, stats.distribution, {
    median: stats.median,
    // Anonymous sessions never put a name on the projector.
    names: session.settings.anonymous ? undefined : namesByLevel(session, round, i18n),
    width: 760,
    palette,
    title: i18n.t('presenter.chartTitle', { round: round.number }),
  });
  return (
    <div className="presenter-reveal" data-testid="presenter-reveal">
      <figure className="presenter-chart" data-testid="presenter-distribution">
        <SvgView chart={chart} />
      </figure>
      <dl className="presenter-stats">
        <div>
          <dt>{i18n.t('presenter.median')}</dt>
          <dd>{formatLevel(stats.median, i18n.locale)}</dd>
        </div>
        <div>
          <dt>{i18n.t('presenter.spread')}</dt>
          <dd>{stats.spread}</dd>
        </div>
        <div>
          <dt>{i18n.t('presenter.votes')}</dt>
          <dd>{stats.voted}</dd>
        </div>
      </dl>
      {stats.divergent ? (
        <p className="presenter-disagree">
          <Icon name="flag" size={22} /> {i18n.t('presenter.disagree')}
        </p>
      ) : null}
    </div>
  );
}

function RoomSide({ status }: { status: Extract<RoomStatus, { state: 'open' }> }) {
  const i18n = useI18n();
  const address = status.addresses[0]!;
  return (
    <aside className="presenter-room" aria-label={i18n.t('presenter.join')} data-testid="presenter-room">
      <p className="presenter-room-title">{i18n.t('presenter.join')}</p>
      <img className="presenter-qr" src={svgDataUrl(address.qrSvg)} alt={i18n.t('presenter.qrAlt')} width={300} height={300} />
      <p className="presenter-room-or">{i18n.t('presenter.orOpen')}</p>
      <p className="presenter-room-url">{shortAddress(address.joinUrl)}</p>
      <p className="presenter-room-or">{i18n.t('presenter.andType')}</p>
      <p className="presenter-code" data-testid="presenter-code">
        {spacedCode(status.code)}
      </p>
      <p className="presenter-phones">{i18n.t('presenter.phones', { count: status.joined })}</p>
    </aside>
  );
}

/** "3 of 6 voted", the count drawn large; the words in the session's language. */
function PresenterCount({ voted, total }: { voted: number; total: number }) {
  const i18n = useI18n();
  const parts: ReactNode[] = [];
  i18n
    .t('presenter.turnout', { voted: MARK_VOTED, total: MARK_TOTAL })
    .split(MARK_VOTED)
    .forEach((chunk, i) => {
      if (i > 0)
        parts.push(
          <strong key={`voted-${i}`} data-testid="presenter-voted">
            {voted}
          </strong>,
        );
      chunk.split(MARK_TOTAL).forEach((piece, j) => {
        if (j > 0)
          parts.push(
            <span key={`total-${i}-${j}`} data-testid="presenter-total">
              {total}
            </span>,
          );
        parts.push(piece);
      });
    });
  return <>{parts}</>;
}

export function PresenterScreen({ sessionId }: { sessionId: string }) {
  const i18n = useI18n();
  const session = useLiveQuery(async () => (await db.sessions.get(sessionId)) ?? null, [sessionId]);
  const status = useRoomStatus();
  // The projector speaks the session's language, whatever the facilitator's window speaks.
  const catalogueTranslator = useSessionTranslator(session);

  if (session === undefined) return <div className="presenter presenter-empty">{i18n.t('presenter.opening')}</div>;
  if (session === null || session.deletedAt !== null) {
    return (
      <div className="presenter presenter-empty">
        <p>{i18n.t('presenter.sessionGone')}</p>
      </div>
    );
  }
  if (catalogueTranslator === null) return null;
  // …in the words of the session's framework.
  const translator = frameworkTranslator(catalogueTranslator, session.framework);
  return (
    <TranslatorProvider translator={translator}>
      <PresenterView session={session} status={status} />
    </TranslatorProvider>
  );
}

function PresenterView({ session, status }: { session: Session; status: RoomStatus | null }) {
  const i18n = useI18n();
  const framework = useFramework();
  const stage = session.agenda.find((s) => s.id === session.currentStageId) ?? session.agenda[0]!;
  // The round the phones follow (the current gap's latest), so projector and phones agree.
  const round = roomRound(session);
  const gap = round ? framework.gapById(round.gapId) : stage.gapId ? framework.gapById(stage.gapId) : null;
  const roomOpen = status?.state === 'open' && status.sessionId === session.id ? status : null;

  return (
    <div className="presenter" lang={i18n.language} data-screen="presenter" data-testid="presenter" style={gap ? { ['--gap-color' as string]: gap.color } : undefined}>
      <header className="presenter-top">
        <span className="presenter-brand">
          <BrandMark /> {session.initiative}
        </span>
        {/* An open (re-)vote is what is happening now, whatever the stage's timebox says. */}
        {round?.status === 'open' ? (
          <span className="timebox" data-state="running" data-testid="presenter-voting-open">
            <Icon name="users" size={18} /> {i18n.t('presenter.votingOpen')}
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
                {round ? i18n.t('presenter.gapRound', { number: gap.number, total: framework.gaps.length, round: round.number }) : i18n.t('presenter.gap', { number: gap.number, total: framework.gaps.length })}
              </p>
              <h1 className="presenter-title">{gap.name}</h1>
              <p className="presenter-question">{i18n.text(roomQuestion(gap.name))}</p>
              {round?.status === 'open' ? <Turnout session={session} round={round} /> : null}
              {round?.status === 'revealed' ? <Revealed session={session} round={round} /> : null}
              {!round ? <p className="presenter-note">{i18n.t('presenter.voteSoon', { tagline: gap.tagline })}</p> : null}
            </>
          ) : stage.kind === 'comparison' ? (
            <>
              <h1 className="presenter-gap">{stageInfo(stage, i18n).title}</h1>
              <PresenterComparison session={session} />
            </>
          ) : (
            <>
              <p className="presenter-gap">{stageInfo(stage, i18n).title}</p>
              <h1 className="presenter-title">{session.initiative}</h1>
              <p className="presenter-question">{session.client ? i18n.t('presenter.noVoteClient', { client: session.client }) : i18n.t('presenter.noVote')}</p>
            </>
          )}
        </main>
        {roomOpen ? <RoomSide status={roomOpen} /> : null}
      </div>
    </div>
  );
}
