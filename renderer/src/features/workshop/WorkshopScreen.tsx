import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { gapById } from '../../../../shared/framework/gaps';
import { enterStage, markStageComplete, neighbourStageId } from '../../../../shared/phases/agenda';
import { db } from '../../db/database';
import { updateSession } from '../../db/sessionRepository';
import { messageOf } from '../../platform/api';
import { useAppStore } from '../../store/appStore';
import { Icon } from '../../ui/Icon';
import { TopBar } from '../../ui/TopBar';
import { SessionFileActions } from '../files/SessionFileActions';
import { RoomButton } from '../room/RoomButton';
import { focusIsLost } from './focusIsLost';
import { PhaseRail } from './PhaseRail';
import { renderStage } from './stageLookup';
import { stageInfo } from './stageInfo';
import { StageIntro } from './stages/StageIntro';
import { Timebox } from './Timebox';
import { useSessionUpdater } from './useSessionUpdater';

export function WorkshopScreen({ sessionId }: { sessionId: string }) {
  const session = useLiveQuery(async () => (await db.sessions.get(sessionId)) ?? null, [sessionId]);
  const navigate = useAppStore((s) => s.navigate);
  const showToast = useAppStore((s) => s.showToast);
  const update = useSessionUpdater(sessionId);
  // Until the room first moves, the screen shows the stage it was opened on (see StageProps.resumed).
  const [moved, setMoved] = useState(false);
  const titleRef = useRef<HTMLHeadingElement>(null);

  /** Moves to a stage, named or relative to the current one (resolved on the stored session, never a stale render). */
  const goTo = useCallback(
    (target: string | { offset: number }, completeCurrent = false) => {
      setMoved(true);
      updateSession(sessionId, (s) => {
        const now = Date.now();
        const stageId = typeof target === 'string' ? target : neighbourStageId(s.agenda, s.currentStageId, target.offset);
        const agenda = completeCurrent ? markStageComplete(s.agenda, s.currentStageId, now) : s.agenda;
        return { ...s, currentStageId: stageId, agenda: enterStage(agenda, stageId, now) };
      }).catch((error: unknown) => showToast({ tone: 'error', message: messageOf(error) }));
    },
    [sessionId, showToast],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
      e.preventDefault();
      goTo({ offset: e.key === 'ArrowDown' ? 1 : -1 });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [goTo]);

  // A new stage starts at its title: focus goes there when it would otherwise fall to <body>
  // (the Next button or the previous stage's content was removed). Runs after the stage's own
  // effects, so a stage that put focus on its next thing to do (a resumed round) keeps it.
  const shownStageId = session?.currentStageId ?? null;
  useEffect(() => {
    if (shownStageId !== null && focusIsLost()) titleRef.current?.focus({ preventScroll: true });
  }, [shownStageId]);

  if (session === undefined) return <div className="centered muted">Opening the session…</div>;
  if (session === null || session.deletedAt !== null) {
    return (
      <div className="centered">
        <div className="notice card" role="alert">
          <h1>This session is not in the library</h1>
          <p className="muted">It may have been deleted. Sessions you delete can be brought back with Undo right after.</p>
          <button type="button" className="btn btn-primary" onClick={() => navigate({ screen: 'library' })}>
            Back to the library
          </button>
        </div>
      </div>
    );
  }

  const stage = session.agenda.find((s) => s.id === session.currentStageId) ?? session.agenda[0]!;
  const index = session.agenda.indexOf(stage);
  const next = session.agenda[index + 1];
  const previous = session.agenda[index - 1];
  const info = stageInfo(stage);
  const gap = stage.kind === 'gap' && stage.gapId ? gapById(stage.gapId) : null;

  return (
    <div className="workshop" data-screen="workshop">
      <TopBar
        actions={
          <>
            <RoomButton session={session} />
            <SessionFileActions sessionId={session.id} />
          </>
        }
      >
        <button type="button" className="btn btn-ghost" onClick={() => navigate({ screen: 'library' })}>
          <Icon name="back" /> Library
        </button>
        <div className="workshop-title">
          <span className="workshop-initiative">{session.initiative}</span>
          {session.client ? <span className="muted">{session.client}</span> : null}
        </div>
      </TopBar>
      <div className="workshop-body">
        <PhaseRail session={session} onSelect={(id) => goTo(id)} />
        <main key={stage.id} className="stage" aria-labelledby="stage-title" data-stage-kind={stage.kind} style={gap ? { ['--gap-color' as string]: gap.color } : undefined}>
          <header className="stage-header">
            <div>
              <p className="eyebrow">{gap ? `Gap ${gap.number} of 6` : `Step ${index + 1} of ${session.agenda.length}`}</p>
              <h1 id="stage-title" ref={titleRef} tabIndex={-1} className={gap ? 'stage-title-gap' : undefined}>
                {gap ? (
                  <span className="stage-gap-icon">
                    <Icon name={gap.icon} size={26} />
                  </span>
                ) : null}
                {info.title}
              </h1>
            </div>
            <Timebox stage={stage} />
          </header>
          <StageIntro stage={stage} />
          {renderStage(stage, { session, update, goTo: (id) => goTo(id), resumed: !moved })}
          <footer className="stage-footer">
            {previous ? (
              <button type="button" className="btn" onClick={() => goTo(previous.id)} title="Previous stage (Alt+↑)">
                <Icon name="back" /> {stageInfo(previous).title}
              </button>
            ) : (
              <span />
            )}
            {next ? (
              <button
                type="button"
                className="btn btn-primary"
                data-next-stage
                onClick={() => goTo(next.id, true)}
                // Focus lands here after a consensus: an Enter still held from confirming it must not move on.
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && e.repeat) e.preventDefault();
                }}
                title="Go on to the next stage (Alt+↓)"
              >
                Next: {stageInfo(next).title} <Icon name="next" />
              </button>
            ) : null}
          </footer>
        </main>
      </div>
    </div>
  );
}
