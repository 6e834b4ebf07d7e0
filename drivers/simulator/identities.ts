import type { IdCard } from '../idcard/card';
import { checkCharacter } from '../idcard/id-number';

/** Synthetic people for demos and tests. None of them exists; every number has a valid check character. */
interface Person {
  name: string;
  sex: 'male' | 'female';
  birth: string;
  area: string;
  address: string;
  serial: string;
}

const people: Person[] = [
  { name: '王秀兰', sex: 'female', birth: '19680312', area: '220104', address: '吉林省长春市朝阳区红旗街88号', serial: '02' },
  { name: '李建国', sex: 'male', birth: '19720905', area: '220105', address: '吉林省长春市二道区东盛大街1200号', serial: '01' },
  { name: '张伟', sex: 'male', birth: '19950121', area: '220102', address: '吉林省长春市南关区人民大街3300号', serial: '03' },
  { name: '刘桂芝', sex: 'female', birth: '19630718', area: '220106', address: '吉林省长春市绿园区青年路560号', serial: '04' },
  { name: '陈晓明', sex: 'male', birth: '20010630', area: '220103', address: '吉林省长春市宽城区长新街72号', serial: '05' },
  { name: '赵丽娜', sex: 'female', birth: '19881102', area: '222401', address: '吉林省延吉市河南街155号', serial: '06' },
  { name: '孙志强', sex: 'male', birth: '19800214', area: '220182', address: '吉林省榆树市城发乡前进村3组', serial: '07' },
  { name: '周玉梅', sex: 'female', birth: '19751025', area: '220122', address: '吉林省农安县农安镇宝塔街21号', serial: '08' },
];

function idNumber(p: Person): string {
  // 17th digit: odd for men, even for women.
  const seq = `${p.serial}${p.sex === 'male' ? '1' : '2'}`;
  const body = `${p.area}${p.birth}${seq}`;
  return body + checkCharacter(body);
}

const iso = (d: string) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;

export const syntheticCards: IdCard[] = people.map((p) => ({
  cardType: 'resident',
  name: p.name,
  sex: p.sex,
  nation: '汉',
  birthDate: iso(p.birth),
  address: p.address,
  idNumber: idNumber(p),
  authority: '长春市公安局',
  validFrom: '2019-05-01',
  validTo: '2039-05-01',
  permanent: false,
  validation: { checksum: true, birthMatches: true, sexMatches: true },
}));
