/**
 * Deterministic generator of realistic gig postings for a 长春 station. The same seed gives the
 * same jobs, so the embedded sample feed (300+ jobs) and the 100k-job benchmark sets come from one
 * source. Nothing here names a real employer; districts and streets are real places.
 */
import type { Job, PayUnit } from '../../electron/schema/job';
import taxonomy from '../occupations.json' with { type: 'json' };

/** mulberry32: small, fast and stable across platforms. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface District {
  name: string;
  lat: number;
  lng: number;
  streets: string[];
}

export const districts: District[] = [
  { name: '南关区', lat: 43.864, lng: 125.35, streets: ['人民大街', '亚泰大街', '南湖大路', '东岭南街', '解放大路'] },
  { name: '宽城区', lat: 43.921, lng: 125.326, streets: ['长新街', '凯旋路', '北京大街', '铁北二路', '台北大街'] },
  { name: '朝阳区', lat: 43.846, lng: 125.288, streets: ['红旗街', '西安大路', '湖西路', '工农大路', '开运街'] },
  { name: '二道区', lat: 43.866, lng: 125.392, streets: ['东盛大街', '吉林大路', '荣光路', '公平路', '临河街'] },
  { name: '绿园区', lat: 43.883, lng: 125.256, streets: ['青年路', '西环城路', '普阳街', '春城大街', '皓月大路'] },
  { name: '双阳区', lat: 43.525, lng: 125.664, streets: ['双阳大街', '长清路', '平湖大街'] },
  { name: '九台区', lat: 44.151, lng: 125.839, streets: ['新华大街', '九台大街', '站前路'] },
  { name: '长春新区', lat: 43.83, lng: 125.22, streets: ['硅谷大街', '飞跃路', '超然街', '北远达大街'] },
  { name: '经开区', lat: 43.853, lng: 125.43, streets: ['临河街', '自由大路', '浦东路', '东南湖大路'] },
  { name: '净月区', lat: 43.786, lng: 125.452, streets: ['净月大街', '博硕路', '福祉大路'] },
  { name: '汽开区', lat: 43.851, lng: 125.197, streets: ['东风大街', '创业大街', '锦程大街', '繁荣路'] },
];

interface Profile {
  titles: string[];
  /** Typical daily pay range, 元. */
  daily: [number, number];
  /** Relative weights of the units employers of this trade post in. */
  units: Partial<Record<PayUnit, number>>;
  ageMax?: number;
  piece?: { label: string; rate: [number, number]; perDay: [number, number] };
  description: string;
  /** How common the trade is in a hall's postings (catalogue 'full' only; default 1). */
  share?: number;
}

/** Per occupation code: how its postings look in a 长春 hall. The default catalogue; its output is pinned by the sample feed. */
const profiles: Record<string, Profile> = {
  '4-09-08-02': { titles: ['写字楼保洁', '小区保洁员', '商场日结保洁', '开荒保洁', '医院保洁'], daily: [130, 200], units: { day: 5, hour: 3, month: 3 }, ageMax: 65, description: '负责公共区域日常清洁，工具由单位提供。' },
  '4-10-01-06': { titles: ['家政钟点工', '住家保姆', '做饭保姆', '家庭保洁钟点工'], daily: [160, 260], units: { hour: 5, month: 3, day: 1 }, ageMax: 60, description: '家庭日常保洁、做饭，时间可商量。' },
  '4-10-01-02': { titles: ['育儿嫂', '住家育儿嫂', '月嫂'], daily: [220, 380], units: { month: 5, day: 1 }, ageMax: 55, description: '照看婴幼儿，有经验者优先，需健康证。' },
  '4-02-01-02': { titles: ['日结装卸工', '搬家工人', '仓库装卸', '货车卸货工', '建材搬运'], daily: [180, 300], units: { day: 6, hour: 2, piece: 1 }, ageMax: 55, piece: { label: '车', rate: [80, 150], perDay: [2, 3] }, description: '装卸货物，体力好，能吃苦。' },
  '4-02-06-03': { titles: ['仓库管理员', '库管员'], daily: [150, 220], units: { month: 5, day: 1 }, ageMax: 50, description: '出入库登记、盘点，会简单电脑操作。' },
  '6-29-01-01': { titles: ['瓦工', '砌墙瓦工', '贴砖瓦工'], daily: [300, 450], units: { day: 6, piece: 1 }, ageMax: 60, piece: { label: '平方米', rate: [35, 60], perDay: [7, 10] }, description: '砌墙、贴砖，有经验者优先。' },
  '6-29-03-05': { titles: ['装修木工', '木工师傅', '模板木工'], daily: [300, 450], units: { day: 6, month: 1 }, ageMax: 60, description: '室内装修木工活，自带工具优先。' },
  '6-29-02-07': { titles: ['油工', '刷漆工', '腻子工'], daily: [260, 380], units: { day: 5, piece: 1 }, ageMax: 60, piece: { label: '平方米', rate: [12, 20], perDay: [18, 25] }, description: '刮腻子、刷乳胶漆。' },
  '6-18-02-04': { titles: ['电焊工', '二保焊工', '钢结构焊工'], daily: [320, 480], units: { day: 5, month: 3 }, ageMax: 55, description: '持焊工证上岗，钢结构焊接。' },
  '6-31-01-03': { titles: ['水电工', '维修电工', '装修电工'], daily: [280, 420], units: { day: 5, month: 3 }, ageMax: 60, description: '持电工证，负责线路安装与维修。' },
  '6-29-01-03': { titles: ['钢筋工', '绑筋工'], daily: [280, 400], units: { day: 6 }, ageMax: 55, description: '工地钢筋绑扎，包午饭。' },
  '4-03-02-01': { titles: ['炒锅厨师', '食堂厨师', '快餐厨师'], daily: [220, 350], units: { month: 5, day: 2 }, ageMax: 55, description: '会做家常菜，需健康证。' },
  '4-03-02-90': { titles: ['帮厨', '切配工', '洗碗工', '食堂帮厨'], daily: [120, 180], units: { day: 4, hour: 3, month: 3 }, ageMax: 60, description: '洗菜切配、洗碗，需健康证。' },
  '4-03-02-05': { titles: ['餐厅服务员', '传菜员', '宴会服务员'], daily: [120, 180], units: { hour: 4, day: 3, month: 3 }, ageMax: 45, description: '点餐、传菜、收台。' },
  '4-02-07-08': { titles: ['快递派件员', '快递收派员', '驿站快递员'], daily: [200, 320], units: { piece: 4, month: 3, day: 1 }, ageMax: 50, piece: { label: '件', rate: [1, 2], perDay: [150, 220] }, description: '负责片区快递派送，电动车自备或公司提供。' },
  '4-02-07-10': { titles: ['外卖骑手', '众包骑手', '专送骑手'], daily: [200, 350], units: { piece: 6, month: 1 }, ageMax: 50, piece: { label: '单', rate: [6, 10], perDay: [30, 45] }, description: '外卖配送，多劳多得。' },
  '4-02-06-05': { titles: ['仓库分拣员', '快递分拣', '夜班分拣', '电商打包分拣'], daily: [150, 230], units: { day: 5, hour: 4 }, ageMax: 55, description: '按单分拣货物，有夜班。' },
  '4-02-02-01': { titles: ['送货司机', '货车司机', '面包车司机'], daily: [250, 380], units: { day: 4, month: 4 }, ageMax: 55, description: '市内送货，需C1驾照，驾龄2年以上。' },
  '6-30-05-04': { titles: ['叉车司机', '仓库叉车工'], daily: [230, 330], units: { day: 4, month: 4 }, ageMax: 55, description: '持叉车证，仓库叉车作业。' },
  '6-31-01-09': { titles: ['汽车零部件装配工', '流水线普工', '电子厂普工', '组装工'], daily: [160, 240], units: { hour: 5, month: 4, day: 2 }, ageMax: 48, description: '流水线装配，两班倒，包吃住。' },
  '6-31-03-02': { titles: ['食品包装工', '打包工', '包装普工'], daily: [130, 190], units: { hour: 4, day: 4, piece: 1 }, ageMax: 55, piece: { label: '箱', rate: [0.5, 1], perDay: [200, 300] }, description: '产品装箱打包，坐班。' },
  '6-04-06-01': { titles: ['缝纫工', '服装车工', '平车工'], daily: [160, 260], units: { piece: 3, month: 3, day: 1 }, ageMax: 55, piece: { label: '件', rate: [2, 4], perDay: [60, 90] }, description: '服装厂车位，计件。' },
  '6-31-06-01': { titles: ['质检员', '外观检验员'], daily: [150, 220], units: { month: 4, hour: 2 }, ageMax: 45, description: '产品外观检验，视力好。' },
  '4-07-05-01': { titles: ['小区保安', '商场保安', '活动安保', '工地门卫'], daily: [120, 180], units: { month: 5, day: 3 }, ageMax: 60, description: '门岗值守、巡逻，有保安证优先。' },
  '4-10-01-05': { titles: ['养老院护理员', '医院护工', '居家陪护'], daily: [180, 280], units: { month: 4, day: 4 }, ageMax: 58, description: '照护老人起居，需健康证。' },
  '5-01-02-01': { titles: ['大棚种植工', '农场采摘工', '育苗工'], daily: [120, 200], units: { day: 6, piece: 1 }, ageMax: 65, piece: { label: '斤', rate: [0.3, 0.6], perDay: [300, 450] }, description: '农活，管午饭，班车接送。' },
  '4-09-09-02': { titles: ['绿化养护工', '园林工', '草坪修剪工'], daily: [140, 200], units: { day: 5, month: 2 }, ageMax: 65, description: '浇水、修剪、除草。' },
  '4-12-01-01': { titles: ['汽修学徒', '汽车维修工', '快修技师'], daily: [180, 320], units: { month: 5, day: 1 }, ageMax: 50, description: '汽车保养维修。' },
  '4-12-01-03': { titles: ['洗车工', '汽车美容工'], daily: [120, 180], units: { day: 4, month: 4 }, ageMax: 50, description: '洗车、打蜡、内饰清洁。' },
  '4-01-02-01': { titles: ['超市理货员', '商场导购', '促销员'], daily: [120, 200], units: { day: 3, hour: 3, month: 4 }, ageMax: 50, description: '上货理货、导购，周末促销有提成。' },
  '4-01-02-04': { titles: ['超市收银员', '收银员'], daily: [120, 170], units: { month: 4, hour: 3 }, ageMax: 45, description: '超市收银，会用手机支付设备。' },
};

/**
 * Trades the 'full' catalogue adds, and how common each trade is in a hall (share, relative to 1):
 * cleaning, loading, sorting and site labour dominate a 长春 零工 hall; beauty and office work are rare.
 */
const extraProfiles: Record<string, Profile> = {
  '4-10-01-03': { titles: ['幼儿园保育员', '托育园生活老师'], daily: [130, 180], units: { month: 5 }, ageMax: 50, description: '照顾幼儿生活起居，需健康证。', share: 0.4 },
  '4-10-01-07': { titles: ['整理收纳师', '上门收纳整理'], daily: [200, 320], units: { day: 4, hour: 3 }, ageMax: 50, description: '上门整理衣橱、厨房，公司培训。', share: 0.2 },
  '4-09-07-01': { titles: ['环卫清扫工', '道路清扫保洁', '环卫工（早班）'], daily: [110, 160], units: { month: 5, day: 2 }, ageMax: 65, description: '负责路段清扫保洁，早班，工具服装统一发放。', share: 1.2 },
  '4-10-04-01': { titles: ['洗衣房洗衣工', '干洗店熨烫工'], daily: [120, 170], units: { month: 4, day: 2 }, ageMax: 55, description: '衣物分拣、洗涤、熨烫。', share: 0.3 },
  '4-02-01-90': { titles: ['搬家师傅', '搬家工人（日结）', '钢琴搬运工'], daily: [220, 350], units: { day: 6, piece: 1 }, ageMax: 50, piece: { label: '单', rate: [100, 180], perDay: [2, 3] }, description: '居民搬家，楼层高有补贴。', share: 1 },
  '6-29-01-04': { titles: ['混凝土工', '打灰工', '浇筑工'], daily: [280, 380], units: { day: 6 }, ageMax: 55, description: '工地混凝土浇筑振捣。', share: 0.8 },
  '6-29-01-90': { titles: ['工地小工', '建筑杂工', '力工小工（日结）', '清理建筑垃圾'], daily: [200, 280], units: { day: 7 }, ageMax: 60, description: '工地杂活，搬砖、清理，包午饭。', share: 2.5 },
  '6-29-02-05': { titles: ['架子工', '脚手架搭设工'], daily: [350, 480], units: { day: 6 }, ageMax: 50, description: '持登高证，脚手架搭设拆除。', share: 0.5 },
  '6-29-03-01': { titles: ['防水工', '卫生间防水师傅', '屋面防水工'], daily: [280, 400], units: { day: 5, piece: 1 }, ageMax: 60, piece: { label: '平方米', rate: [20, 35], perDay: [10, 15] }, description: '卫生间、屋面防水施工。', share: 0.5 },
  '6-29-03-02': { titles: ['抹灰工', '内墙抹灰师傅'], daily: [300, 420], units: { day: 5, piece: 1 }, ageMax: 60, piece: { label: '平方米', rate: [18, 28], perDay: [14, 20] }, description: '内外墙抹灰。', share: 0.6 },
  '6-29-03-03': { titles: ['水暖工', '管道安装工', '暖气维修工'], daily: [280, 400], units: { day: 5, month: 2 }, ageMax: 60, description: '供暖管道安装维修，冬季活多。', share: 0.6 },
  '6-30-05-02': { titles: ['塔吊司机', '汽车吊司机'], daily: [380, 520], units: { day: 3, month: 4 }, ageMax: 55, description: '持证操作塔吊，工地长期用人。', share: 0.3 },
  '4-03-02-02': { titles: ['面点师', '包子师傅', '早餐面案'], daily: [200, 300], units: { month: 5, day: 1 }, ageMax: 55, description: '包子、饺子、面条制作，早班。', share: 0.6 },
  '4-03-02-91': { titles: ['洗碗工', '酒店洗碗工', '食堂洗碗阿姨'], daily: [110, 160], units: { day: 4, hour: 3, month: 3 }, ageMax: 62, description: '洗碗、收拾后厨，需健康证。', share: 1.2 },
  '4-03-02-06': { titles: ['食堂配餐员', '学校食堂打饭'], daily: [120, 170], units: { month: 4, day: 2 }, ageMax: 55, description: '分餐打饭、清洁餐具。', share: 0.4 },
  '4-02-07-09': { titles: ['快件分拣员', '转运中心分拣工', '夜班快件处理员'], daily: [170, 250], units: { day: 5, hour: 4 }, ageMax: 50, description: '转运中心快件分拣装车，有夜班。', share: 1.2 },
  '6-18-01-07': { titles: ['数控车床操作工', 'CNC操作工', '加工中心学徒'], daily: [200, 300], units: { month: 5, hour: 2 }, ageMax: 45, description: '看图纸操作数控机床，有学徒岗。', share: 0.6 },
  '6-02-01-01': { titles: ['面包烘焙工', '糕点车间工人'], daily: [150, 220], units: { month: 4, hour: 2 }, ageMax: 50, description: '车间烘焙，需健康证。', share: 0.4 },
  '6-02-90-01': { titles: ['食品厂普工', '肉食加工工', '冷库分割工'], daily: [150, 230], units: { hour: 4, day: 3, month: 3 }, ageMax: 55, description: '食品加工车间，需健康证。', share: 1 },
  '6-14-02-02': { titles: ['注塑工', '注塑机操作工'], daily: [170, 240], units: { hour: 4, month: 4 }, ageMax: 48, description: '看机取件，两班倒。', share: 0.5 },
  '4-07-05-02': { titles: ['地铁安检员', '展会安检员', '活动安检'], daily: [140, 200], units: { month: 4, day: 3 }, ageMax: 45, description: '安检机值守，需保安员证。', share: 0.4 },
  '4-07-05-04': { titles: ['消控室值班员', '消防中控员'], daily: [150, 210], units: { month: 5 }, ageMax: 55, description: '持证上岗，消控室值班，做24休48。', share: 0.4 },
  '4-07-02-05': { titles: ['停车场收费员', '小区车管员'], daily: [110, 160], units: { month: 5, day: 1 }, ageMax: 65, description: '车辆引导与收费，适合年龄偏大者。', share: 0.5 },
  '4-14-01-02': { titles: ['医院护工', '病房陪护', '术后陪护'], daily: [200, 300], units: { day: 5, month: 3 }, ageMax: 60, description: '医院病房陪护，需健康证。', share: 0.7 },
  '4-10-05-02': { titles: ['足疗师', '按摩师', '推拿师傅'], daily: [180, 320], units: { month: 4, piece: 2 }, ageMax: 50, piece: { label: '钟', rate: [30, 50], perDay: [5, 8] }, description: '足疗按摩，包培训，提成另计。', share: 0.4 },
  '5-01-02-90': { titles: ['草莓采摘工', '苹果采摘工', '蔬菜采摘（日结）'], daily: [120, 180], units: { day: 5, piece: 3 }, ageMax: 68, piece: { label: '斤', rate: [0.3, 0.6], perDay: [300, 450] }, description: '季节性采摘，班车接送，管午饭。', share: 1 },
  '5-03-01-01': { titles: ['养牛场饲养员', '养猪场饲养员'], daily: [150, 220], units: { month: 5 }, ageMax: 60, description: '喂养、清圈，包吃住。', share: 0.4 },
  '5-03-01-02': { titles: ['养鸡场工人', '蛋鸡饲养员'], daily: [140, 200], units: { month: 5 }, ageMax: 60, description: '喂料捡蛋，包吃住。', share: 0.3 },
  '4-12-01-02': { titles: ['电动车维修工', '摩托车修理学徒'], daily: [150, 230], units: { month: 4, day: 2 }, ageMax: 55, description: '电动车、摩托车维修。', share: 0.3 },
  '4-12-01-90': { titles: ['补胎换胎工', '轮胎店学徒'], daily: [150, 220], units: { month: 4, day: 2 }, ageMax: 50, description: '补胎、换胎、动平衡，冬季换胎季用人多。', share: 0.3 },
  '4-01-02-90': { titles: ['超市理货员', '夜班理货员', '仓储超市上货员'], daily: [120, 180], units: { hour: 4, day: 3, month: 3 }, ageMax: 55, description: '补货上架、整理货架。', share: 1 },
  '4-01-02-91': { titles: ['周末促销员', '地推发单员', '商场促销（日结）'], daily: [120, 200], units: { day: 5, hour: 3 }, ageMax: 45, description: '产品推广，周末两天。', share: 0.8 },
  '4-03-01-02': { titles: ['酒店客房服务员', '做房阿姨', '宾馆客房保洁'], daily: [130, 190], units: { month: 4, piece: 2, day: 2 }, ageMax: 55, piece: { label: '间', rate: [8, 12], perDay: [14, 20] }, description: '整理客房，计件或月薪。', share: 0.8 },
  '4-03-01-01': { titles: ['酒店前台', '宾馆前台接待'], daily: [130, 180], units: { month: 5 }, ageMax: 35, description: '入住登记、接待，会电脑。', share: 0.3 },
  '4-10-03-01': { titles: ['理发师', '美发助理', '社区快剪师傅'], daily: [150, 280], units: { month: 4, piece: 2 }, ageMax: 50, piece: { label: '位', rate: [10, 20], perDay: [12, 20] }, description: '剪发，快剪店计件。', share: 0.3 },
  '4-10-03-02': { titles: ['美容师', '美甲师'], daily: [150, 260], units: { month: 5 }, ageMax: 40, description: '美容护理，包培训。', share: 0.2 },
  '3-01-02-01': { titles: ['办公室文员', '行政助理', '就业见习岗（行政）'], daily: [110, 170], units: { month: 6 }, ageMax: 35, description: '文件整理、接待，会办公软件。', share: 0.4 },
  '3-01-02-90': { titles: ['数据录入员', '资料录入（短期）'], daily: [120, 170], units: { day: 3, month: 3, hour: 2 }, ageMax: 45, description: '电脑录入资料，会打字。', share: 0.3 },
  '4-07-02-90': { titles: ['电话客服', '在线客服', '话务员'], daily: [120, 180], units: { month: 6 }, ageMax: 40, description: '接听电话、在线回复，普通话标准。', share: 0.4 },
};

/** Shares for the original trades when the 'full' catalogue weighs trades by how common they are. */
const coreShares: Record<string, number> = {
  '4-09-08-02': 3, '4-10-01-06': 1.5, '4-02-01-02': 3, '6-31-01-09': 2, '4-02-06-05': 2, '4-02-07-08': 1.5, '4-02-07-10': 1.5,
  '4-03-02-90': 1.5, '4-07-05-01': 1.5, '6-31-03-02': 1.2, '4-03-02-05': 1.2, '4-10-01-02': 0.6, '6-31-06-01': 0.6,
  '4-12-01-03': 0.6, '4-12-01-01': 0.5, '6-30-05-04': 0.7, '6-18-02-04': 0.8, '6-31-01-03': 0.8,
};

const brand = ['顺达', '恒泰', '鑫源', '安居', '福瑞', '金桥', '盛世', '宏运', '吉祥', '北方', '众诚', '佳和', '长盛', '嘉禾', '瑞丰', '德润', '万家', '惠民', '君安', '兴业', '春城', '松江', '天成', '华盛', '启航', '诚信', '永辉达', '东北虎', '新世纪', '和顺'];
const trade: Record<string, string[]> = {
  housekeeping: ['家政服务有限公司', '物业服务有限公司', '保洁服务有限公司'],
  loading: ['物流有限公司', '搬家服务部', '仓储有限公司'],
  construction: ['建筑工程有限公司', '装饰工程有限公司', '钢结构有限公司'],
  catering: ['餐饮管理有限公司', '酒店', '饭庄'],
  logistics: ['快递服务有限公司', '供应链有限公司', '配送站'],
  manufacturing: ['汽车零部件有限公司', '食品有限公司', '服装厂', '电子有限公司'],
  security: ['保安服务有限公司', '物业管理有限公司'],
  care: ['养老服务中心', '护理院', '康养中心'],
  agriculture: ['农业专业合作社', '生态农业有限公司', '园林绿化有限公司'],
  auto: ['汽车维修服务中心', '汽车美容店'],
  retail: ['超市', '商贸有限公司', '购物中心'],
  hospitality: ['酒店', '宾馆', '商务酒店'],
  beauty: ['美发店', '美容院', '养生馆'],
  office: ['信息技术有限公司', '文化传媒有限公司', '客服外包有限公司'],
};
const agencyNames = ['人力资源服务有限公司', '劳务派遣有限公司'];

const protections = ['临时取消付4小时工资', '当日现结，不压工资', '干满半天按一天算', '工伤保险已缴纳', '提前下班按全天结算'];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const between = (r: () => number, lo: number, hi: number) => lo + r() * (hi - lo);
function weighted<K extends string>(r: () => number, weights: Partial<Record<K, number>>): K {
  const entries = Object.entries(weights) as [K, number][];
  let x = r() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [k, w] of entries) if ((x -= w) < 0) return k;
  return entries[0]![0];
}

interface Occupation {
  code: string;
  name: string;
  group: string;
  certificates: string[];
}
/** Occupations this generator knows how to post for (the taxonomy may list more). */
const coreOccupations = (taxonomy.occupations as Occupation[]).filter((o) => o.code in profiles);
const allProfiles: Record<string, Profile> = { ...profiles, ...extraProfiles };
const fullOccupations = (taxonomy.occupations as Occupation[]).filter((o) => o.code in allProfiles);
const fullShares = Object.fromEntries(fullOccupations.map((o) => [o.code, allProfiles[o.code]!.share ?? coreShares[o.code] ?? 1]));
const welfareTrades = { core: ['4-09-08-02', '4-07-05-01', '4-09-09-02'], full: ['4-09-08-02', '4-07-05-01', '4-09-09-02', '4-09-07-01', '4-07-02-05'] };

export interface GenerateOptions {
  count: number;
  seed?: number;
  /** The moment the feed is "as of"; postings are spread over the two weeks before it. */
  now?: Date;
  /** Id prefix, so two generated sets never collide. */
  prefix?: string;
  /**
   * 'core' (default): the original 31 trades picked uniformly; its output for a seed never changes.
   * 'full': every trade with a profile, weighted by how common it is in a hall.
   */
  catalogue?: 'core' | 'full';
}

const day = 86_400_000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const round = (n: number, step: number) => Math.max(step, Math.round(n / step) * step);

export function generateJobs(options: GenerateOptions): Job[] {
  const r = rng(options.seed ?? 20261121);
  const now = (options.now ?? new Date('2026-11-21T09:00:00+08:00')).getTime();
  const prefix = options.prefix ?? 'cc';
  const full = options.catalogue === 'full';
  const occupations = full ? fullOccupations : coreOccupations;
  const pickOccupation = full
    ? () => {
        const code = weighted(r, fullShares);
        return occupations.find((o) => o.code === code) ?? occupations[0]!;
      }
    : () => pick(r, occupations);
  const welfare = full ? welfareTrades.full : welfareTrades.core;
  // A pool of employers per group, about one per six postings, so employers repeat as they do in a real hall.
  const employerCount = Math.max(20, Math.round(options.count / 6));
  const employers = Array.from({ length: employerCount }, (_, i) => {
    const occ = pickOccupation();
    const agency = r() < 0.12;
    const name = `长春市${pick(r, brand)}${agency ? pick(r, agencyNames) : pick(r, trade[occ.group] ?? ['有限公司'])}`;
    return { id: `${prefix}-e${i + 1}`, name, agency, group: occ.group, district: pick(r, districts) };
  });
  const byGroup = new Map<string, typeof employers>();
  for (const e of employers) byGroup.set(e.group, [...(byGroup.get(e.group) ?? []), e]);

  const agencies = employers.filter((e) => e.agency);

  const jobs: Job[] = [];
  for (let i = 0; i < options.count; i++) {
    const occ = pickOccupation();
    const profile = allProfiles[occ.code]!;
    // About one posting in eight comes through an agency (劳务派遣), whatever the trade; the rest
    // from the trade's own employers.
    const own = (byGroup.get(occ.group) ?? []).filter((e) => !e.agency);
    const pool = r() < 0.12 || own.length === 0 ? agencies : own;
    const employer = pick(r, pool.length ? pool : employers);
    const district = r() < 0.7 ? employer.district : pick(r, districts);
    const unit = weighted(r, profile.units);
    const daily = between(r, ...profile.daily);
    const pay: Job['pay'] =
      unit === 'piece' && profile.piece
        ? {
            amount: Math.round(between(r, ...profile.piece.rate) * 10) / 10,
            unit: 'piece',
            pieceLabel: profile.piece.label,
            ...(r() < 0.7 ? { expectedDailyPieces: Math.round(between(r, ...profile.piece.perDay)) } : {}),
          }
        : unit === 'hour'
          ? { amount: round(daily / 8, 0.5), unit: 'hour' }
          : unit === 'month'
            ? { amount: round(daily * 21.75, 100), unit: 'month' }
            : unit === 'week'
              ? { amount: round(daily * 5, 50), unit: 'week' }
              : { amount: round(daily, 10), unit: 'day' };
    if (pay.unit !== 'piece' && r() < 0.25) pay.amountMax = round(pay.amount * between(r, 1.1, 1.3), pay.unit === 'hour' ? 0.5 : 10);
    const schedule = pay.unit === 'month' ? 'long' : pay.unit === 'day' && r() < 0.6 ? 'day' : r() < 0.5 ? 'short' : 'day';
    const settlement = pay.unit === 'month' ? 'monthly' : schedule === 'day' || r() < 0.5 ? 'daily' : 'weekly';
    const posted = now - Math.floor(r() * 14 * day) - Math.floor(r() * 10) * 3_600_000;
    const updated = Math.min(now, posted + Math.floor(r() * 3) * day);
    const start = Math.max(posted, now - 2 * day) + Math.floor(r() * 4) * day;
    const validDays = schedule === 'day' ? 7 + Math.floor(r() * 10) : schedule === 'short' ? 15 + Math.floor(r() * 20) : 30 + Math.floor(r() * 60);
    const headcount = schedule === 'long' ? 1 + Math.floor(r() * 5) : 1 + Math.floor(r() * 30);
    const street = pick(r, district.streets);
    const title = pick(r, profile.titles);
    const job: Job = {
      id: `${prefix}-${String(i + 1).padStart(6, '0')}`,
      title: schedule === 'day' && !title.includes('日结') && r() < 0.3 ? `${title}（日结）` : title,
      occupation: occ.code,
      employer: { id: employer.id, name: employer.name, agency: employer.agency },
      district: district.name,
      address: `吉林省长春市${district.name}${street}${1 + Math.floor(r() * 3000)}号`,
      geo: {
        lat: Math.round((district.lat + (r() - 0.5) * 0.05) * 1e5) / 1e5,
        lng: Math.round((district.lng + (r() - 0.5) * 0.06) * 1e5) / 1e5,
      },
      pay,
      settlement,
      schedule,
      headcount,
      filled: r() < 0.3 ? Math.floor(r() * headcount) : 0,
      startDate: isoDay(start),
      validThrough: isoDay(start + validDays * day),
      ageMin: 18,
      ...(profile.ageMax && r() < 0.85 ? { ageMax: profile.ageMax } : {}),
      certificates: occ.certificates.filter(() => r() < 0.85),
      ...(r() < 0.03 ? { sexRequirement: r() < 0.5 ? 'male' : 'female' } : {}),
      publicWelfare: welfare.includes(occ.code) && r() < 0.08,
      ...(r() < 0.45 ? { payProtection: pick(r, protections) } : {}),
      workHours: schedule === 'long' ? pick(r, ['8:00-17:00', '两班倒', '早8晚6', '做六休一']) : pick(r, ['8:00-17:00', '7:00-15:00', '夜班 20:00-6:00', '9:00-18:00']),
      description: profile.description,
      contactPhone: `0431-8${String(Math.floor(r() * 1e6)).padStart(6, '0')}`,
      status: 'open',
      postedAt: new Date(posted).toISOString(),
      updatedAt: new Date(updated).toISOString(),
      ...(r() < 0.6 ? { confirmedAt: new Date(Math.min(now, updated + Math.floor(r() * 2) * day)).toISOString() } : {}),
      source: 'platform',
    };
    jobs.push(job);
  }
  return jobs;
}
