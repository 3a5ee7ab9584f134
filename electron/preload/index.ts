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
  openExternal: (request) => ipcRenderer.invoke('openExternal', request),
  onMenuCommand: (listener) => subscribe<EventPayloads['menuCommand']>('event:menuCommand', listener),
} satisfies ReadinessRoomApi;

contextBridge.exposeInMainWorld('readinessRoom', Object.freeze(api));
