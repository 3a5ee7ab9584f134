/**
 * One client's initiatives side by side: which pilot is closest to production, and what holds the
 * others back. Reached from the client's group in the library; Esc or "Back" returns there.
 * Exports as a one-page PDF and an XLSX sheet into a folder the person picks.
 */
import { useEffect, useMemo } from 'react';
import { LEVEL_COLORS } from '../../../../shared/framework/levelColors';
import { buildPortfolio, columnTranslator } from '../../../../shared/portfolio/portfolio';
import { VERDICT_LABELS } from '../../../../shared/scoring/verdict';
import { formatDay, localDay } from '../../../../shared/text/dates';
import { formatLevel } from '../../../../shared/text/numbers';
import { useI18n } from '../../i18n/TranslatorContext';
import { useAppStore } from '../../store/appStore';
import { Icon } from '../../ui/Icon';
import { TopBar } from '../../ui/TopBar';
import { useLibrarySessions } from '../library/librarySessions';
import { PortfolioExport } from './PortfolioExport';
import { ReadinessSparkline } from './ReadinessSparkline';
import { VerdictPill } from './VerdictPill';
import './portfolio.css';

export function PortfolioScreen({ client }: { client: string }) {
  const i18n = useI18n();
  const sessions = useLibrarySessions();
  const navigate = useAppStore((s) => s.navigate);
  const today = localDay();
  const portfolio = useMemo(() => (sessions ? buildPortfolio(sessions, client, today) : null), [sessions, client, today]);
  // Every assessment of the client's initiatives: main builds the same portfolio from them.
  const clientSessions = useMemo(() => {
    const ids = new Set(portfolio?.columns.flatMap((c) => c.trend.map((p) => p.sessionId)));
    return (sessions ?? []).filter((s) => ids.has(s.id));
  }, [portfolio, sessions]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('[role="dialog"]')) return;
      navigate({ screen: 'library' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  const back = (
    <button type="button" className="btn btn-ghost" onClick={() => navigate({ screen: 'library' })} aria-keyshortcuts="Escape">
      <Icon name="back" /> {i18n.t('portfolio.back')}
    </button>
  );
  if (sessions === undefined) {
    return (
      <main className="portfolio" data-screen="portfolio" data-ready="false">
        <TopBar>{back}</TopBar>
      </main>
    );
  }
  if (!portfolio) {
    return (
      <main className="portfolio" data-screen="portfolio" data-ready="true">
        <TopBar>{back}</TopBar>
        <div className="portfolio-body">
          <p className="library-none muted" role="status">
            {i18n.t('portfolio.empty')}
          </p>
        </div>
      </main>
    );
  }
  const columns = portfolio.columns;
  return (
    <main className="portfolio" data-screen="portfolio" data-ready="true">
      <TopBar>{back}</TopBar>
      <div className="portfolio-body">
        <header className="portfolio-header">
          <div>
            <h1>{i18n.t('portfolio.document.title', { client: portfolio.client })}</h1>
            <p className="muted">{i18n.t('portfolio.lead', { count: columns.length })}</p>
          </div>
          <PortfolioExport sessions={clientSessions} client={portfolio.clientKey} />
        </header>
        <div className="portfolio-scroll">
          <table className="portfolio-matrix" aria-label={i18n.t('portfolio.matrix.label')}>
            <thead>
              <tr>
                <th scope="col" className="portfolio-gap">
                  {i18n.t('portfolio.matrix.gap')}
                </th>
                {columns.map((c, index) => (
                  <th key={c.initiativeKey} scope="col" data-testid="portfolio-column" data-closest={index === portfolio.closest || undefined}>
                    {index === portfolio.closest ? <span className="portfolio-closest">{i18n.t('portfolio.closest')}</span> : null}
                    <button type="button" className="portfolio-initiative" onClick={() => navigate({ screen: 'workshop', sessionId: c.sessionId })} aria-label={i18n.t('portfolio.openInitiative', { initiative: c.name })}>
                      {c.name}
                    </button>
                    <span className="portfolio-verdict">
                      <VerdictPill verdict={c.verdict} label={i18n.text(VERDICT_LABELS[c.verdict])} />
                      <ReadinessSparkline trend={c.trend} />
                    </span>
                    <span className="muted small">
                      {i18n.t('portfolio.readiness', { level: formatLevel(c.readiness, i18n.locale) })} · {i18n.t('portfolio.assessedOn', { date: formatDay(c.workshopDate, 'short', i18n.locale) })}
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {portfolio.rows.map((row) => (
                <tr key={row.gapId}>
                  <th scope="row" className="portfolio-gap">
                    {columnTranslator(i18n, portfolio, row.namedBy).text(row.name)}
                  </th>
                  {row.cells.map((cell, index) =>
                    !cell.present ? (
                      <td key={index} className="portfolio-absent">
                        {i18n.t('portfolio.cell.absent')}
                      </td>
                    ) : cell.level === null ? (
                      <td key={index} className="portfolio-unscored" aria-label={i18n.t('portfolio.cell.unscoredLabel')}>
                        {i18n.t('portfolio.cell.unscored')}
                      </td>
                    ) : (
                      <td key={index} className="portfolio-level" style={{ background: LEVEL_COLORS[cell.level].fill, color: LEVEL_COLORS[cell.level].text }}>
                        {formatLevel(cell.level, i18n.locale)}
                      </td>
                    ),
                  )}
                </tr>
              ))}
              <tr className="portfolio-standing">
                <th scope="row" className="portfolio-gap">
                  {i18n.t('portfolio.matrix.holdsBack')}
                </th>
                {columns.map((c, index) => (
                  <td key={c.initiativeKey} data-testid="portfolio-standing">
                    {columnTranslator(i18n, portfolio, index).text(c.standing)}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
        <div className="portfolio-lower">
          <section className="card portfolio-panel" aria-labelledby="portfolio-actions">
            <h2 id="portfolio-actions">{i18n.t('portfolio.actions.title')}</h2>
            {portfolio.nextActions.length === 0 ? (
              <p className="muted">{i18n.t('portfolio.actions.none')}</p>
            ) : (
              <table className="portfolio-table">
                <thead>
                  <tr>
                    <th scope="col">{i18n.t('portfolio.actions.due')}</th>
                    <th scope="col">{i18n.t('portfolio.actions.action')}</th>
                    <th scope="col">{i18n.t('portfolio.actions.owner')}</th>
                    <th scope="col">{i18n.t('portfolio.actions.initiative')}</th>
                  </tr>
                </thead>
                <tbody>
                  {portfolio.nextActions.map((a) => (
                    <tr key={`${a.column}-${a.actionId}`} data-testid="portfolio-action">
                      <td className={a.overdue ? 'portfolio-overdue' : undefined}>
                        {formatDay(a.dueDate, 'short', i18n.locale)}
                        {a.overdue ? ` · ${i18n.t('portfolio.actions.overdue')}` : null}
                      </td>
                      <td>{a.title}</td>
                      <td>{a.owner || <span className="muted">{i18n.t('portfolio.actions.noOwner')}</span>}</td>
                      <td>{a.initiative}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section className="card portfolio-panel" aria-labelledby="portfolio-owners">
            <h2 id="portfolio-owners">{i18n.t('portfolio.owners.title')}</h2>
            {portfolio.owners.length === 0 ? (
              <p className="muted">{i18n.t('portfolio.owners.none')}</p>
            ) : (
              <table className="portfolio-table">
                <thead>
                  <tr>
                    <th scope="col">{i18n.t('portfolio.actions.owner')}</th>
                    <th scope="col">{i18n.t('portfolio.owners.open')}</th>
                    <th scope="col">{i18n.t('portfolio.owners.overdue')}</th>
                    <th scope="col">{i18n.t('portfolio.owners.initiatives')}</th>
                  </tr>
                </thead>
                <tbody>
                  {portfolio.owners.map((o) => (
                    <tr key={o.owner} data-testid="portfolio-owner">
                      <td>{o.owner}</td>
                      <td>{o.open}</td>
                      <td className={o.overdue > 0 ? 'portfolio-overdue' : undefined}>{o.overdue}</td>
                      <td>{o.initiatives.join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {portfolio.unownedOpen > 0 ? <p className="portfolio-overdue">{i18n.t('portfolio.owners.unowned', { count: portfolio.unownedOpen })}</p> : null}
          </section>
        </div>
      </div>
    </main>
  );
}
