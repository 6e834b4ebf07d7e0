import { describe, expect, it } from 'vitest';
import { addressKey, PairingRequests } from '../../../../electron/runtime/terminals/requests';

const CODE = /^[0-9A-HJKMNP-TV-Z]{8}$/;
const approval = {
  id: 'id-1',
  name: '3号摊位平板',
  role: 'booth' as const,
  booth: 3,
  pairedBy: '演示管理员',
};
const small = () => new PairingRequests({ perAddress: 2, total: 6, ttlMs: 60_000, collectMs: 10_000 });

describe('pairing requests', () => {
  it('shows an 8-character code from an alphabet without look-alikes, and keeps a 256-bit secret', () => {
    const r = new PairingRequests();
    const codes = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const made = r.open(`10.0.${i >> 8}.${i & 255}`, 0);
      expect(made.code).toMatch(CODE);
      expect(Buffer.from(made.secret, 'base64url')).toHaveLength(32);
      codes.add(made.code);
    }
    expect(codes.size).toBe(500);
  });

  it('keeps a device’s request while other addresses ask for many more than the hub holds', () => {
    // Four addresses asking 20 times for 6 places: the hub is full, yet the device is never pushed out,
    // since the flood's busiest address always holds more than the device's one request.
    const r = small();
    const device = r.open('192.168.1.20', 0);
    for (let round = 0; round < 5; round++)
      for (let a = 0; a < 4; a++) r.open(`192.168.1.${100 + a}`, 1 + round);
    // The hub dropped the flood's requests, always from the busiest address; the device holds one.
    expect(r.size).toBe(6);
    expect(r.status(device.secret, 10)).toEqual({ state: 'waiting', expiresAt: 60_000 });
    // A device that arrives now, with the hub full, gets a code too, and the first keeps its own.
    const late = r.open('192.168.1.21', 11);
    expect(r.status(late.secret, 12)?.state).toBe('waiting');
    expect(r.status(device.secret, 12)?.state).toBe('waiting');
    expect(r.approve(device.code, approval, 13)).toBe(true);
    expect(r.approve(late.code, { ...approval, id: 'id-2' }, 13)).toBe(true);
  });

  it('holds a few requests per address: a new one drops that address’s oldest', () => {
    const r = small();
    const first = r.open('10.0.0.9', 0);
    const second = r.open('10.0.0.9', 1);
    const third = r.open('10.0.0.9', 2);
    expect(r.status(first.secret, 3)).toBeUndefined();
    expect(r.approve(first.code, approval, 3)).toBe(false);
    expect(r.status(second.secret, 3)?.state).toBe('waiting');
    expect(r.status(third.secret, 3)?.state).toBe('waiting');
  });

  it('counts one IPv6 /64 as one address, and an IPv4-mapped address as the IPv4 one', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe(addressKey('2001:0db8:0001:0002:ffff:1:2:3'));
    expect(addressKey('2001:db8:1:2::1')).not.toBe(addressKey('2001:db8:1:3::1'));
    expect(addressKey('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(addressKey('::1')).toBe(addressKey('0:0:0:0:0:0:0:1'));
    const r = small();
    const a = r.open('2001:db8:1:2::10', 0);
    r.open('2001:db8:1:2::11', 1);
    r.open('2001:db8:1:2::12', 2);
    expect(r.status(a.secret, 3)).toBeUndefined();
  });

  it('pushes out a waiting device only when more addresses than it holds in all ask at once', () => {
    // The bound the cap sets: 6 here, 4,096 in the hub; every other case above keeps the device.
    const r = small();
    const device = r.open('10.0.0.1', 0);
    for (let a = 0; a < 6; a++) r.open(`10.0.1.${a}`, 1);
    expect(r.status(device.secret, 2)).toBeUndefined();
  });

  it('never drops an approved request for a flood, delivers it once, and forgets it after its window', () => {
    const r = small();
    const device = r.open('10.0.0.1', 0);
    expect(r.approve(device.code.toLowerCase(), approval, 1)).toBe(true);
    for (let a = 0; a < 40; a++) r.open(`10.0.2.${a}`, 2);
    expect(r.status(device.secret, 3)).toMatchObject({ state: 'approved' });
    expect(r.claim(device.secret, 3)).toEqual(approval);
    expect(r.claim(device.secret, 3)).toBeUndefined();
    expect(r.status(device.secret, 3)).toBeUndefined();

    const slow = r.open('10.0.0.2', 100);
    expect(r.approve(slow.code, approval, 101)).toBe(true);
    expect(r.claim(slow.secret, 101 + 10_001)).toBeUndefined();
  });

  it('lets a request expire, and a claim that failed to be stored be retried', () => {
    const r = small();
    const old = r.open('10.0.0.1', 0);
    expect(r.status(old.secret, 60_001)).toBeUndefined();
    expect(r.approve(old.code, approval, 60_001)).toBe(false);
    const device = r.open('10.0.0.1', 70_000);
    r.approve(device.code, approval, 70_001);
    const claimed = r.claim(device.secret, 70_002)!;
    r.unclaim(device.secret, claimed, 70_002);
    expect(r.claim(device.secret, 70_003)).toEqual(approval);
  });
});
