/**
 * The framework editor: a draft framework (in the store) edited section by section — the framework
 * as a whole, each gap, the agenda, the verdict rules — with Undo/Redo (buttons, Ctrl/⌘+Z and
 * Ctrl/⌘+Shift+Z outside text fields) and Save as a template.
 */
import { useEffect, useRef, useState } from 'react';
import { languageName } from '../../../../shared/i18n';
import { MAX_GAPS } from '../../../../shared/framework/frameworkSchema';
import { useCommandHandler } from '../../commands/keys';
import { useI18n } from '../../i18n/TranslatorContext';
import { messageOf } from '../../platform/api';
import { useAppStore } from '../../store/appStore';
import { isDraftDirty } from '../../store/frameworkEditorSlice';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { TopBar } from '../../ui/TopBar';
import { AgendaEditor } from './AgendaEditor';
import { frameworkLibrary, useFrameworks } from './frameworkLibrary';
import { GapEditor } from './GapEditor';
import { GeneralEditor } from './GeneralEditor';
import { onMoveKeys } from './moveKeys';
import { RulesEditor } from './RulesEditor';
import { useDraftEditor, type DraftEditor } from './useDraft';
import { frameworkWord, languageNameIn } from './frameworkWord';
import './frameworks.css';

type Section = { kind: 'general' } | { kind: 'agenda' } | { kind: 'rules' } | { kind: 'gap'; gapId: string };

export function FrameworkEditorScreen({ frameworkId }: { frameworkId: string }) {
  const i18n = useI18n();
  const draft = useAppStore((s) => s.frameworkDraft);
  const openFrameworkDraft = useAppStore((s) => s.openFrameworkDraft);
  const navigate = useAppStore((s) => s.navigate);
  const frameworks = useFrameworks();
  const stored = frameworks?.find((framework) => framework.id === frameworkId);
  const current = draft?.framework.id === frameworkId ? draft : null;

  useEffect(() => {
    if (!current && stored) openFrameworkDraft(stored, stored, stored.languages.includes(i18n.language) ? i18n.language : stored.languages[0]!);
  }, [current, stored, openFrameworkDraft, i18n.language]);

  if (!current) {
    if (frameworks === undefined || stored) return <main className="fw-screen" aria-busy="true" />;
    return (
      <main className="fw-screen">
        <TopBar sessionSaveStatus={false} />
        <div className="centered">
          <div className="notice card" role="alert">
            <h1>{i18n.t('frameworkEditor.missing.title')}</h1>
            <p>{i18n.t('frameworkEditor.missing.body')}</p>
            <div>
              <button type="button" className="btn btn-primary" onClick={() => navigate({ screen: 'frameworks' })}>
                {i18n.t('frameworkEditor.backToList')}
              </button>
            </div>
          </div>
        </div>
      </main>
    );
  }
  return <Editor />;
}

function Editor() {
  const i18n = useI18n();
  const draft = useAppStore((s) => s.frameworkDraft)!;
  const undoFramework = useAppStore((s) => s.undoFramework);
  const redoFramework = useAppStore((s) => s.redoFramework);
  const setDraftLanguage = useAppStore((s) => s.setDraftLanguage);
  const markFrameworkSaved = useAppStore((s) => s.markFrameworkSaved);
  const navigate = useAppStore((s) => s.navigate);
  // Set when something asked to leave while edits are unsaved (the back link, Ctrl/⌘+L, the menu, the address).
  const leaving = useAppStore((s) => s.pendingRoute !== null);
  const leaveForPendingRoute = useAppStore((s) => s.leaveForPendingRoute);
  const stayOnRoute = useAppStore((s) => s.stayOnRoute);
  const showToast = useAppStore((s) => s.showToast);
  const editor = useDraftEditor(draft.framework, draft.language);
  const { framework } = editor;
  const [section, setSection] = useState<Section>({ kind: 'general' });
  const [saving, setSaving] = useState(false);
  const mainRef = useRef<HTMLDivElement>(null);
  const dirty = isDraftDirty(draft);
  const name = frameworkWord(framework, draft.language, 'name') ?? i18n.t('frameworkEditor.untitled');

  // A gap that went away (removed, or undone) takes the editor back to the first gap.
  const shown: Section = section.kind === 'gap' && !framework.gaps.some((gap) => gap.id === section.gapId) ? { kind: 'gap', gapId: framework.gaps[0]!.id } : section;

  const undo = () => {
    const label = undoFramework();
    if (label) showToast({ tone: 'info', message: i18n.t('frameworkEditor.toast.undone', { what: i18n.text(label) }), timeoutMs: 4000 });
  };
  const redo = () => {
    const label = redoFramework();
    if (label) showToast({ tone: 'info', message: i18n.t('frameworkEditor.toast.redone', { what: i18n.text(label) }), timeoutMs: 4000 });
  };
  useCommandHandler('history.undo', undo);
  useCommandHandler('history.redo', redo);

  async function save(): Promise<boolean> {
    if (editor.issues.length > 0) {
      showToast({ tone: 'error', message: i18n.t('frameworkEditor.save.blocked', { count: editor.issues.length }) });
      return false;
    }
    setSaving(true);
    try {
      const saved = await frameworkLibrary.save(framework);
      markFrameworkSaved(saved);
      showToast({ tone: 'success', message: i18n.t('frameworkEditor.toast.saved', { name, revision: saved.revision }) });
      return true;
    } catch (error) {
      showToast({ tone: 'error', message: messageOf(error) });
      return false;
    } finally {
      setSaving(false);
    }
  }

  const choose = (next: Section) => {
    setSection(next);
    requestAnimationFrame(() => mainRef.current?.scrollTo({ top: 0 }));
  };

  const addGap = () => {
    const before = new Set(framework.gaps.map((gap) => gap.id));
    editor.edit({ kind: 'addGap' });
    const added = useAppStore.getState().frameworkDraft?.framework.gaps.find((gap) => !before.has(gap.id));
    if (added) {
      choose({ kind: 'gap', gapId: added.id });
      requestAnimationFrame(() => document.querySelector<HTMLInputElement>('[data-testid="gap-name"]')?.focus());
    }
  };

  const moveGap = (gapId: string, index: number, delta: -1 | 1) => {
    const to = index + delta;
    if (to < 0 || to >= framework.gaps.length) return;
    editor.edit({ kind: 'moveGap', gapId, toIndex: to });
    requestAnimationFrame(() => document.getElementById(`fw-nav-gap-${gapId}`)?.focus());
  };

  const canUndo = draft.history.done.length > 0;
  const canRedo = draft.history.undone.length > 0;
  const placedNowhere = editor.issues.filter((issue) => issue.field === null);

  return (
    <main className="fw-screen" data-screen="framework-editor">
      <TopBar
        sessionSaveStatus={false}
        actions={
          <>
            <button type="button" className="btn btn-ghost btn-small" onClick={undo} disabled={!canUndo} title={i18n.t('frameworkEditor.undo.hint')}>
              {i18n.t('frameworkEditor.undo')}
            </button>
            <button type="button" className="btn btn-ghost btn-small" onClick={redo} disabled={!canRedo} title={i18n.t('frameworkEditor.redo.hint')}>
              {i18n.t('frameworkEditor.redo')}
            </button>
            <button type="button" className="btn btn-primary" onClick={() => void save()} disabled={saving || !dirty}>
              <Icon name="check" /> {i18n.t('frameworkEditor.save')}
            </button>
          </>
        }
      >
        <button type="button" className="btn btn-ghost" onClick={() => navigate({ screen: 'frameworks' })}>
          <Icon name="back" /> {i18n.t('frameworkEditor.backToList')}
        </button>
        <span className="fw-topbar-title">
          <span className="fw-topbar-name">{name}</span>
          <span className="muted small">{dirty ? i18n.t('frameworkEditor.status.unsaved') : i18n.t('frameworkEditor.status.saved', { revision: framework.revision })}</span>
        </span>
      </TopBar>

      <div className="fw-editor">
        <nav className="fw-nav" aria-label={i18n.t('frameworkEditor.nav.label')}>
          <div className="field fw-language">
            <label htmlFor="fw-language">{i18n.t('frameworkEditor.language.label')}</label>
            <select id="fw-language" className="input" value={draft.language} onChange={(e) => setDraftLanguage(e.target.value)}>
              {framework.languages.map((language) => (
                <option key={language} value={language} lang={language}>
                  {languageName(language)}
                </option>
              ))}
            </select>
          </div>
          <NavButton current={shown.kind === 'general'} onClick={() => choose({ kind: 'general' })} label={i18n.t('frameworkEditor.general.title')} invalid={editor.issues.some((issue) => issue.section === 'general')} />
          <h2 className="fw-nav-heading" id="fw-gaps-heading">
            {i18n.t('frameworkEditor.nav.gaps', { count: framework.gaps.length, max: MAX_GAPS })}
          </h2>
          <ol className="fw-nav-gaps" aria-labelledby="fw-gaps-heading">
            {framework.gaps.map((gap, index) => (
              <li key={gap.id}>
                <button
                  id={`fw-nav-gap-${gap.id}`}
                  type="button"
                  className="fw-nav-item"
                  aria-current={shown.kind === 'gap' && shown.gapId === gap.id ? 'page' : undefined}
                  aria-describedby="fw-gap-keys"
                  onClick={() => choose({ kind: 'gap', gapId: gap.id })}
                  onKeyDown={onMoveKeys((delta) => moveGap(gap.id, index, delta))}
                  data-invalid={editor.issues.some((issue) => issue.section === `gap.${gap.id}`) || undefined}
                >
                  <span className="fw-gap-dot" style={{ background: gap.color }} aria-hidden="true">
                    <Icon name={gap.icon} size={16} />
                  </span>
                  <span className="fw-nav-text">{editor.gapName(gap.id)}</span>
                </button>
              </li>
            ))}
          </ol>
          <p id="fw-gap-keys" className="visually-hidden">
            {i18n.t('frameworkEditor.nav.gapKeys')}
          </p>
          <button type="button" className="btn btn-small fw-add-gap" onClick={addGap} disabled={framework.gaps.length >= MAX_GAPS}>
            <Icon name="plus" /> {i18n.t('frameworkEditor.nav.addGap')}
          </button>
          <NavButton current={shown.kind === 'agenda'} onClick={() => choose({ kind: 'agenda' })} label={i18n.t('frameworkEditor.agenda.title')} invalid={editor.issues.some((issue) => issue.section === 'agenda')} />
          <NavButton current={shown.kind === 'rules'} onClick={() => choose({ kind: 'rules' })} label={i18n.t('frameworkEditor.rules.title')} invalid={editor.issues.some((issue) => issue.section === 'rules')} />
        </nav>

        <div className="fw-main" ref={mainRef}>
          {framework.languages.length === 1 ? (
            <p className="fw-notice" role="note">
              {i18n.t('frameworkEditor.languages.single', { language: languageNameIn(framework.languages[0]!, i18n.language) })}
            </p>
          ) : draft.language !== editor.firstLanguage ? (
            <p className="fw-notice" role="note">
              {i18n.t('frameworkEditor.languages.fallback', { language: languageNameIn(draft.language, i18n.language), first: languageNameIn(editor.firstLanguage, i18n.language) })}
            </p>
          ) : null}
          {editor.issues.length > 0 ? (
            <div className="fw-issues" role="status">
              <p>{i18n.t('frameworkEditor.issues.count', { count: editor.issues.length })}</p>
              {placedNowhere.length > 0 ? (
                <ul>
                  {placedNowhere.map((issue, i) => (
                    <li key={i}>{i18n.text(issue.message)}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
          <SectionView editor={editor} section={shown} onGapRemoved={() => choose({ kind: 'general' })} />
        </div>
      </div>

      <Dialog open={leaving} title={i18n.t('frameworkEditor.leave.title')} onClose={stayOnRoute}>
        <div className="dialog-body">
          <h2>{i18n.t('frameworkEditor.leave.title')}</h2>
          <p>{i18n.t('frameworkEditor.leave.body', { name })}</p>
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={stayOnRoute}>
              {i18n.t('common.cancel')}
            </button>
            <button type="button" className="btn btn-danger" onClick={leaveForPendingRoute}>
              {i18n.t('frameworkEditor.leave.discard')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              onClick={() =>
                void save().then((saved) => (saved ? leaveForPendingRoute() : stayOnRoute()))
              }
            >
              {i18n.t('frameworkEditor.leave.save')}
            </button>
          </div>
        </div>
      </Dialog>
    </main>
  );
}

function NavButton({ current, onClick, label, invalid }: { current: boolean; onClick(): void; label: string; invalid?: boolean }) {
  return (
    <button type="button" className="fw-nav-item fw-nav-section" aria-current={current ? 'page' : undefined} onClick={onClick} data-invalid={invalid || undefined}>
      <span className="fw-nav-text">{label}</span>
    </button>
  );
}

function SectionView({ editor, section, onGapRemoved }: { editor: DraftEditor; section: Section; onGapRemoved(): void }) {
  switch (section.kind) {
    case 'general':
      return <GeneralEditor editor={editor} />;
    case 'agenda':
      return <AgendaEditor editor={editor} />;
    case 'rules':
      return <RulesEditor editor={editor} />;
    case 'gap':
      return <GapEditor key={section.gapId} editor={editor} gapId={section.gapId} onRemoved={onGapRemoved} />;
  }
}
