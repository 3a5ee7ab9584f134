/**
 * Keeps the focus on the field being edited when its action moves to another group (a new gap,
 * owner or date regroups the plan and remounts the row): keyboard users stay where they were and
 * typing in progress reaches the field instead of the page.
 */
import { useCallback, useLayoutEffect, useRef, type FocusEvent } from 'react';

interface FocusedField {
  element: HTMLElement;
  actionId: string;
  field: string;
}

function isTextField(element: HTMLElement): element is HTMLInputElement | HTMLTextAreaElement {
  return element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && element.type !== 'date');
}

export function useFocusFollowsRow(): (event: FocusEvent<HTMLElement>) => void {
  const last = useRef<FocusedField | null>(null);

  // A layout effect: the row is focused again in the same task as the move, before the next key.
  useLayoutEffect(() => {
    const focused = last.current;
    if (!focused || focused.element.isConnected) return;
    last.current = null;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const row = document.querySelector(`[data-action-id="${CSS.escape(focused.actionId)}"]`);
    const target = row?.querySelector<HTMLElement>(`[data-field="${CSS.escape(focused.field)}"]`);
    if (!target) return;
    target.focus();
    if (isTextField(target)) target.setSelectionRange(target.value.length, target.value.length);
  });

  return useCallback((event: FocusEvent<HTMLElement>) => {
    const element = event.target;
    const field = element.dataset.field;
    const actionId = element.closest<HTMLElement>('[data-action-id]')?.dataset.actionId;
    last.current = field && actionId ? { element, actionId, field } : null;
  }, []);
}
