/**
 * The open pilot-trap flags as callouts: what was found, what closes it, and a link to the screen
 * where it is fixed. Blocking flags (they hold the verdict at "Not yet") use the danger colour,
 * the others the warning colour, and both say so in words.
 *
 * With `gapId`, only that gap's flags, compact, for the top of the gap's stage; nothing at all
 * when the gap has none.
 */
import { useMemo } from 'react';
import type { GapId } from '../../../../shared/framework/types';
import type { Session } from '../../../../shared/model/session';
import { stageId } from '../../../../shared/phases/agenda';
import { checkTitle, runChecks, type Flag } from '../../../../shared/scoring/checks';
import type { Translator } from '../../../../shared/i18n';
import { useI18n } from '../../i18n/TranslatorContext';
import { Icon } from '../../ui/Icon';
import { stageInfo } from '../workshop/stageInfo';
import './flags.css';

export interface FlagListProps {
  session: Session;
  /** Only the flags of this gap; undefined for all of them. */
  gapId?: GapId;
  goTo(stageId: string): void;
  /** Flags already computed by the caller (the Verdict screen has them); computed here otherwise. */
  flags?: readonly Flag[];
}

/** Where a flag is fixed, as a stage of this session's agenda; null if the agenda lacks it. */
function targetOf(session: Session, flag: Flag, i18n: Translator): { id: string; title: string } | null {
  const id = stageId(flag.where.stageKind, flag.where.gapId);
  const stage = session.agenda.find((s) => s.id === id);
  return stage ? { id, title: stageInfo(stage, i18n).title } : null;
}

/** Blocking flags first; otherwise the checks' own order. */
function ordered(flags: readonly Flag[]): Flag[] {
  return [...flags.filter((f) => f.blocking), ...flags.filter((f) => !f.blocking)];
}

export function FlagList({ session, gapId, goTo, flags: given }: FlagListProps) {
  const i18n = useI18n();
  const all = useMemo(() => given ?? runChecks(session), [given, session]);
  const flags = ordered(gapId ? all.filter((f) => f.gapId === gapId) : all);
  if (flags.length === 0) return null;

  if (gapId) {
    const blocking = flags.filter((f) => f.blocking).length;
    return (
      <section className="flag-strip" data-severity={blocking > 0 ? 'blocking' : 'warning'} aria-labelledby={`flag-strip-${gapId}`} data-testid="gap-flags">
        <h2 className="flag-strip-head" id={`flag-strip-${gapId}`}>
          <Icon name="flag" size={18} />
          {i18n.t('flagList.strip.count', { count: flags.length })}
          {blocking > 0 ? <span className="flag-strip-blocking">{i18n.t('flagList.strip.blocking', { count: blocking })}</span> : null}
        </h2>
        <ul className="flag-strip-list">
          {flags.map((flag) => {
            const target = targetOf(session, flag, i18n);
            const here = target?.id === session.currentStageId;
            // On the gap's own screen, "The room disagrees: Data quality" reads as "The room disagrees".
            const title = i18n.text(checkTitle(flag.id));
            return (
              <li key={`${flag.id}-${flag.gapId ?? ''}`} className="flag flag-compact" data-severity={flag.blocking ? 'blocking' : 'warning'} data-flag={flag.id}>
                <div className="flag-body">
                  <p className="flag-heading">
                    <span className="flag-tag">{flag.blocking ? i18n.t('flagList.blocks') : i18n.t('flagList.warning')}</span>
                    <strong className="flag-title">{title}.</strong> <span className="flag-explanation">{i18n.text(flag.explanation)}</span>
                  </p>
                  <details className="flag-fix">
                    <summary>{i18n.t('flagList.whatClosesIt')}</summary>
                    <p>{i18n.text(flag.fix)}</p>
                  </details>
                </div>
                {target && !here ? (
                  <button type="button" className="btn btn-small flag-go" onClick={() => goTo(target.id)}>
                    {i18n.t('flagList.goTo', { stage: target.title })} <Icon name="next" size={16} />
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>
    );
  }

  return (
    <ul className="flag-list" data-testid="flag-list">
      {flags.map((flag) => {
        const target = targetOf(session, flag, i18n);
        return (
          <li key={`${flag.id}-${flag.gapId ?? ''}`} className="flag card" data-severity={flag.blocking ? 'blocking' : 'warning'} data-flag={flag.id}>
            <span className="flag-icon" aria-hidden="true">
              <Icon name="flag" size={22} />
            </span>
            <div className="flag-body">
              <div className="flag-top">
                <div>
                  <p className="flag-kind">{flag.blocking ? i18n.t('flagList.blocks') : i18n.t('flagList.warning')}</p>
                  <h3 className="flag-title">{i18n.text(flag.title)}</h3>
                </div>
                {target ? (
                  <button type="button" className="btn btn-small flag-go" onClick={() => goTo(target.id)}>
                    {i18n.t('flagList.goTo', { stage: target.title })} <Icon name="next" size={16} />
                  </button>
                ) : null}
              </div>
              <p className="flag-explanation">{i18n.text(flag.explanation)}</p>
              <p className="flag-fix">
                <span className="flag-fix-label">{i18n.t('flagList.whatClosesItLabel')}</span> {i18n.text(flag.fix)}
              </p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
