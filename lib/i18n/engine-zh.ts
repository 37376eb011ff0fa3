import type { EngineMessageKey } from '../engine/messages';
import { FORMULAS_ZH } from './engine-formulas';
import type { MessageArgs, Wording } from './wording';

// The engine's messages in Chinese (简体中文), written for the people of a cluster workshop in Wuhan: firm
// managers, professors, officials of the zone's administrative committee, bankers. The terms are those of
// Chinese economic geography and innovation studies (本地蜂鸣与全球管道, 技术守门人, 制度厚度, 三螺旋,
// 全球价值链治理); authors and years stay as cited in docs/engine.md. Keys: docs/engine.md "Message keys".

const INSTITUTIONS: Record<string, string> = {
  ko: '高校或科研院所',
  government: '政府',
  finance: '金融机构',
  intermediary: '中介机构',
  association: '行业协会',
};
const SPHERES: Record<string, string> = { u: '高校/科研', i: '产业', g: '政府' };
const MODES: Record<string, string> = { market: '市场型', modular: '模块型', relational: '关系型', captive: '俘获型', hierarchy: '层级型' };
const TYPES: Record<string, string> = { government: '政府部门', university: '高校', research: '科研院所' };
const words = (codes: readonly string[], table: Record<string, string>) => codes.map((c) => table[c] ?? c).join('、');
const kinds = (a: MessageArgs, key: string) => words(a.list(key), INSTITUTIONS);

export const ENGINE_ZH: Record<EngineMessageKey, Wording> = {
  ...FORMULAS_ZH,
  'indicator.I1.name': () => '知识网络可达性',
  'indicator.I1.theory': () => '知识沿着相互连通的网络流动；碎片化的知识体系会把新想法困在彼此隔绝的小圈子里（Giuliani & Bell 2005；Boschma & ter Wal 2007）。',
  'indicator.I1.explanation': (a) => `${a.n('local')} 个本地行动者中，有 ${a.n('joined')} 个连在同一个知识网络中（${a.pct('share')}）。`,
  'indicator.I1.explanation.none': (a) => `没有任何知识联系把两个本地行动者连接起来（共 ${a.n('local')} 个本地行动者）。`,
  'indicator.I2.name': () => '本地蜂鸣',
  'indicator.I2.theory': () => '地理邻近产生“蜂鸣”：邻近行动者之间密集、频繁、往往非计划的知识交流（Storper & Venables 2004；Bathelt, Malmberg & Maskell 2004）。',
  'indicator.I2.explanation': (a) =>
    `本地行动者平均拥有 ${a.n('mean')} 个本地知识伙伴（${a.n('local')} 个本地行动者之间有 ${a.n('ties')} 条知识联系）；达到 ${a.n('full')} 个即视为充分的本地蜂鸣。`,
  'indicator.I3.name': () => '三螺旋联系',
  'indicator.I3.theory': () => '创新体系需要大学—产业—政府之间的互动（Etzkowitz & Leydesdorff 2000）；每个比例衡量螺旋中的一股。',
  'indicator.I3.explanation': (a) =>
    `${a.n('firms')} 家本地企业中，${a.n('firmsToKo')} 家与高校或科研院所有联系，${a.n('firmsToGov')} 家与政府有联系；${a.n('ko')} 所高校和科研院所中，${a.n('koToGov')} 所与政府有联系。`,
  'indicator.I4.name': () => '全球管道',
  'indicator.I4.theory': () => '本地蜂鸣需要全球管道：与远方知识源的联系带来新知识和新市场，防止路径锁定（Bathelt, Malmberg & Maskell 2004）。',
  'indicator.I4.explanation': (a) =>
    `集群的 ${a.n('total')} 条联系中有 ${a.n('external')} 条通向区域之外（p = ${a.pct('p')}）；${a.n('firms')} 家本地企业中有 ${a.n('firmsAbroad')} 家拥有对外联系（b = ${a.pct('b')}）。`,
  'indicator.I5.name': () => '技术守门人',
  'indicator.I5.theory': () => '技术守门人吸收外部知识并在本地扩散（Allen 1977；Gould & Fernandez 1989；Giuliani & Bell 2005）。',
  'indicator.I5.explanation': (a) => `${a.n('count')} 个本地行动者（${a.names('actors')}）把外部知识传递给本地行动者；达到 ${a.n('full')} 个即为满分。`,
  'indicator.I5.explanation.none': () => '没有本地行动者把来自区域外的知识传递给其他本地行动者。',
  'indicator.I6.name': () => '隐性知识',
  'indicator.I6.theory': () => '隐性知识难以远距离传递，是本地竞争优势的来源；它通过面对面的联合开发而非文件来流动（Polanyi 1966；Gertler 2003）。',
  'indicator.I6.explanation': (a) => `${a.n('total')} 条知识联系中有 ${a.n('tacit')} 条是隐性的（面对面交流、联合开发）：${a.pct('share')}。`,
  'indicator.I6.explanation.none': () => '图中没有知识联系。',
  'indicator.I7.name': () => '价值链覆盖度',
  'indicator.I7.theory': () => '微笑曲线：附加值主要产生于研发、设计、营销和服务环节；覆盖这些环节的集群才能实现功能升级（Shih 1992；Humphrey & Schmitz 2002）。',
  'indicator.I7.explanation': (a) => `${a.n('stages')} 个价值链环节中有 ${a.n('covered')} 个在本地完成（附加值权重 ${a.n('coveredWeight')} / ${a.n('totalWeight')}）。`,
  'indicator.I7.explanation.missing': (a) =>
    `${a.n('stages')} 个价值链环节中有 ${a.n('covered')} 个在本地完成（附加值权重 ${a.n('coveredWeight')} / ${a.n('totalWeight')}）；缺少：${a.names('missing', '、', 'missingLabels')}。`,
  'indicator.I7.explanation.none': () => '图中没有价值链环节。',

  'indicator.G1.name': () => '制度厚度',
  'indicator.G1.theory': () => '制度厚度：密集且相互作用的支撑机构是区域发展的基础（Amin & Thrift 1994）。',
  'indicator.G1.explanation': (a) =>
    `${a.n('kinds')} 类机构中有 ${a.n('present')} 类参与了本地网络（${kinds(a, 'presentKinds')}）${a.list('absentKinds').length ? `；缺少：${kinds(a, 'absentKinds')}` : ''}。`,
  'indicator.G1.explanation.none': (a) => `${a.n('kinds')} 类机构中有 ${a.n('present')} 类参与了本地网络；缺少：${kinds(a, 'absentKinds')}。`,
  'indicator.G2.name': () => '机构中介作用',
  'indicator.G2.theory': () => '桥梁型机构把原本不会相遇的行动者联系起来，并协调集体行动（Burt 1992；Howells 2006 论创新中介）。',
  'indicator.G2.explanation': (a) => `本地行动者之间的最短路径中，有 ${a.pct('share')} 经过政府、金融机构、中介机构和行业协会；达到 ${a.pct('full')} 即为满分。`,
  'indicator.G2.explanation.none': () => '没有本地行动者处于其他两者之间：不存在可分担的中介作用。',
  'indicator.G3.name': () => '网络韧性',
  'indicator.G3.theory': () => '靠单一中介维系的网络会在它离开时断裂；冗余路径使集群具有韧性（Crespo, Suire & Vicente 2014；Burt 1992 论结构洞）。',
  'indicator.G3.explanation': (a) =>
    `如果失去最核心的中介${a.names('brokers', '或')}，本地行动者中最大的连通群体将从 ${a.n('before')} 个缩小到 ${a.n('after')} 个（其余 ${a.n('others')} 个中有 ${a.pct('share')} 仍然相连）。`,
  'indicator.G3.explanation.no_ties': () => '没有联系把两个本地行动者连接起来，因此不存在需要具备韧性的本地网络。',
  'indicator.G3.explanation.no_broker': (a) => `没有本地行动者处于其他两者之间：失去任何一个，其所在群体的其余 ${a.n('others')} 个仍然相连。`,
  'indicator.G4.name': () => '去中心化程度',
  'indicator.G4.theory': () => '多中心治理把决策分散到众多行动者，而不是集中于某一家主导企业或机构（Freeman 1979；Markusen 1996）。',
  'indicator.G4.explanation': (a) =>
    `本地网络的度中心势为 ${a.n('centralization')}（为 1 时即以${a.names('top')}为中心的星形结构）；去中心化程度为 ${a.n('decentralization')}。`,
  'indicator.G4.explanation.none': () => '没有联系把两个本地行动者连接起来。',
  'indicator.G5.name': () => '网络闭合（信任）',
  'indicator.G5.theory': () => '闭合的三元组使伙伴能够相互监督、相互担保，从而建立信任和共同规范（Coleman 1988；Granovetter 1985）。',
  'indicator.G5.explanation': (a) => `本地的两步链中有 ${a.pct('transitivity')} 闭合成三角形（传递性 ${a.n('transitivity')}）；达到 ${a.n('full')} 即为满分。`,
  'indicator.G6.name': () => '全球价值链升级前景',
  'indicator.G6.theory': () =>
    '领先企业治理价值链的方式决定了供应商能学到什么：准层级（俘获型）关系加快工艺和产品升级，却阻碍向设计和营销的功能升级（Gereffi, Humphrey & Sturgeon 2005；Humphrey & Schmitz 2002）。',
  'indicator.G6.explanation': (a) =>
    `已分类的供应联系 ${a.n('count')} 条（${a.list('modes').map((m, i) => `${MODES[m] ?? m} ${a.list('counts')[i]} 条`).join('，')}）；平均升级前景为 ${a.n('mean')}。`,
  'indicator.G6.explanation.none': (a) => `没有供应联系填写了全球价值链属性；采用中性值 ${a.n('neutral')}。`,
  'indicator.G7.name': () => '买方多元化',
  'indicator.G7.theory': () => '依赖少数外部买方会使权力集中到买方手中，集群也会受制于其决策（Gereffi 1999；赫芬达尔—赫希曼集中度）。',
  'indicator.G7.explanation': (a) => `${a.n('ties')} 条已分类的供应联系通向 ${a.n('partners')} 个外部伙伴（标准化 HHI 为 ${a.n('hhi')}）。`,
  'indicator.G7.explanation.one': (a) => `${a.n('ties')} 条已分类的供应联系通向 ${a.n('partners')} 个外部伙伴。`,
  'indicator.G7.explanation.none': (a) => `没有已分类的供应联系通向外部伙伴；采用中性值 ${a.n('neutral')}。`,

  'recommendation.university_industry_gap.title': () => '产学知识联系缺口',
  'recommendation.university_industry_gap': (a) =>
    `${a.n('firms')} 家本地企业与 ${a.n('ko')} 所本地高校和科研院所之间没有任何联系。联合项目、学生实习或委托研究可以向产业打开知识库。`,
  'recommendation.university_industry_gap.no_ko': (a) => `集群有 ${a.n('firms')} 家本地企业，但图中没有本地高校或科研院所。请找到可以合作的院校，或把已有的院校画进图中。`,
  'recommendation.triple_helix_incomplete.title': () => '三螺旋不完整',
  'recommendation.triple_helix_incomplete': (a) => `政府（${a.names('government')}）与本地企业、高校和科研院所均无联系：三螺旋中政府这一股缺失。`,
  'recommendation.triple_helix_incomplete.no_government': () => '图中没有政府部门，因此没有企业或知识机构与政府相连：三螺旋缺少公共部门这一股。',
  'recommendation.no_global_pipelines.title': () => '缺少全球管道：存在路径锁定风险',
  'recommendation.no_global_pipelines': (a) =>
    `本地行动者的 ${a.n('ties')} 条联系没有一条通向区域之外。只在内部交流的集群有陷入路径锁定的风险；与外部买方、高校和合作伙伴的联系会带来新知识。`,
  'recommendation.gatekeeper_bottleneck.title': () => '守门人瓶颈',
  'recommendation.gatekeeper_bottleneck': (a) =>
    `${a.names('actor')}掌握着集群 ${a.n('total')} 条对外联系中的 ${a.n('held')} 条（${a.pct('share')}）。一旦它离开或不再开放，集群就失去了通向外部世界的窗口；应帮助其他行动者建立自己的对外联系。`,
  'recommendation.satellite_platform_risk.title': () => '卫星平台风险',
  'recommendation.satellite_platform_risk': (a) =>
    `${a.pct('share')} 的联系通向区域之外，而本地行动者平均只有 ${a.n('degree')} 条本地联系：集群更像是外来企业的生产平台，本地根植性很弱。`,
  'recommendation.fragmented_knowledge_system.title': () => '知识体系碎片化',
  'recommendation.fragmented_knowledge_system': (a) =>
    `只有 ${a.pct('reach')} 的本地行动者属于最大的知识网络（知识网络可达性低于 ${a.pct('threshold')}）。通过活动、平台或联合项目把分散的群体连接起来，知识才能流动。`,
  'recommendation.absorptive_capacity_programme.title': () => '吸收能力提升计划',
  'recommendation.absorptive_capacity_programme': (a) =>
    `${a.n('firms')} 家本地企业中有 ${a.n('isolated')} 家（${a.pct('share')}）与其他本地行动者没有任何知识交流。提升其知识吸收能力的计划（培训、技术人员、首批联合项目）能把它们带进来。`,
  'recommendation.build_co_development_ties.title': () => '建立联合开发关系',
  'recommendation.build_co_development_ties': (a) =>
    `${a.n('ties')} 条知识联系中只有 ${a.pct('share')} 是隐性的（面对面交流、联合开发）。编码化的交流容易被其他地方复制；联合开发项目才能建立本地优势。`,
  'recommendation.single_point_of_failure.title': () => '单点失效风险',
  'recommendation.single_point_of_failure': (a) => `如果失去${a.names('actors', '或')}，本地网络的其余部分只有 ${a.pct('share')} 仍然相连。应建立绕开${a.list('actors').length === 1 ? '它' : '它们'}的联系。`,
  'recommendation.functional_upgrading_constrained.title': () => '功能升级受限',
  'recommendation.functional_upgrading_constrained': (a) =>
    `${a.n('count')} 条供应联系属于俘获型：买方的严格控制有助于工艺和产品升级，却阻碍向设计和营销环节延伸。应使买方多元化，或提升供应商能力。`,
  'recommendation.buyer_concentration.title': () => '买方集中',
  'recommendation.buyer_concentration': (a) => `所有通向区域外的供应联系都指向同一个伙伴：${a.names('buyer')}。集群受制于它的决策；开拓其他买方可以分散风险。`,
  'recommendation.functional_upgrading_gap.title': () => '功能升级缺口',
  'recommendation.functional_upgrading_gap': (a) => `没有本地行动者从事${a.names('stages', '、', 'stageLabels')}：微笑曲线两端的高附加值环节都在别处完成。应在这些环节引进或培育能力。`,
  'recommendation.no_bridging_organisations.title': () => '缺少桥梁组织',
  'recommendation.no_bridging_organisations': (a) => `图中的中介机构和行业协会（${a.names('actors')}）没有任何联系：没有人在集群的行动者之间架桥。`,
  'recommendation.no_bridging_organisations.none_on_map': () => '图中没有中介机构或行业协会。集群促进机构、商会和技术转移机构能在企业、高校和政府之间架起桥梁。',
  'recommendation.finance_gap.title': () => '金融缺口',
  'recommendation.finance_gap': (a) => `没有本地企业与图中的金融机构（${a.names('finance')}）相连。`,
  'recommendation.finance_gap.none_on_map': () => '图中没有银行、投资机构或资助机构，因此没有企业拥有金融联系。创新需要耐心资本。',
  'recommendation.low_trust.title': () => '信任不足',
  'recommendation.low_trust': (a) =>
    `本地的两步链中只有 ${a.pct('transitivity')} 闭合成三角形（传递性 ${a.n('transitivity')}）：伙伴的伙伴彼此很少相识，信任和共同规范薄弱。应促成他们见面合作。`,
  'recommendation.check_gvc_ties.title': () => '核查全球价值链属性',
  'recommendation.check_gvc_ties': (a) =>
    `${a.n('count')} 条供应联系的全球价值链属性组合不符合理论预期，或意味着供应商会被排除在价值链之外（${a.names('ties')}）。请与了解这些联系的人一起核实。`,

  'archetype.state_anchored.label': () => '国家锚定型产业区',
  'archetype.state_anchored.explanation': (a) =>
    `联系最多的本地行动者（${a.names('actors')}，${TYPES[a.str('type')] ?? a.str('type')}）与 ${a.num(a.raw('centrality') * 100)}% 的其他本地行动者相连，本地网络高度集中（度中心势 ${a.n('centralization')}）：由一个公共机构或知识机构组织起整个集群。`,
  'archetype.hub_and_spoke.label': () => '轮轴式产业区',
  'archetype.hub_and_spoke.explanation': (a) =>
    `一家大企业（${a.names('actors')}）是轮轴：它拥有最多的本地联系（度中心势 ${a.n('centralization')}）和对外联系，而其他本地企业之间几乎没有联系。`,
  'archetype.satellite_platform.label': () => '卫星式产业平台',
  'archetype.satellite_platform.explanation': (a) =>
    `集群 ${a.num(a.raw('externalShare') * 100)}% 的联系通向区域之外，而本地企业之间几乎没有联系（企业间密度 ${a.n('firmDensity')}）：这是外部集团的分支工厂。`,
  'archetype.marshallian.label': () => '马歇尔式产业区',
  'archetype.marshallian.explanation': (a) =>
    `众多本地企业相互联系（企业间密度 ${a.n('firmDensity')}），没有主导者（度中心势 ${a.n('centralization')}），联系以本地为主（对外占 ${a.num(a.raw('externalShare') * 100)}%）：一个由中小企业组成的马歇尔式产业区。`,
  'archetype.mixed.label': () => '混合型（无单一类型）',
  'archetype.mixed.explanation': (a) =>
    `没有哪种类型明显吻合（度中心势 ${a.n('centralization')}，企业间密度 ${a.n('firmDensity')}，对外联系占比 ${a.num(a.raw('externalShare') * 100)}%）。`,

  'tripleHelix.undefined': () => '没有联系涉及高校或科研院所、企业或政府部门：T 无法定义。',
  'tripleHelix.synergy': (a) => `基于 ${a.n('ties')} 条联系，T = ${a.raw('T').toFixed(3)} 比特：为负值，说明高校、产业和政府三个领域交织在一起（存在协同）。`,
  'tripleHelix.no_synergy.missing': (a) =>
    `基于 ${a.n('ties')} 条联系，T = ${a.raw('T').toFixed(3)} 比特：${words(a.list('spheres'), SPHERES)}要么出现在每条联系中，要么一条都没有，因此三个领域无法相互降低不确定性（没有协同）。`,
  'tripleHelix.no_synergy': (a) => `基于 ${a.n('ties')} 条联系，T = ${a.raw('T').toFixed(3)} 比特：不是负值，联系中看不出三螺旋协同。`,

  'readiness.ici': () => '集群中还没有行动者：请先添加本地的企业、高校和其他机构。',
  'readiness.gi': () => '还没有联系：治理关乎行动者之间如何相连，请先画出第一批联系。',

  'warning.invalid_map': () => '这张图不是一个对象，按空图读取',
  'warning.missing_field.stage_id': (a) => `第 ${a.n('n')} 个价值链环节没有 id，已略去`,
  'warning.missing_field.stage_weight': (a) => `价值链环节“${a.name(a.str('stage'))}”没有可用的权重，按 1 计算`,
  'warning.missing_field.actor_id': (a) => `第 ${a.n('n')} 个行动者没有 id，已略去`,
  'warning.missing_field.actor_type': (a) => `行动者“${a.name(a.str('actor'))}”缺少类型，按“其他”读取`,
  'warning.missing_field.actor_scope': (a) => `行动者“${a.name(a.str('actor'))}”缺少范围，按“本地”读取`,
  'warning.missing_field.tie_id': (a) => `第 ${a.n('n')} 条联系没有 id，已略去`,
  'warning.missing_field.tie_kind': (a) => `联系“${a.name(a.str('tie'))}”缺少类型，按无特定类型的联系计算`,
  'warning.duplicate_id.stage': (a) => `价值链环节 id“${a.str('id')}”出现了两次，采用第一个`,
  'warning.duplicate_id.actor': (a) => `行动者 id“${a.str('id')}”出现了两次，采用第一个`,
  'warning.duplicate_id.tie': (a) => `联系 id“${a.str('id')}”出现了两次，采用第一个`,
  'warning.unknown_actor_type': (a) => `行动者“${a.name(a.str('actor'))}”的类型 ${a.str('value')} 无法识别，按“其他”读取`,
  'warning.unknown_scope': (a) => `行动者“${a.name(a.str('actor'))}”的范围 ${a.str('value')} 无法识别，按“本地”读取`,
  'warning.unknown_stage': (a) => `行动者“${a.name(a.str('actor'))}”从事的价值链环节“${a.str('stage')}”不存在，已忽略`,
  'warning.dangling_tie': (a) => `联系“${a.name(a.str('tie'))}”连接 ${a.str('source')} 和 ${a.str('target')}，其中一端不是图中的行动者，已略去`,
  'warning.unknown_tie_kind': (a) => `联系“${a.name(a.str('tie'))}”的类型 ${a.str('value')} 无法识别，按无特定类型的联系计算`,
  'warning.gvc_on_non_supply': (a) => `联系“${a.name(a.str('tie'))}”不是供应联系，其全球价值链属性被忽略`,
  'warning.invalid_gvc': (a) => `联系“${a.name(a.str('tie'))}”：全球价值链属性需要复杂度、可编码性和供应商能力三项，每项为“低”或“高”；该联系未分类`,
  'warning.self_loop': (a) => `联系“${a.name(a.str('tie'))}”把${a.name(a.str('actor'))}与自身相连，各项指标将其忽略`,
  'warning.duplicate_tie': (a) =>
    `联系“${a.name(a.str('tie'))}”与联系“${a.name(a.str('same'))}”重复（${a.str('kind') || '未知类型'}，${a.names('ends', '—')}），各项指标只计一次`,
  'warning.gvc_not_expected': (a) => `供应联系“${a.name(a.str('tie'))}”（${a.names('ends', ' → ')}）复杂度低且可编码性低，这一组合不符合全球价值链理论的预期；请核查其属性`,
  'warning.gvc_exclusion': (a) =>
    `供应联系“${a.name(a.str('tie'))}”（${a.names('ends', ' → ')}）：复杂度低、可编码性高而供应商能力低，意味着供应商会被排除在价值链之外；请核查其属性`,
  'warning.invalid_setting.weights': () => 'meta.weights 不是一个对象，采用默认设置',
  'warning.unknown_setting': (a) => `未知的引擎设置“${a.str('key')}”已忽略`,
  'warning.invalid_setting': (a) => `引擎设置“${a.str('key')}” = ${a.str('value')} 不可用，采用默认值 ${a.str('default')}`,
  'warning.eigenvector_not_converged': (a) => `特征向量中心性在 ${a.n('iterations')} 次迭代内未收敛，显示最后一次迭代的结果`,
};
