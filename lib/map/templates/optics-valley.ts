import { defaultStages } from '../default-stages';
import type { Actor, ActorLabels, ClusterMap, GvcAttributes, Tie, TieKind, TieStrength } from '../types';

// The demo workshop: the optoelectronics cluster of China Optics Valley (中国光谷), East Lake High-tech Zone,
// Wuhan. The actors are real organisations of (or tied to) the cluster; the ties are plausible relations a
// workshop would draw (ownership, spin-offs, supply, funding, policy), stated as a starting point for
// discussion, not as audited facts. Positions lay the map out in regions: government on top, knowledge
// organisations on the left, firms in the middle, finance and external partners on the right, support
// organisations along the bottom.

const actors: Actor[] = [
  // Government
  {
    id: 'a_hubei', label: 'Hubei Provincial Government (湖北省人民政府)', type: 'government', scope: 'local',
    stages: [], influence: 8, goals: ['make Hubei a national optoelectronics and chip base'], x: 520, y: 60,
  },
  {
    id: 'a_wuhan', label: 'Wuhan Municipal Government (武汉市人民政府)', type: 'government', scope: 'local',
    stages: [], influence: 7, x: 800, y: 60,
  },
  {
    id: 'a_ehtz', label: 'East Lake High-tech Zone Administrative Committee (东湖高新区管委会)', type: 'government',
    scope: 'local', stages: [], influence: 9,
    goals: ['attract and keep lead firms', 'grow a "chip–screen–terminal–network" chain'],
    notes: 'Runs the national high-tech zone branded "China Optics Valley": land, subsidies, talent programmes.',
    x: 660, y: 190,
  },
  {
    id: 'a_miit', label: 'Ministry of Industry and Information Technology (工业和信息化部)', type: 'government',
    scope: 'external', stages: [], influence: 7, x: 1220, y: 60,
  },

  // Knowledge organisations
  {
    id: 'a_hust', label: 'Huazhong University of Science and Technology (华中科技大学)', type: 'university',
    scope: 'local', stages: ['rd'], influence: 8,
    notes: 'Optical engineering and laser research; the origin of HGTECH and host of the national optoelectronics lab.',
    x: 140, y: 380,
  },
  {
    id: 'a_wnlo', label: 'Wuhan National Laboratory for Optoelectronics (武汉光电国家研究中心)', type: 'research',
    scope: 'local', stages: ['rd'], influence: 7, notes: 'National research centre hosted by HUST.', x: 330, y: 290,
  },
  {
    id: 'a_ovlab', label: 'Hubei Optics Valley Laboratory (湖北光谷实验室)', type: 'research', scope: 'local',
    stages: ['rd'], influence: 5, notes: 'Provincial laboratory for optoelectronics, led by HUST.', x: 330, y: 460,
  },
  {
    id: 'a_whu', label: 'Wuhan University (武汉大学)', type: 'university', scope: 'local', stages: ['rd'],
    influence: 6, x: 140, y: 600,
  },
  {
    id: 'a_wri', label: 'Wuhan Research Institute of Posts and Telecommunications (武汉邮电科学研究院)',
    type: 'research', scope: 'local', stages: ['rd', 'design'], influence: 7,
    notes: 'Birthplace of China’s first optical fibre (1976); parent of FiberHome and Accelink, now within CICT (中国信科).',
    x: 330, y: 680,
  },
  {
    id: 'a_noeic', label: 'National Information Optoelectronics Innovation Center (国家信息光电子创新中心)',
    type: 'research', scope: 'local', stages: ['rd', 'design'], influence: 5,
    notes: 'Silicon photonics and optical chip platform shared by member firms.', x: 170, y: 800,
  },

  // Local firms
  {
    id: 'a_hgtech', label: 'HGTECH — Huagong Tech (华工科技)', type: 'firm', scope: 'local',
    stages: ['rd', 'manufacturing', 'marketing', 'after_sales'], influence: 7,
    goals: ['lead in laser processing for batteries and cars'],
    notes: 'Laser processing equipment, sensors and optical modules; grew out of HUST.', x: 540, y: 330,
  },
  {
    id: 'a_yofc', label: 'YOFC — Yangtze Optical Fibre and Cable (长飞光纤光缆)', type: 'firm', scope: 'local',
    stages: ['rd', 'components', 'manufacturing', 'marketing'], influence: 9,
    goals: ['keep preform technology in-house', 'expand abroad'],
    notes: 'Preform, optical fibre and cable; among the largest makers in the world.', x: 760, y: 330,
  },
  {
    id: 'a_guide', label: 'Wuhan Guide Infrared (高德红外)', type: 'firm', scope: 'local',
    stages: ['rd', 'design', 'components', 'manufacturing'], influence: 5,
    notes: 'Infrared detectors and thermal imaging.', x: 980, y: 330,
  },
  {
    id: 'a_raycus', label: 'Raycus Fiber Laser (锐科激光)', type: 'firm', scope: 'local',
    stages: ['rd', 'components', 'manufacturing'], influence: 6,
    notes: 'China’s leading maker of fibre lasers.', x: 540, y: 480,
  },
  {
    id: 'a_fiberhome', label: 'FiberHome Technologies (烽火通信)', type: 'firm', scope: 'local',
    stages: ['rd', 'design', 'manufacturing', 'marketing', 'after_sales'], influence: 8,
    notes: 'Optical transmission and access systems, fibre and cable; CICT group company.', x: 760, y: 480,
  },
  {
    id: 'a_ymtc', label: 'YMTC — Yangtze Memory Technologies (长江存储)', type: 'firm', scope: 'local',
    stages: ['rd', 'design', 'manufacturing'], influence: 7, notes: '3D NAND flash memory.', x: 980, y: 480,
  },
  {
    id: 'a_accelink', label: 'Accelink Technologies (光迅科技)', type: 'firm', scope: 'local',
    stages: ['rd', 'design', 'components', 'manufacturing'], influence: 7,
    goals: ['make high-speed optical chips in Wuhan'],
    notes: 'Optical components, chips and modules; CICT group company.', x: 540, y: 630,
  },
  {
    id: 'a_jingce', label: 'Wuhan Jingce Electronic (精测电子)', type: 'firm', scope: 'local',
    stages: ['rd', 'manufacturing', 'after_sales'], influence: 4,
    notes: 'Test and inspection equipment for display panels and semiconductors.', x: 760, y: 630,
  },
  {
    id: 'a_tianma', label: 'Wuhan Tianma Micro-electronics (武汉天马)', type: 'firm', scope: 'local',
    stages: ['manufacturing'], influence: 5, notes: 'LTPS and AMOLED display panels.', x: 980, y: 630,
  },
  {
    id: 'a_csot', label: 'TCL CSOT Wuhan (华星光电武汉)', type: 'firm', scope: 'local', stages: ['manufacturing'],
    influence: 5, notes: 'LTPS and flexible AMOLED panel fabs.', x: 870, y: 770,
  },

  // Finance
  {
    id: 'a_cdb', label: 'China Development Bank, Hubei Branch (国家开发银行湖北省分行)', type: 'finance',
    scope: 'local', stages: [], influence: 6, x: 1200, y: 280,
  },
  {
    id: 'a_hbhti', label: 'Hubei High-tech Investment (湖北省高新技术产业投资)', type: 'finance', scope: 'local',
    stages: [], influence: 5, notes: 'Provincial state-owned venture and industry investor.', x: 1200, y: 420,
  },
  {
    id: 'a_ovfh', label: 'Wuhan Optics Valley Financial Holding (光谷金控)', type: 'finance', scope: 'local',
    stages: [], influence: 5, notes: 'The zone’s own investment group: guidance funds, venture capital, guarantees.',
    x: 1200, y: 560,
  },
  {
    id: 'a_bigfund', label: 'China Integrated Circuit Industry Investment Fund (国家集成电路产业投资基金)',
    type: 'finance', scope: 'external', stages: [], influence: 7, notes: 'The national "Big Fund".', x: 1440, y: 180,
  },

  // External buyers and partners
  {
    id: 'a_chinamobile', label: 'China Mobile (中国移动)', type: 'firm', scope: 'external',
    stages: ['marketing', 'distribution', 'after_sales'], influence: 8,
    notes: 'Largest buyer of fibre, cable and transmission equipment through central tenders.', x: 1440, y: 320,
  },
  {
    id: 'a_huawei', label: 'Huawei (华为)', type: 'firm', scope: 'external',
    stages: ['rd', 'design', 'marketing', 'distribution', 'after_sales'], influence: 9,
    notes: 'Buyer of optical modules and panels; also runs a large research centre in Optics Valley.', x: 1440, y: 460,
  },
  {
    id: 'a_catl', label: 'CATL (宁德时代)', type: 'firm', scope: 'external', stages: ['manufacturing'], influence: 6,
    notes: 'Battery maker buying laser welding lines.', x: 1440, y: 600,
  },
  {
    id: 'a_prysmian', label: 'Prysmian Group', type: 'firm', scope: 'external',
    stages: ['rd', 'manufacturing', 'marketing'], influence: 5,
    notes: 'Shareholder and long-standing technology partner of YOFC (through Draka).', x: 1440, y: 740,
  },
  {
    id: 'a_amat', label: 'Applied Materials', type: 'firm', scope: 'external', stages: ['rd', 'manufacturing'],
    influence: 6, notes: 'Wafer-fab equipment; supply exposed to export controls.', x: 1440, y: 880,
  },

  // Support organisations
  {
    id: 'a_venture', label: 'Wuhan East Lake New Technology Venture Center (东湖新技术创业中心)', type: 'intermediary',
    scope: 'local', stages: [], influence: 4, notes: 'One of China’s first technology business incubators (1987).',
    x: 430, y: 900,
  },
  {
    id: 'a_hustpark', label: 'HUST Science Park (华中科技大学科技园)', type: 'intermediary', scope: 'local', stages: [],
    influence: 3, notes: 'Incubator and technology transfer for university spin-offs.', x: 140, y: 940,
  },
  {
    id: 'a_alliance', label: 'Optics Valley Optoelectronics Industry Alliance (光谷光电子产业联盟)', type: 'association',
    scope: 'local', stages: [], influence: 4, notes: 'Brings the zone’s optoelectronics firms, labs and the committee together.',
    x: 660, y: 900,
  },
  {
    id: 'a_coema', label: 'China Optics and Optoelectronics Manufacturers Association (中国光学光电子行业协会)',
    type: 'association', scope: 'external', stages: [], influence: 3, x: 1200, y: 940,
  },
  {
    id: 'a_expo', label: 'Optics Valley of China International Optoelectronic Exposition (光博会)', type: 'other',
    scope: 'local', stages: ['marketing'], influence: 3, notes: 'Annual trade fair and forum held in Wuhan.',
    x: 900, y: 920,
  },
];

let n = 0;
function tie(
  kind: TieKind,
  source: string,
  target: string,
  strength: TieStrength,
  extra: { directed?: boolean; tacit?: boolean; gvc?: GvcAttributes; notes?: string } = {},
): Tie {
  n += 1;
  const t: Tie = {
    id: `t_${String(n).padStart(3, '0')}`,
    source,
    target,
    kind,
    directed: extra.directed ?? false,
    strength,
    tacit: extra.tacit ?? false,
  };
  if (extra.gvc) t.gvc = extra.gvc;
  if (extra.notes) t.notes = extra.notes;
  return t;
}

const gvc = (
  complexity: 'low' | 'high',
  codifiability: 'low' | 'high',
  supplierCapability: 'low' | 'high',
  sameGroup = false,
): GvcAttributes => (sameGroup ? { complexity, codifiability, supplierCapability, sameGroup } : { complexity, codifiability, supplierCapability });

/** Knowledge flows source → target. */
const know = (source: string, target: string, strength: TieStrength, tacit: boolean, notes?: string) =>
  tie('knowledge', source, target, strength, { directed: true, tacit, notes });
/** Goods flow supplier → buyer; the three determinants say how the buyer governs the supplier. */
const supply = (supplier: string, buyer: string, strength: TieStrength, g: GvcAttributes, notes?: string) =>
  tie('supply', supplier, buyer, strength, { directed: true, gvc: g, notes });
const fund = (funder: string, funded: string, strength: TieStrength, notes?: string) =>
  tie('finance', funder, funded, strength, { directed: true, notes });
const policy = (from: string, to: string, strength: TieStrength, notes?: string) =>
  tie('policy', from, to, strength, { directed: true, notes });
const service = (provider: string, client: string, strength: TieStrength, notes?: string) =>
  tie('service', provider, client, strength, { directed: true, notes });
const social = (a: string, b: string, strength: TieStrength, notes?: string) => tie('social', a, b, strength, { notes });

const ties: Tie[] = [
  // Knowledge: universities and labs into firms, and the undirected co-development between them
  know('a_hust', 'a_hgtech', 3, true, 'Spin-off: founders, staff and joint projects'),
  tie('knowledge', 'a_hust', 'a_wnlo', 3, { tacit: true, notes: 'The laboratory sits at HUST and shares its researchers' }),
  know('a_hust', 'a_ovlab', 3, true),
  know('a_wnlo', 'a_accelink', 2, true, 'Joint work on optical chips'),
  know('a_wnlo', 'a_raycus', 2, true, 'Fibre laser research'),
  know('a_hust', 'a_raycus', 1, false),
  know('a_hust', 'a_ymtc', 2, false, 'Graduates of the integrated-circuit school'),
  know('a_hust', 'a_jingce', 1, false),
  know('a_ovlab', 'a_yofc', 2, true, 'Speciality fibre co-development'),
  know('a_wri', 'a_fiberhome', 3, true),
  know('a_wri', 'a_accelink', 3, true),
  know('a_wri', 'a_noeic', 2, true),
  tie('knowledge', 'a_accelink', 'a_noeic', 3, { tacit: true, notes: 'Accelink leads the centre' }),
  know('a_whu', 'a_guide', 1, false),
  know('a_whu', 'a_fiberhome', 1, false),
  know('a_prysmian', 'a_yofc', 2, true, 'Preform process know-how'),
  know('a_huawei', 'a_accelink', 2, false, 'Module specifications and qualification'),
  know('a_noeic', 'a_hgtech', 1, false),

  // Supply
  supply('a_yofc', 'a_chinamobile', 3, gvc('low', 'high', 'high'), 'Fibre and cable through central tenders'),
  supply('a_yofc', 'a_fiberhome', 2, gvc('low', 'high', 'high')),
  supply('a_fiberhome', 'a_chinamobile', 3, gvc('high', 'high', 'high'), 'Transmission and access systems'),
  supply('a_accelink', 'a_fiberhome', 3, gvc('high', 'high', 'high', true), 'Same group (CICT)'),
  supply('a_accelink', 'a_huawei', 2, gvc('high', 'high', 'high'), 'Optical transceiver modules'),
  supply('a_hgtech', 'a_huawei', 2, gvc('high', 'high', 'high'), 'Optical modules'),
  supply('a_raycus', 'a_hgtech', 3, gvc('high', 'low', 'high'), 'Laser sources built into processing lines'),
  supply('a_hgtech', 'a_catl', 2, gvc('high', 'low', 'high'), 'Laser welding lines tuned with the buyer'),
  supply('a_jingce', 'a_tianma', 2, gvc('high', 'low', 'high')),
  supply('a_jingce', 'a_csot', 2, gvc('high', 'low', 'high')),
  supply('a_jingce', 'a_ymtc', 1, gvc('high', 'high', 'low'), 'New semiconductor metrology, still being qualified'),
  supply('a_amat', 'a_ymtc', 2, gvc('high', 'high', 'high')),
  supply('a_ymtc', 'a_huawei', 2, gvc('low', 'high', 'high'), 'NAND flash'),
  supply('a_tianma', 'a_huawei', 2, gvc('high', 'high', 'high'), 'Display panels'),
  supply('a_guide', 'a_hgtech', 1, gvc('high', 'high', 'high'), 'Infrared sensors'),

  // Finance
  fund('a_cdb', 'a_ymtc', 3, 'Long-term loans for the fab'),
  fund('a_bigfund', 'a_ymtc', 3, 'Equity'),
  fund('a_hbhti', 'a_ymtc', 2),
  fund('a_cdb', 'a_fiberhome', 2),
  fund('a_cdb', 'a_yofc', 1),
  fund('a_hubei', 'a_hbhti', 3, 'Owner'),
  fund('a_ehtz', 'a_ovfh', 3, 'Owner'),
  fund('a_ovfh', 'a_venture', 2),
  fund('a_ovfh', 'a_jingce', 1, 'Early venture round'),
  fund('a_hbhti', 'a_raycus', 1),

  // Policy
  policy('a_miit', 'a_hubei', 2),
  policy('a_miit', 'a_noeic', 2, 'National manufacturing innovation centre designation'),
  policy('a_hubei', 'a_ehtz', 3),
  policy('a_wuhan', 'a_ehtz', 3),
  policy('a_hubei', 'a_ovlab', 3, 'Founds and funds the provincial laboratory'),
  policy('a_ehtz', 'a_yofc', 2, 'Land and expansion support'),
  policy('a_ehtz', 'a_ymtc', 3),
  policy('a_ehtz', 'a_hgtech', 2),
  policy('a_ehtz', 'a_venture', 3),
  policy('a_ehtz', 'a_expo', 2, 'Co-organiser'),

  // Services
  service('a_venture', 'a_raycus', 1, 'Incubation'),
  service('a_venture', 'a_jingce', 1, 'Incubation'),
  service('a_hustpark', 'a_hgtech', 1),
  service('a_wnlo', 'a_jingce', 1, 'Shared testing platform'),
  service('a_expo', 'a_hgtech', 1),
  service('a_expo', 'a_raycus', 1),
  service('a_alliance', 'a_accelink', 1),

  // Social
  social('a_hust', 'a_hustpark', 3),
  social('a_yofc', 'a_fiberhome', 2),
  social('a_fiberhome', 'a_accelink', 3, 'Sister companies'),
  social('a_hgtech', 'a_raycus', 2),
  social('a_alliance', 'a_yofc', 2),
  social('a_alliance', 'a_fiberhome', 2),
  social('a_alliance', 'a_hgtech', 2),
  social('a_alliance', 'a_ehtz', 2),
  social('a_coema', 'a_alliance', 1),
];

/** Wuhan Optics Valley as a ready map: the demo workshop and the "optics-valley" template. */

/**
 * Every actor's name in English and in Chinese (docs/map-format.md "Names in two languages"): the names
 * the organisations use themselves. `label` keeps both, for a reader whose language has no name.
 */
const NAMES: Record<string, ActorLabels> = {
  a_hubei: { en: 'Hubei Provincial Government', 'zh-CN': '湖北省人民政府' },
  a_wuhan: { en: 'Wuhan Municipal Government', 'zh-CN': '武汉市人民政府' },
  a_ehtz: { en: 'East Lake High-tech Zone Administrative Committee', 'zh-CN': '东湖高新区管委会' },
  a_miit: { en: 'Ministry of Industry and Information Technology', 'zh-CN': '工业和信息化部' },
  a_hust: { en: 'Huazhong University of Science and Technology', 'zh-CN': '华中科技大学' },
  a_wnlo: { en: 'Wuhan National Laboratory for Optoelectronics', 'zh-CN': '武汉光电国家研究中心' },
  a_ovlab: { en: 'Hubei Optics Valley Laboratory', 'zh-CN': '湖北光谷实验室' },
  a_whu: { en: 'Wuhan University', 'zh-CN': '武汉大学' },
  a_wri: { en: 'Wuhan Research Institute of Posts and Telecommunications', 'zh-CN': '武汉邮电科学研究院' },
  a_noeic: { en: 'National Information Optoelectronics Innovation Center', 'zh-CN': '国家信息光电子创新中心' },
  a_hgtech: { en: 'HGTECH — Huagong Tech', 'zh-CN': '华工科技' },
  a_yofc: { en: 'YOFC — Yangtze Optical Fibre and Cable', 'zh-CN': '长飞光纤光缆' },
  a_guide: { en: 'Wuhan Guide Infrared', 'zh-CN': '高德红外' },
  a_raycus: { en: 'Raycus Fiber Laser', 'zh-CN': '锐科激光' },
  a_fiberhome: { en: 'FiberHome Technologies', 'zh-CN': '烽火通信' },
  a_ymtc: { en: 'YMTC — Yangtze Memory Technologies', 'zh-CN': '长江存储' },
  a_accelink: { en: 'Accelink Technologies', 'zh-CN': '光迅科技' },
  a_jingce: { en: 'Wuhan Jingce Electronic', 'zh-CN': '精测电子' },
  a_tianma: { en: 'Wuhan Tianma Micro-electronics', 'zh-CN': '武汉天马' },
  a_csot: { en: 'TCL CSOT Wuhan', 'zh-CN': 'TCL华星光电（武汉）' },
  a_cdb: { en: 'China Development Bank, Hubei Branch', 'zh-CN': '国家开发银行湖北省分行' },
  a_hbhti: { en: 'Hubei High-tech Investment', 'zh-CN': '湖北省高新技术产业投资' },
  a_ovfh: { en: 'Wuhan Optics Valley Financial Holding', 'zh-CN': '光谷金控' },
  a_bigfund: { en: 'China Integrated Circuit Industry Investment Fund', 'zh-CN': '国家集成电路产业投资基金' },
  a_chinamobile: { en: 'China Mobile', 'zh-CN': '中国移动' },
  a_huawei: { en: 'Huawei', 'zh-CN': '华为' },
  a_catl: { en: 'CATL', 'zh-CN': '宁德时代' },
  a_prysmian: { en: 'Prysmian Group', 'zh-CN': '普睿司曼集团' },
  a_amat: { en: 'Applied Materials', 'zh-CN': '应用材料公司' },
  a_venture: { en: 'Wuhan East Lake New Technology Venture Center', 'zh-CN': '武汉东湖新技术创业中心' },
  a_hustpark: { en: 'HUST Science Park', 'zh-CN': '华中科技大学科技园' },
  a_alliance: { en: 'Optics Valley Optoelectronics Industry Alliance', 'zh-CN': '光谷光电子产业联盟' },
  a_coema: { en: 'China Optics and Optoelectronics Manufacturers Association', 'zh-CN': '中国光学光电子行业协会' },
  a_expo: { en: 'Optics Valley of China International Optoelectronic Exposition', 'zh-CN': '中国光谷国际光电子博览会' },
};

export const OPTICS_VALLEY_MAP: ClusterMap = {
  meta: {
    title: 'Wuhan Optics Valley — optoelectronics cluster',
    cluster: 'China Optics Valley (中国光谷)',
    // Typed text, shown as typed to every reader (docs/architecture.md "Languages"): so written in both.
    region: 'East Lake High-tech Zone, Wuhan, Hubei (湖北省武汉市东湖高新区)',
    sector: 'Optoelectronics: optical fibre and communication, lasers, displays, memory chips (光电子：光纤通信、激光、显示、存储芯片)',
  },
  stages: defaultStages(),
  actors: actors.map((a) => (NAMES[a.id] ? { ...a, labels: { ...NAMES[a.id] } } : a)),
  ties,
};
