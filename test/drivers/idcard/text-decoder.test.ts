import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeField } from '../../../drivers/idcard/layouts';
import { decodeTextBlock } from '../../../drivers/idcard/text-decoder';
import { type CardFields, encodeTextBlock } from '../../../drivers/idcard/text-encoder';
import { syntheticFields } from '../../../drivers/simulator/identities';
import { vectorFields } from '../fixtures';

const byType = (t: CardFields['cardType']) => syntheticFields.find((f) => f.cardType === t)!;

describe('decodeTextBlock', () => {
  it('decodes the reference vector as a valid resident card', () => {
    const card = decodeTextBlock(encodeTextBlock(vectorFields), { photo: Buffer.alloc(1024) });
    expect(card).toMatchObject({
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
    expect(Buffer.from(card.raw!.photo!, 'base64')).toHaveLength(1024);
    expect(Buffer.from(card.raw!.text, 'base64')).toHaveLength(256);
  });

  it('reads a 2017 foreign permanent residence card (marker I)', () => {
    const card = decodeTextBlock(encodeTextBlock(byType('foreign-2017')));
    expect(card).toMatchObject({
      cardType: 'foreign-2017',
      englishName: 'TESTER, ALICE SAMPLE',
      name: '爱丽丝',
      idNumber: 'USA220090031501',
      nationality: 'USA',
      birthDate: '1990-03-15',
      validation: { checksum: true },
    });
    expect(card.nation).toBeUndefined();
    expect(card.address).toBeUndefined();
  });

  it('reads a 2023 foreign card (marker Y) and joins the two halves of a long English name', () => {
    const card = decodeTextBlock(encodeTextBlock(byType('foreign-2023')));
    expect(card).toMatchObject({
      cardType: 'foreign-2023',
      name: '鲍勃',
      englishName: 'EXAMPLE, ROBERT DEMONSTRATION LONGNAMEPERSON',
      renewalCount: '00',
      nationality: 'GBR',
      validation: { checksum: true, birthMatches: true, sexMatches: true },
    });
    expect(card.idNumber).toMatch(/^9\d{17}$/);
    expect(card.authority).toBeUndefined();
  });

  it('reads an HK/Macau/Taiwan permit (marker J) with pass number and issue count, and no nation', () => {
    const card = decodeTextBlock(encodeTextBlock(byType('hmt')));
    expect(card).toMatchObject({
      cardType: 'hmt',
      passNumber: 'H00000001',
      issueCount: '01',
      validation: { checksum: true },
    });
    expect(card.idNumber).toMatch(/^810000/);
    expect(card.nation).toBeUndefined();
  });

  it('maps 长期 to a permanent card with no valid-to date', () => {
    const card = decodeTextBlock(encodeTextBlock(syntheticFields.find((f) => f.permanent)!));
    expect(card.permanent).toBe(true);
    expect(card.validTo).toBeUndefined();
    expect(card.nation).toBe('朝鲜');
  });

  it('keeps an unknown marker as unknown with the raw bytes and no guessed fields', () => {
    const text = encodeTextBlock(vectorFields);
    text.write('Z', 248, 'utf16le');
    const card = decodeTextBlock(text);
    expect(card.cardType).toBe('unknown');
    expect(card.name).toBeUndefined();
    expect(Buffer.from(card.raw!.text, 'base64')).toEqual(text);
    expect(card.validation).toMatchObject({ checksum: false });
  });

  it('shows an unknown nation code raw and maps all four sex codes', () => {
    const text = encodeTextBlock(vectorFields);
    writeField(text, 32, 4, '57');
    expect(decodeTextBlock(text).nation).toBe('57');
    writeField(text, 32, 4, '98');
    expect(decodeTextBlock(text).nation).toBe('外国血统中国籍人士');
    const sexes = ['0', '1', '2', '9'].map((c) => {
      writeField(text, 30, 2, c);
      return decodeTextBlock(text).sex;
    });
    expect(sexes).toEqual(['unknown', 'male', 'female', 'unspecified']);
    writeField(text, 30, 2, '9');
    expect(decodeTextBlock(text).validation.sexMatches).toBe(false);
  });

  it('trims only trailing spaces and NULs, keeping inner spaces', () => {
    const text = encodeTextBlock(vectorFields);
    writeField(text, 52, 70, '北京市 东城区 1号\u0000\u0000');
    expect(decodeTextBlock(text).address).toBe('北京市 东城区 1号');
  });

  it('flags a forged number and a number that disagrees with the card, but still decodes them', () => {
    const [forged, inconsistent] = syntheticFields.slice(-2).map((f) => decodeTextBlock(encodeTextBlock(f)));
    expect(forged!.validation).toMatchObject({ checksum: false });
    expect(forged!.name).toBe('钱假名');
    expect(inconsistent!.validation).toMatchObject({
      checksum: true,
      birthMatches: false,
      sexMatches: false,
    });
  });

  it('never throws on a short or odd block', () => {
    expect(decodeTextBlock(new Uint8Array(10)).cardType).toBe('unknown');
    expect(decodeTextBlock(new Uint8Array(256).fill(0xff)).cardType).toBe('unknown');
  });
});

describe('encode/decode round trip', () => {
  const word = (max: number) =>
    fc.string({
      unit: fc.constantFrom(...'测试张王李赵ABCXYZ0123456789'.split('')),
      minLength: 1,
      maxLength: max,
    });
  const date = fc
    .date({ min: new Date('1930-01-01'), max: new Date('2020-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const sex = fc.constantFrom('male' as const, 'female' as const, 'unknown' as const, 'unspecified' as const);
  const fields: fc.Arbitrary<CardFields> = fc.oneof(
    fc.record({
      cardType: fc.constant('resident' as const),
      name: word(15),
      sex,
      nation: fc.constantFrom('汉', '蒙古', '基诺', '其他'),
      birthDate: date,
      address: word(35),
      idNumber: word(18),
      authority: word(15),
      validFrom: date,
      validTo: date,
      permanent: fc.constant(false),
    }),
    fc.record({
      cardType: fc.constant('hmt' as const),
      name: word(15),
      sex,
      birthDate: date,
      passNumber: word(9),
      issueCount: word(2),
      permanent: fc.constant(true),
    }),
    fc.record({
      cardType: fc.constant('foreign-2017' as const),
      englishName: word(60),
      idNumber: word(15),
      nationality: word(3),
      sex,
      permanent: fc.constant(false),
    }),
    fc.record({
      cardType: fc.constant('foreign-2023' as const),
      englishName: word(46),
      renewalCount: word(2),
      nationality: word(3),
      sex,
      permanent: fc.constant(false),
    }),
  );

  it('property: decode(encode(x)) gives back every field of x', () => {
    fc.assert(
      fc.property(fields, (f) => {
        const card = decodeTextBlock(encodeTextBlock(f));
        const { validation: _v, raw: _r, source: _s, ...decoded } = card;
        expect(decoded).toEqual(f);
      }),
      { numRuns: 300 },
    );
  });
});
