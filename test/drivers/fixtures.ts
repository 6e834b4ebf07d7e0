import { buildResponse } from '../../drivers/idcard/frame';
import { encodeBaseRecord } from '../../drivers/idcard/responses';
import { type CardFields, encodeTextBlock } from '../../drivers/idcard/text-encoder';

/** The reference's synthetic test vector (§3.11). */
export const vectorFields: CardFields = {
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
};

export const vectorFrame = (): Buffer =>
  buildResponse(0x90, encodeBaseRecord(encodeTextBlock(vectorFields), Buffer.alloc(1024)));

export const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');
