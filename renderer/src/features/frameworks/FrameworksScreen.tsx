/**
 * The framework library: the built-in framework (read-only, to duplicate) and the firm's own
 * (edit, duplicate, export as a file, delete with Undo), plus "Start blank" and "Import a file".
 */
import { useEffect, useState } from 'react';
import { DEFAULT_REQUIRED_ROLES, DEFAULT_VERDICT_RULES } from '../../../../shared/framework/builtInFramework';
import { FRAMEWORK_CHECK_IDS } from '../../../../shared/framework/checkIds';
import { blankFramework, duplicateFramework } from '../../../../shared/framework/frameworkOps';
import type { Framework } from '../../../../shared/framework/frameworkSchema';
import { languageName } from '../../../../shared/i18n';
import { formatDay, localDay } from '../../../../shared/text/dates';
import { newId } from '../../db/sessionRepository';
import { useI18n } from '../../i18n/TranslatorContext';
import { messageOf } from '../../platform/api';
import { useAppStore } from '../../store/appStore';
import { Icon } from '../../ui/Icon';
import { TopBar } from '../../ui/TopBar';
import { builtInWithWords, wordsInEach } from './builtInWithWords';
import { frameworkLibrary, useFrameworks } from './frameworkLibrary';
import { frameworkWord } from './frameworkWord';
import './frameworks.css';

/** The built-in framework with its words, once loaded (its gaps are shown in the list). */
function useBuiltIn(): Framework | null {
  const [builtIn, setBuiltIn] = useState<Framework | null>(null);
  useEffect(() => {
    let live = true;
    void builtInWithWords().then((framework) => live && setBuiltIn(framework), () => {});
    return () => {
      live = false;
    };
  }, []);
  return builtIn;
}

export function FrameworksScreen() {
  const i18n = useI18n();
  const navigate = useAppStore((s) => s.navigate);
  const showToast = useAppStore((s) => s.showToast);
  const openFrameworkDraft = useAppStore((s) => s.openFrameworkDraft);
  const frameworks = useFrameworks();
  const builtIn = useBuiltIn();
  const builtInName = i18n.t('frameworkEditor.builtIn.name');
  const nameOf = (framework: Framework) => frameworkWord(framework, i18n.language, 'name') ?? i18n.t('frameworkEditor.untitled');
  const editLanguage = (framework: Framework) => (framework.languages.includes(i18n.language) ? i18n.language : framework.languages[0]!);

  async function run(task: () => Promise<void>) {
    try {
      await task();
    } catch (error) {
      showToast({ tone: 'error', message: messageOf(error) });
    }
  }

  const edit = (framework: Framework, saved: Framework | null) => {
    openFrameworkDraft(framework, saved, editLanguage(framework));
    navigate({ screen: 'framework', frameworkId: framework.id });
  };

  const duplicate = (source: Framework, sourceIsBuiltIn: boolean) =>
    run(async () => {
      const names = await wordsInEach(source.languages, (t) => t.t('frameworkEditor.copyName', { name: sourceIsBuiltIn ? t.t('frameworkEditor.builtIn.name') : (frameworkWord(source, t.language, 'name') ?? t.t('frameworkEditor.untitled')) }));
      edit(duplicateFramework(source, { id: newId(), now: Date.now(), nameByLanguage: names }), null);
    });

  const startBlank = () =>
    edit(blankFramework({ id: newId(), now: Date.now(), language: i18n.language, verdictRules: DEFAULT_VERDICT_RULES, requiredRoles: DEFAULT_REQUIRED_ROLES, checks: FRAMEWORK_CHECK_IDS }), null);

  const remove = (framework: Framework) =>
    run(async () => {
      await frameworkLibrary.remove(framework.id);
      showToast({
        tone: 'info',
        message: i18n.t('frameworkEditor.toast.deleted', { name: nameOf(framework) }),
        action: { label: i18n.t('common.undo'), run: () => run(() => frameworkLibrary.restore(framework.id)) },
        timeoutMs: 12_000,
      });
    });

  const exportFile = (framework: Framework) =>
    run(async () => {
      if (await frameworkLibrary.exportFile(framework.id)) showToast({ tone: 'success', message: i18n.t('frameworkEditor.toast.exported', { name: nameOf(framework) }) });
    });

  const importFile = () =>
    run(async () => {
      const outcome = await frameworkLibrary.importFile();
      if (outcome.status === 'refused') showToast({ tone: 'error', message: i18n.text(outcome.message) });
      if (outcome.status === 'imported') showToast({ tone: 'success', message: i18n.t('frameworkFiles.toast.imported', { name: nameOf(outcome.framework), fileName: outcome.fileName, how: outcome.how, repairs: outcome.repairs.length }) });
    });

  return (
    <main className="library fw-screen" data-screen="frameworks" data-ready={frameworks !== undefined}>
      <TopBar sessionSaveStatus={false}>
        <button type="button" className="btn btn-ghost" onClick={() => navigate({ screen: 'library' })}>
          <Icon name="back" /> {i18n.t('frameworkEditor.backToSessions')}
        </button>
      </TopBar>
      <div className="library-body">
        <header className="library-header">
          <div>
            <h1>{i18n.t('frameworkEditor.list.title')}</h1>
            <p className="muted">{i18n.t('frameworkEditor.list.lead')}</p>
          </div>
          <div className="library-header-actions">
            <button type="button" className="btn" onClick={() => void importFile()}>
              {i18n.t('frameworkEditor.list.import')}
            </button>
            <button type="button" className="btn" onClick={startBlank}>
              <Icon name="plus" /> {i18n.t('frameworkEditor.list.startBlank')}
            </button>
          </div>
        </header>

        <ul className="session-list" aria-label={i18n.t('frameworkEditor.list.label')}>
          <li className="session-row fw-row card" data-testid="framework-row">
            <div className="fw-row-main">
              <span className="session-title">{builtInName}</span>
              <span className="session-meta">
                <span className="pill">{i18n.t('frameworkEditor.list.builtIn')}</span>
                <span>{i18n.t('frameworkEditor.list.gaps', { count: builtIn?.gaps.length ?? 6 })}</span>
                <span aria-hidden="true">·</span>
                <span>{i18n.t('frameworkEditor.list.readOnly')}</span>
              </span>
              <GapStrip framework={builtIn} />
            </div>
            <div className="session-actions">
              <button type="button" className="btn" disabled={!builtIn} onClick={() => builtIn && void duplicate(builtIn, true)} aria-label={i18n.t('frameworkEditor.list.duplicateNamed', { name: builtInName })}>
                <Icon name="copy" /> {i18n.t('frameworkEditor.list.duplicate')}
              </button>
            </div>
          </li>
          {(frameworks ?? []).map((framework) => {
            const name = nameOf(framework);
            return (
              <li key={framework.id} className="session-row fw-row card" data-testid="framework-row">
                <button type="button" className="session-open" onClick={() => edit(framework, framework)}>
                  <span className="visually-hidden">{i18n.t('frameworkEditor.list.edit')} </span>
                  <span className="session-title">{name}</span>
                  <span className="session-meta">
                    <span>{i18n.t('frameworkEditor.list.gaps', { count: framework.gaps.length })}</span>
                    <span aria-hidden="true">·</span>
                    <span>{framework.languages.map((language) => languageName(language)).join(', ')}</span>
                    <span aria-hidden="true">·</span>
                    <span>{i18n.t('frameworkEditor.list.revision', { revision: framework.revision, date: formatDay(localDay(framework.updatedAt), 'short', i18n.locale) })}</span>
                  </span>
                  <GapStrip framework={framework} />
                </button>
                <div className="session-actions">
                  <button type="button" className="btn btn-ghost icon-btn" onClick={() => void duplicate(framework, false)} aria-label={i18n.t('frameworkEditor.list.duplicateNamed', { name })} title={i18n.t('frameworkEditor.list.duplicate')}>
                    <Icon name="copy" />
                  </button>
                  <button type="button" className="btn btn-ghost icon-btn" onClick={() => void exportFile(framework)} aria-label={i18n.t('frameworkEditor.list.exportNamed', { name })} title={i18n.t('frameworkEditor.list.export')}>
                    <Icon name="download" />
                  </button>
                  <button type="button" className="btn btn-ghost icon-btn btn-danger" onClick={() => void remove(framework)} aria-label={i18n.t('frameworkEditor.list.deleteNamed', { name })} title={i18n.t('frameworkEditor.list.delete')}>
                    <Icon name="trash" />
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
        {frameworks !== undefined && frameworks.length === 0 ? <p className="muted">{i18n.t('frameworkEditor.list.noneYet')}</p> : null}
      </div>
    </main>
  );
}

/** The gaps' icons in their colours, so frameworks are told apart at a glance. */
function GapStrip({ framework }: { framework: Framework | null }) {
  if (!framework) return null;
  return (
    <span className="fw-gap-strip" aria-hidden="true">
      {framework.gaps.map((gap) => (
        <span key={gap.id} className="fw-gap-dot" style={{ background: gap.color }}>
          <Icon name={gap.icon} size={16} />
        </span>
      ))}
    </span>
  );
}
