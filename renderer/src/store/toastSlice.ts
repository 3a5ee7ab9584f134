import type { StateCreator } from 'zustand';
import type { AppState } from './appStore';

export interface Toast {
  id: number;
  tone: 'info' | 'success' | 'error';
  message: string;
  /** An "Undo" (or other) button; the toast closes when it is used. */
  action?: { label: string; run: () => void | Promise<void> };
  /** Milliseconds before it closes by itself; errors stay until dismissed. */
  timeoutMs: number | null;
}

export interface ToastSlice {
  toasts: Toast[];
  showToast(toast: Omit<Toast, 'id' | 'timeoutMs'> & { timeoutMs?: number | null }): number;
  dismissToast(id: number): void;
}

let nextToastId = 1;

export const createToastSlice: StateCreator<AppState, [], [], ToastSlice> = (set) => ({
  toasts: [],
  showToast: (toast) => {
    const id = nextToastId++;
    const timeoutMs = toast.timeoutMs === undefined ? (toast.tone === 'error' ? null : 8000) : toast.timeoutMs;
    set((s) => ({ toasts: [...s.toasts.slice(-3), { ...toast, id, timeoutMs }] }));
    return id;
  },
  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
});
