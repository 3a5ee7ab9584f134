/** The laptop's local-network addresses: IPv4, not loopback or link-local, private ranges first. */
import type os from 'node:os';
import { describe, expect, it } from 'vitest';
import { lanAddresses } from '../../../../../electron/services/room/networkAddresses';

const info = (address: string, family: 'IPv4' | 'IPv6', internal = false): os.NetworkInterfaceInfo =>
  ({ address, family, internal, netmask: '255.255.255.0', mac: '00:00:00:00:00:00', cidr: null }) as os.NetworkInterfaceInfo;

describe('lanAddresses', () => {
  it('lists usable IPv4 addresses, private ones first', () => {
    const found = lanAddresses(() => ({
      lo: [info('127.0.0.1', 'IPv4', true), info('::1', 'IPv6', true)],
      tun0: [info('100.64.3.2', 'IPv4')],
      wlan0: [info('192.168.43.17', 'IPv4'), info('fe80::1', 'IPv6')],
      eth1: [info('169.254.10.10', 'IPv4')],
    }));
    expect(found).toEqual([
      { address: '192.168.43.17', interfaceName: 'wlan0', kind: 'wifi' },
      { address: '100.64.3.2', interfaceName: 'tun0', kind: 'virtual' },
    ]);
  });

  it('puts Wi-Fi and hotspots first, then wired, then other; virtual machines, containers and VPNs last', () => {
    const found = lanAddresses(() => ({
      docker0: [info('172.17.0.1', 'IPv4')],
      'vEthernet (WSL)': [info('172.28.80.1', 'IPv4')],
      utun3: [info('10.8.0.2', 'IPv4')],
      eth0: [info('192.168.1.20', 'IPv4')],
      vboxnet0: [info('192.168.56.1', 'IPv4')],
      'Wi-Fi': [info('10.0.0.42', 'IPv4')],
      'Local Area Connection* 10': [info('192.168.137.1', 'IPv4')],
      br0: [info('172.17.5.5', 'IPv4')],
    }));
    expect(found.map((a) => `${a.interfaceName}:${a.kind}`)).toEqual([
      'Wi-Fi:wifi',
      'Local Area Connection* 10:wifi',
      'eth0:wired',
      'docker0:virtual',
      'vEthernet (WSL):virtual',
      'utun3:virtual',
      'vboxnet0:virtual',
      'br0:virtual',
    ]);
  });

  it('is empty with no network at all', () => {
    expect(lanAddresses(() => ({ lo: [info('127.0.0.1', 'IPv4', true)] }))).toEqual([]);
  });
});
