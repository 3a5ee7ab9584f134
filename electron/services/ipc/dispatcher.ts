/**
 * The one gate every call from a window passes: the sender must be our own page's main frame,
 * the request must parse with the contract's schema, and any failure comes back as a typed error
 * (never a thrown stack). Electron's ipcMain and the Chromium shell's bridge both call it.
 */
import { describeIssue } from '../../../shared/format/loadSessionFile';
import { CALLS, type CallName, type CallResponse, type IpcResult, type ParsedRequest } from '../../../shared/ipc/contract';

export type Handlers = { [N in CallName]: (request: ParsedRequest<N>) => Promise<CallResponse<N>> };

export interface Sender {
  /** URL of the frame that sent the call. */
  url: string | undefined;
  /** Whether that frame is the top-level frame of its window. */
  isMainFrame: boolean;
}

/** An error whose message is meant for the person at the laptop. */
export class UserFacingError extends Error {
  constructor(
    readonly code: 'not-found' | 'io' | 'forbidden' | 'invalid-request',
    message: string,
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    // app://readiness-room has an opaque origin in URL's eyes; compare scheme + host instead.
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

export type Dispatch = (channel: string, request: unknown, sender: Sender) => Promise<IpcResult<unknown>>;

export function createDispatcher(handlers: Handlers, allowedOrigins: readonly string[], log: (message: string) => void = () => {}): Dispatch {
  return async (channel, request, sender) => {
    if (!Object.hasOwn(CALLS, channel)) {
      return { ok: false, error: { code: 'unknown-call', message: `There is no call named "${String(channel).slice(0, 60)}".` } };
    }
    const origin = originOf(sender.url);
    if (!sender.isMainFrame || origin === null || !allowedOrigins.includes(origin)) {
      log(`refused ${channel} from ${origin ?? 'an unknown origin'}${sender.isMainFrame ? '' : ' (subframe)'}`);
      return { ok: false, error: { code: 'forbidden', message: 'This request did not come from Readiness Room itself.' } };
    }
    const name = channel as CallName;
    const parsed = CALLS[name].request.safeParse(request);
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid-request', message: `The request was refused: ${describeIssue(parsed.error.issues[0]!)}.` } };
    }
    try {
      const handler = handlers[name] as (req: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof UserFacingError) return { ok: false, error: { code: error.code, message: error.message } };
      log(`${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return { ok: false, error: { code: 'internal', message: 'Something went wrong inside Readiness Room. Your work is safe; please try again.' } };
    }
  };
}
