import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type WedgeIdNumber, WedgeBurstDetector } from '../../../drivers/wedge/burst-detector';

const typeOut = (d: WedgeBurstDetector, text: string, start: number, gap: number) => {
  let result: WedgeIdNumber | undefined;
  [...text, 'Enter'].forEach((key, i) => {
    result = d.push({ key, at: start + i * gap }) ?? result;
  });
  return result;
};

describe('keyboard-wedge burst detector', () => {
  it('turns a fast burst ending in Enter into an unverified ID number', () => {
    const d = new WedgeBurstDetector();
    expect(typeOut(d, '22010419790101091x', 1000, 8)).toEqual(
      expect.objectContaining({ type: 'id-number', verified: false, source: 'wedge' }),
    );
    const r = typeOut(d, '220104196803120225', 5000, 8);
    expect(r).toMatchObject({ idNumber: '220104196803120225', validation: { checksum: true } });
  });

  it('ignores a person typing the same number slowly', () => {
    expect(typeOut(new WedgeBurstDetector(), '220104196803120225', 0, 180)).toBeUndefined();
  });

  it('flags a forged number instead of dropping it', () => {
    expect(typeOut(new WedgeBurstDetector(), '220104196803120226', 0, 5)).toMatchObject({
      validation: { checksum: false },
    });
  });

  it('converts a legacy 15-digit burst and ignores other codes', () => {
    expect(typeOut(new WedgeBurstDetector(), '110101000101001', 0, 5)).toMatchObject({
      idNumber: '110101190001010014',
      convertedFrom: '110101000101001',
    });
    expect(typeOut(new WedgeBurstDetector(), 'HELLO-WORLD-12345678', 0, 5)).toBeUndefined();
  });

  it('imports nothing from Node, so the renderer bundle can use it', () => {
    const dir = join(__dirname, '../../../drivers/wedge');
    for (const f of readdirSync(dir)) {
      const src = readFileSync(join(dir, f), 'utf8');
      expect(src).not.toMatch(/from ['"](node:|fs|path|os|crypto|serialport|node-hid|debug)/);
      expect(src).not.toMatch(/\bBuffer\b/);
    }
  });
});
