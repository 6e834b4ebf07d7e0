import { describe, expect, it } from 'vitest';
import {
  checkCharacter,
  checkIdNumber,
  convertLegacyIdNumber,
  isValidIdNumber,
} from '../../../drivers/idcard/id-number';

describe('GB 11643 ID numbers', () => {
  it.each([
    ['11010120000101001', '0'],
    ['51010419851231222', '5'],
    ['33010619950720109', 'X'],
    ['11010519491231002', 'X'],
  ])('check character of %s is %s (reference §4 worked examples)', (body, check) => {
    expect(checkCharacter(body)).toBe(check);
  });

  it('reads sex parity and birth date', () => {
    expect(checkIdNumber('510104198512312225')).toMatchObject({
      structure: true,
      date: true,
      checksum: true,
      sex: 'female',
      birth: '19851231',
    });
    expect(checkIdNumber('33010619950720109x')).toMatchObject({ checksum: true, sex: 'male' });
  });

  it('rejects wrong shape, impossible dates, future births and bad check characters', () => {
    expect(isValidIdNumber('11010120000101001')).toBe(false);
    expect(isValidIdNumber('110101200002300012')).toBe(false); // 30 February
    expect(isValidIdNumber('110101200001010011')).toBe(false);
    const future = '1101012099010100' + '1';
    expect(checkIdNumber(future + checkCharacter(future), '20250101').date).toBe(false);
    expect(isValidIdNumber('110101200001010010', '20250101')).toBe(true);
  });

  it('converts a legacy 15-digit number for manual entry', () => {
    expect(convertLegacyIdNumber('110101000101001')).toEqual({ ok: true, value: '110101190001010014' });
    const r = convertLegacyIdNumber('510104851231222');
    expect(r.ok && isValidIdNumber(r.value)).toBe(true);
    expect(convertLegacyIdNumber('5101048512312')).toMatchObject({ ok: false });
    expect(convertLegacyIdNumber('510104851331222')).toMatchObject({ ok: false });
  });
});
