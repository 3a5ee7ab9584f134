/**
 * The one typed contract between the window and main. Every call names its request schema (main
 * parses with it) and its response type; every event names its payload. The preload, the
 * renderer's `api` and main's handlers are all typed from these two maps.
 */
import type { Message } from '../i18n';
import { z } from 'zod';
import { LANGUAGE_TAG } from '../i18n/languages';
import { SessionSchema, type Session } from '../model/session';
import type { TrackerRow } from '../actions/trackerRows';
import type { FrameworkLoadErrorCode } from '../format/loadFrameworkFile';
import { FrameworkSchema, type Framework } from '../framework/frameworkSchema';
import { LibraryFrameworkSchema, type LibraryFramework } from '../framework/libraryFrameworkSchema';
import { EXPORT_FORMATS, type ExportFormat } from '../report/exportFormats';
import { RoomRosterSchema } from '../room/roomRoster';
import { RoomRoundStateSchema } from '../room/roomRoundStateSchema';
import type { RoomStatus } from '../room/roomStatus';
import { MAX_PORTFOLIO_SESSIONS, MAX_SESSIONS_PER_READ } from './limits';
import { PORTFOLIO_FORMATS, type PortfolioFormat } from '../portfolio/portfolioFormats';
import { RoomVoteEntrySchema, RoomVoteOutcomeSchema, type RoomVoteEntry } from '../room/roomVoteEntry';

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
  message: Message;
  /** For 'repaired': what was repaired (the first few). */
  repairs?: Message[];
  /** The session the damaged file held, when its name says so. */
  sessionId?: string;
  /** When the newest good backup was taken (ISO), or null when there is none. */
  backupTakenAt?: string | null;
  /** 'repaired': small damage was repaired; 'used-backup': the newest good backup stands in; 'unreadable': nothing could be read. */
  kind?: 'repaired' | 'used-backup' | 'unreadable';
}

/** A session as start-up compares it: which one, and when it last changed (ms). */
export interface SessionStamp {
  id: string;
  updatedAt: number;
}

/** Why a session file was not opened (LoadErrorCode of shared/format, or the file itself). */
export type SessionFileRefusal = 'too-large' | 'not-json' | 'not-a-session' | 'newer-version' | 'invalid' | 'missing' | 'unreadable';

/** The answer to opening a session file: nothing (cancelled), the session with its repairs, or a refusal. */
export type OpenedSessionFile =
  | { status: 'cancelled' }
  | { status: 'opened'; path: string; fileName: string; session: Session; version: number; repairs: Message[]; savedAt: string | null }
  | { status: 'refused'; path: string; fileName: string; code: SessionFileRefusal; message: Message };

/** Why a returned tracker was not read (the reader's refusal, a CSV file, or the file itself). */
export type TrackerFileRefusal = 'too-large' | 'not-a-workbook' | 'zip-bomb' | 'macros' | 'formulas' | 'too-many-rows' | 'not-our-tracker' | 'newer-version' | 'csv' | 'missing' | 'unreadable';

/** The answer to importing a tracker: nothing (cancelled), its Actions rows with the session and language it was exported from, or a refusal. */
export type OpenedTrackerFile =
  | { status: 'cancelled' }
  | { status: 'read'; fileName: string; sessionId: string; language: string; rows: TrackerRow[] }
  | { status: 'refused'; fileName: string; code: TrackerFileRefusal; message: Message };

/** Why a framework file was not opened (the loader's code, or the file itself). */
export type FrameworkFileRefusal = FrameworkLoadErrorCode | 'missing' | 'unreadable';

/** The answer to opening a .rrframework file: nothing (cancelled), the framework with its repairs, or a refusal. */
export type OpenedFrameworkFile =
  | { status: 'cancelled' }
  | { status: 'opened'; path: string; fileName: string; framework: Framework; version: number; repairs: Message[] }
  | { status: 'refused'; path: string; fileName: string; code: FrameworkFileRefusal; message: Message };

export interface RecentSessionFile {
  path: string;
  fileName: string;
  initiative: string;
  client: string;
  /** When it was last opened or saved (ISO). */
  usedAt: string;
  /** Whether the file is still there. */
  exists: boolean;
}

export interface SessionBackup {
  /** The backup's file name (never a path): what restoreSessionBackup takes. */
  name: string;
  takenAt: string;
  bytes: number;
  /** The session it holds, or null with the reason when it cannot be read. */
  session: Session | null;
  problem: string | null;
  /** The problem, shown in the window's language. */
  problemText?: Message | null;
}

/** What an export wrote, and what it could not write (with a sentence to show). */
export interface ExportDocumentsResult {
  files: Array<{ format: ExportFormat; path: string; fileName: string }>;
  failures: Array<{ format: ExportFormat; message: string }>;
}

const ExportDocumentsRequest = z.strictObject({
  session: SessionSchema,
  formats: z.array(z.enum(EXPORT_FORMATS)).min(1).max(EXPORT_FORMATS.length),
  folder: z.string().min(1).max(4096),
});

/** A client's portfolio: its sessions (the window's copies), which client, which documents, where. */
const ExportPortfolioRequest = z.strictObject({
  sessions: z.array(SessionSchema).min(1).max(MAX_PORTFOLIO_SESSIONS),
  client: z.string().max(200),
  formats: z.array(z.enum(PORTFOLIO_FORMATS)).min(1).max(PORTFOLIO_FORMATS.length),
  folder: z.string().min(1).max(4096),
});

/** What a portfolio export wrote, and what it could not write (with a sentence to show). */
export interface ExportPortfolioResult {
  files: Array<{ format: PortfolioFormat; path: string; fileName: string }>;
  failures: Array<{ format: PortfolioFormat; message: string }>;
}

const SessionIdRequest = z.strictObject({ id: z.string().min(1).max(64) });
const SessionIdsRequest = z.strictObject({ ids: z.array(z.string().min(1).max(64)).min(1).max(MAX_SESSIONS_PER_READ) });
const FilePathRequest = z.strictObject({ path: z.string().min(1).max(4096) });
const MenuLanguageRequest = z.strictObject({ language: z.string().max(16).regex(LANGUAGE_TAG) });

const MirrorFrameworkRequest = z.strictObject({ framework: LibraryFrameworkSchema });
const ExportFrameworkRequest = z.strictObject({ framework: FrameworkSchema });

const RoomSessionId = z.string().min(1).max(64);
const RoomSessionRequest = z.strictObject({ sessionId: RoomSessionId });
const RoomSecret = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/);
const OpenRoomRequest = z.strictObject({
  sessionId: RoomSessionId,
  network: z.enum(['lan', 'loopback']),
  anonymous: z.boolean(),
  round: RoomRoundStateSchema,
  roster: RoomRosterSchema,
  /** The session's room from before (a restart): the same port, key and address when possible. */
  previous: z
    .strictObject({
      key: RoomSecret,
      tokenSecret: RoomSecret,
      port: z.number().int().min(1).max(65535),
      address: z.string().max(64).nullable(),
      interfaceName: z.string().max(120).nullable(),
    })
    .nullable(),
});
const SetRoomRoundRequest = z.strictObject({ sessionId: RoomSessionId, anonymous: z.boolean(), state: RoomRoundStateSchema, roster: RoomRosterSchema });
const ChooseRoomAddressRequest = z.strictObject({ sessionId: RoomSessionId, address: z.string().min(1).max(64) });
const AnswerRoomClaimRequest = z.strictObject({ claimId: z.string().regex(/^[A-Za-z0-9_-]{8,32}$/), allow: z.boolean(), handovers: z.number().int().min(0).max(1_000_000) });
const ConfirmRoomVoteRequest = z.strictObject({ entryId: RoomVoteEntrySchema.shape.entryId, outcome: RoomVoteOutcomeSchema });

export const CALLS = {
  getAppInfo: call<typeof NoArgs, AppInfo>(NoArgs),
  /** Writes the durable copy of a session to disk (atomic, with rotating backups). */
  mirrorSession: call<z.ZodObject<{ session: typeof SessionSchema }>, { savedAt: string }>(
    z.strictObject({ session: SessionSchema }),
  ),
  /** Every session mirrored on disk, whole (newest first), with the files that could not be read. */
  listMirroredSessions: call<typeof NoArgs, { sessions: Session[]; problems: MirrorProblem[] }>(NoArgs),
  /**
   * What listMirroredSessions finds as ids and update times only: start-up compares them with
   * IndexedDB and fetches just the sessions that differ with readMirroredSessions.
   */
  listMirroredSessionStamps: call<typeof NoArgs, { sessions: SessionStamp[]; problems: MirrorProblem[] }>(NoArgs),
  /** The mirrored sessions with these ids (a damaged file's newest good backup stands in); unreadable ones are left out. */
  readMirroredSessions: call<typeof SessionIdsRequest, { sessions: Session[] }>(SessionIdsRequest),
  /** The window's language changed (or the window started): main rebuilds the menu and words its dialogs in it. */
  setMenuLanguage: call<typeof MenuLanguageRequest, { language: string }>(MenuLanguageRequest),
  /** Opens an https or mailto link in the system's browser or mail app; anything else is refused. */
  openExternal: call<z.ZodObject<{ url: z.ZodString }>, { opened: true }>(z.strictObject({ url: z.string().max(2048) })),
  /** Save As: asks where (native dialog), writes the session there atomically, remembers it as recent. */
  saveSessionAs: call<z.ZodObject<{ session: typeof SessionSchema }>, { status: 'cancelled' } | { status: 'saved'; path: string; fileName: string }>(
    z.strictObject({ session: SessionSchema }),
  ),
  /** Open: asks which .rrsession file (native dialog) and loads it; the file itself is never changed. */
  openSessionFile: call<typeof NoArgs, OpenedSessionFile>(NoArgs),
  /** Loads a .rrsession file named by the system (double-click, command line) or the recent list. */
  openSessionPath: call<typeof FilePathRequest, OpenedSessionFile>(FilePathRequest),
  /** Session files the system asked to open before the window was listening; later ones come as fileOpenRequested. */
  takeFileOpenRequests: call<typeof NoArgs, { paths: string[] }>(NoArgs),
  listRecentFiles: call<typeof NoArgs, { files: RecentSessionFile[] }>(NoArgs),
  forgetRecentFile: call<typeof FilePathRequest, { forgotten: boolean }>(FilePathRequest),
  /** A session's backups, newest first, each with the session it holds (for a preview). */
  listSessionBackups: call<typeof SessionIdRequest, { backups: SessionBackup[] }>(SessionIdRequest),
  /** Backs up the session's file now (before it is replaced); null when there is no file to back up. */
  backupSessionNow: call<typeof SessionIdRequest, { name: string | null }>(SessionIdRequest),
  /**
   * Reads one backup to restore it, after backing up the current file (`safetyBackup`), so the
   * restore can be undone. The window writes the session back like any change.
   */
  restoreSessionBackup: call<z.ZodObject<{ id: z.ZodString; name: z.ZodString }>, { session: Session; safetyBackup: string }>(
    z.strictObject({ id: z.string().min(1).max(64), name: z.string().min(1).max(64) }),
  ),

  // The framework library: the window keeps it in IndexedDB; main keeps the durable copy beside the sessions.
  /** Writes the durable copy of one framework of the library (atomic); deleted ones too, so a restart agrees. */
  mirrorFramework: call<typeof MirrorFrameworkRequest, { savedAt: string }>(MirrorFrameworkRequest),
  /** Every framework of the library on disk (deleted ones too), newest first, with the files that could not be read. */
  listMirroredFrameworks: call<typeof NoArgs, { frameworks: LibraryFramework[]; problems: MirrorProblem[] }>(NoArgs),
  /** Export: asks where (native dialog) and writes the framework there as a .rrframework file, atomically. */
  exportFrameworkFile: call<typeof ExportFrameworkRequest, { status: 'cancelled' } | { status: 'saved'; path: string; fileName: string }>(ExportFrameworkRequest),
  /** Import: asks which .rrframework file (native dialog) and loads it; the file itself is never changed. */
  openFrameworkFile: call<typeof NoArgs, OpenedFrameworkFile>(NoArgs),
  /** Loads a .rrframework file named by the system (double-click, command line); the file is never changed. */
  openFrameworkPath: call<typeof FilePathRequest, OpenedFrameworkFile>(FilePathRequest),

  // The room: phones vote over the local network. Only these calls (from the laptop's own window) control it.
  /** Opens the room for a session: on the laptop's network addresses, or on this laptop only (for a test). */
  openRoom: call<typeof OpenRoomRequest, RoomStatus>(OpenRoomRequest),
  /** A new QR key and short code for the open room (phones already in stay in). */
  rotateRoomKey: call<typeof RoomSessionRequest, RoomStatus>(RoomSessionRequest),
  /** Which of the laptop's addresses the QR code and the projector show. */
  chooseRoomAddress: call<typeof ChooseRoomAddressRequest, RoomStatus>(ChooseRoomAddressRequest),
  /** The facilitator's answer to a phone asking to join as someone another phone holds. */
  answerRoomClaim: call<typeof AnswerRoomClaimRequest, { answered: boolean }>(AnswerRoomClaimRequest),
  /** Closes the room: phones are told, the server stops. */
  closeRoom: call<typeof NoArgs, RoomStatus>(NoArgs),
  roomStatus: call<typeof NoArgs, RoomStatus>(NoArgs),
  /** Tells the phones which round is open, or that it closed (with its distribution once revealed). */
  setRoomRound: call<typeof SetRoomRoundRequest, { applied: boolean }>(SetRoomRoundRequest),
  /** The window stored a phone's vote (or found its round closed): the journal may let it go. */
  confirmRoomVote: call<typeof ConfirmRoomVoteRequest, { confirmed: boolean }>(ConfirmRoomVoteRequest),
  /** Phone votes the window has not confirmed yet (after a restart, a crash or a reload). */
  pendingRoomVotes: call<typeof NoArgs, { votes: RoomVoteEntry[] }>(NoArgs),
  /** Opens (or brings forward) the presenter view of a session, on the second display when there is one. */
  openPresenter: call<typeof RoomSessionRequest, { opened: true }>(RoomSessionRequest),

  // Documents for the client.
  /** Asks for the folder the documents go to (native dialog); null when cancelled. Main remembers the answer. */
  chooseExportFolder: call<typeof NoArgs, { folder: string | null }>(NoArgs),
  /** Writes the chosen documents into a folder picked with chooseExportFolder (any other folder is refused). */
  exportDocuments: call<typeof ExportDocumentsRequest, ExportDocumentsResult>(ExportDocumentsRequest),
  /** Writes a client's portfolio (PDF page, XLSX sheet) into a folder picked with chooseExportFolder. */
  exportPortfolio: call<typeof ExportPortfolioRequest, ExportPortfolioResult>(ExportPortfolioRequest),
  /** Shows an exported document in the system's file manager (only files this app just exported). */
  showInFolder: call<typeof FilePathRequest, { shown: true }>(FilePathRequest),
  /** Import: asks which returned tracker (native dialog) and reads its Actions rows; the file is never changed. */
  importTrackerFile: call<typeof NoArgs, OpenedTrackerFile>(NoArgs),
} as const;

export type CallName = keyof typeof CALLS;
export type CallRequest<N extends CallName> = z.input<(typeof CALLS)[N]['request']>;
export type ParsedRequest<N extends CallName> = z.output<(typeof CALLS)[N]['request']>;
export type CallResponse<N extends CallName> = NonNullable<(typeof CALLS)[N]['response']>;

/** Events main pushes to the window. */
export interface EventPayloads {
  /** A menu command or keyboard accelerator handled by the window. */
  menuCommand: {
    command: 'new-session' | 'open-library' | 'toggle-theme' | 'open-session-file' | 'save-session-as' | 'restore-backup' | 'undo' | 'redo' | 'command-palette' | 'import-tracker';
  };
  /** The system asked to open a session or framework file (double-click, command line, a second launch); the extension says which. */
  fileOpenRequested: { path: string };
  /** A phone's vote, on disk and acknowledged: store it in its round, then confirmRoomVote. */
  roomVote: RoomVoteEntry;
  /** The room opened, closed, or its phones, code or round changed. */
  roomState: RoomStatus;
}
export type EventName = keyof EventPayloads;

export const CALL_NAMES = Object.keys(CALLS) as CallName[];
export const EVENT_NAMES: readonly EventName[] = ['menuCommand', 'fileOpenRequested', 'roomVote', 'roomState'];

export type IpcErrorCode = 'invalid-request' | 'forbidden' | 'unknown-call' | 'not-found' | 'io' | 'internal';
export interface IpcError {
  code: IpcErrorCode;
  /** In English, for logs. */
  message: string;
  /** What the window shows, in its language (plain JSON; see MessageSchema). */
  text?: Message;
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
