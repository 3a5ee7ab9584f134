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
import { SvgView } from '../../ui/SvgView';
import { FlagList } from '../flags/FlagList';
import type { StageProps } from '../workshop/stageProps';
import { ChampionsSkeptics } from './ChampionsSkeptics';
import { DisagreementList } from './DisagreementList';
import { OverrideDialog } from './OverrideDialog';
import { useChartPalette } from './useChartPalette';
import { useI18n } from '../../i18n/TranslatorContext';
import { VerdictHero } from './VerdictHero';
import './verdict.css';

export function VerdictStage({ session, goTo }: StageProps) {
  const run = useRunCommand(session.id);
  const summary = useMemo(() => buildSummary(session), [session]);
  const palette = useChartPalette();
  const i18n = useI18n();
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
          <h2 id="summary-title">The summary</h2>
          {summary.anonymous ? <span className="pill pill-muted">Anonymous: names and groups under 3 people are hidden</span> : null}
        </div>
        <div className="summary-top">
          <figure className="card summary-figure radar-figure" data-testid="radar">
            <figcaption>
              <h3>Readiness by gap</h3>
              <p className="muted small">Consensus level per gap, with the range of the latest revealed votes behind it.</p>
            </figcaption>
            <div className="chart-frame">
              <SvgView chart={radar} />
            </div>
          </figure>
          <dl className="summary-stats">
            <div>
              <dt>Gaps scored</dt>
              <dd>
                {summary.scoredGapCount}
                <span className="summary-of"> of 6</span>
              </dd>
            </div>
            <div>
              <dt>Voters</dt>
              <dd>{summary.voterCount}</dd>
            </div>
            <div data-tone={summary.disagreements.length > 0 ? 'warning' : undefined}>
              <dt>Gaps in disagreement</dt>
              <dd>{summary.disagreements.length}</dd>
            </div>
            <div data-tone={blocking > 0 ? 'danger' : flags.length > 0 ? 'warning' : undefined}>
              <dt>Open flags</dt>
              <dd>
                {flags.length}
                {blocking > 0 ? <span className="summary-of"> · {blocking} blocking</span> : null}
              </dd>
            </div>
          </dl>
        </div>

        <section className="card panel" aria-labelledby="disagreements-title">
          <h3 id="disagreements-title">Where the room disagrees</h3>
          <DisagreementList items={summary.disagreements} goTo={goTo} />
        </section>

        <figure className="card summary-figure heatmap-figure" data-testid="heatmap">
          <figcaption>
            <h3>Votes by participant</h3>
            <p className="muted small">
              Each gap’s latest revealed round, grouped by stance.
              {summary.anonymous ? ' Names are hidden; rows are ordered by their votes.' : ''}
            </p>
          </figcaption>
          <div className="chart-frame chart-frame-wide">
            <SvgView chart={heatmap} />
          </div>
        </figure>

        <section className="card panel" aria-labelledby="cvs-title">
          <h3 id="cvs-title">Champions and skeptics</h3>
          <p className="muted small">
            Mean level each group gave in the latest revealed round. A gap of {session.settings.championSkepticGap} points or more is marked as a split.
          </p>
          <ChampionsSkeptics rows={summary.championsVsSkeptics} threshold={session.settings.championSkepticGap} />
        </section>
      </section>

      <section className="summary-section" aria-labelledby="flags-title">
        <div className="summary-heading">
          <h2 id="flags-title">Open flags</h2>
          {flags.length > 0 ? (
            <span className="muted">
              {flags.length} open{blocking > 0 ? `, ${blocking} blocking the verdict` : ', none blocking'}
            </span>
          ) : null}
        </div>
        {flags.length > 0 ? (
          <FlagList session={session} goTo={goTo} flags={flags} />
        ) : (
          <p className="card panel summary-empty">No pilot-trap flag is open: none of the eleven checks finds a problem.</p>
        )}
      </section>
    </div>
  );
}
