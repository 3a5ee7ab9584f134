/**
 * The room's status in the window: asked once, then kept current by `roomState` events. One
 * subscription for the whole window, read with `useRoomStatus()`.
 */
import { useSyncExternalStore } from 'react';
import type { RoomStatus } from '../../../../shared/room/roomStatus';
import { bridge, call, isBridgeAvailable } from '../../platform/api';

let current: RoomStatus | null = null;
const listeners = new Set<() => void>();
let started = false;
let eventSeen = false;

function set(status: RoomStatus): void {
  current = status;
  for (const listener of [...listeners]) listener();
}

function start(): void {
  if (started || !isBridgeAvailable()) return;
  started = true;
  bridge().onRoomState((status) => {
    eventSeen = true;
    set(status);
  });
  call('roomStatus', {}).then(
    (status) => {
      // An event that came in meanwhile is newer than this answer.
      if (!eventSeen) set(status);
    },
    () => {},
  );
}

/** Sets the status from a call's answer (open/close), ahead of the event. */
export function rememberRoomStatus(status: RoomStatus): void {
  set(status);
}

function subscribe(listener: () => void): () => void {
  start();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The room's status; null until main has answered. */
export function useRoomStatus(): RoomStatus | null {
  return useSyncExternalStore(subscribe, () => current, () => null);
}
