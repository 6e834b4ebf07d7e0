import { describe, expect, it } from 'vitest';
import { decodeHexFrames, listPorts } from '../../drivers/diagnostics';
import { buildResponse } from '../../drivers/idcard/frame';
import { encodeBaseRecord } from '../../drivers/idcard/responses';
import { encodeTextBlock } from '../../drivers/idcard/text-encoder';
import { syntheticFields } from '../../drivers/simulator/identities';
import { vectorFrame } from './fixtures';

describe('decodeHexFrames', () => {
  it('decodes a capture with requests, statuses, noise and the reference vector', () => {
    const capture = [
      '# find, then the reader answers',
      'AA AA AA 96 69 00 03 20 01 22',
      '0xFF 0x00 garbage',
      'AAAAAA9669000400008084',
      vectorFrame().toString('hex').replace(/(..)/g, '$1 '),
    ].join('\n');
    const frames = decodeHexFrames(capture);
    expect(frames.map((f) => f.status)).toEqual(['request', 'no-card', 'ok']);
    expect(frames[2]!.card).toEqual({
      cardType: 'resident',
      name: '张三',
      sex: 'male',
      nation: '汉',
      birthDate: '2000-01-01',
      address: '北京市东城区测试路1号',
      idNumber: '110101200001010010',
      authority: '北京市公安局东城分局',
      validFrom: '2020-01-01',
      validTo: '2030-01-01',
      permanent: false,
      validation: { checksum: true, birthMatches: true, sexMatches: true },
    });
  });

  it('shows a forged card with its failed check, and a corrupt frame not at all', () => {
    const forged = buildResponse(
      0x90,
      encodeBaseRecord(encodeTextBlock(syntheticFields[12]!), Buffer.alloc(1024)),
    );
    const corrupt = Buffer.from(vectorFrame());
    corrupt[500]! ^= 0xff;
    const frames = decodeHexFrames(corrupt.toString('hex') + forged.toString('hex'));
    expect(frames).toHaveLength(1);
    expect(frames[0]!.card).toMatchObject({ name: '钱假名', validation: { checksum: false } });
  });

  it('nonsense gives no frames and no error', () => {
    expect(decodeHexFrames('hello world, not hex at all ¯\\_(ツ)_/¯')).toEqual([]);
  });
});

describe('listPorts', () => {
  it('lists serial and HID devices without throwing', async () => {
    const l = await listPorts();
    expect(Array.isArray(l.serial) && Array.isArray(l.hid)).toBe(true);
    for (const p of l.serial) expect(typeof p.path).toBe('string');
  });
});
