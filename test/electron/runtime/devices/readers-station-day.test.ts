import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkCharacter } from '../../../../drivers/idcard/id-number';
import { encodeTextBlock } from '../../../../drivers/idcard/text-encoder';
import type { CardPresented } from '../../../../electron/api';
import { stationClock } from '../../../../electron/runtime/clock/station-day';
import { parseConfig } from '../../../../electron/runtime/config';
import { EventBus } from '../../../../electron/runtime/event-bus';
import { type ReaderHub, startReaders } from '../../../../electron/runtime/devices/readers';

/**
 * A card is checked on the station's day ("born in the future" is a forged card), never the UTC
 * date: between midnight and 08:00 in Beijing the UTC date is still yesterday. Runs again with the
 * host on UTC and on New York time.
 */
let hub: ReaderHub | undefined;
afterEach(async () => {
  await hub?.stop();
  hub = undefined;
  vi.useRealTimers();
});

/** A resident card of a child born on `birth` (YYYYMMDD), with a valid number. */
function childCard(birth: string) {
  const body = `220104${birth}023`;
  return encodeTextBlock({
    cardType: 'resident',
    name: '王小宝',
    sex: 'male',
    nation: '汉',
    birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6)}`,
    address: '吉林省长春市朝阳区红旗街88号',
    idNumber: body + checkCharacter(body),
    authority: '长春市公安局朝阳分局',
    validFrom: '2026-03-10',
    validTo: '2031-03-10',
    permanent: false,
  });
}

describe('a card read at the station', () => {
  it("is judged on the station's day: a card of a child born today, read at 01:00 Beijing time, is valid", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-09T17:00:00Z')); // 01:00 on 10 March in Beijing
    const config = parseConfig({ timeZone: 'Asia/Shanghai' });
    const bus = new EventBus();
    const read = new Promise<CardPresented>((resolve) =>
      bus.subscribe((e) => e.event === 'card.read' && resolve(e.payload as CardPresented)),
    );
    hub = await startReaders({
      config,
      bus,
      clock: stationClock(config.timeZone),
      recognise: () => undefined,
    });
    const reader = hub.simulator({ role: 'kiosk', terminal: 'local-kiosk' })!;
    reader.device.put({ kind: 'id', text: childCard('20260310'), photo: Buffer.alloc(1024) });

    expect(await read).toMatchObject({ valid: true, problems: [] });
  });
});
