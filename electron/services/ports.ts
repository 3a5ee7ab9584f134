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
}
