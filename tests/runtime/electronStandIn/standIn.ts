/**
 * A strict stand-in for Electron 45, for running the built main process and preload in plain Node.
 *
 * What it checks, all derived from node_modules/electron/electron.d.ts (see typings.ts):
 * - every member read on a stand-in object (app, BrowserWindow and its static side, WebContents,
 *   WebFrameMain, Session, WebRequest, protocol, ipcMain, Menu, MenuItem, screen, dialog, shell,
 *   contextBridge, ipcRenderer) must be declared for that type; undeclared ones throw, declared
 *   ones the stand-in does not model throw too ("not modelled");
 * - every call's arguments must fit one of the member's declared overloads: option objects may
 *   only hold declared keys (BrowserWindowConstructorOptions, WebPreferences, MenuItem options,
 *   dialog options, custom schemes …) with values of the declared kind; string-literal unions are
 *   enforced (event names of `on(event: '…')`, menu roles and item types, getPath names);
 *   accelerators must follow Electron's accelerator grammar;
 * - ready rules: app.enableSandbox and protocol.registerSchemesAsPrivileged only before `ready`;
 *   BrowserWindow, the rest of protocol, session.defaultSession, screen and dialog only after;
 * - ipcMain.handle refuses a second handler for a channel, as Electron does.
 * Every refusal is thrown and also kept in `violations`, so one swallowed by a promise still fails
 * the suite. The preload runs in a `vm` context with only what a sandboxed preload gets.
 */
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { electronTypings, STAND_IN_TYPE, type ElectronTypings } from './typings';

export class ElectronStandInError extends Error {
  constructor(message: string) {
    super(`electron stand-in: ${message}`);
    this.name = 'ElectronStandInError';
  }
}

type Readiness = 'before-ready' | 'after-ready';
/** Members Electron allows only before or only after the app is ready ('*' = every member). */
const READY_RULES: Record<string, Record<string, Readiness>> = {
  App: { enableSandbox: 'before-ready' },
  Protocol: { registerSchemesAsPrivileged: 'before-ready', '*': 'after-ready' },
  'static Session': { defaultSession: 'after-ready', fromPartition: 'after-ready', fromPath: 'after-ready' },
  'new BrowserWindow': { '*': 'after-ready' },
  Screen: { '*': 'after-ready' },
  Dialog: { '*': 'after-ready' },
};

export interface StandInOptions {
  userDataDir: string;
  documentsDir: string;
  appVersion: string;
  isPackaged: boolean;
}

export interface Display {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
  workArea: { x: number; y: number; width: number; height: number };
  scaleFactor: number;
}

interface DialogAnswer {
  canceled: boolean;
  filePaths?: string[];
  filePath?: string;
}

type Handler = (event: unknown, ...args: unknown[]) => unknown;
type ProtocolHandler = (request: Request) => Response | Promise<Response>;

function makeEvent<P extends object>(params: P = {} as P): P & { preventDefault(): void; defaultPrevented: boolean } {
  return {
    ...params,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

/** What main sees: the strict face of a stand-in object (arrays of them too). */
function toFace(value: unknown): unknown {
  if (value instanceof Modelled) return value.face;
  if (Array.isArray(value) && value.some((item) => item instanceof Modelled)) return value.map(toFace);
  return value;
}

/** Faces handed back by main become the stand-in objects behind them again. */
const faceTargets = new WeakMap<object, Modelled>();
function toTarget(value: unknown): unknown {
  if ((typeof value === 'object' || typeof value === 'function') && value !== null) {
    const target = faceTargets.get(value);
    if (target) return target;
    if (Array.isArray(value)) return value.map(toTarget);
  }
  return value;
}

/** Something on the stand-in that has a strict public face. */
abstract class Modelled extends EventEmitter {
  face!: this;
  constructor(
    protected readonly standIn: ElectronStandIn,
    readonly typeName: string,
  ) {
    super();
  }
  /** Emits an event the typings declare for this type (a stand-in bug otherwise); listeners get faces. */
  fire(event: string, ...args: unknown[]): boolean {
    if (!this.standIn.typings.eventNames(this.typeName).has(event)) throw new ElectronStandInError(`${this.typeName} has no event '${event}'`);
    return this.emit(event, ...args.map(toFace));
  }
}

class AppImpl extends Modelled {
  sandboxEnabled = false;
  aboutPanelShown = 0;
  constructor(standIn: ElectronStandIn) {
    super(standIn, 'App');
  }
  get isPackaged(): boolean {
    return this.standIn.options.isPackaged;
  }
  enableSandbox(): void {
    this.sandboxEnabled = true;
  }
  whenReady(): Promise<void> {
    return this.standIn.readyPromise;
  }
  isReady(): boolean {
    return this.standIn.isReady;
  }
  getPath(name: string): string {
    const { userDataDir, documentsDir } = this.standIn.options;
    if (name === 'userData') return userDataDir;
    if (name === 'documents') return documentsDir;
    if (name === 'temp') return os.tmpdir();
    return path.join(path.dirname(userDataDir), name);
  }
  getVersion(): string {
    return this.standIn.options.appVersion;
  }
  getName(): string {
    return 'Readiness Room';
  }
  requestSingleInstanceLock(): boolean {
    return true;
  }
  quit(): void {
    this.standIn.quit();
  }
  showAboutPanel(): void {
    this.aboutPanelShown += 1;
  }
}

class FrameImpl extends Modelled {
  url = '';
  readonly frames: FrameImpl[] = [];
  constructor(
    standIn: ElectronStandIn,
    readonly parent: FrameImpl | null,
    readonly routingId: number,
  ) {
    super(standIn, 'WebFrameMain');
  }
  get origin(): string {
    try {
      const url = new URL(this.url);
      return `${url.protocol}//${url.host}`;
    } catch {
      return 'null';
    }
  }
  get top(): FrameImpl {
    return this.parent ? this.parent.top : this;
  }
  get processId(): number {
    return 1;
  }
  isDestroyed(): boolean {
    return false;
  }
}

class WebContentsImpl extends Modelled {
  private static nextId = 1;
  readonly id = WebContentsImpl.nextId++;
  readonly mainFrame: FrameImpl;
  loading = false;
  destroyed = false;
  /** Every message main sent to this page: [channel, ...args]. */
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  /** The page's ipcRenderer listeners, once its preload ran. */
  readonly rendererListeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  pdfPrints = 0;
  /** What main asked of the last print (Electron's PrintToPDFOptions). */
  pdfOptions: Record<string, unknown> | null = null;
  constructor(
    standIn: ElectronStandIn,
    readonly window: WindowImpl,
  ) {
    super(standIn, 'WebContents');
    this.mainFrame = standIn.wrap(new FrameImpl(standIn, null, this.id * 100));
  }
  get session(): SessionImpl {
    return this.standIn.defaultSession;
  }
  getURL(): string {
    return this.mainFrame.url;
  }
  isLoading(): boolean {
    return this.loading;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  async loadURL(url: string): Promise<void> {
    this.loading = true;
    try {
      await this.standIn.load(url, 'mainFrame');
    } catch (error) {
      this.loading = false;
      this.fire('did-fail-load', makeEvent(), -2, String(error), url, true, 1, this.mainFrame.routingId);
      throw error;
    }
    this.mainFrame.url = url;
    this.loading = false;
    this.fire('dom-ready', makeEvent());
    this.fire('did-finish-load', makeEvent());
    this.window.pageLoaded();
  }
  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new ElectronStandInError('send() on a destroyed WebContents');
    const cloned = args.map((arg) => structuredClone(arg));
    this.sent.push({ channel, args: cloned });
    for (const listener of this.rendererListeners.get(channel) ?? []) listener({ sender: null }, ...cloned);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  async printToPDF(options: Record<string, unknown>): Promise<Buffer> {
    if (!this.mainFrame.url.startsWith('data:')) throw new ElectronStandInError('printToPDF before a page loaded');
    this.pdfPrints += 1;
    this.pdfOptions = options;
    return Buffer.from('%PDF-1.4\n% printed by the Electron stand-in\n%%EOF\n');
  }
}

class WindowImpl extends Modelled {
  private static nextId = 1;
  readonly id = WindowImpl.nextId++;
  readonly webContents: WebContentsImpl;
  visible: boolean;
  destroyed = false;
  fullScreen = false;
  menuRemoved = false;
  private shownOnce = false;
  bounds: { x: number; y: number; width: number; height: number };
  constructor(
    standIn: ElectronStandIn,
    readonly options: Record<string, unknown>,
  ) {
    super(standIn, 'BrowserWindow');
    const num = (key: string, fallback: number): number => (typeof options[key] === 'number' ? (options[key] as number) : fallback);
    this.bounds = { x: num('x', 0), y: num('y', 0), width: num('width', 800), height: num('height', 600) };
    this.visible = options.show !== false;
    this.webContents = standIn.wrap(new WebContentsImpl(standIn, this));
  }
  get webPreferences(): Record<string, unknown> {
    return (this.options.webPreferences ?? {}) as Record<string, unknown>;
  }
  pageLoaded(): void {
    if (this.shownOnce) return;
    this.shownOnce = true;
    this.fire('ready-to-show');
  }
  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }
  show(): void {
    this.visible = true;
    this.focus();
  }
  hide(): void {
    this.visible = false;
  }
  isVisible(): boolean {
    return this.visible;
  }
  focus(): void {
    this.standIn.focused = this;
    this.fire('focus');
  }
  isFocused(): boolean {
    return this.standIn.focused === this;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getBounds(): { x: number; y: number; width: number; height: number } {
    return { ...this.bounds };
  }
  removeMenu(): void {
    this.menuRemoved = true;
  }
  setFullScreen(flag: boolean): void {
    this.fullScreen = flag;
  }
  isFullScreen(): boolean {
    return this.fullScreen;
  }
  close(): void {
    if (this.destroyed) return;
    const event = makeEvent();
    this.fire('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    if (this.standIn.focused === this) this.standIn.focused = null;
    this.fire('closed');
    if (this.standIn.openWindows().length === 0 && !this.standIn.quitting) this.standIn.app.fire('window-all-closed');
  }
}

class WebRequestImpl extends Modelled {
  beforeRequest: ((details: Record<string, unknown>, callback: (response: { cancel?: boolean }) => void) => void) | null = null;
  constructor(standIn: ElectronStandIn) {
    super(standIn, 'WebRequest');
  }
  onBeforeRequest(...args: unknown[]): void {
    this.beforeRequest = (args.length === 2 ? args[1] : args[0]) as typeof this.beforeRequest;
  }
}

class SessionImpl extends Modelled {
  readonly webRequest: WebRequestImpl;
  permissionRequestHandler: ((...args: unknown[]) => void) | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  devicePermissionHandler: ((...args: unknown[]) => boolean) | null = null;
  constructor(standIn: ElectronStandIn) {
    super(standIn, 'Session');
    this.webRequest = standIn.wrap(new WebRequestImpl(standIn));
  }
  setPermissionRequestHandler(handler: SessionImpl['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: SessionImpl['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: SessionImpl['devicePermissionHandler']): void {
    this.devicePermissionHandler = handler;
  }
}

class ProtocolImpl extends Modelled {
  readonly privileged: Array<{ scheme: string; privileges?: Record<string, boolean> }> = [];
  readonly handlers = new Map<string, ProtocolHandler>();
  constructor(standIn: ElectronStandIn) {
    super(standIn, 'Protocol');
  }
  registerSchemesAsPrivileged(schemes: Array<{ scheme: string; privileges?: Record<string, boolean> }>): void {
    this.privileged.push(...schemes);
  }
  handle(scheme: string, handler: ProtocolHandler): void {
    if (this.handlers.has(scheme)) throw new Error(`The scheme "${scheme}" is already handled`);
    this.handlers.set(scheme, handler);
  }
  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme);
  }
}

class IpcMainImpl extends Modelled {
  readonly handlers = new Map<string, Handler>();
  constructor(standIn: ElectronStandIn) {
    super(standIn, 'IpcMain');
  }
  handle(channel: string, listener: Handler): void {
    // Electron's own message for a second handler on one channel.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}

class MenuItemImpl extends Modelled {
  readonly label: string;
  readonly role: string | undefined;
  readonly accelerator: string | null;
  readonly type: string;
  readonly submenu: MenuImpl | undefined;
  readonly click: ((...args: unknown[]) => void) | undefined;
  constructor(standIn: ElectronStandIn, options: Record<string, unknown>) {
    super(standIn, 'MenuItem');
    this.label = typeof options.label === 'string' ? options.label : '';
    this.role = options.role as string | undefined;
    this.accelerator = (options.accelerator as string | undefined) ?? null;
    this.type = (options.type as string | undefined) ?? (options.submenu ? 'submenu' : 'normal');
    const submenu = options.submenu;
    this.submenu = Array.isArray(submenu) ? MenuImpl.build(standIn, submenu) : (submenu as MenuImpl | undefined);
    this.click = options.click as MenuItemImpl['click'];
  }
}

class MenuImpl extends Modelled {
  readonly items: MenuItemImpl[] = [];
  constructor(standIn: ElectronStandIn) {
    super(standIn, 'Menu');
  }
  static build(standIn: ElectronStandIn, template: unknown[]): MenuImpl {
    const menu = standIn.wrap(new MenuImpl(standIn));
    for (const item of template) {
      menu.items.push(item instanceof MenuItemImpl ? item : standIn.wrap(new MenuItemImpl(standIn, item as Record<string, unknown>)));
    }
    return menu;
  }
}

class ScreenImpl extends Modelled {
  constructor(standIn: ElectronStandIn) {
    super(standIn, 'Screen');
  }
  getPrimaryDisplay(): Display {
    return structuredClone(this.standIn.displays[0]!);
  }
  getAllDisplays(): Display[] {
    return structuredClone(this.standIn.displays);
  }
  getDisplayMatching(rect: { x: number; y: number }): Display {
    const hit = this.standIn.displays.find((d) => rect.x >= d.bounds.x && rect.x < d.bounds.x + d.bounds.width);
    return structuredClone(hit ?? this.standIn.displays[0]!);
  }
}

class DialogImpl extends Modelled {
  readonly shown: Array<{ kind: 'open' | 'save'; parent: unknown; options: Record<string, unknown> }> = [];
  readonly answers: DialogAnswer[] = [];
  constructor(standIn: ElectronStandIn) {
    super(standIn, 'Dialog');
  }
  private answer(kind: 'open' | 'save', args: unknown[]): DialogAnswer {
    const [parent, options] = args.length === 2 ? args : [undefined, args[0]];
    this.shown.push({ kind, parent, options: options as Record<string, unknown> });
    return this.answers.shift() ?? { canceled: true, filePaths: [] };
  }
  async showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
    const answer = this.answer('open', args);
    return { canceled: answer.canceled, filePaths: answer.filePaths ?? [] };
  }
  async showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath: string }> {
    const answer = this.answer('save', args);
    return { canceled: answer.canceled, filePath: answer.filePath ?? '' };
  }
}

class ShellImpl extends Modelled {
  readonly openedExternal: string[] = [];
  readonly shownInFolder: string[] = [];
  constructor(standIn: ElectronStandIn) {
    super(standIn, 'Shell');
  }
  async openExternal(url: string): Promise<void> {
    this.openedExternal.push(url);
  }
  showItemInFolder(fullPath: string): void {
    this.shownInFolder.push(fullPath);
  }
}

class ContextBridgeImpl extends Modelled {
  constructor(
    standIn: ElectronStandIn,
    private readonly mainWorld: Record<string, unknown>,
  ) {
    super(standIn, 'ContextBridge');
  }
  exposeInMainWorld(apiKey: string, api: unknown): void {
    if (Object.hasOwn(this.mainWorld, apiKey)) throw new Error(`Cannot bind an API on top of an existing property on the window object`);
    this.mainWorld[apiKey] = bridgeCopy(api, apiKey);
  }
}

/** What crosses the context bridge: functions as callable proxies, plain data copied, nothing else. */
function bridgeCopy(value: unknown, where: string): unknown {
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return (...args: unknown[]) => fn(...args);
  }
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Promise) return value;
  if (Array.isArray(value)) return value.map((item, i) => bridgeCopy(item, `${where}[${i}]`));
  // A plain object of any realm (the preload's context has its own Object.prototype).
  const proto = Object.getPrototypeOf(value) as object | null;
  if (proto !== null && Object.getPrototypeOf(proto) !== null) throw new ElectronStandInError(`${where} is a ${proto?.constructor?.name ?? 'class instance'}, which the context bridge does not copy`);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, bridgeCopy(item, `${where}.${key}`)]));
}

class IpcRendererImpl extends Modelled {
  /** Calls of the generic send family, which this app's preload must never make. */
  readonly genericCalls: string[] = [];
  constructor(
    standIn: ElectronStandIn,
    private readonly contents: WebContentsImpl,
  ) {
    super(standIn, 'IpcRenderer');
  }
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    return this.standIn.invoke(this.contents.mainFrame, channel, ...args);
  }
  override on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): this {
    const set = this.contents.rendererListeners.get(channel) ?? new Set();
    set.add(listener);
    this.contents.rendererListeners.set(channel, set);
    return this;
  }
  override removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): this {
    this.contents.rendererListeners.get(channel)?.delete(listener);
    return this;
  }
  send(channel: string): void {
    this.genericCalls.push(`send ${channel}`);
  }
  sendSync(channel: string): void {
    this.genericCalls.push(`sendSync ${channel}`);
  }
}

/** Modules a sandboxed preload may require, besides electron (Electron's sandboxed renderer list). */
const SANDBOX_MODULES: Record<string, () => unknown> = {
  events: () => ({ EventEmitter }),
  timers: () => ({ setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate }),
  url: () => ({ URL, URLSearchParams }),
};

export interface PreloadRun {
  /** The renderer's main world: what the preload exposed with contextBridge. */
  mainWorld: Record<string, unknown>;
  ipcRenderer: IpcRendererImpl;
  /** Modules the preload asked require() for. */
  required: string[];
}

export class ElectronStandIn {
  readonly typings: ElectronTypings = electronTypings();
  readonly violations: string[] = [];
  isReady = false;
  quitting = false;
  quitted = false;
  /** How often before-quit fired, and how often it was prevented. */
  readonly quitLog: string[] = [];
  focused: WindowImpl | null = null;
  readonly windows: WindowImpl[] = [];
  displays: Display[] = [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1050 }, scaleFactor: 1 }];
  applicationMenu: MenuImpl | null = null;
  readonly readyPromise: Promise<void>;
  private resolveReady!: () => void;

  readonly app: AppImpl;
  readonly protocol: ProtocolImpl;
  readonly ipcMain: IpcMainImpl;
  readonly screen: ScreenImpl;
  readonly dialog: DialogImpl;
  readonly shell: ShellImpl;
  private session: SessionImpl | null = null;
  /** `require('electron')` in the main process: the Main and Common namespaces of the typings. */
  readonly mainModule: Record<string, unknown>;

  constructor(readonly options: StandInOptions) {
    this.readyPromise = new Promise((resolve) => (this.resolveReady = resolve));
    this.app = this.wrap(new AppImpl(this));
    this.protocol = this.wrap(new ProtocolImpl(this));
    this.ipcMain = this.wrap(new IpcMainImpl(this));
    this.screen = this.wrap(new ScreenImpl(this));
    this.dialog = this.wrap(new DialogImpl(this));
    this.shell = this.wrap(new ShellImpl(this));
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the defaultSession getter below needs the stand-in
    const standIn = this;
    const modelled: Record<string, unknown> = {
      app: this.app.face,
      protocol: this.protocol.face,
      ipcMain: this.ipcMain.face,
      screen: this.screen.face,
      dialog: this.dialog.face,
      shell: this.shell.face,
      BrowserWindow: this.classFace('BrowserWindow', (options) => new WindowImpl(this, options ?? {}), {
        getAllWindows: () => this.openWindows(),
        getFocusedWindow: () => (this.focused && !this.focused.destroyed ? this.focused : null),
        fromWebContents: (contents: WebContentsImpl) => this.windows.find((w) => w.webContents === contents) ?? null,
      }),
      Menu: this.classFace('Menu', () => new MenuImpl(this), {
        buildFromTemplate: (template: unknown[]) => MenuImpl.build(this, template),
        setApplicationMenu: (menu: MenuImpl | null) => {
          this.applicationMenu = menu;
        },
        getApplicationMenu: () => this.applicationMenu,
      }),
      MenuItem: this.classFace('MenuItem', (options) => new MenuItemImpl(this, options ?? {}), {}),
      session: this.classFace('Session', null, {
        get defaultSession() {
          return standIn.defaultSession;
        },
      }),
    };
    this.mainModule = this.moduleFace(['Main', 'Common'], modelled);
  }

  /** Names `import … from 'electron'` offers the main process. */
  mainExportNames(): string[] {
    return Object.keys(this.mainModule);
  }

  get defaultSession(): SessionImpl {
    this.session ??= this.wrap(new SessionImpl(this));
    return this.session;
  }

  openWindows(): WindowImpl[] {
    return this.windows.filter((w) => !w.destroyed);
  }

  /** Records a refusal and throws it. */
  refuse(message: string): never {
    this.violations.push(message);
    throw new ElectronStandInError(message);
  }

  private checkReady(rule: string, member: string): void {
    const rules = READY_RULES[rule];
    if (!rules) return;
    const readiness = Object.hasOwn(rules, member) ? rules[member] : rules['*'];
    if (readiness === 'after-ready' && !this.isReady) this.refuse(`${rule}.${member} used before the app is ready`);
    if (readiness === 'before-ready' && this.isReady) this.refuse(`${rule}.${member} used after the app is ready (Electron only allows it before)`);
  }

  /** Gives a stand-in object its strict face: only what the typings declare for its type. */
  wrap<T extends Modelled>(target: T): T {
    const face = this.strictFace(target, target.typeName, false, target.typeName);
    target.face = face;
    faceTargets.set(face, target);
    return target;
  }

  private strictFace<T extends object>(target: T, typeName: string, isStatic: boolean, ruleName: string): T {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- used inside the proxy traps
    const standIn = this;
    const label = isStatic ? typeName : `${typeName}#`;
    const face: T = new Proxy(target, {
      get(t, prop) {
        if (prop === STAND_IN_TYPE) return typeName;
        if (typeof prop === 'symbol') return Reflect.get(t, prop);
        const member = standIn.typings.member(typeName, prop, isStatic);
        if (!member) {
          // Promise resolution and JSON look for these on any object.
          if (prop === 'then' || prop === 'toJSON') return undefined;
          return standIn.refuse(`${label}${prop} is not in Electron 45's typings`);
        }
        standIn.checkReady(ruleName, prop);
        if (!(prop in t)) standIn.refuse(`${label}${prop} is in the typings but not modelled by the stand-in`);
        const value: unknown = Reflect.get(t, prop, t);
        if (typeof value !== 'function' || member.overloads.length === 0) return toFace(value);
        return (...args: unknown[]) => {
          const problem = standIn.typings.callProblem(member.overloads, args, `${label}${prop}()`);
          if (problem) standIn.refuse(problem);
          const result = (value as (...a: unknown[]) => unknown).apply(t, args.map(toTarget));
          return result === t ? face : toFace(result);
        };
      },
      set(t, prop, value) {
        if (typeof prop === 'string' && !standIn.typings.member(typeName, prop, isStatic)) standIn.refuse(`${label}${prop} is not in Electron 45's typings (assignment)`);
        return Reflect.set(t, prop, value);
      },
    });
    return face;
  }

  /** A class export: `new X(…)` checked against the constructor overloads; statics checked too. */
  private classFace(typeName: string, create: ((options: Record<string, unknown> | undefined) => Modelled) | null, statics: object): unknown {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- used inside the proxy traps
    const standIn = this;
    function Constructor(): void {}
    Object.defineProperties(Constructor, Object.getOwnPropertyDescriptors(statics));
    const staticFace = this.strictFace(Constructor, typeName, true, `static ${typeName}`);
    return new Proxy(staticFace, {
      construct(_t, args: unknown[]) {
        if (!create) return standIn.refuse(`new ${typeName}() is not modelled by the stand-in`);
        standIn.checkReady(`new ${typeName}`, 'constructor');
        const problem = standIn.typings.callProblem(standIn.typings.type(typeName).constructors, args, `new ${typeName}()`);
        if (problem) standIn.refuse(problem);
        const instance = standIn.wrap(create(args[0] as Record<string, unknown> | undefined));
        if (instance instanceof WindowImpl) standIn.windowCreated(instance);
        return instance.face;
      },
      apply() {
        standIn.refuse(`${typeName} must be called with new`);
      },
    });
  }

  /** The module object: declared value exports; the unmodelled ones throw on first use. */
  private moduleFace(namespaces: Array<'Main' | 'Common' | 'Renderer'>, modelled: Record<string, unknown>): Record<string, unknown> {
    const module: Record<string, unknown> = {};
    for (const ns of namespaces) {
      for (const name of this.typings.processExports.get(ns)?.keys() ?? []) {
        module[name] = Object.hasOwn(modelled, name) ? modelled[name] : this.unmodelled(name);
      }
    }
    for (const name of Object.keys(modelled)) {
      if (!Object.hasOwn(module, name)) throw new ElectronStandInError(`the stand-in models ${name}, which ${namespaces.join('/')} does not export`);
    }
    return module;
  }

  private unmodelled(name: string): unknown {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- used inside the proxy traps
    const standIn = this;
    const fail = (): never => standIn.refuse(`electron.${name} is not modelled by the stand-in`);
    return new Proxy(function unmodelled() {}, {
      get: (_t, prop) => (prop === 'then' || typeof prop === 'symbol' ? undefined : fail()),
      apply: fail,
      construct: fail,
    });
  }

  private windowCreated(win: WindowImpl): void {
    this.windows.push(win);
    this.app.fire('web-contents-created', makeEvent(), win.webContents);
    this.app.fire('browser-window-created', makeEvent(), win);
  }

  // ---- what the test drives ----

  /** The app becomes ready: `ready` fires and whenReady() resolves. */
  becomeReady(): void {
    if (this.isReady) throw new ElectronStandInError('ready twice');
    this.isReady = true;
    this.app.fire('will-finish-launching');
    this.app.fire('ready', makeEvent(), {});
    this.resolveReady();
  }

  /** app.quit(): before-quit (which may hold the quit), then the windows close, will-quit, quit. */
  quit(): void {
    if (this.quitted) return;
    const event = makeEvent();
    this.app.fire('before-quit', event);
    this.quitLog.push(event.defaultPrevented ? 'before-quit prevented' : 'before-quit');
    if (event.defaultPrevented) return;
    this.quitting = true;
    for (const win of this.openWindows()) win.destroy();
    const willQuit = makeEvent();
    this.app.fire('will-quit', willQuit);
    if (willQuit.defaultPrevented) return;
    this.quitted = true;
    this.quitLog.push('quit');
    this.app.fire('quit', makeEvent(), 0);
  }

  /** A request through the session's filter and the registered protocol handler, as Chromium makes it. */
  async load(url: string, resourceType: string): Promise<Response | null> {
    const filter = this.defaultSession.webRequest.beforeRequest;
    if (filter) {
      const cancel = await new Promise<boolean>((resolve) =>
        filter({ id: 1, url, method: 'GET', resourceType, referrer: '', timestamp: Date.now(), uploadData: [] }, (response) => resolve(Boolean(response.cancel))),
      );
      if (cancel) throw new Error(`net::ERR_BLOCKED_BY_CLIENT ${url}`);
    }
    const scheme = new URL(url).protocol.slice(0, -1);
    if (scheme === 'data') return null;
    const handler = this.protocol.handlers.get(scheme);
    if (!handler) throw new Error(`net::ERR_UNKNOWN_URL_SCHEME ${url}`);
    const response = await handler(new Request(url.split('#')[0]!));
    if (response.status !== 200) throw new Error(`net::ERR_HTTP_RESPONSE_CODE_FAILURE ${response.status} ${url}`);
    return response;
  }

  /**
   * Calls the app:// handler directly. With `raw`, the request keeps the URL exactly as written
   * (Chromium would normalise dot segments first; the handler must not rely on that).
   */
  async fetchApp(url: string, options: { method?: string; raw?: boolean } = {}): Promise<Response> {
    const handler = this.protocol.handlers.get(new URL(url).protocol.slice(0, -1));
    if (!handler) throw new ElectronStandInError(`no protocol handler for ${url}`);
    const request = new Request(url, { method: options.method ?? 'GET' });
    if (options.raw) Object.defineProperty(request, 'url', { value: url });
    return handler(request);
  }

  /** An IPC invoke from a frame, as ipcRenderer.invoke delivers it to ipcMain.handle. */
  async invoke(frame: FrameImpl, channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = this.ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
    const contents = this.windows.map((w) => w.webContents).find((c) => c.mainFrame === frame.top);
    if (!contents) throw new ElectronStandInError('invoke from a frame of no window');
    const event = { ...makeEvent(), processId: frame.processId, frameId: frame.routingId, sender: contents.face, senderFrame: frame.face };
    const result = await handler(event, ...args.map((arg) => structuredClone(arg)));
    return structuredClone(result);
  }

  /** A sub-frame inside a window's page (an iframe), at `url`. */
  addSubFrame(win: WindowImpl, url: string): FrameImpl {
    const main = win.webContents.mainFrame;
    const frame = this.wrap(new FrameImpl(this, main, main.routingId + main.frames.length + 1));
    frame.url = url;
    main.frames.push(frame);
    return frame;
  }

  /** Clicks a menu item of the application menu, found by its label path ("File", "New session"). */
  clickMenuItem(...labels: string[]): void {
    let menu = this.applicationMenu;
    let item: MenuItemImpl | undefined;
    for (const label of labels) {
      item = menu?.items.find((i) => i.label.replace(/&/g, '') === label);
      if (!item) throw new ElectronStandInError(`no menu item ${labels.join(' ▸ ')}`);
      menu = item.submenu ?? null;
    }
    if (!item?.click) throw new ElectronStandInError(`menu item ${labels.join(' ▸ ')} has no click`);
    const focused = this.focused && !this.focused.destroyed ? this.focused.face : undefined;
    item.click(item.face, focused, { shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, triggeredByAccelerator: false });
  }

  /** Every item of the application menu, depth first. */
  menuItems(menu: MenuImpl | null = this.applicationMenu): MenuItemImpl[] {
    return (menu?.items ?? []).flatMap((item) => [item, ...this.menuItems(item.submenu ?? null)]);
  }

  /**
   * Runs a window's preload as Electron runs a sandboxed one: CommonJS in its own context, given
   * only require (electron's renderer modules, events, timers, url), a small process, Buffer,
   * global and the immediate timers.
   */
  runPreload(win: WindowImpl): PreloadRun {
    const preloadPath = win.webPreferences.preload;
    if (typeof preloadPath !== 'string') throw new ElectronStandInError('the window has no preload');
    const source = readFileSync(preloadPath, 'utf8');
    const mainWorld: Record<string, unknown> = {};
    const ipcRenderer = this.wrap(new IpcRendererImpl(this, win.webContents));
    const contextBridge = this.wrap(new ContextBridgeImpl(this, mainWorld));
    const electron = this.moduleFace(['Renderer'], { ipcRenderer: ipcRenderer.face, contextBridge: contextBridge.face });
    const required: string[] = [];
    const sandboxRequire = (name: string): unknown => {
      required.push(name);
      if (name === 'electron' || name === 'electron/renderer') return electron;
      const bare = name.replace(/^node:/, '');
      const builtin = SANDBOX_MODULES[bare];
      if (builtin) return builtin();
      throw new Error(`module not found: ${name}`);
    };
    const sandboxProcess = { platform: process.platform, arch: process.arch, type: 'renderer', sandboxed: true, contextIsolated: true, versions: { ...process.versions }, env: {} };
    const context = vm.createContext({});
    const wrapper = vm.runInContext(
      `(function (require, process, Buffer, global, setImmediate, clearImmediate, exports, module) {${source}\n})`,
      context,
      { filename: preloadPath },
    ) as (...args: unknown[]) => void;
    const module = { exports: {} };
    wrapper(sandboxRequire, sandboxProcess, Buffer, context, setImmediate, clearImmediate, module.exports, module);
    return { mainWorld, ipcRenderer, required };
  }
}
