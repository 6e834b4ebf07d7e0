import type { IdCard } from '../idcard/card';
import { checkCharacter } from '../idcard/id-number';
import { decodeTextBlock } from '../idcard/text-decoder';
import { type CardFields, encodeTextBlock } from '../idcard/text-encoder';
import { PREAMBLE } from '../idcard/frame';

/**
 * Synthetic people for demos and tests. None of them exists. Every number has a valid check character
 * except the two at the end, which are deliberately forged for fault tests and demos.
 * The app's tests rely on identity 0 (王秀兰) being a valid resident card.
 */
interface Person {
  name: string;
  sex: 'male' | 'female';
  birth: string;
  area: string;
  address: string;
  serial: string;
}

const people: Person[] = [
  {
    name: '王秀兰',
    sex: 'female',
    birth: '19680312',
    area: '220104',
    address: '吉林省长春市朝阳区红旗街88号',
    serial: '02',
  },
  {
    name: '李建国',
    sex: 'male',
    birth: '19720905',
    area: '220105',
    address: '吉林省长春市二道区东盛大街1200号',
    serial: '01',
  },
  {
    name: '张伟',
    sex: 'male',
    birth: '19950121',
    area: '220102',
    address: '吉林省长春市南关区人民大街3300号',
    serial: '03',
  },
  {
    name: '刘桂芝',
    sex: 'female',
    birth: '19630718',
    area: '220106',
    address: '吉林省长春市绿园区青年路560号',
    serial: '04',
  },
  {
    name: '陈晓明',
    sex: 'male',
    birth: '20010630',
    area: '220103',
    address: '吉林省长春市宽城区长新街72号',
    serial: '05',
  },
  {
    name: '赵丽娜',
    sex: 'female',
    birth: '19881102',
    area: '222401',
    address: '吉林省延吉市河南街155号',
    serial: '06',
  },
  {
    name: '孙志强',
    sex: 'male',
    birth: '19800214',
    area: '220182',
    address: '吉林省榆树市城发乡前进村3组',
    serial: '07',
  },
  {
    name: '周玉梅',
    sex: 'female',
    birth: '19751025',
    area: '220122',
    address: '吉林省农安县农安镇宝塔街21号',
    serial: '08',
  },
];

/** A number with a valid check character; the 17th digit is odd for men, even for women. */
function gbNumber(prefix14: string, serial2: string, sex: 'male' | 'female'): string {
  const body = `${prefix14}${serial2}${sex === 'male' ? '1' : '2'}`;
  return body + checkCharacter(body);
}

const iso = (d: string) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;

const residents: CardFields[] = people.map((p) => ({
  cardType: 'resident',
  name: p.name,
  sex: p.sex,
  nation: '汉',
  birthDate: iso(p.birth),
  address: p.address,
  idNumber: gbNumber(`${p.area}${p.birth}`, p.serial, p.sex),
  authority: '长春市公安局',
  validFrom: '2019-05-01',
  validTo: '2039-05-01',
}));

const others: CardFields[] = [
  {
    // A long-term (长期) card of a citizen over 46, from a minority nation.
    cardType: 'resident',
    name: '金顺姬',
    sex: 'female',
    nation: '朝鲜',
    birthDate: '1958-04-09',
    address: '吉林省延吉市公园路9号',
    idNumber: gbNumber('22240119580409', '11', 'female'),
    authority: '延吉市公安局',
    validFrom: '2012-06-01',
    permanent: true,
  },
  {
    cardType: 'foreign-2017',
    englishName: 'TESTER, ALICE SAMPLE',
    name: '爱丽丝',
    sex: 'female',
    idNumber: 'USA220090031501',
    nationality: 'USA',
    validFrom: '2018-03-01',
    validTo: '2028-03-01',
    birthDate: '1990-03-15',
  },
  {
    cardType: 'foreign-2023',
    name: '鲍勃',
    englishName: 'EXAMPLE, ROBERT DEMONSTRATION LONGNAMEPERSON',
    sex: 'male',
    renewalCount: '00',
    birthDate: '1985-07-20',
    idNumber: gbNumber('92282619850720', '00', 'male'),
    validFrom: '2024-01-10',
    validTo: '2034-01-10',
    nationality: 'GBR',
  },
  {
    cardType: 'hmt',
    name: '陈港生',
    sex: 'male',
    birthDate: '1992-08-08',
    address: '吉林省长春市朝阳区测试路1号',
    idNumber: gbNumber('81000019920808', '00', 'male'),
    authority: '长春市公安局',
    validFrom: '2020-09-01',
    validTo: '2025-09-01',
    passNumber: 'H00000001',
    issueCount: '01',
  },
  {
    // Forged: last character changed, so the MOD 11-2 check fails.
    cardType: 'resident',
    name: '钱假名',
    sex: 'male',
    nation: '汉',
    birthDate: '1979-01-01',
    address: '吉林省长春市朝阳区测试路2号',
    idNumber: forge(gbNumber('22010419790101', '09', 'male')),
    authority: '长春市公安局',
    validFrom: '2019-05-01',
    validTo: '2039-05-01',
  },
  {
    // Inconsistent: a valid number whose birth date and sex disagree with the card's own fields.
    cardType: 'resident',
    name: '吴不符',
    sex: 'female',
    nation: '汉',
    birthDate: '1980-02-02',
    address: '吉林省长春市朝阳区测试路3号',
    idNumber: gbNumber('22010419810303', '09', 'male'),
    authority: '长春市公安局',
    validFrom: '2019-05-01',
    validTo: '2039-05-01',
  },
];

function forge(id: string): string {
  const last = id[17] === '0' ? '1' : '0';
  return id.slice(0, 17) + last;
}

export const syntheticFields: readonly CardFields[] = [...residents, ...others];

/**
 * A stand-in for the 1024-byte WLT photo (never decoded). The frame preamble is embedded on purpose:
 * it can occur inside real photos, and the parser must not resync on it.
 */
export function syntheticPhoto(seed: number): Buffer {
  const photo = Buffer.alloc(1024);
  for (let i = 0; i < photo.length; i++) photo[i] = (i * 31 + seed * 17) & 0xff;
  photo.set(PREAMBLE, 100);
  photo.set([...PREAMBLE, 0x05, 0x08], 600);
  return photo;
}

/** What a card reader returns for each identity (decoded from its own encoded text block). */
export const syntheticCards: readonly IdCard[] = syntheticFields.map((f, i) =>
  decodeTextBlock(encodeTextBlock(f), { photo: syntheticPhoto(i) }),
);

const surnames = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
];
const given = [
  '秀英',
  '建华',
  '桂兰',
  '志刚',
  '玉珍',
  '海燕',
  '国强',
  '淑芬',
  '永福',
  '丽华',
  '春生',
  '凤琴',
];
const areas = ['220102', '220103', '220104', '220105', '220106', '220112', '220122', '220182'];

/**
 * Identity `i` beyond the named ones: a crowd of valid resident cards, each with its own number
 * (serial and birth date from `i`), for tests and benchmarks that need hundreds of people.
 */
export function syntheticIdentity(i: number): { fields: CardFields; card: IdCard } {
  if (i < syntheticFields.length) return { fields: syntheticFields[i]!, card: syntheticCards[i]! };
  const n = i - syntheticFields.length;
  const sex = n % 2 === 0 ? 'female' : 'male';
  const year = 1960 + (n % 44);
  const day = 1 + (Math.floor(n / 44) % 365);
  const birth = new Date(Date.UTC(year, 0, day)).toISOString().slice(0, 10).replaceAll('-', '');
  const area = areas[Math.floor(n / (44 * 365)) % areas.length]!;
  const fields: CardFields = {
    cardType: 'resident',
    name: `${surnames[n % surnames.length]}${given[Math.floor(n / surnames.length) % given.length]}`,
    sex,
    nation: '汉',
    birthDate: iso(birth),
    address: '吉林省长春市二道区测试街' + (n + 1) + '号',
    idNumber: gbNumber(
      `${area}${birth}`,
      String(Math.floor(n / 44 / 365 / areas.length) % 100).padStart(2, '0'),
      sex,
    ),
    authority: '长春市公安局',
    validFrom: '2019-05-01',
    validTo: '2039-05-01',
  };
  return { fields, card: decodeTextBlock(encodeTextBlock(fields), { photo: syntheticPhoto(i) }) };
}
