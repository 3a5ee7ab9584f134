/**
 * The one gate every call from a window passes: the sender must be our own page's main frame,
 * the request must parse with the contract's schema, and any failure comes back as a typed error
 * (never a thrown stack). Electron's ipcMain and the Chromium shell's bridge both call it.
 */
import { describeIssue } from '../../../shared/format/loadSessionFile';
import { msg, translatorNow, type Message } from '../../../shared/i18n';
import { CALLS, type CallName, type CallResponse, type IpcError, type IpcResult, type ParsedRequest } from '../../../shared/ipc/contract';

export type Handlers = { [N in CallName]: (request: ParsedRequest<N>) => Promise<CallResponse<N>> };

export interface Sender {
  /** URL of the frame that sent the call. */
  url: string | undefined;
  /** Whether that frame is the top-level frame of its window. */
  isMainFrame: boolean;
}

/**
 * An error meant for the person at the laptop: a catalogue message (id + plain values) the window
 * shows in its language. A plain sentence is still taken from callers not converted yet.
 */
export class UserFacingError extends Error {
  readonly text: Message;
  constructor(
    readonly code: 'not-found' | 'io' | 'forbidden' | 'invalid-request',
    message: Message | string,
  ) {
    const text = typeof message === 'string' ? msg('shell.ipc.text', { text: message }) : message;
    super(englishOf(text));
    this.text = text;
    this.name = 'UserFacingError';
  }
}

/** The English words of a message, for logs and for callers that still read `message`. */
function englishOf(text: Message): string {
  try {
    return translatorNow('en').text(text);
  } catch {
    return text.id;
  }
}

/** The error a window receives: `text` to show in its language, `message` in English. */
export function ipcError(code: IpcError['code'], text: Message): IpcError {
  return { code, message: englishOf(text), text };
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
      return { ok: false, error: ipcError('unknown-call', msg('shell.ipc.unknownCall', { name: String(channel).slice(0, 60) })) };
    }
    const origin = originOf(sender.url);
    if (!sender.isMainFrame || origin === null || !allowedOrigins.includes(origin)) {
      log(`refused ${channel} from ${origin ?? 'an unknown origin'}${sender.isMainFrame ? '' : ' (subframe)'}`);
      return { ok: false, error: ipcError('forbidden', msg('shell.ipc.forbidden')) };
    }
    const name = channel as CallName;
    const parsed = CALLS[name].request.safeParse(request);
    if (!parsed.success) {
      return { ok: false, error: ipcError('invalid-request', msg('shell.ipc.invalidRequest', { detail: describeIssue(parsed.error.issues[0]!) })) };
    }
    try {
      const handler = handlers[name] as (req: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof UserFacingError) return { ok: false, error: ipcError(error.code, error.text) };
      log(`${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return { ok: false, error: ipcError('internal', msg('shell.ipc.internal')) };
    }
  };
}
