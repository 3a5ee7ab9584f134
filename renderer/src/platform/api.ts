/**
 * The window's only door to main: `window.readinessRoom`, exposed by the preload (Electron) or by
 * the Chromium shell's bridge. Calls resolve to the response or throw an AppError whose message
 * can be shown as is.
 */
import type { CallName, CallRequest, CallResponse, IpcErrorCode, IpcResult, ReadinessRoomApi } from '../../../shared/ipc/contract';

declare global {
  interface Window {
    readinessRoom?: ReadinessRoomApi;
  }
}

export class AppError extends Error {
  constructor(
    readonly code: IpcErrorCode | 'unavailable',
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function bridge(): ReadinessRoomApi {
  const api = window.readinessRoom;
  if (!api) throw new AppError('unavailable', 'Readiness Room must be opened through its app, not as a web page.');
  return api;
}

export function isBridgeAvailable(): boolean {
  return typeof window !== 'undefined' && window.readinessRoom !== undefined;
}

export async function call<N extends CallName>(name: N, request: CallRequest<N>): Promise<CallResponse<N>> {
  const fn = bridge()[name] as unknown as (req: CallRequest<N>) => Promise<IpcResult<CallResponse<N>>>;
  const result = await fn(request);
  if (result.ok) return result.value;
  throw new AppError(result.error.code, result.error.message);
}

/** A sentence for the person at the laptop, whatever was thrown. */
export function messageOf(error: unknown): string {
  if (error instanceof AppError) return error.message;
  if (error instanceof Error && error.name === 'QuotaExceededError') {
    return 'The browser storage is full. Your work is still saved on disk; free some space on this laptop.';
  }
  return 'Something went wrong. Your work is safe; please try again.';
}
