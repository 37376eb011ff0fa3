import type { ReportPhrases, ReportWords } from './report-words';

// The report's own words in Chinese (简体中文), the same shape as REPORT_WORDS (report-words.ts), for the
// PDF and the report page in zh-CN (docs/report.md "Languages").

export const REPORT_WORDS_ZH: ReportWords = {
  subtitle: '集群图谱与评分',
  label: {
    cluster: '集群',
    region: '地区',
    sector: '行业',
    date: '日期',
    source: '来源',
    map: '图谱',
    participants: '参与者',
    formula: '公式',
    says: '含义',
    theory: '理论依据',
    elements: '涉及要素',
    actorsBehind: '相关行动者',
    added: '新增',
    removed: '删除',
    explained: '变化的原因',
  },
  noParticipants: '未记录。',
  nothing: '无',
  maps: {
    network: {
      title: '行动者网络',
      caption: '每个行动者都位于工作坊确定的位置；联系按类型区分，越强越粗，知识单向流动处画有箭头。',
    },
    'value-chain': {
      title: '价值链',
      caption: '各环节从左到右排列，集群内的行动者在线上，集群外的在线下；供应联系按其治理模式着色。',
    },
  },
  indexNote: '指数 = 100 × Σ 权重 · 数值 ÷ Σ 权重，对其各项分指标求和。',
  actors: '行动者及其网络位置',
  actorsNote: '各项指标基于全部联系构成的无向网络计算。中介角色：按行动者类型划分的 Gould–Fernandez 角色，附所中介的行动者对数。',
  governance: '价值链治理',
  clusterType: '集群类型',
  clusterTypeTheory: '理论依据：Markusen 1996，“光滑空间中的黏性地点”。',
  tripleHelix: '三螺旋',
  tripleHelixTheory: 'T 基于涉及高校、企业或政府部门的联系计算；T 为负值表示存在协同（Leydesdorff；Etzkowitz & Leydesdorff 2000）。它与两项指数并列展示，不计入指数。',
  recommendations: '建议',
  noRecommendations: '没有突出问题：本图谱未触发任何规则。',
  warnings: '请检查图谱',
  comparison: '变化情况',
  agreement: '小组达成的共识',
  discussion: '讨论内容',
};

export const REPORT_PHRASES_ZH: ReportPhrases = {
  say: {
    indexTitle: (name, short, value) => `${name}指数（${short}）：${value}`,
    indexSummary: (name, short, value) => `${name}（${short}）：${value} / 100`,
    componentTitle: (id, name, value, weight) => `${id} ${name}：${value}（权重 ${weight}）`,
    governanceNote: (classified, supply) => `${supply} 条供应联系中有 ${classified} 条归入五种治理模式之一（Gereffi, Humphrey & Sturgeon 2005）；占比按已分类的联系计算。`,
    tripleHelixTitle: (T, known) => `三螺旋：T = ${T}${known ? ' 比特' : ''}`,
    warningsTitle: (n) => `请检查图谱（${n} 条提示）`,
    discussionTitle: (n) => `讨论内容（${n} 条评论）`,
    mapText: (c) => `${c.actors} 个行动者（集群内 ${c.local} 个，集群外 ${c.external} 个），${c.ties} 条联系，${c.stages} 个价值链环节`,
    madeText: (time) => `由 ClusterCanvas 于 ${time} 生成。每个数字都由工作坊现场所见的同一引擎计算。`,
    more: (shown, more) => `${shown} 等，另有 ${more} 项`,
    nameSeparator: '；',
    source: { checkpoint: (name) => (name ? `检查点“${name}”` : '一个检查点'), agreed: (name) => (name ? `已达成共识的图谱（${name}）` : '已达成共识的图谱'), live: '实时图谱', scenario: (name) => (name ? `情景“${name}”` : '一个情景') },
    rules: (quorum, threshold) => `至少 ${quorum} 票，且赞成票占比达到 ${threshold}`,
    nobodyVoted: (rules) => `无人投票，也没有作出任何决定，因此尚无要素达成共识（规则：${rules}）。`,
    rulesLine: (rules) => `规则：${rules}。`,
    tooFew: (n) => `${n} 个要素票数太少，尚无定论。`,
    comparisonTitle: (against) => `自${against}以来的变化`,
    scenarioTitle: (scenario) => `${scenario}将带来的变化`,
    page: (n, of) => `第 ${n} 页，共 ${of} 页`,
    someone: '某人',
  },
  status: { agreed: '已达成共识', rejected: '已否决', parked: '暂缓', contested: '有争议', open: '待定', too_few: '票数太少' },
  kind: { actor: '行动者', tie: '联系' },
  scope: { local: '本地', external: '外部' },
  columns: {
    actor: '行动者', type: '类型', scope: '范围', degree: '度', betweenness: '中介中心性', closeness: '接近中心性', eigenvector: '特征向量中心性',
    constraint: '约束度', role: '知识角色', brokerage: '中介角色', mode: '治理模式', count: '供应联系', share: '占已分类比例',
    value: '指标', before: '之前', after: '之后', change: '变化', element: '要素', status: '状态', tally: '赞成 / 反对 / 不确定', decision: '决定及理由',
  },
};
