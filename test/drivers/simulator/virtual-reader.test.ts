import { describe, expect, it } from 'vitest';
import type { IdCard, ReaderEvent } from '../../../drivers/idcard/card';
import { syntheticCards } from '../../../drivers/simulator/identities';
import { VirtualReader } from '../../../drivers/simulator/virtual-reader';
import { createReader } from '../../../drivers/index';
import { requestFor } from '../../../drivers/idcard/frame';

const nextCard = (r: VirtualReader) =>
  new Promise<IdCard>((resolve) => {
    const off = r.on((e: ReaderEvent) => {
      if (e.type === 'card') {
        off();
        resolve(e.card);
      }
    });
  });

describe('synthetic identities', () => {
  it('keep the first eight residents, with 王秀兰 first and valid', () => {
    expect(syntheticCards.slice(0, 8).map((c) => c.name)).toEqual([
      '王秀兰',
      '李建国',
      '张伟',
      '刘桂芝',
      '陈晓明',
      '赵丽娜',
      '孙志强',
      '周玉梅',
    ]);
    expect(syntheticCards[0]).toMatchObject({
      cardType: 'resident',
      idNumber: '220104196803120225',
      validation: { checksum: true, birthMatches: true, sexMatches: true },
    });
  });

  it('include every card type, and only the deliberately broken ones fail validation', () => {
    expect(new Set(syntheticCards.map((c) => c.cardType))).toEqual(
      new Set(['resident', 'foreign-2017', 'foreign-2023', 'hmt']),
    );
    const failing = syntheticCards.filter(
      (c) => !(c.validation.checksum && c.validation.birthMatches && c.validation.sexMatches),
    );
    expect(failing.map((c) => c.name)).toEqual(['钱假名', '吴不符']);
  });
});

describe('VirtualReader (the runtime’s demo reader)', () => {
  it('place() leads to a card event decoded through the real protocol, identical to its identity', async () => {
    const r = new VirtualReader('v', { loop: { pollMs: 10 } });
    await r.start();
    const got = nextCard(r);
    const expected = r.place(11);
    const card = await got;
    expect(card).toEqual(expected);
    expect(card.cardType).toBe('hmt');
    expect(r.link.writes.some((w) => w.equals(requestFor('readBase')))).toBe(true);
    await r.stop();
  });

  it('placing while a card lies there lifts it first: removed, then the new card', async () => {
    const r = createReader({ driver: 'simulator', id: 'v2' }, { loop: { pollMs: 10 } }) as VirtualReader;
    const seen: string[] = [];
    r.on((e) => seen.push(e.type === 'card' ? `card:${e.card.name}` : e.type));
    await r.start();
    const first = nextCard(r);
    r.place(0);
    await first;
    const second = nextCard(r);
    r.place(1);
    await second;
    const lifted = new Promise<void>((resolve) => {
      const off = r.on((e: ReaderEvent) => {
        if (e.type === 'removed') {
          off();
          resolve();
        }
      });
    });
    r.remove();
    await lifted;
    await r.stop();
    expect(seen).toEqual(['connected', 'card:王秀兰', 'removed', 'card:李建国', 'removed', 'disconnected']);
  });
});
