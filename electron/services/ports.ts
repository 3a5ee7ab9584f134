import type { EventName, EventPayloads } from '../../shared/ipc/contract';

/**
 * What services need from the outside world, passed in by whoever runs them: Electron's main
 * process, the Chromium shell, the command line or a test.
 */
export interface Ports {
  /** Folder for the app's own data (Electron's userData). */
  userDataDir: string;
  appVersion: string;
  shell: 'electron' | 'chromium';
  /** Opens an already-allowlisted URL with the operating system. */
  openExternal(url: string): Promise<void>;
  now(): Date;
  log(message: string): void;
  /** Asks the person for a folder (the export's destination); null when they cancel. */
  chooseFolder(): Promise<string | null>;
  /** Shows a file in the system's file manager. */
  showItemInFolder(filePath: string): Promise<void>;
  /**
   * Prints one self-contained HTML page to PDF with JavaScript off (Electron printToPDF or
   * Chromium's Page.printToPDF), honouring the page's CSS page size, margins and margin boxes.
   */
  renderPdf(html: string): Promise<Uint8Array>;
  /** Asks where to save a session file (native Save dialog, .rrsession filter); null when they cancel. */
  chooseSessionFileToSave(defaultFileName: string): Promise<string | null>;
  /** Asks which session file to open (native Open dialog, .rrsession filter); null when they cancel. */
  chooseSessionFileToOpen(): Promise<string | null>;
  /** Asks where to save a framework file (native Save dialog, .rrframework filter); null when they cancel. */
  chooseFrameworkFileToSave(defaultFileName: string): Promise<string | null>;
  /** Asks which framework file to import (native Open dialog, .rrframework filter); null when they cancel. */
  chooseFrameworkFileToOpen(): Promise<string | null>;
  /** Asks which returned tracker to import (native Open dialog: .xlsx, and .csv to say why not); null when they cancel. */
  chooseTrackerFileToOpen(): Promise<string | null>;
  /** Session files the system asked to open before the window listened (a FileOpenQueue's take()). */
  takeFileOpenRequests(): string[];
  /** The built renderer folder (out/renderer): the room serves the phone page from it. */
  rendererDir: string;
  /** Pushes a typed event to every window of the app (the room's votes and status). */
  emit<E extends EventName>(name: E, payload: EventPayloads[E]): void;
  /** Opens (or brings forward) a session's presenter view: a second window, on the second display when there is one. */
  openPresenter(sessionId: string): Promise<void>;
  /**
   * The window's language: the menu and the native dialogs follow it; returns the language applied.
   * Absent where there is no menu (the Chromium shell, tests).
   */
  setMenuLanguage?(language: string): string;
  /** Work to finish before the app quits (the room tells its phones it is closing). */
  onQuit(task: () => Promise<void>): void;
}
