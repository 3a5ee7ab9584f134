/**
 * The agenda down the side: every stage, where the room is, what is done (its content complete)
 * and what was visited but is not complete yet — told apart by shape and words, not colour alone.
 * Arrow keys move between entries (one tab stop), Enter opens one.
 */
import { useRef, type KeyboardEvent } from 'react';
import type { Session } from '../../../../shared/model/session';
import { stageCompletion, stageStatus } from '../../../../shared/phases/stageCompletion';
import { Icon } from '../../ui/Icon';
import { stageInfo } from './stageInfo';
import './workshopLanguage.css';
import { useI18n } from '../../i18n/TranslatorContext';
import { useFramework } from '../../i18n/useFramework';

interface PhaseRailProps {
  session: Session;
  onSelect(stageId: string): void;
}


export function PhaseRail({ session, onSelect }: PhaseRailProps) {
  const i18n = useI18n();
  const framework = useFramework();
  const listRef = useRef<HTMLOListElement>(null);
  const list = (items: readonly string[]) => new Intl.ListFormat(i18n.locale, { type: 'conjunction' }).format(items);
  const currentIndex = Math.max(0, session.agenda.findIndex((s) => s.id === session.currentStageId));

  function onKeyDown(event: KeyboardEvent<HTMLOListElement>) {
    // Alt+↑/↓ (and any modified key) belong to the window's keymap: moving stage, not focus.
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const buttons = Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-stage]') ?? []);
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: buttons.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, target))]?.focus();
  }

  const firstGapIndex = session.agenda.findIndex((s) => s.kind === 'gap');
  return (
    <nav className="rail" aria-label={i18n.t('workshop.rail.label')}>
      <ol ref={listRef} onKeyDown={onKeyDown}>
        {session.agenda.map((stage, index) => {
          const info = stageInfo(stage, i18n);
          const gap = stage.kind === 'gap' && stage.gapId ? framework.gapById(stage.gapId) : null;
          const heading = index === firstGapIndex ? <li key="gaps-heading" className="rail-heading" aria-hidden="true">{i18n.t('workshop.rail.gapsHeading', { count: framework.gaps.length })}</li> : null;
          const current = stage.id === session.currentStageId;
          const status = stageStatus(session, stage);
          const missing = status === 'visited' ? stageCompletion(session, stage).missing.map((m) => i18n.text(m)) : [];
          return [
            heading,
            <li key={stage.id}>
              <button
                type="button"
                data-stage={stage.id}
                className="rail-item"
                aria-current={current ? 'step' : undefined}
                tabIndex={index === currentIndex ? 0 : -1}
                onClick={() => onSelect(stage.id)}
                data-status={status}
                style={gap ? { ['--gap-color' as string]: gap.color } : undefined}
              >
                <span className={gap ? 'rail-icon rail-icon-gap' : 'rail-icon'}>
                  <Icon name={info.icon} size={18} />
                </span>
                <span className="rail-label">
                  {gap ? <span className="rail-number">{gap.number}</span> : null}
                  {info.title}
                </span>
                {status === 'done' ? (
                  <span className="rail-status rail-done" title={i18n.t('workshop.rail.doneTitle')}>
                    <Icon name="check" size={16} />
                    <span className="visually-hidden">{i18n.t('workshop.rail.done')}</span>
                  </span>
                ) : status === 'visited' ? (
                  <span className="rail-status rail-visited" title={i18n.t('workshop.rail.visitedTitle', { missing: list(missing) })}>
                    <span className="rail-visited-mark" aria-hidden="true" />
                    <span className="visually-hidden">{i18n.t('workshop.rail.visited', { missing: list(missing) })}</span>
                  </span>
                ) : null}
              </button>
            </li>,
          ];
        })}
      </ol>
      <p className="rail-legend" aria-hidden="true">
        <span>
          <Icon name="check" size={14} /> {i18n.t('workshop.rail.legendDone')}
        </span>
        <span>
          <span className="rail-visited-mark" /> {i18n.t('workshop.rail.legendVisited')}
        </span>
      </p>
    </nav>
  );
}
