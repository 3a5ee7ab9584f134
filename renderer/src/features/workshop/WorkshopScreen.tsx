import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { frameworkTranslator, localizeFramework } from '../../../../shared/framework/localize';
import { db } from '../../db/database';
import { openHistory, redo, undo } from '../../commands/execute';
import { useCommandHandler } from '../../commands/keys';
import { goToStage } from '../../commands/registry';
import { shortcutLabel } from '../../commands/shortcut';
import { useRunCommand } from '../../commands/useRunCommand';
import { useAppStore } from '../../store/appStore';
import { Icon } from '../../ui/Icon';
import { TopBar } from '../../ui/TopBar';
import { requestTrackerImport } from '../actions/trackerImportRequest';
import { SessionFileActions } from '../files/SessionFileActions';
import { RoomButton } from '../room/RoomButton';
import { focusIsLost } from './focusIsLost';
import { PhaseRail } from './PhaseRail';
import { renderStage } from './stageLookup';
import { stageInfo } from './stageInfo';
import { StageIntro } from './stages/StageIntro';
import { Timebox } from './Timebox';
import { useSessionUpdater } from './useSessionUpdater';
import { TranslatorProvider, useI18n } from '../../i18n/TranslatorContext';

export function WorkshopScreen({ sessionId }: { sessionId: string }) {
  const session = useLiveQuery(async () => (await db.sessions.get(sessionId)) ?? null, [sessionId]);
  const navigate = useAppStore((s) => s.navigate);
  const windowI18n = useI18n();
  const update = useSessionUpdater(sessionId);
  const run = useRunCommand(sessionId);
  // Until the room first moves, the screen shows the stage it was opened on (see StageProps.resumed).
  const [moved, setMoved] = useState(false);
  const titleRef = useRef<HTMLHeadingElement>(null);

  /** Moves to a stage, named or relative to the current one (resolved on the stored session, never a stale render). */
  const goTo = useCallback(
    (target: string | { offset: number }, completeCurrent = false) => {
      setMoved(true);
      void run(goToStage, { target, completeCurrent });
    },
    [run],
  );

  // The session's undo history, as it was left (also after a reload).
  useEffect(() => {
    void openHistory(sessionId);
  }, [sessionId]);

  const open = session != null && session.deletedAt === null;
  useCommandHandler('stage.next', open ? () => goTo({ offset: 1 }) : undefined);
  useCommandHandler('stage.previous', open ? () => goTo({ offset: -1 }) : undefined);
  useCommandHandler('history.undo', open ? () => void undo(sessionId) : undefined);
  useCommandHandler('history.redo', open ? () => void redo(sessionId) : undefined);
  // The returned tracker comes in on the action plan, wherever the workshop is (menu or palette).
  const actionPlan = session?.agenda.find((stage) => stage.kind === 'actions');
  useCommandHandler(
    'tracker.import',
    open && actionPlan
      ? () => {
          if (session.currentStageId !== actionPlan.id) goTo(actionPlan.id);
          requestTrackerImport(sessionId);
        }
      : undefined,
  );

  // A new stage starts at its title: focus goes there when it would otherwise fall to <body>
  // (the Next button or the previous stage's content was removed). Runs after the stage's own
  // effects, so a stage that put focus on its next thing to do (a resumed round) keeps it.
  const shownStageId = session?.currentStageId ?? null;
  useEffect(() => {
    if (shownStageId !== null && focusIsLost()) titleRef.current?.focus({ preventScroll: true });
  }, [shownStageId]);

  if (session === undefined) return <div className="centered muted">{windowI18n.t('app.openingSession')}</div>;
  if (session === null || session.deletedAt !== null) {
    return (
      <div className="centered">
        <div className="notice card" role="alert">
          <h1>{windowI18n.t('workshop.missing.title')}</h1>
          <p className="muted">{windowI18n.t('workshop.missing.body')}</p>
          <button type="button" className="btn btn-primary" onClick={() => navigate({ screen: 'library' })}>
            {windowI18n.t('workshop.missing.back')}
          </button>
        </div>
      </div>
    );
  }

  // Below here everything speaks the session's framework: its gaps, its words.
  const i18n = frameworkTranslator(windowI18n, session.framework);
  const framework = localizeFramework(i18n);
  const stage = session.agenda.find((s) => s.id === session.currentStageId) ?? session.agenda[0]!;
  const index = session.agenda.indexOf(stage);
  const next = session.agenda[index + 1];
  const previous = session.agenda[index - 1];
  const info = stageInfo(stage, i18n);
  const gap = stage.kind === 'gap' && stage.gapId ? framework.gapById(stage.gapId) : null;

  return (
    <TranslatorProvider translator={i18n}>
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
          <Icon name="back" /> {i18n.t('workshop.top.library')}
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
              <p className="eyebrow">{gap ? i18n.t('workshop.eyebrow.gap', { number: gap.number, total: framework.gaps.length }) : i18n.t('workshop.eyebrow.step', { number: index + 1, total: session.agenda.length })}</p>
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
              <button type="button" className="btn" onClick={() => goTo(previous.id)} title={i18n.t('workshop.footer.previousHint', { key: shortcutLabel('stage.previous') })}>
                <Icon name="back" /> {stageInfo(previous, i18n).title}
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
                title={i18n.t('workshop.footer.nextHint', { key: shortcutLabel('stage.next') })}
              >
                {i18n.t('workshop.footer.next', { title: stageInfo(next, i18n).title })} <Icon name="next" />
              </button>
            ) : null}
          </footer>
        </main>
      </div>
    </div>
    </TranslatorProvider>
  );
}
