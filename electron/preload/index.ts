/**
 * The sandboxed preload: exposes exactly one function per contract call and one on<Event> per
 * event on window.readinessRoom. Nothing generic (no send/invoke/on), and listeners never see the
 * IPC event object. Only type imports from shared/, so nothing but electron is bundled here.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { EventPayloads, ReadinessRoomApi } from '../../shared/ipc/contract';

/** Subscribes to one event channel; returns the unsubscribe function. Channel = EVENT_CHANNEL_PREFIX + name. */
function subscribe<P>(channel: string, listener: (payload: P) => void): () => void {
  if (typeof listener !== 'function') throw new TypeError('listener must be a function');
  const forward = (_event: IpcRendererEvent, payload: P): void => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const api = {
  getAppInfo: (request) => ipcRenderer.invoke('getAppInfo', request),
  mirrorSession: (request) => ipcRenderer.invoke('mirrorSession', request),
  listMirroredSessions: (request) => ipcRenderer.invoke('listMirroredSessions', request),
  listMirroredSessionStamps: (request) => ipcRenderer.invoke('listMirroredSessionStamps', request),
  readMirroredSessions: (request) => ipcRenderer.invoke('readMirroredSessions', request),
  setMenuLanguage: (request) => ipcRenderer.invoke('setMenuLanguage', request),
  openExternal: (request) => ipcRenderer.invoke('openExternal', request),
  saveSessionAs: (request) => ipcRenderer.invoke('saveSessionAs', request),
  openSessionFile: (request) => ipcRenderer.invoke('openSessionFile', request),
  openSessionPath: (request) => ipcRenderer.invoke('openSessionPath', request),
  takeFileOpenRequests: (request) => ipcRenderer.invoke('takeFileOpenRequests', request),
  listRecentFiles: (request) => ipcRenderer.invoke('listRecentFiles', request),
  forgetRecentFile: (request) => ipcRenderer.invoke('forgetRecentFile', request),
  listSessionBackups: (request) => ipcRenderer.invoke('listSessionBackups', request),
  backupSessionNow: (request) => ipcRenderer.invoke('backupSessionNow', request),
  restoreSessionBackup: (request) => ipcRenderer.invoke('restoreSessionBackup', request),
  mirrorFramework: (request) => ipcRenderer.invoke('mirrorFramework', request),
  listMirroredFrameworks: (request) => ipcRenderer.invoke('listMirroredFrameworks', request),
  openFrameworkFile: (request) => ipcRenderer.invoke('openFrameworkFile', request),
  openFrameworkPath: (request) => ipcRenderer.invoke('openFrameworkPath', request),
  exportFrameworkFile: (request) => ipcRenderer.invoke('exportFrameworkFile', request),
  openRoom: (request) => ipcRenderer.invoke('openRoom', request),
  closeRoom: (request) => ipcRenderer.invoke('closeRoom', request),
  roomStatus: (request) => ipcRenderer.invoke('roomStatus', request),
  setRoomRound: (request) => ipcRenderer.invoke('setRoomRound', request),
  confirmRoomVote: (request) => ipcRenderer.invoke('confirmRoomVote', request),
  pendingRoomVotes: (request) => ipcRenderer.invoke('pendingRoomVotes', request),
  rotateRoomKey: (request) => ipcRenderer.invoke('rotateRoomKey', request),
  chooseRoomAddress: (request) => ipcRenderer.invoke('chooseRoomAddress', request),
  answerRoomClaim: (request) => ipcRenderer.invoke('answerRoomClaim', request),
  openPresenter: (request) => ipcRenderer.invoke('openPresenter', request),
  chooseExportFolder: (request) => ipcRenderer.invoke('chooseExportFolder', request),
  exportDocuments: (request) => ipcRenderer.invoke('exportDocuments', request),
  exportPortfolio: (request) => ipcRenderer.invoke('exportPortfolio', request),
  showInFolder: (request) => ipcRenderer.invoke('showInFolder', request),
  importTrackerFile: (request) => ipcRenderer.invoke('importTrackerFile', request),
  onMenuCommand: (listener) => subscribe<EventPayloads['menuCommand']>('event:menuCommand', listener),
  onFileOpenRequested: (listener) => subscribe<EventPayloads['fileOpenRequested']>('event:fileOpenRequested', listener),
  onRoomVote: (listener) => subscribe<EventPayloads['roomVote']>('event:roomVote', listener),
  onRoomState: (listener) => subscribe<EventPayloads['roomState']>('event:roomState', listener),
} satisfies ReadinessRoomApi;

contextBridge.exposeInMainWorld('readinessRoom', Object.freeze(api));
