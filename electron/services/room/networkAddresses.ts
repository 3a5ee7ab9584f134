/**
 * The laptop's addresses on the local network, where phones can reach the room: IPv4, not
 * loopback, not link-local (169.254.x.x, which phones on a hotspot or LAN never use).
 */
import os from 'node:os';

export interface LanAddress {
  address: string;
  /** The interface's name as the system gives it (en0, wlan0, Ethernet…). */
  interfaceName: string;
}

export type InterfaceLister = () => NodeJS.Dict<os.NetworkInterfaceInfo[]>;

export function lanAddresses(list: InterfaceLister = os.networkInterfaces): LanAddress[] {
  const found: LanAddress[] = [];
  for (const [interfaceName, infos] of Object.entries(list())) {
    for (const info of infos ?? []) {
      if (info.family !== 'IPv4' || info.internal) continue;
      if (info.address.startsWith('169.254.') || info.address.startsWith('127.')) continue;
      if (!found.some((f) => f.address === info.address)) found.push({ address: info.address, interfaceName });
    }
  }
  // Private ranges first: the venue LAN or hotspot, rather than a VPN's public-looking address.
  return found.sort((a, b) => Number(isPrivate(b.address)) - Number(isPrivate(a.address)));
}

export function isPrivate(address: string): boolean {
  const [a, b] = address.split('.').map(Number) as [number, number];
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

export const LOOPBACK: LanAddress = { address: '127.0.0.1', interfaceName: 'this laptop only' };
