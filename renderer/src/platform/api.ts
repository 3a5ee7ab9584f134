/**
 * The window's only door to main: `window.readinessRoom`, exposed by the preload (Electron) or by
 * the Chromium shell's bridge. Calls resolve to the response or throw an AppError whose message
 * can be shown as is.
 */
import type { Message, MessageId, MessageValues, Translator } from '../../../shared/i18n';
import type { CallName, CallRequest, CallResponse, IpcErrorCode, IpcResult, ReadinessRoomApi } from '../../../shared/ipc/contract';
import { useAppStore } from '../store/appStore';

/** Words in the window's language; the id itself in the instant before its catalogue has loaded. */
export function windowWords(id: MessageId, values?: MessageValues): string {
  return useAppStore.getState().windowTranslator?.t(id, values) ?? id;
}

declare global {
  interface Window {
    readinessRoom?: ReadinessRoomApi;
  }
}

export class AppError extends Error {
  constructor(
    readonly code: IpcErrorCode | 'unavailable',
    message: string,
    /** The catalogue message main sent: shown in the window's language. */
    readonly text?: Message,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function bridge(): ReadinessRoomApi {
  const api = window.readinessRoom;
  if (!api) throw new AppError('unavailable', windowWords('app.error.unavailable'));
  return api;
}

export function isBridgeAvailable(): boolean {
  return typeof window !== 'undefined' && window.readinessRoom !== undefined;
}

export async function call<N extends CallName>(name: N, request: CallRequest<N>): Promise<CallResponse<N>> {
  const fn = bridge()[name] as unknown as (req: CallRequest<N>) => Promise<IpcResult<CallResponse<N>>>;
  const result = await fn(request);
  if (result.ok) return result.value;
  throw new AppError(result.error.code, result.error.message, result.error.text);
}

/**
 * Whether IndexedDB refused a write because the disk is full: the DOMException itself, or wrapped
 * by Dexie (an AbortError's `inner`, a bulk error's `failures`, a `cause`), however deep.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const { name, inner, cause, failures } = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (name === 'QuotaExceededError') return true;
  if (isQuotaError(inner, depth + 1) || isQuotaError(cause, depth + 1)) return true;
  const nested = Array.isArray(failures) ? failures : failures && typeof failures === 'object' ? Object.values(failures) : [];
  return nested.slice(0, 20).some((failure) => isQuotaError(failure, depth + 1));
}

export const QUOTA_MESSAGE_ID = 'app.error.quota' satisfies MessageId;

/** A sentence for the person at the laptop, whatever was thrown; in the window's language unless a translator is given. */
export function messageOf(error: unknown, i18n?: Translator): string {
  const words = (id: MessageId) => (i18n ? i18n.t(id) : windowWords(id));
  if (error instanceof AppError) {
    const translator = i18n ?? useAppStore.getState().windowTranslator;
    return error.text && translator ? translator.text(error.text) : error.message;
  }
  if (isQuotaError(error)) return words(QUOTA_MESSAGE_ID);
  return words('app.error.unknown');
}
