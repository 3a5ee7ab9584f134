/**
 * The one typed contract between the window and main. Every call names its request schema (main
 * parses with it) and its response type; every event names its payload. The preload, the
 * renderer's `api` and main's handlers are all typed from these two maps.
 */
import { z } from 'zod';
import { SessionSchema, type Session } from '../model/session';

const NoArgs = z.strictObject({});

/** Declares a call: the request schema is real, the response is a type only. */
function call<Req extends z.ZodType, Res>(request: Req): { request: Req; response?: Res } {
  return { request };
}

export interface AppInfo {
  version: string;
  shell: 'electron' | 'chromium';
  platform: string;
  sessionsFolder: string;
}

export interface MirrorProblem {
  file: string;
  message: string;
}

export const CALLS = {
  getAppInfo: call<typeof NoArgs, AppInfo>(NoArgs),
  /** Writes the durable copy of a session to disk (atomic, with rotating backups). */
  mirrorSession: call<z.ZodObject<{ session: typeof SessionSchema }>, { savedAt: string }>(
    z.strictObject({ session: SessionSchema }),
  ),
  /** Every session mirrored on disk, so the window can restore what IndexedDB lost. */
  listMirroredSessions: call<typeof NoArgs, { sessions: Session[]; problems: MirrorProblem[] }>(NoArgs),
  /** Opens an https or mailto link in the system's browser or mail app; anything else is refused. */
  openExternal: call<z.ZodObject<{ url: z.ZodString }>, { opened: true }>(z.strictObject({ url: z.string().max(2048) })),
} as const;

export type CallName = keyof typeof CALLS;
export type CallRequest<N extends CallName> = z.input<(typeof CALLS)[N]['request']>;
export type ParsedRequest<N extends CallName> = z.output<(typeof CALLS)[N]['request']>;
export type CallResponse<N extends CallName> = NonNullable<(typeof CALLS)[N]['response']>;

/** Events main pushes to the window. */
export interface EventPayloads {
  /** A menu command or keyboard accelerator handled by the window. */
  menuCommand: { command: 'new-session' | 'open-library' | 'toggle-theme' };
}
export type EventName = keyof EventPayloads;

export const CALL_NAMES = Object.keys(CALLS) as CallName[];
export const EVENT_NAMES: readonly EventName[] = ['menuCommand'];

export type IpcErrorCode = 'invalid-request' | 'forbidden' | 'unknown-call' | 'not-found' | 'io' | 'internal';
export interface IpcError {
  code: IpcErrorCode;
  message: string;
}
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

type EventListenerName<E extends EventName> = `on${Capitalize<E>}`;

/** What the preload exposes on `window.readinessRoom`: one function per call and per event. */
export type ReadinessRoomApi = {
  [N in CallName]: (request: CallRequest<N>) => Promise<IpcResult<CallResponse<N>>>;
} & {
  [E in EventName as EventListenerName<E>]: (listener: (payload: EventPayloads[E]) => void) => () => void;
};

export const EVENT_CHANNEL_PREFIX = 'event:';
