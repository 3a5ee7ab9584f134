/** What every part of the framework editor needs: the draft, its words in the language being written, and edits. */
import { useCallback, useMemo } from 'react';
import type { FrameworkEdit } from '../../../../shared/framework/frameworkOps';
import type { Framework } from '../../../../shared/framework/frameworkSchema';
import { frameworkTextKeys } from '../../../../shared/framework/localize';
import { useI18n } from '../../i18n/TranslatorContext';
import { useAppStore } from '../../store/appStore';
import { frameworkIssues, type FieldIssue } from './frameworkIssues';
import { frameworkWord } from './frameworkWord';


/** A gap's name as the draft words it, or "Gap 3" while it has none. */
export function useGapName(framework: Framework, language: string): (gapId: string) => string {
  const i18n = useI18n();
  return useCallback(
    (gapId: string) => frameworkWord(framework, language, frameworkTextKeys.gap(gapId, 'name')) ?? i18n.t('frameworkEditor.gap.untitled', { n: framework.gaps.findIndex((gap) => gap.id === gapId) + 1 }),
    [framework, language, i18n],
  );
}

export interface DraftEditor {
  framework: Framework;
  language: string;
  /** The first language: the one the others fall back to. */
  firstLanguage: string;
  issues: FieldIssue[];
  edit(edit: FrameworkEdit): void;
  /** The word in the language being written ('' when it has none of its own). */
  word(key: string): string;
  /** What shows for a word this language lacks: the first language's, or null. */
  fallback(key: string): string | null;
  setWord(key: string, value: string): void;
  /** The sentence(s) for a field, joined, or null. */
  errorAt(field: string): string | null;
  gapName(gapId: string): string;
}

export function useDraftEditor(framework: Framework, language: string): DraftEditor {
  const i18n = useI18n();
  const editFramework = useAppStore((s) => s.editFramework);
  const showToast = useAppStore((s) => s.showToast);
  const gapName = useGapName(framework, language);
  const issues = useMemo(() => frameworkIssues(framework, language), [framework, language]);
  return useMemo(() => {
    const firstLanguage = framework.languages[0]!;
    const edit = (change: FrameworkEdit) => {
      const result = editFramework(change, gapName);
      if (!result.ok) showToast({ tone: 'error', message: i18n.text(result.refusal.message) });
    };
    return {
      framework,
      language,
      firstLanguage,
      issues,
      edit,
      word: (key) => framework.text[language]?.[key] ?? '',
      fallback: (key) => (language === firstLanguage ? null : (framework.text[firstLanguage]?.[key] ?? null)),
      setWord: (key, value) => edit({ kind: 'setText', language, key, value: value.trim() === '' ? '' : value }),
      errorAt: (field) => {
        const found = issues.filter((issue) => issue.field === field);
        return found.length ? found.map((issue) => i18n.text(issue.message)).join(' ') : null;
      },
      gapName,
    };
  }, [framework, language, issues, editFramework, gapName, showToast, i18n]);
}
