import { describe, expect, it } from 'vitest';
import type { ReaderEvent } from '../../../drivers/idcard/card';
import { ManualClock } from '../../../drivers/idcard/clock';
import { buildResponse, requestFor } from '../../../drivers/idcard/frame';
import { FrameParser } from '../../../drivers/idcard/frame-parser';
import { SamReader } from '../../../drivers/idcard/read-loop';
import { TransportOpenError } from '../../../drivers/idcard/transport';
import { VirtualReader } from '../../../drivers/simulator/virtual-reader';
import { createMemoryLink } from '../../../drivers/transports/memory-transport';

const kinds = (events: ReaderEvent[]) => events.map((e) => (e.type === 'error' ? `error:${e.kind}` : e.type));

function rig() {
  const clock = new ManualClock();
  const reader = new VirtualReader('t', {
    clock,
    loop: { pollMs: 300, random: () => 1, reconnect: { initialMs: 500, maxMs: 4000 } },
  });
  const events: ReaderEvent[] = [];
  reader.on((e) => events.push(e));
  const sent = (name: Parameters<typeof requestFor>[0]) =>
    reader.link.writes.filter((w) => w.equals(requestFor(name))).length;
  return { clock, reader, events, sent };
}

describe('read loop against the simulated SAM', () => {
  it('probes, then presents a placed card once while it stays, and reports its removal', async () => {
    const { clock, reader, events, sent } = rig();
    await reader.start();
    await clock.advance(1000);
    expect(kinds(events)).toEqual(['connected']);
    expect(sent('samStatus')).toBe(1);
    reader.place(0);
    await clock.advance(3000);
    expect(kinds(events)).toEqual(['connected', 'card']);
    expect(events[1]).toMatchObject({
      type: 'card',
      card: { name: '王秀兰', validation: { checksum: true } },
    });
    reader.remove();
    await clock.advance(1000);
    expect(kinds(events)).toEqual(['connected', 'card', 'removed']);
    await reader.stop();
    expect(kinds(events).at(-1)).toBe('disconnected');
  });

  it('placing the same card again after a lift gives a second card event', async () => {
    const { clock, reader, events } = rig();
    await reader.start();
    reader.place(0);
    await clock.advance(1000);
    reader.place(0);
    await clock.advance(2000);
    expect(kinds(events)).toEqual(['connected', 'card', 'removed', 'card']);
    await reader.stop();
  });

  it('a card lifted mid-read (SW3 41) is read again, silently, and delivered once', async () => {
    const { clock, reader, events, sent } = rig();
    await reader.start();
    reader.inject('lift-mid-read');
    reader.place(1);
    await clock.advance(2000);
    expect(sent('readBase')).toBe(2);
    expect(kinds(events)).toEqual(['connected', 'card']);
    await reader.stop();
  });

  it('asks the person to re-place the card after three failed reads in a row', async () => {
    const { clock, reader, events } = rig();
    await reader.start();
    reader.inject('lift-mid-read', 'lift-mid-read', 'lift-mid-read');
    reader.place(2);
    await clock.advance(3000);
    expect(kinds(events)).toEqual(['connected', 'error:card-moved', 'card']);
    await reader.stop();
  });

  it('says "not an ID card" once for a bank card (SW3 40), not every poll', async () => {
    const { clock, reader, events } = rig();
    await reader.start();
    reader.placeOtherCard();
    await clock.advance(3000);
    expect(kinds(events)).toEqual(['connected', 'error:not-id-card']);
    await reader.stop();
  });

  it('resends once on a corrupt reply and on garbage, and still reads the card', async () => {
    const { clock, reader, events, sent } = rig();
    await reader.start();
    await clock.advance(400);
    reader.inject('bad-checksum', 'garbage');
    reader.place(3);
    await clock.advance(2000);
    expect(kinds(events)).toEqual(['connected', 'card']);
    expect(sent('find')).toBeGreaterThanOrEqual(2);
    await reader.stop();
  });

  it('resets the SAM when it reports a self-test failure (SW3 60) and carries on', async () => {
    const { clock, reader, events, sent } = rig();
    await reader.start();
    await clock.advance(400);
    reader.inject('sam-fault');
    reader.place(4);
    await clock.advance(4000);
    expect(sent('resetSam')).toBe(1);
    expect(kinds(events)).toEqual(['connected', 'card']);
    await reader.stop();
  });

  it('a partial reply or silence times out, and three timeouts reset the SAM', async () => {
    const { clock, reader, events, sent } = rig();
    await reader.start();
    await clock.advance(400);
    reader.inject('partial', 'silent', 'silent');
    reader.place(5);
    await clock.advance(6000);
    expect(sent('resetSam')).toBe(1);
    expect(kinds(events)).toEqual(['connected', 'card']);
    await reader.stop();
  });

  it('reports unplug, then reconnects with backoff once the device is back', async () => {
    const { clock, reader, events } = rig();
    await reader.start();
    reader.place(0);
    await clock.advance(1000);
    reader.unplug();
    await clock.advance(100);
    expect(kinds(events)).toEqual(['connected', 'card', 'removed', 'disconnected']);
    await clock.advance(5000);
    expect(kinds(events).filter((k) => k === 'connected')).toHaveLength(1);
    reader.replug();
    // backoff doubles 500 → 1000 → 2000 → 4000 (capped); the next attempt comes within 4 s
    await clock.advance(4000);
    expect(kinds(events).filter((k) => k === 'connected')).toHaveLength(2);
    await clock.advance(1000);
    expect(kinds(events).at(-1)).toBe('card');
    await reader.stop();
  });
});

/** A scripted device for SW3 paths the simulator never produces on its own. */
function scripted(answer: (cmd: string) => Buffer | undefined, open?: () => void) {
  const clock = new ManualClock();
  const link = createMemoryLink();
  const p = new FrameParser();
  link.device.onReceive((b) => {
    for (const e of p.push(b))
      if (e.type === 'frame') {
        const r = answer(e.frame.body.subarray(0, 2).toString('hex'));
        if (r) link.device.send(r);
      }
  });
  const transport = open ? { ...link.host, open: async () => open() } : link.host;
  const reader = new SamReader({
    id: 's',
    transport,
    clock,
    pollMs: 300,
    random: () => 1,
    reconnect: { initialMs: 500, maxMs: 500 },
  });
  const events: ReaderEvent[] = [];
  reader.on((e) => events.push(e));
  return { clock, reader, events, link };
}

describe('read loop: SW3 paths from a scripted SAM', () => {
  it('resends a command once when the SAM reports our checksum wrong (SW3 10)', async () => {
    let finds = 0;
    const { clock, reader, events } = scripted((c) =>
      c === '11ff'
        ? buildResponse(0x90)
        : c === '2001'
          ? buildResponse(++finds === 1 ? 0x10 : 0x80)
          : undefined,
    );
    await reader.start();
    await clock.advance(400);
    expect(finds).toBe(2);
    expect(kinds(events)).toEqual(['connected']);
    await reader.stop();
  });

  it('treats select failures (SW3 81) as a card moving, not a fault', async () => {
    const { clock, reader, events } = scripted((c) =>
      c === '11ff'
        ? buildResponse(0x90)
        : c === '2001'
          ? buildResponse(0x9f, Buffer.alloc(4))
          : c === '2002'
            ? buildResponse(0x81)
            : undefined,
    );
    await reader.start();
    await clock.advance(1000);
    expect(kinds(events)).toEqual(['connected', 'error:card-moved']);
    await reader.stop();
  });

  it('an unauthorised SAM (SW3 66) is a reader fault and the loop keeps retrying', async () => {
    let probes = 0;
    const { clock, reader, events } = scripted((c) =>
      c === '11ff' ? (probes++, buildResponse(0x66)) : buildResponse(0x90),
    );
    await reader.start();
    await clock.advance(3000);
    expect(kinds(events)).toEqual(['error:reader-fault']);
    expect(probes).toBeGreaterThan(2);
    await reader.stop();
  });

  it('a port held by another program is reported as reader-busy', async () => {
    const { clock, reader, events } = scripted(
      () => undefined,
      () => {
        throw new TransportOpenError('EBUSY', 'busy');
      },
    );
    await reader.start();
    await clock.advance(3000);
    expect(kinds(events)).toEqual(['error:reader-busy']);
    await reader.stop();
  });

  it('a SAM that stops answering is reset, then given up on and reconnected', async () => {
    let silent = false;
    let resets = 0;
    const { clock, reader, events } = scripted((c) => {
      if (c === '10ff') resets++;
      if (silent) return undefined;
      return c === '11ff' ? buildResponse(0x90) : buildResponse(0x80);
    });
    await reader.start();
    await clock.advance(400);
    silent = true;
    await clock.advance(10_000);
    expect(resets).toBeGreaterThanOrEqual(1);
    expect(kinds(events).slice(0, 3)).toEqual(['connected', 'error:reader-fault', 'disconnected']);
    silent = false;
    await clock.advance(2000);
    expect(kinds(events).at(-1)).toBe('connected');
    await reader.stop();
  });
});
