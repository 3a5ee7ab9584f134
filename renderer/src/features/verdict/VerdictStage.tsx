/**
 * Summary and verdict on one screen, made for the projector: the verdict first, in one word with
 * its reasons, then the evidence behind it — the radar, the votes by person, where the room
 * disagrees, champions against skeptics, and every open flag. All of it comes from
 * shared/summary/summaryModel.ts, the same model the documents print.
 */
import { useMemo, useState } from 'react';
import { heatmapChart } from '../../../../shared/charts/heatmapChart';
import { radarChart } from '../../../../shared/charts/radarChart';
import type { VerdictValue } from '../../../../shared/model/session';
import { buildSummary } from '../../../../shared/summary/summaryModel';
import { overrideVerdict, removeVerdictOverride } from '../../commands/registry';
import { useRunCommand } from '../../commands/useRunCommand';
import { useI18n } from '../../i18n/TranslatorContext';
import { SvgView } from '../../ui/SvgView';
import { FlagList } from '../flags/FlagList';
import type { StageProps } from '../workshop/stageProps';
import { ChampionsSkeptics } from './ChampionsSkeptics';
import { DisagreementList } from './DisagreementList';
import { OverrideDialog } from './OverrideDialog';
import { useChartPalette } from './useChartPalette';
import { VerdictHero } from './VerdictHero';
import './verdict.css';

export function VerdictStage({ session, goTo }: StageProps) {
  const i18n = useI18n();
  const run = useRunCommand(session.id);
  const summary = useMemo(() => buildSummary(session), [session]);
  const palette = useChartPalette();
  const radar = useMemo(() => radarChart(i18n, summary.radar, palette), [i18n, summary.radar, palette]);
  const heatmap = useMemo(() => heatmapChart(i18n, summary.heatmap, palette), [i18n, summary.heatmap, palette]);
  const [overriding, setOverriding] = useState(false);
  const { verdict, flags } = summary;
  const blocking = flags.filter((f) => f.blocking).length;

  function saveOverride(value: VerdictValue, reason: string) {
    setOverriding(false);
    void run(overrideVerdict, { value, reason });
  }

  function removeOverride() {
    if (!session.verdictOverride) return;
    void run(removeVerdictOverride, {});
  }

  return (
    <div className="verdict-stage">
      <VerdictHero session={session} verdict={verdict} onOverride={() => setOverriding(true)} onRemoveOverride={removeOverride} />
      <OverrideDialog open={overriding} computed={verdict.computed} current={session.verdictOverride} onClose={() => setOverriding(false)} onSave={saveOverride} />

      <section className="summary-section" aria-labelledby="summary-title">
        <div className="summary-heading">
          <h2 id="summary-title">{i18n.t('verdictStage.summary.title')}</h2>
          {summary.anonymous ? <span className="pill pill-muted">{i18n.t('verdictStage.summary.anonymous')}</span> : null}
        </div>
        <div className="summary-top">
          <figure className="card summary-figure radar-figure" data-testid="radar">
            <figcaption>
              <h3>{i18n.t('verdictStage.radar.title')}</h3>
              <p className="muted small">{i18n.t('verdictStage.radar.caption')}</p>
            </figcaption>
            <div className="chart-frame">
              <SvgView chart={radar} />
            </div>
          </figure>
          <dl className="summary-stats">
            <div>
              <dt>{i18n.t('verdictStage.stats.gapsScored')}</dt>
              <dd>
                {summary.scoredGapCount}
                <span className="summary-of"> {i18n.t('verdictStage.stats.ofGaps', { total: 6 })}</span>
              </dd>
            </div>
            <div>
              <dt>{i18n.t('verdictStage.stats.voters')}</dt>
              <dd>{summary.voterCount}</dd>
            </div>
            <div data-tone={summary.disagreements.length > 0 ? 'warning' : undefined}>
              <dt>{i18n.t('verdictStage.stats.disagreements')}</dt>
              <dd>{summary.disagreements.length}</dd>
            </div>
            <div data-tone={blocking > 0 ? 'danger' : flags.length > 0 ? 'warning' : undefined}>
              <dt>{i18n.t('verdictStage.stats.openFlags')}</dt>
              <dd>
                {flags.length}
                {blocking > 0 ? <span className="summary-of"> · {i18n.t('verdictStage.stats.blocking', { count: blocking })}</span> : null}
              </dd>
            </div>
          </dl>
        </div>

        <section className="card panel" aria-labelledby="disagreements-title">
          <h3 id="disagreements-title">{i18n.t('verdictStage.disagreements.title')}</h3>
          <DisagreementList items={summary.disagreements} goTo={goTo} />
        </section>

        <figure className="card summary-figure heatmap-figure" data-testid="heatmap">
          <figcaption>
            <h3>{i18n.t('verdictStage.heatmap.title')}</h3>
            <p className="muted small">
              {i18n.t('verdictStage.heatmap.caption')}
              {summary.anonymous ? ` ${i18n.t('verdictStage.heatmap.anonymous')}` : ''}
            </p>
          </figcaption>
          <div className="chart-frame chart-frame-wide">
            <SvgView chart={heatmap} />
          </div>
        </figure>

        <section className="card panel" aria-labelledby="cvs-title">
          <h3 id="cvs-title">{i18n.t('verdictStage.cvs.title')}</h3>
          <p className="muted small">{i18n.t('verdictStage.cvs.caption', { threshold: session.settings.championSkepticGap })}</p>
          <ChampionsSkeptics rows={summary.championsVsSkeptics} threshold={session.settings.championSkepticGap} />
        </section>
      </section>

      <section className="summary-section" aria-labelledby="flags-title">
        <div className="summary-heading">
          <h2 id="flags-title">{i18n.t('verdictStage.flags.title')}</h2>
          {flags.length > 0 ? (
            <span className="muted">{i18n.t('verdictStage.flags.count', { open: flags.length, blocking })}</span>
          ) : null}
        </div>
        {flags.length > 0 ? (
          <FlagList session={session} goTo={goTo} flags={flags} />
        ) : (
          <p className="card panel summary-empty">{i18n.t('verdictStage.flags.none')}</p>
        )}
      </section>
    </div>
  );
}
