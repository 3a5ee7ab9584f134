/**
 * The laptop's addresses on the local network, where phones can reach the room: IPv4, not
 * loopback, not link-local (169.254.x.x, which phones on a hotspot or LAN never use), ranked so
 * the one phones can most likely reach comes first: Wi-Fi and hotspot adapters, then wired ones,
 * then anything else; the adapters of virtual machines, containers and VPNs last (their fixed
 * addresses, such as Docker's 172.17.0.1, are never where a phone is).
 */
import os from 'node:os';

export type InterfaceKind = 'wifi' | 'wired' | 'other' | 'virtual';

export interface LanAddress {
  address: string;
  /** The interface's name as the system gives it (en0, wlan0, Ethernet…). */
  interfaceName: string;
  kind: InterfaceKind;
}

export type InterfaceLister = () => NodeJS.Dict<os.NetworkInterfaceInfo[]>;

const VIRTUAL = /^(docker|br-|veth|virbr|vbox|vmnet|vethernet|hyper-?v|virtualbox|vmware|tun|tap|utun|wg|tailscale|zt|ppp|ipsec|gpd|lxc|lxd|lxdbr|cni|flannel|cali|podman|kube|cilium|weave|nordlynx|proton|mullvad|anyconnect|cscotun|awdl|llw|bridge(?!100)|vnic|npcap|loopback)/i;
const WIFI = /^(wl|wlan|wlp|wlx|wifi|wi-fi|wireless|airport|swlan|ap\d|bridge100|local area connection\*)/i;
const WIRED = /^(eth|enp|eno|ens|enx|en\d|ethernet|lan)/i;

export function interfaceKind(interfaceName: string, address: string): InterfaceKind {
  if (VIRTUAL.test(interfaceName)) return 'virtual';
  // Docker's default bridge, wherever its adapter's name did not give it away.
  if (address.startsWith('172.17.')) return 'virtual';
  if (WIFI.test(interfaceName)) return 'wifi';
  // macOS laptops name their Wi-Fi en0 (a wired adapter is en1 and up, or a USB one).
  if (interfaceName === 'en0' && process.platform === 'darwin') return 'wifi';
  if (WIRED.test(interfaceName)) return 'wired';
  return 'other';
}

const KIND_ORDER: Record<InterfaceKind, number> = { wifi: 0, wired: 1, other: 2, virtual: 3 };

export function lanAddresses(list: InterfaceLister = os.networkInterfaces): LanAddress[] {
  const found: LanAddress[] = [];
  for (const [interfaceName, infos] of Object.entries(list())) {
    for (const info of infos ?? []) {
      if (info.family !== 'IPv4' || info.internal) continue;
      if (info.address.startsWith('169.254.') || info.address.startsWith('127.')) continue;
      if (!found.some((f) => f.address === info.address)) found.push({ address: info.address, interfaceName, kind: interfaceKind(interfaceName, info.address) });
    }
  }
  // By kind, then private ranges first (the venue LAN or hotspot, rather than a public-looking address).
  return found.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || Number(isPrivate(b.address)) - Number(isPrivate(a.address)));
}

export function isPrivate(address: string): boolean {
  const [a, b] = address.split('.').map(Number) as [number, number];
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

export const LOOPBACK: LanAddress = { address: '127.0.0.1', interfaceName: 'this laptop only', kind: 'other' };
