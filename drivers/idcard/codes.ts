/** Code tables printed on the card: GB/T 2261.1 sex and GB/T 3304 nation (reference §3.7). */
export type Sex = 'male' | 'female' | 'unknown' | 'unspecified';

const SEX: Record<string, Sex> = { '0': 'unknown', '1': 'male', '2': 'female', '9': 'unspecified' };
export const sexFromCode = (code: string): Sex | undefined => SEX[code];
export const sexToCode = (sex: Sex): string => ({ unknown: '0', male: '1', female: '2', unspecified: '9' })[sex];

const NATIONS = [
  '汉', '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼',
  '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔',
  '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克',
  '德昂', '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
];
const NATION_BY_CODE = new Map<string, string>(NATIONS.map((n, i) => [String(i + 1).padStart(2, '0'), n]));
NATION_BY_CODE.set('97', '其他');
NATION_BY_CODE.set('98', '外国血统中国籍人士');
const CODE_BY_NATION = new Map([...NATION_BY_CODE].map(([c, n]) => [n, c]));

/** The nation's printed name; an unknown code comes back as the raw code so nothing is lost. */
export const nationFromCode = (code: string): string => NATION_BY_CODE.get(code) ?? code;
/** Inverse for the simulator: a name from the table, or a raw code passed through. */
export const nationToCode = (nation: string): string => CODE_BY_NATION.get(nation) ?? nation;
