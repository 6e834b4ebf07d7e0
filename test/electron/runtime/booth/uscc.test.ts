import { describe, expect, it } from 'vitest';
import { checkUscc, usccCheckCharacter } from '../../../../electron/runtime/booth/uscc';

/** Codes printed on real business licences (public registrations). */
const known = [
  '91350100M000100Y43',
  '914403001922038216',
  '91440300708461136T',
  '91330100716105852F',
  '91110000802100433B',
  '91310000132149237G',
];
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';

describe('统一社会信用代码 (GB 32100)', () => {
  it('accepts codes from real licences, as typed with spaces or in lower case', () => {
    for (const code of known) expect(checkUscc(code), code).toEqual({ ok: true, code });
    expect(checkUscc(' 9135 0100 m000 100y 43 ')).toEqual({ ok: true, code: '91350100M000100Y43' });
  });

  it('computes the check character of a known code from its first 17', () => {
    for (const code of known) expect(usccCheckCharacter(code.slice(0, 17))).toBe(code[17]);
  });

  it('catches every single mistyped character of a real code', () => {
    for (const code of known)
      for (let i = 0; i < 18; i++)
        for (const c of alphabet) {
          if (c === code[i]) continue;
          const forged = code.slice(0, i) + c + code.slice(i + 1);
          expect(checkUscc(forged).ok, forged).toBe(false);
        }
  });

  it('says what is wrong', () => {
    expect(checkUscc('91350100M000100Y4')).toEqual({ ok: false, problem: 'length' });
    expect(checkUscc('91350100M000100Y433')).toEqual({ ok: false, problem: 'length' });
    // I, O, S, V and Z are not in the alphabet (they look like 1, 0, 5, U and 2).
    expect(checkUscc('91350100MOOO100Y43')).toEqual({ ok: false, problem: 'characters' });
    expect(checkUscc('91350100M000100Y4S')).toEqual({ ok: false, problem: 'characters' });
    expect(checkUscc('913501A0M000100Y43')).toEqual({ ok: false, problem: 'division' });
    expect(checkUscc('91350100M000100Y44')).toEqual({ ok: false, problem: 'check' });
    // Two neighbours swapped: a classic copying slip.
    expect(checkUscc('91350100M000010Y43')).toEqual({ ok: false, problem: 'check' });
    expect(checkUscc('<script>alert(1)</script>').ok).toBe(false);
  });
});
