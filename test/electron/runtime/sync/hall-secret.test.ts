import { expect, it } from 'vitest';
import { stationData } from '../../../../electron/runtime/data/station-data';
import { openStore } from '../../../../electron/runtime/store/store';
import { resolveHallSecret } from '../../../../electron/runtime/sync/hall-secret';
import { idHash } from '../../../../electron/runtime/workers/identity-hash';

const first = 'first-hall-secret-0123456789abcdef0123';
const second = 'second-hall-secret-0123456789abcdef012';
const number = '220102198503151234';

it('a new hall secret re-hashes every worker, so a registered card is still recognised, and keeps the people other terminals registered, whom the new hashes match once their card is read again', async () => {
  const store = await openStore({ dir: null });
  const data = stationData(store);
  expect(await resolveHallSecret(store, first)).toBe(first);
  await data.write((tx) => {
    tx.workers.insert({
      id: 'w1',
      idHash: idHash(first, number),
      idNumber: number,
      name: '王秀兰',
      sex: 'female',
      birthDate: '1985-03-15',
      nation: null,
      cardType: 'resident',
      shareWithEmployers: false,
      at: '2026-11-21T01:00:00.000Z',
    });
    tx.hallWorkers.insertReceived({
      idHash: idHash(first, '220102199001011235'),
      workerId: 'w2',
      maskedIdNumber: '220102********1235',
      name: '赵丽娜',
      sex: 'female',
      birthDate: '1990-01-01',
      cardType: 'resident',
      shareWithEmployers: true,
      consentAt: '2026-11-21T01:00:00.000Z',
      registeredAt: '2026-11-21T01:00:00.000Z',
      terminal: 'kiosk-2',
    });
  });
  // The same secret again changes nothing.
  expect(await resolveHallSecret(store, undefined)).toBe(first);
  expect(data.read((tx) => tx.workers.byHash(idHash(first, number))?.id)).toBe('w1');

  expect(await resolveHallSecret(store, second)).toBe(second);
  data.read((tx) => {
    expect(tx.workers.byHash(idHash(first, number))).toBeUndefined();
    expect(tx.workers.byHash(idHash(second, number))).toEqual({ id: 'w1', name: '王秀兰' });
    // No clear number here to hash again: the record stays, under a hash no card matches now.
    expect(tx.workers.byHash(idHash(second, '220102199001011235'))).toBeUndefined();
    expect(tx.workers.exists('w2')).toBe(true);
  });
  await store.close();
});
