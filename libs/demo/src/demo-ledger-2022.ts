import { ContributorCategory, OpinionChannel } from '@app/feedback';

/**
 * The rest of the Southwest University contact point's 2022 year (演示数据): seven more consultation tasks of the
 * Chongqing Municipal People's Congress Standing Committee besides the dog-management and charity drafts, each with the
 * opinions the point submitted and the legislature's decision on each. Together with the two open tasks they make the
 * report's nine tasks; the decisions add up to its 6 suggestions adopted and 17 partly adopted.
 *
 * The draft texts are demo texts (演示文本), written for the demo: short, flat versions of what such drafts might say,
 * not the legislature's real drafts or the regulations as passed. The opinions and decisions are invented as well.
 */
export type PastOutcome = 'ADOPTED' | 'PARTIALLY_ADOPTED' | 'NOT_ADOPTED' | 'UNDER_STUDY';

export interface PastOpinion {
  by: 'collector' | 'expert' | 'unit';
  /** ISO with +08:00, after the task was issued and before its deadline. */
  at: string;
  /** An article of the draft ('art_N'), or null for a general opinion (总体意见). */
  provisionAddress: string | null;
  /** 修改意见. */
  proposedChange: string;
  /** 理由. */
  reason: string;
  channel: OpinionChannel;
  peopleRepresented?: number;
  contributorCategory?: ContributorCategory;
  outcome: PastOutcome;
  /** The legislature's reason for its decision. */
  outcomeReason: string;
}

export interface PastConsultation {
  title: string;
  subject: string;
  /** Version label, e.g. 2022年3月征求意见稿. */
  label: string;
  /** ISO with +08:00. */
  issuedAt: string;
  /** YYYY-MM-DD. */
  deadline: string;
  /** The draft as plain text (演示文本): the title, then flat articles. */
  text: string;
  opinions: PastOpinion[];
}

/** 演示文本，非真实法规草案。 */
const PROPERTY_DRAFT_TEXT = `重庆市物业管理条例（修订草案）
第一条　为了规范物业管理活动，维护业主、物业使用人和物业服务人的合法权益，营造安全、舒适、文明、和谐的居住环境，根据《中华人民共和国民法典》《物业管理条例》等法律、行政法规，结合本市实际，制定本条例。
第二条　本市行政区域内的物业管理、物业服务以及相关监督管理活动，适用本条例。
第三条　市、区县（自治县）人民政府应当将物业管理纳入社区治理体系。乡镇人民政府、街道办事处负责组织、指导本辖区业主大会成立和业主委员会选举，协调处理物业管理纠纷，居民委员会、村民委员会予以协助。
第四条　业主委员会委员应当由业主担任，人数为五至十一人单数，任期五年，可以连选连任。
第五条　业主共同决定筹集和使用专项维修资金、改建重建建筑物及其附属设施，应当由专有部分面积占比三分之二以上的业主且人数占比三分之二以上的业主参与表决，并经参与表决专有部分面积四分之三以上的业主且参与表决人数四分之三以上的业主同意。
第六条　物业服务人应当在物业管理区域内的显著位置公示物业服务内容和标准、收费项目和标准、电梯等设施设备维修保养单位以及联系方式等信息，并每半年公布一次共用部位、共用设施设备经营收益的收支情况。
第七条　利用物业管理区域内的共用部位、共用设施设备进行经营的，应当经业主大会决定。所得收益在扣除合理成本后属于业主共有，其中不低于百分之五十应当用于补充专项维修资金。
第八条　业主应当按照约定交纳物业费。业主逾期不交纳物业费的，业主委员会应当督促其限期交纳；逾期仍不交纳的，物业服务人可以依法提起诉讼或者申请仲裁。物业服务人不得采取停止供水、供电、供气或者限制业主进出等方式催交物业费。
第九条　老旧小区没有物业服务人的，乡镇人民政府、街道办事处应当组织业主通过自行管理或者委托社区服务机构等方式实施管理，提供基本的秩序维护、环境卫生等服务。
第十条　物业服务人应当依法与其工作人员订立劳动合同，保障保洁、秩序维护等一线工作人员的劳动报酬、休息休假和劳动安全。
`;

/** 演示文本，非真实法规草案。 */
const DATA_DRAFT_TEXT = `重庆市数据条例（草案）
第一条　为了规范数据处理活动，保障数据安全，保护个人、组织的合法权益，促进数据依法有序自由流动，发挥数据要素作用，根据《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》等法律、行政法规，结合本市实际，制定本条例。
第二条　本市行政区域内的数据处理、数据安全管理和数据要素市场培育等活动，适用本条例。
第三条　市人民政府统筹全市数据发展和管理工作。市大数据发展主管部门负责全市公共数据的统筹管理和数字经济发展促进工作。网信、公安、经济信息等部门按照各自职责做好数据相关工作。
第四条　公共管理和服务机构收集数据，应当遵循合法、正当、必要的原则，不得超出履行法定职责所必需的范围和限度。能够通过共享方式获取的数据，不得重复收集。
第五条　公共数据按照开放条件分为无条件开放、有条件开放和不予开放三类。公共管理和服务机构应当编制公共数据开放目录，依法向社会开放。
第六条　公共管理和服务机构以及公用企业提供服务，应当保留线下办理渠道，不得以当事人拒绝提供人脸、指纹等生物识别信息为由拒绝提供服务。
第七条　数据处理者利用个人信息进行自动化决策，应当保证决策的透明度和结果公平、公正，不得对个人在交易价格等交易条件上实行不合理的差别待遇。
第八条　本市培育数据要素市场，探索建立数据交易制度，支持依法设立的数据交易场所开展数据交易活动。
第九条　违反本条例规定的行为，法律、行政法规已有法律责任规定的，从其规定。
`;

/** 演示文本，非真实法规草案。 */
const RURAL_DRAFT_TEXT = `重庆市乡村振兴促进条例（草案）
第一条　为了全面实施乡村振兴战略，促进农业全面升级、农村全面进步、农民全面发展，加快农业农村现代化，根据《中华人民共和国乡村振兴促进法》等法律、行政法规，结合本市实际，制定本条例。
第二条　本市行政区域内实施乡村振兴战略的相关活动，适用本条例。
第三条　市、区县（自治县）人民政府应当将乡村振兴纳入国民经济和社会发展规划，建立乡村振兴考核评价制度。乡镇人民政府负责本行政区域内乡村振兴的具体实施工作。
第四条　本市严格落实耕地保护制度，严禁违规占用耕地从事非农建设，防止耕地“非农化”、基本农田“非粮化”。
第五条　各级人民政府应当支持发展乡村特色产业，培育农民专业合作社、家庭农场等新型农业经营主体，鼓励发展休闲农业、乡村旅游和农村电子商务。
第六条　各级人民政府应当加强乡村人才队伍建设，鼓励高等学校毕业生、退役军人、外出务工人员等返乡入乡创业，并在用地、融资、培训等方面给予支持。
第七条　各级人民政府应当持续改善农村人居环境，推进农村生活垃圾治理、生活污水治理和厕所改造，建立农村人居环境设施长效管护机制。
第八条　各级人民政府应当加强乡村公共服务体系建设，推进城乡基本公共服务均等化，完善农村养老、医疗、教育等服务设施。
第九条　区县（自治县）人民政府应当依法保障进城落户农民的土地承包经营权、宅基地使用权和集体收益分配权，不得以退出上述权利作为农民进城落户的条件。
`;

/** 演示文本，非真实法规草案。 */
const SME_DRAFT_TEXT = `重庆市中小企业促进条例（修订草案）
第一条　为了改善中小企业经营环境，保障中小企业公平参与市场竞争，维护中小企业合法权益，支持中小企业创业创新，促进中小企业健康发展，根据《中华人民共和国中小企业促进法》等法律、行政法规，结合本市实际，制定本条例。
第二条　本条例所称中小企业，是指在本市依法设立的，人员规模、经营规模相对较小的企业，包括中型企业、小型企业和微型企业，具体划分标准按照国家有关规定执行。
第三条　市、区县（自治县）人民政府负责中小企业促进工作综合管理的部门（以下称中小企业工作部门）对本行政区域内的中小企业促进工作进行综合协调、指导和服务。
第四条　各级人民政府及其有关部门应当落实国家对中小企业的税收优惠和收费减免政策，不得违法向中小企业收费、罚款或者摊派财物。
第五条　国家机关、事业单位和大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起三十日内支付款项；合同另有约定的，付款期限最长不得超过六十日。
第六条　本市建立中小企业融资风险补偿机制，鼓励金融机构开发适合中小企业特点的信贷产品，提高中小企业首次贷款和信用贷款比例。
第七条　中小企业工作部门应当建立中小企业公共服务平台，为中小企业提供政策咨询、创业辅导、人才培训、法律服务等服务。
第八条　有关部门对中小企业实施监督检查应当依法进行，不得重复检查。对同一中小企业的多项检查能够合并进行的，应当合并进行。
第九条　中小企业应当依法与职工订立劳动合同，按时足额支付劳动报酬，依法为职工缴纳社会保险费。
`;

/** 演示文本，非真实法规草案。 */
const RED_RESOURCES_DRAFT_TEXT = `重庆市红色资源保护传承条例（草案）
第一条　为了加强红色资源保护传承，弘扬革命传统和红岩精神，传承红色基因，根据有关法律、行政法规，结合本市实际，制定本条例。
第二条　本条例所称红色资源，是指新民主主义革命时期、社会主义革命和建设时期、改革开放和社会主义现代化建设新时期、中国特色社会主义新时代，中国共产党领导中国人民形成的具有历史价值、教育意义、纪念意义的物质资源和精神资源。
第三条　市、区县（自治县）人民政府应当加强对红色资源保护传承工作的领导，将红色资源保护传承工作纳入国民经济和社会发展规划，所需经费列入本级财政预算。
第四条　本市建立红色资源名录制度。市人民政府确定的部门会同文物、党史、退役军人事务等部门组织开展红色资源调查认定，编制红色资源名录，报市人民政府批准后公布。
第五条　列入名录的红色资源的所有权人、使用人或者管理人为保护责任人，应当履行日常保养、维护和安全防范等保护责任。保护责任人不具备保护能力的，所在地区县（自治县）人民政府应当给予帮助。
第六条　任何单位和个人不得歪曲、丑化、亵渎、否定红色资源所承载的英雄烈士事迹和精神，不得擅自迁移、拆除、损毁红色资源，不得在红色资源保护范围内从事与红色资源庄严氛围不相符的活动。
第七条　各级各类学校应当将红色资源作为思想政治教育的重要内容，组织学生开展参观学习、研学实践等活动。
第八条　鼓励和支持利用红色资源发展红色旅游，开发文化创意产品，但应当保持红色资源的历史原貌，不得进行过度商业开发。
第九条　鼓励公民、法人和其他组织通过捐赠、志愿服务等方式参与红色资源保护传承。公民向国有红色纪念设施捐赠红色资源实物的，受赠单位应当出具捐赠证明，并可以给予适当奖励。
`;

/** 演示文本，非真实法规草案。 */
const WASTE_DRAFT_TEXT = `重庆市生活垃圾管理条例（修订草案）
第一条　为了加强生活垃圾管理，改善人居环境，促进资源循环利用，推进生态文明建设，根据《中华人民共和国固体废物污染环境防治法》等法律、行政法规，结合本市实际，制定本条例。
第二条　本市行政区域内生活垃圾的源头减量、分类投放、分类收集、分类运输、分类处理以及相关管理活动，适用本条例。
第三条　本市生活垃圾分为可回收物、有害垃圾、厨余垃圾和其他垃圾四类。
第四条　产生生活垃圾的单位和个人是生活垃圾分类投放的责任主体，应当按照规定将生活垃圾分类投放至相应的收集容器或者指定地点。
第五条　住宅小区实行物业管理的，物业服务人为生活垃圾分类投放管理责任人；未实行物业管理的，居民委员会、村民委员会为管理责任人；机关、企业事业单位的办公场所，本单位为管理责任人。
第六条　住宅小区的生活垃圾收集容器和投放点，由管理责任人按照方便居民、减少扰民的原则设置。实行定时定点投放的，投放时间应当听取居民意见。
第七条　禁止将已分类投放的生活垃圾混合收集、混合运输。
第八条　本市按照产生者付费、差别化管理的原则，逐步建立分类计价、计量收费的生活垃圾处理收费制度。
第九条　违反本条例第四条规定，个人未按照规定分类投放生活垃圾的，由城市管理主管部门责令改正；拒不改正的，处五十元以上二百元以下罚款。
`;

/** 演示文本，非真实法规草案。 */
const FIRE_DRAFT_TEXT = `重庆市消防条例（修订草案）
第一条　为了预防火灾和减少火灾危害，加强应急救援工作，保护人身、财产安全，维护公共安全，根据《中华人民共和国消防法》等法律、行政法规，结合本市实际，制定本条例。
第二条　消防工作贯彻预防为主、防消结合的方针，按照政府统一领导、部门依法监管、单位全面负责、公民积极参与的原则，实行消防安全责任制。
第三条　乡镇人民政府、街道办事处应当明确负责消防工作的机构和人员，指导村民委员会、居民委员会开展群众性消防工作，组织开展防火安全检查。
第四条　住宅小区的物业服务人应当对管理区域内的共用消防设施进行维护管理，保障疏散通道、安全出口、消防车通道畅通。
第五条　禁止在建筑物的公共门厅、疏散走道、楼梯间、安全出口停放电动自行车或者为电动自行车充电。
第六条　鼓励住宅小区设置电动自行车集中停放和充电场所。新建住宅小区应当按照规定配套建设电动自行车集中停放和充电场所。
第七条　在森林、草原防火期内，禁止在林区、草原野外用火；因特殊情况需要野外用火的，应当经区县（自治县）人民政府或者其授权的单位批准。
第八条　本市建立多种形式的消防队伍。乡镇人民政府可以根据当地经济发展和消防工作需要，建立专职消防队、志愿消防队。
第九条　违反本条例第五条规定，在建筑物的公共门厅、疏散走道、楼梯间、安全出口停放电动自行车或者为电动自行车充电的，由消防救援机构责令改正，对个人处五十元以上五百元以下罚款。
`;

export const PAST_CONSULTATIONS_2022: PastConsultation[] = [
  {
    title: '重庆市物业管理条例（修订草案）',
    subject: '物业管理',
    label: '2022年3月征求意见稿',
    issuedAt: '2022-03-22T10:00:00+08:00',
    deadline: '2022-04-02',
    text: PROPERTY_DRAFT_TEXT,
    opinions: [
      {
        by: 'collector',
        at: '2022-03-26T15:00:00+08:00',
        provisionAddress: 'art_4',
        proposedChange: '建议将第四条中的“任期五年”修改为“任期三年”。',
        reason: '任期过长，业主难以监督；部分小区业主委员会长期不换届，业主意见较大。',
        channel: OpinionChannel.COURTYARD_MEETING,
        peopleRepresented: 18,
        contributorCategory: ContributorCategory.RESIDENT,
        outcome: 'PARTIALLY_ADOPTED',
        outcomeReason: '已修改为“任期不超过五年”，具体任期由业主大会议事规则确定。',
      },
      {
        by: 'collector',
        at: '2022-03-27T10:30:00+08:00',
        provisionAddress: 'art_9',
        proposedChange: '建议增加“老旧小区实施管理所需经费，区县（自治县）人民政府可以给予适当补助”的规定。',
        reason: '老旧小区住户多为老年人和低收入家庭，自行管理缺少经费，难以长期维持。',
        channel: OpinionChannel.VISIT,
        peopleRepresented: 9,
        contributorCategory: ContributorCategory.RESIDENT,
        outcome: 'ADOPTED',
        outcomeReason: '已在相关条款中增加区县（自治县）人民政府对老旧小区物业管理给予补助的规定。',
      },
      {
        by: 'collector',
        at: '2022-03-28T14:30:00+08:00',
        provisionAddress: 'art_8',
        proposedChange: '建议增加“业主无正当理由拒不交纳物业费的，纳入个人信用记录”的规定。',
        reason: '少数业主长期拒交物业费，诉讼成本高，影响其他按时交费业主的服务质量。',
        channel: OpinionChannel.FORUM,
        peopleRepresented: 7,
        contributorCategory: ContributorCategory.BUSINESS,
        outcome: 'NOT_ADOPTED',
        outcomeReason: '将欠交物业费纳入信用惩戒缺乏上位法依据，未采纳。',
      },
      {
        by: 'unit',
        at: '2022-03-29T16:00:00+08:00',
        provisionAddress: 'art_10',
        proposedChange:
          '建议在第十条中增加“物业服务人应当为一线工作人员提供必要的休息场所和防暑降温、防寒保暖措施”。',
        reason: '区总工会走访发现，不少小区保洁、秩序维护人员没有固定休息场所，夏季高温作业保障不足。',
        channel: OpinionChannel.FORUM,
        peopleRepresented: 14,
        contributorCategory: ContributorCategory.BUSINESS,
        outcome: 'PARTIALLY_ADOPTED',
        outcomeReason:
          '已增加物业服务人应当为工作人员提供必要劳动条件的规定；休息场所等具体要求不宜在条例中规定。',
      },
      {
        by: 'expert',
        at: '2022-03-30T09:00:00+08:00',
        provisionAddress: 'art_7',
        proposedChange:
          '建议将第七条中的“其中不低于百分之五十应当用于补充专项维修资金”修改为“可以优先用于补充专项维修资金，具体使用由业主大会决定”。',
        reason:
          '民法典规定共用部分经营收入在扣除合理成本后属于业主共有，条例强制规定使用比例，限制了业主对共有收益的处分。',
        channel: OpinionChannel.EXPERT,
        contributorCategory: ContributorCategory.SCHOLAR,
        outcome: 'PARTIALLY_ADOPTED',
        outcomeReason: '已删除比例要求，修改为“主要用于补充专项维修资金，也可以按照业主大会的决定使用”。',
      },
      {
        by: 'expert',
        at: '2022-03-30T09:40:00+08:00',
        provisionAddress: 'art_5',
        proposedChange:
          '建议删除第五条，或修改为“业主共同决定的事项和表决规则，依照《中华人民共和国民法典》的规定执行”。',
        reason: '本条照搬民法典第二百七十八条的表决规则，地方性法规不宜重复上位法的规定。',
        channel: OpinionChannel.EXPERT,
        contributorCategory: ContributorCategory.SCHOLAR,
        outcome: 'NOT_ADOPTED',
        outcomeReason: '表决规则与业主切身利益相关，保留该条便于基层群众理解和适用，未采纳。',
      },
    ],
  },
  {
    title: '重庆市数据条例（草案）',
    subject: '数据',
    label: '2022年4月征求意见稿',
    issuedAt: '2022-04-18T10:00:00+08:00',
    deadline: '2022-04-29',
    text: DATA_DRAFT_TEXT,
    opinions: [
      {
        by: 'collector',
        at: '2022-04-21T19:00:00+08:00',
        provisionAddress: 'art_7',
        proposedChange:
          '建议增加“平台企业利用算法确定劳动者配送时限、劳动报酬等事项的，应当公开算法规则，并听取工会或者劳动者代表的意见”的规定。',
        reason: '外卖配送员反映，平台算法不断压缩配送时间，劳动者不了解规则，只能闯红灯、逆行抢时间。',
        channel: OpinionChannel.FORUM,
        peopleRepresented: 16,
        contributorCategory: ContributorCategory.BUSINESS,
        outcome: 'PARTIALLY_ADOPTED',
        outcomeReason:
          '已增加利用自动化决策作出对个人权益有重大影响的决定应当说明规则的规定；听取工会意见属于劳动关系调整事项，本条例未作规定。',
      },
      {
        by: 'collector',
        at: '2022-04-23T10:00:00+08:00',
        provisionAddress: 'art_6',
        proposedChange:
          '建议将第六条中的“保留线下办理渠道”修改为“保留线下办理渠道，并为老年人、残疾人提供人工服务和必要帮助”。',
        reason: '社区老年人不会使用智能手机，办理社保认证、就医挂号时常因只能线上办理而受阻。',
        channel: OpinionChannel.VISIT,
        peopleRepresented: 11,
        contributorCategory: ContributorCategory.RESIDENT,
        outcome: 'ADOPTED',
        outcomeReason: '已在相关条款中增加为老年人、残疾人提供人工服务和必要帮助的规定。',
      },
      {
        by: 'expert',
        at: '2022-04-25T09:00:00+08:00',
        provisionAddress: 'art_5',
        proposedChange:
          '建议对“有条件开放”的条件和申请程序作出规定，或者授权市人民政府制定公共数据开放管理办法。',
        reason: '本条只作了分类，没有规定有条件开放数据的申请、审核和使用监管，实践中难以操作。',
        channel: OpinionChannel.EXPERT,
        contributorCategory: ContributorCategory.SCHOLAR,
        outcome: 'PARTIALLY_ADOPTED',
        outcomeReason: '已增加由市人民政府制定公共数据开放具体办法的规定，开放条件和程序在办法中细化。',
      },
      {
        by: 'unit',
        at: '2022-04-26T15:00:00+08:00',
        provisionAddress: null,
        proposedChange:
          '建议增加用人单位处理职工个人信息的专门规定，禁止用人单位强制职工通过手机应用程序实时上传位置信息。',
        reason: '部分企业要求职工全天开启定位打卡，职工个人信息保护缺少明确规则。',
        channel: OpinionChannel.FORUM,
        peopleRepresented: 8,
        contributorCategory: ContributorCategory.PUBLIC_SERVANT,
        outcome: 'NOT_ADOPTED',
        outcomeReason:
          '用人单位处理职工个人信息适用《中华人民共和国个人信息保护法》的规定，本条例不再重复，未采纳。',
      },
    ],
  },
  {
    title: '重庆市乡村振兴促进条例（草案）',
    subject: '乡村振兴',
    label: '2022年6月征求意见稿',
    issuedAt: '2022-06-14T09:30:00+08:00',
    deadline: '2022-06-27',
    text: RURAL_DRAFT_TEXT,
    opinions: [
      {
        by: 'collector',
        at: '2022-06-18T15:00:00+08:00',
        provisionAddress: 'art_7',
        proposedChange:
          '建议将第七条中的“建立农村人居环境设施长效管护机制”修改为“建立农村人居环境设施长效管护机制，明确管护主体、管护责任和经费来源”。',
        reason: '村里已建成的公厕、污水处理设施无人管护，有的建成不久就闲置损坏。',
        channel: OpinionChannel.COURTYARD_MEETING,
        peopleRepresented: 26,
        contributorCategory: ContributorCategory.RESIDENT,
        outcome: 'PARTIALLY_ADOPTED',
        outcomeReason:
          '已增加明确管护主体、落实管护责任的规定；经费来源由各区县（自治县）结合实际确定，未作统一规定。',
      },
      {
        by: 'collector',
        at: '2022-06-19T10:00:00+08:00',
        provisionAddress: 'art_4',
        proposedChange: '建议在第四条中明确农户搭建简易农机具棚、晾晒场等农业生产配套设施不属于“非农建设”。',
        reason: '村民担心搭建农机具棚被认定为违规占用耕地，农忙时粮食无处晾晒。',
        channel: OpinionChannel.VISIT,
        peopleRepresented: 6,
        contributorCategory: ContributorCategory.RESIDENT,
        outcome: 'NOT_ADOPTED',
        outcomeReason: '设施农业用地按照国家和本市有关规定管理，本条例不作具体规定，未采纳。',
      },
      {
        by: 'collector',
        at: '2022-06-21T14:30:00+08:00',
        provisionAddress: 'art_6',
        proposedChange:
          '建议将第六条中的“鼓励高等学校毕业生、退役军人、外出务工人员等返乡入乡创业”修改为“鼓励高等学校毕业生、退役军人、外出务工人员、科技人员等返乡入乡创业就业”。',
        reason: '乡村不仅需要创业者，也需要长期从事农技推广、教育、医疗工作的专业人员。',
        channel: OpinionChannel.DEPUTY_RECEPTION,
        peopleRepresented: 4,
        contributorCategory: ContributorCategory.PEOPLES_DEPUTY,
        outcome: 'ADOPTED',
        outcomeReason: '已在相关条款中增加“科技人员”和“就业”的表述。',
      },
      {
        by: 'unit',
        at: '2022-06-22T16:00:00+08:00',
        provisionAddress: 'art_6',
        proposedChange: '建议在第六条中增加“对返乡入乡人员免费提供职业技能培训和就业服务”的规定。',
        reason: '返乡务工人员反映，回乡后缺少技能培训和就业信息渠道，转岗就业困难。',
        channel: OpinionChannel.FORUM,
        peopleRepresented: 21,
        contributorCategory: ContributorCategory.BUSINESS,
        outcome: 'PARTIALLY_ADOPTED',
        outcomeReason:
          '已增加将返乡入乡人员纳入职业技能培训补贴范围和公共就业服务的规定，“免费”未作统一规定。',
      },
      {
        by: 'expert',
        at: '2022-06-23T09:00:00+08:00',
        provisionAddress: 'art_3',
        proposedChange:
          '建议将第三条中的“建立乡村振兴考核评价制度”修改为“建立乡村振兴考核评价制度，将农民群众满意度作为考核评价的重要内容”。',
        reason: '农民是乡村振兴的主体，考核评价应当体现农民群众的获得感，避免只看项目数量和资金投入。',
        channel: OpinionChannel.EXPERT,
        contributorCategory: ContributorCategory.SCHOLAR,
        outcome: 'PARTIALLY_ADOPTED',
        outcomeReason: '已增加考核评价应当听取农民群众意见的规定，满意度的具体运用由考核办法确定。',
      },
      {
        by: 'expert',
        at: '2022-06-23T10:00:00+08:00',
        provisionAddress: 'art_9',
        proposedChange: '建议增加进城落户农民自愿有偿退出宅基地使用权的条件和程序。',
        reason: '本条只规定不得强制退出，对有意愿退出的农民缺少制度通道，宅基地闲置问题突出。',
        channel: OpinionChannel.EXPERT,
        contributorCategory: ContributorCategory.SCHOLAR,
        outcome: 'NOT_ADOPTED',
        outcomeReason: '宅基地制度改革正在国家层面稳慎推进，条例暂不作规定，未采纳。',
      },
    ],
  },
  {
    title: '重庆市中小企业促进条例（修订草案）',
    subject: '中小企业促进',
    label: '2022年7月征求意见稿',
    issuedAt: '2022-07-11T10:00:00+08:00',
    deadline: '2022-07-22',
    text: SME_DRAFT_TEXT,
    opinions: [
      {
        by: 'expert',
        at: '2022-07-14T09:00:00+08:00',
        provisionAddress: 'art_5',
        proposedChange:
          '建议将第五条中的“国家机关、事业单位和大型企业”修改为“国家机关、事业单位”，对大型企业另行规定“应当按照行业规范、交易习惯合理约定付款期限并及时支付款项”。',
        reason:
          '《保障中小企业款项支付条例》对机关、事业单位和大型企业的付款期限分别作了规定，草案将大型企业一并规定为六十日，与行政法规不一致。',
        channel: OpinionChannel.EXPERT,
        contributorCategory: ContributorCategory.SCHOLAR,
        outcome: 'ADOPTED',
        outcomeReason: '已按照《保障中小企业款项支付条例》的规定修改。',
      },
      {
        by: 'collector',
        at: '2022-07-15T15:00:00+08:00',
        provisionAddress: 'art_8',
        proposedChange:
          '建议将第八条中的“不得重复检查”修改为“不得重复检查，同一部门对同一中小企业的日常监督检查每年不超过一次，但接到投诉举报的除外”。',
        reason: '小微企业反映，消防、卫生、环保等检查频繁，一个月接待多次，影响正常经营。',
        channel: OpinionChannel.FORUM,
        peopleRepresented: 12,
        contributorCategory: ContributorCategory.BUSINESS,
        outcome: 'PARTIALLY_ADOPTED',
        outcomeReason: '已增加推行“双随机、一公开”监管、合理确定检查频次的规定，未规定具体次数。',
      },
      {
        by: 'unit',
        at: '2022-07-18T10:00:00+08:00',
        provisionAddress: 'art_9',
        proposedChange: '建议在第九条中增加“支持中小企业依法建立工会组织，推行工资集体协商”的规定。',
        reason: '中小企业建会率低，职工维权渠道少，劳动纠纷多在离职后才集中爆发。',
        channel: OpinionChannel.FORUM,
        peopleRepresented: 9,
        contributorCategory: ContributorCategory.PUBLIC_SERVANT,
        outcome: 'PARTIALLY_ADOPTED',
        outcomeReason:
          '已增加支持中小企业依法建立工会组织、构建和谐劳动关系的规定；工资集体协商按照有关规定执行。',
      },
      {
        by: 'collector',
        at: '2022-07-19T10:30:00+08:00',
        provisionAddress: 'art_2',
        proposedChange: '建议将个体工商户纳入本条例的适用范围。',
        reason: '个体工商户数量多、抗风险能力弱，同样需要融资、培训等方面的扶持。',
        channel: OpinionChannel.VISIT,
        peopleRepresented: 5,
        contributorCategory: ContributorCategory.BUSINESS,
        outcome: 'NOT_ADOPTED',
        outcomeReason:
          '中小企业促进法规定的中小企业为依法设立的企业，个体工商户的扶持另有规定，本条例不宜扩大适用范围，未采纳。',
      },
      {
        by: 'collector',
        at: '2022-07-20T16:00:00+08:00',
        provisionAddress: 'art_6',
        proposedChange: '建议规定金融机构向中小企业发放贷款的利率不得高于同期贷款市场报价利率。',
        reason: '问卷中多数小微企业反映贷款利率偏高，加上担保费、评估费，实际融资成本较高。',
        channel: OpinionChannel.QUESTIONNAIRE,
        peopleRepresented: 37,
        contributorCategory: ContributorCategory.BUSINESS,
        outcome: 'NOT_ADOPTED',
        outcomeReason: '贷款利率由金融机构按照国家金融管理规定确定，地方性法规不宜作出规定，未采纳。',
      },
    ],
  },
  {
    title: '重庆市红色资源保护传承条例（草案）',
    subject: '红色资源保护传承',
    label: '2022年9月征求意见稿',
    issuedAt: '2022-09-19T10:00:00+08:00',
    deadline: '2022-09-30',
    text: RED_RESOURCES_DRAFT_TEXT,
    opinions: [
      {
        by: 'collector',
        at: '2022-09-22T15:00:00+08:00',
        provisionAddress: 'art_5',
        proposedChange:
          '建议将第五条中的“所在地区县（自治县）人民政府应当给予帮助”修改为“所在地区县（自治县）人民政府应当给予资金、技术等方面的帮助，必要时可以依法采取置换、租用等方式进行保护”。',
        reason: '部分革命旧址是农户自有住房，农户无力维修，只说“给予帮助”难以落实。',
        channel: OpinionChannel.COURTYARD_MEETING,
        peopleRepresented: 15,
        contributorCategory: ContributorCategory.GRASSROOTS_CADRE,
        outcome: 'PARTIALLY_ADOPTED',
        outcomeReason: '已增加给予资金、技术帮助的规定；置换、租用涉及产权问题，未作规定。',
      },
      {
        by: 'collector',
        at: '2022-09-23T16:30:00+08:00',
        provisionAddress: 'art_7',
        proposedChange: '建议在第七条中的“研学实践”后增加“志愿讲解”，鼓励学生担任红色资源志愿讲解员。',
        reason: '大学生志愿者参与红色场馆讲解，既服务参观群众，也是很好的思想政治教育。',
        channel: OpinionChannel.FORUM,
        peopleRepresented: 10,
        contributorCategory: ContributorCategory.STUDENT,
        outcome: 'PARTIALLY_ADOPTED',
        outcomeReason: '已在志愿服务相关条款中增加鼓励青少年参与红色资源志愿讲解的规定，本条未作修改。',
      },
      {
        by: 'expert',
        at: '2022-09-26T09:00:00+08:00',
        provisionAddress: 'art_2',
        proposedChange:
          '建议在第二条中对“物质资源和精神资源”作出列举：物质资源包括旧址、遗址、纪念设施、文物、文献资料等，精神资源包括红岩精神等革命精神。',
        reason: '定义过于抽象，名录认定和执法时难以判断哪些属于红色资源。',
        channel: OpinionChannel.EXPERT,
        contributorCategory: ContributorCategory.SCHOLAR,
        outcome: 'PARTIALLY_ADOPTED',
        outcomeReason: '已对物质资源的范围作出列举；精神资源的表述保持原草案规定。',
      },
      {
        by: 'expert',
        at: '2022-09-26T10:00:00+08:00',
        provisionAddress: 'art_6',
        proposedChange: '建议将第六条中的“与红色资源庄严氛围不相符的活动”修改为具体列举的禁止行为。',
        reason: '概括性表述给执法留下较大裁量空间，当事人难以预判哪些活动被禁止。',
        channel: OpinionChannel.EXPERT,
        contributorCategory: ContributorCategory.SCHOLAR,
        outcome: 'NOT_ADOPTED',
        outcomeReason: '该表述与《中华人民共和国英雄烈士保护法》的规定相衔接，具体情形难以穷尽列举，未采纳。',
      },
      {
        by: 'unit',
        at: '2022-09-27T15:00:00+08:00',
        provisionAddress: 'art_9',
        proposedChange: '建议将第九条中的“可以给予适当奖励”修改为“应当给予表彰奖励”。',
        reason: '退休职工座谈中反映，捐赠家藏革命文物的群众希望得到公开认可。',
        channel: OpinionChannel.FORUM,
        peopleRepresented: 12,
        contributorCategory: ContributorCategory.RESIDENT,
        outcome: 'NOT_ADOPTED',
        outcomeReason: '捐赠属于自愿行为，是否给予奖励由受赠单位根据实际情况确定，未采纳。',
      },
    ],
  },
  {
    title: '重庆市生活垃圾管理条例（修订草案）',
    subject: '生活垃圾管理',
    label: '2022年10月征求意见稿',
    issuedAt: '2022-10-24T10:00:00+08:00',
    deadline: '2022-11-04',
    text: WASTE_DRAFT_TEXT,
    opinions: [
      {
        by: 'collector',
        at: '2022-10-27T07:30:00+08:00',
        provisionAddress: 'art_7',
        proposedChange:
          '建议在第七条中增加“收集、运输单位发现生活垃圾不符合分类要求的，可以要求管理责任人改正；拒不改正的，可以拒绝收运”的规定。',
        reason: '环卫工人反映，居民投放时没有分类，收运环节只能混合收运，却被指责“混装混运”。',
        channel: OpinionChannel.VISIT,
        peopleRepresented: 8,
        contributorCategory: ContributorCategory.BUSINESS,
        outcome: 'ADOPTED',
        outcomeReason: '已增加收集、运输单位对不符合分类要求的生活垃圾可以拒绝收运并报告的规定。',
      },
      {
        by: 'collector',
        at: '2022-10-29T15:00:00+08:00',
        provisionAddress: 'art_6',
        proposedChange:
          '建议将第六条中的“投放时间应当听取居民意见”修改为“投放时间应当听取居民意见，并为老年人、残疾人等提供便利”。',
        reason: '撤桶并点后投放点离部分楼栋较远，定时投放对行动不便的老年人很不方便。',
        channel: OpinionChannel.COURTYARD_MEETING,
        peopleRepresented: 22,
        contributorCategory: ContributorCategory.RESIDENT,
        outcome: 'PARTIALLY_ADOPTED',
        outcomeReason: '已增加为老年人、残疾人投放生活垃圾提供便利的规定，具体方式由管理责任人确定。',
      },
      {
        by: 'collector',
        at: '2022-10-31T20:00:00+08:00',
        provisionAddress: 'art_9',
        proposedChange: '建议将第九条中的“五十元以上二百元以下”修改为“二百元以上五百元以下”。',
        reason: '罚款数额低，对屡教不改的人起不到警示作用。',
        channel: OpinionChannel.QUESTIONNAIRE,
        peopleRepresented: 31,
        contributorCategory: ContributorCategory.RESIDENT,
        outcome: 'NOT_ADOPTED',
        outcomeReason:
          '《中华人民共和国固体废物污染环境防治法》对个人违反分类投放规定的罚款上限为二百元，条例不得突破，未采纳。',
      },
      {
        by: 'collector',
        at: '2022-11-01T16:00:00+08:00',
        provisionAddress: 'art_3',
        proposedChange: '建议在第三条中将大件垃圾、装修垃圾单独列为一类。',
        reason: '旧家具、装修垃圾常被堆放在垃圾投放点，四类垃圾桶都放不进去。',
        channel: OpinionChannel.FORUM,
        peopleRepresented: 9,
        contributorCategory: ContributorCategory.STUDENT,
        outcome: 'NOT_ADOPTED',
        outcomeReason: '生活垃圾四分类与国家标准一致；大件垃圾、装修垃圾的投放另有规定，未采纳。',
      },
      {
        by: 'unit',
        at: '2022-11-02T10:00:00+08:00',
        provisionAddress: null,
        proposedChange:
          '建议增加“生活垃圾收集、运输、处理单位应当为作业人员配备必要的劳动防护用品，合理安排作业时间，改善作业条件”的规定。',
        reason: '环卫作业人员凌晨作业、高温作业多，部分单位劳动防护用品配备不足。',
        channel: OpinionChannel.FORUM,
        peopleRepresented: 17,
        contributorCategory: ContributorCategory.PUBLIC_SERVANT,
        outcome: 'PARTIALLY_ADOPTED',
        outcomeReason: '已增加为作业人员配备劳动防护用品的规定；作业时间安排适用劳动法律法规，未作规定。',
      },
      {
        by: 'expert',
        at: '2022-11-02T14:00:00+08:00',
        provisionAddress: 'art_8',
        proposedChange: '建议明确计量收费的实施步骤和时限，并对分类投放规范的居民减免生活垃圾处理费。',
        reason: '只规定“逐步建立”缺少约束力；以收费激励分类，需要与分类效果挂钩。',
        channel: OpinionChannel.EXPERT,
        contributorCategory: ContributorCategory.SCHOLAR,
        outcome: 'UNDER_STUDY',
        outcomeReason: '计量收费涉及价格管理和收费方式改革，有关部门正在研究，将在后续审议中统筹考虑。',
      },
    ],
  },
  {
    title: '重庆市消防条例（修订草案）',
    subject: '消防',
    label: '2022年12月征求意见稿',
    issuedAt: '2022-12-05T10:00:00+08:00',
    deadline: '2022-12-16',
    text: FIRE_DRAFT_TEXT,
    opinions: [
      {
        by: 'collector',
        at: '2022-12-08T15:00:00+08:00',
        provisionAddress: 'art_8',
        proposedChange:
          '建议在第八条中增加“林区和森林防火重点区域的乡镇人民政府应当建立专职消防队或者志愿消防队，并配备必要的扑火装备”的规定。',
        reason: '今年8月缙云山山火扑救中，群众志愿者发挥了重要作用，但缺乏组织、培训和装备，存在安全隐患。',
        channel: OpinionChannel.FORUM,
        peopleRepresented: 13,
        contributorCategory: ContributorCategory.GRASSROOTS_CADRE,
        outcome: 'ADOPTED',
        outcomeReason: '已增加林区乡镇人民政府应当建立专职或者志愿消防队并配备扑火装备的规定。',
      },
      {
        by: 'collector',
        at: '2022-12-09T19:30:00+08:00',
        provisionAddress: 'art_6',
        proposedChange:
          '建议将第六条中的“鼓励住宅小区设置电动自行车集中停放和充电场所”修改为“既有住宅小区具备条件的，应当设置电动自行车集中停放和充电场所”。',
        reason: '老旧小区没有充电场所，是居民飞线充电、入户充电的主要原因，仅作鼓励性规定难以解决问题。',
        channel: OpinionChannel.VISIT,
        peopleRepresented: 10,
        contributorCategory: ContributorCategory.RESIDENT,
        outcome: 'PARTIALLY_ADOPTED',
        outcomeReason:
          '已增加区县（自治县）人民政府组织既有住宅小区逐步设置集中充电场所的规定，未作强制性要求。',
      },
      {
        by: 'collector',
        at: '2022-12-10T10:00:00+08:00',
        provisionAddress: 'art_5',
        proposedChange: '建议在第五条中增加禁止携带电动自行车及其蓄电池进入电梯轿厢的规定。',
        reason: '问卷中不少居民反映有人将电动自行车推进电梯带回家充电，一旦起火后果严重。',
        channel: OpinionChannel.QUESTIONNAIRE,
        peopleRepresented: 45,
        contributorCategory: ContributorCategory.RESIDENT,
        outcome: 'UNDER_STUDY',
        outcomeReason: '拟结合电梯安全管理的有关规定一并研究。',
      },
      {
        by: 'unit',
        at: '2022-12-12T15:00:00+08:00',
        provisionAddress: 'art_9',
        proposedChange: '建议在第九条中规定，对首次违规停放或者充电的个人先予警告，拒不改正的再处以罚款。',
        reason: '外卖配送员等依靠电动自行车谋生的职工收入不高，首次违规即罚款不利于教育引导。',
        channel: OpinionChannel.FORUM,
        peopleRepresented: 19,
        contributorCategory: ContributorCategory.BUSINESS,
        outcome: 'PARTIALLY_ADOPTED',
        outcomeReason: '已将罚款修改为“责令改正，拒不改正的”方可适用；首次警告未作规定，由执法机关依法裁量。',
      },
      {
        by: 'expert',
        at: '2022-12-13T09:00:00+08:00',
        provisionAddress: 'art_7',
        proposedChange: '建议在第七条中列举“野外用火”的具体情形，包括烧荒、焚烧秸秆、祭祀用火、野炊等。',
        reason: '群众对哪些行为属于野外用火认识不一，列举有利于宣传和执法。',
        channel: OpinionChannel.EXPERT,
        contributorCategory: ContributorCategory.SCHOLAR,
        outcome: 'NOT_ADOPTED',
        outcomeReason: '野外用火的具体情形和管理适用《森林防火条例》等规定，本条例不再重复，未采纳。',
      },
      {
        by: 'expert',
        at: '2022-12-13T10:00:00+08:00',
        provisionAddress: 'art_4',
        proposedChange:
          '建议在第四条中明确，物业服务人发现占用、堵塞消防车通道的，有权劝阻、制止，并向消防救援机构报告，消防救援机构应当及时处理。',
        reason: '物业服务人只有义务没有手段，消防车通道被占用的问题长期得不到解决。',
        channel: OpinionChannel.EXPERT,
        contributorCategory: ContributorCategory.SCHOLAR,
        outcome: 'UNDER_STUDY',
        outcomeReason: '物业服务人的劝阻权限与执法衔接问题，正在会同有关部门研究。',
      },
    ],
  },
];
