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
      { address: '192.168.43.17', interfaceName: 'wlan0' },
      { address: '100.64.3.2', interfaceName: 'tun0' },
    ]);
  });

  it('is empty with no network at all', () => {
    expect(lanAddresses(() => ({ lo: [info('127.0.0.1', 'IPv4', true)] }))).toEqual([]);
  });
});
