/**
 * The agenda down the side: every stage, where the room is, what is done. Arrow keys move
 * between entries (one tab stop), Enter opens one.
 */
import { useRef, type KeyboardEvent } from 'react';
import { gapById } from '../../../../shared/framework/gaps';
import type { Session, Stage } from '../../../../shared/model/session';
import { Icon } from '../../ui/Icon';
import { stageInfo } from './stageInfo';

interface PhaseRailProps {
  session: Session;
  onSelect(stageId: string): void;
}

function isDone(session: Session, stage: Stage): boolean {
  if (stage.kind === 'gap' && stage.gapId) return session.gaps[stage.gapId].consensus !== null;
  return stage.completedAt !== null;
}

export function PhaseRail({ session, onSelect }: PhaseRailProps) {
  const listRef = useRef<HTMLOListElement>(null);
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
    <nav className="rail" aria-label="Workshop agenda">
      <ol ref={listRef} onKeyDown={onKeyDown}>
        {session.agenda.map((stage, index) => {
          const info = stageInfo(stage);
          const gap = stage.kind === 'gap' && stage.gapId ? gapById(stage.gapId) : null;
          const heading = index === firstGapIndex ? <li key="gaps-heading" className="rail-heading" aria-hidden="true">The six gaps</li> : null;
          const current = stage.id === session.currentStageId;
          const done = isDone(session, stage);
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
                style={gap ? { ['--gap-color' as string]: gap.color } : undefined}
              >
                <span className={gap ? 'rail-icon rail-icon-gap' : 'rail-icon'}>
                  <Icon name={info.icon} size={18} />
                </span>
                <span className="rail-label">
                  {gap ? <span className="rail-number">{gap.number}</span> : null}
                  {info.title}
                </span>
                {done ? (
                  <span className="rail-done" title="Done">
                    <Icon name="check" size={16} label="done" />
                  </span>
                ) : null}
              </button>
            </li>,
          ];
        })}
      </ol>
    </nav>
  );
}
