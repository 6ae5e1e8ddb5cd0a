"""The quoted examples of each rule of :data:`policydiff.rules.RULES`, from the reports in ``seeds/``.

Positive examples are cases where the rule fires, negative ones cases of the same kind where it must not: for a pair
rule a commitment and a statement of report N+1 (exact quotes, with their figures as written), for a stage rule a
commitment whose audit the rule decides (or must not decide). ``tests/test_rules.py`` checks every one against the
real reports.
"""

from __future__ import annotations

from typing import Final

from policydiff.model import Example

# fmt: off
#: rule name -> (positive examples, negative examples)
EXAMPLES: Final[dict[str, tuple[tuple[Example, ...], tuple[Example, ...]]]] = {
    'other-unit': (
        (
            Example('anhui-province-2025.txt', '全省地区生产总值增长5.5%以上', 'anhui-province-2026.txt', '全省地区生产总值5.3万亿元、增长5.5%', target='5.5%以上', actual='5.3万亿元'),
            Example('beijing-municipality-2025.txt', '地区生产总值增长5%左右、努力争取更好结果', 'beijing-municipality-2026.txt', '全市地区生产总值5.2万亿元、增长5.4%、高于全国0.4个百分点', target='5%左右', actual='5.2万亿元'),
            Example('hainan-province-2025.txt', '年度开展补贴性职业技能培训10万人次以上、新增技能人才8万人以上', 'hainan-province-2026.txt', '新增技能人才39.87万人次', target='8万人以上', actual='39.87万人次'),
            Example('yunnan-province-2025.txt', '城镇新增就业50万人以上', 'yunnan-province-2026.txt', '建成就业“幸福里”社区106个、就业帮扶车间2448个', target='50万人以上', actual='2448个'),
        ),
        (
            Example('anhui-province-2025.txt', '全省地区生产总值增长5.5%以上', 'anhui-province-2026.txt', '全省地区生产总值5.3万亿元、增长5.5%', target='5.5%以上', actual='5.5%'),
            Example('beijing-municipality-2025.txt', '地区生产总值增长5%左右、努力争取更好结果', 'beijing-municipality-2026.txt', '全市地区生产总值5.2万亿元、增长5.4%、高于全国0.4个百分点', target='5%左右', actual='5.4%'),
            Example('beijing-municipality-2025.txt', '老楼加装电梯完工600部', 'beijing-municipality-2026.txt', '老楼加装电梯869台', target='600部', actual='869台'),
            Example('gansu-province-2025.txt', '粮食产量稳定在252亿斤以上', 'gansu-province-2026.txt', '粮食总产量突破1300万吨', target='252亿斤以上', actual='1300万吨'),
            Example('hailaer-district-2014.txt', '力争年内新增就业岗位5000个', 'hailaer-district-2015.txt', '实现城镇新增就业5487人', target='5000个', actual='5487人'),
        ),
    ),
    'other-size': (
        (
            Example('gansu-province-2025.txt', '粮食产量稳定在252亿斤以上', 'gansu-province-2026.txt', '粮食总产量突破1300万吨', target='252亿斤以上', actual='1300万吨'),
            Example('shanghai-municipality-2020.txt', '新建林地7万亩', 'shanghai-municipality-2021.txt', '新建林地9万亩、绿地1202.1公顷', target='7万亩', actual='1202.1公顷'),
        ),
        (
            Example('heilongjiang-province-2025.txt', '粮食产量1600亿斤以上', 'heilongjiang-province-2026.txt', '粮食总产量1640.06亿斤', target='1600亿斤以上', actual='1640.06亿斤'),
            Example('shanghai-municipality-2020.txt', '新建林地7万亩', 'shanghai-municipality-2021.txt', '新建林地9万亩、绿地1202.1公顷', target='7万亩', actual='9万亩'),
            Example('hailaer-district-2014.txt', '力争年内新增就业岗位5000个', 'hailaer-district-2015.txt', '实现城镇新增就业5487人', target='5000个', actual='5487人'),
        ),
    ),
    'places-for-people': (
        (
            Example('hailaer-district-2014.txt', '力争年内新增就业岗位5000个', 'hailaer-district-2015.txt', '实现城镇新增就业5487人', target='5000个', actual='5487人'),
            Example('liaoning-province-2025.txt', '新增优质特色普通高中招生计划万名以上', 'liaoning-province-2026.txt', '增加优质特色普通高中招生计划1.76万个', target='万名以上', actual='1.76万个'),
        ),
        (
            Example('yunnan-province-2025.txt', '城镇新增就业50万人以上', 'yunnan-province-2026.txt', '建成就业“幸福里”社区106个、就业帮扶车间2448个', target='50万人以上', actual='2448个'),
            Example('hainan-province-2025.txt', '年度开展补贴性职业技能培训10万人次以上、新增技能人才8万人以上', 'hainan-province-2026.txt', '新增技能人才39.87万人次', target='8万人以上', actual='39.87万人次'),
            Example('gansu-province-2025.txt', '粮食产量稳定在252亿斤以上', 'gansu-province-2026.txt', '粮食总产量突破1300万吨', target='252亿斤以上', actual='1300万吨'),
        ),
    ),
    'other-classifier': (
        (
            Example('beijing-municipality-2025.txt', '老楼加装电梯完工600部', 'beijing-municipality-2026.txt', '老楼加装电梯869台', target='600部', actual='869台'),
            Example('jiangxi-province-2025.txt', '基本建成7个国家区域医疗中心', 'jiangxi-province-2026.txt', '7家国家区域医疗中心基本建成', target='7个', actual='7家'),
            Example('qinghai-province-2025.txt', '全年新增规模以上工业企业80户', 'qinghai-province-2026.txt', '培育规上工业企业85家', target='80户', actual='85家'),
        ),
        (
            Example('hailaer-district-2014.txt', '力争年内新增就业岗位5000个', 'hailaer-district-2015.txt', '实现城镇新增就业5487人', target='5000个', actual='5487人'),
            Example('jiangxi-province-2025.txt', '每千人口护士数力争达到4.3人以上', 'jiangxi-province-2026.txt', '每千人口托位数达4.6个', target='4.3人以上', actual='4.6个'),
        ),
    ),
    'rate-vs-level': (
        (
            Example('anhui-province-2025.txt', '全省地区生产总值增长5.5%以上', 'anhui-province-2026.txt', '全省地区生产总值5.3万亿元、增长5.5%', target='5.5%以上', actual='5.3万亿元'),
            Example('chongqing-municipality-2025.txt', '整体提升100所学校、50家医院周边环境', 'chongqing-municipality-2026.txt', '职教专业与全市重点产业匹配度达到89%，10所学校、12个专业群入选国家第二期“双高建设计划”', target='100所', actual='10所'),
            Example('beijing-municipality-2025.txt', '地区生产总值增长5%左右、努力争取更好结果', 'beijing-municipality-2026.txt', '全市地区生产总值5.2万亿元、增长5.4%、高于全国0.4个百分点', target='5%左右', actual='5.2万亿元'),
        ),
        (
            Example('beijing-municipality-2025.txt', '城镇调查失业率控制在5%以内', 'beijing-municipality-2026.txt', '城镇调查失业率4.1%', target='5%以内', actual='4.1%'),
            Example('fujian-province-2025.txt', '城镇调查失业率5%左右', 'fujian-province-2026.txt', '城镇调查失业率4.7%', target='5%左右', actual='4.7%'),
        ),
    ),
    'change-vs-level': (
        (
            Example('national-2014.txt', '今年再减少农村贫困人口1000万人以上', 'national-2015.txt', '农村贫困人口减少1232万人', target='1000万人以上', actual='1232万人'),
            Example('national-2022.txt', '居民医保和基本公共卫生服务经费人均财政补助标准分别再提高30元和5元', 'national-2023.txt', '基本公共卫生服务经费人均财政补助标准从50元提高到84元', target='30元', actual='84元'),
            Example('gansu-province-2025.txt', '一是继续实施中小学“强县中增学位”工程，支持20所县属高中改善办学条件、提升办学能力', 'gansu-province-2026.txt', '“县中振兴”工程提升40所普通高中办学能力', target='20所', actual='40所'),
        ),
        (
            Example('national-2022.txt', '居民医保和基本公共卫生服务经费人均财政补助标准分别再提高30元和5元', 'national-2023.txt', '基本公共卫生服务经费人均财政补助标准从50元提高到84元', target='5元', actual='84元'),
            Example('hubei-province-2025.txt', '规上工业增加值增长7.5％左右', 'hubei-province-2026.txt', '高技术制造业增加值增长15.5%', target='7.5％左右', actual='15.5%'),
            Example('liaoning-province-2025.txt', '建设农村供水工程300处', 'liaoning-province-2026.txt', '完成农村集中供水工程313处', target='300处', actual='313处'),
        ),
    ),
    'other-magnitude': (
        (
            Example('gansu-province-2025.txt', '治理水土流失面积800平方公里以上', 'gansu-province-2026.txt', '治理水土流失面积3.55万平方公里', target='800平方公里以上', actual='3.55万平方公里'),
            Example('hailaer-district-2014.txt', '力争年内投资总规模突破100亿元', 'hailaer-district-2015.txt', '投资4360万元，对城区雨水管网进行全面改造', target='100亿元', actual='4360万元'),
        ),
        (
            Example('anhui-province-2025.txt', '新培育科技型中小企业3000家以上', 'anhui-province-2026.txt', '新增科技型中小企业7227家、高新技术企业3200家、专精特新企业1565家', target='3000家以上', actual='7227家'),
            Example('beijing-municipality-2025.txt', '完成30项市级疏堵工程，打通20条断头路', 'beijing-municipality-2026.txt', '实施杜家坎等30项市级疏堵工程，打通53条断头路', target='20条', actual='53条'),
        ),
    ),
    'several-year-total': (
        (
            Example('shanghai-municipality-2021.txt', '新建5G室外基站8000个', 'shanghai-municipality-2022.txt', '累计建成5G室外基站5.4万个', target='8000个', actual='5.4万个'),
            Example('fujian-province-2025.txt', '城镇新增就业50万人、失业人员实现再就业10万人', 'fujian-province-2026.txt', '城镇新增就业265.15万人', target='50万人', actual='265.15万人'),
        ),
        (
            Example('fujian-province-2025.txt', '国家高新技术企业突破1.5万家', 'fujian-province-2026.txt', '国家高新技术企业超1.5万家', target='1.5万家', actual='1.5万家'),
            Example('gansu-province-2025.txt', '力争常住人口城镇化率达到58.1%', 'gansu-province-2026.txt', '常住人口城镇化率由52.23%提高到58.08%', target='58.1%', actual='58.08%'),
            Example('shandong-province-2025.txt', '办好20项重点民生实事', 'shandong-province-2026.txt', '每年实施20项重点民生实事', target='20项', actual='20项'),
            Example('hubei-province-2025.txt', '城镇新增就业70万人以上', 'hubei-province-2026.txt', '城镇新增就业每年超过90万人', target='70万人以上', actual='90万人'),
            # a record since records began frames no period: the year's work after it is the year's
            Example('anhui-province-2025.txt', '修复废弃矿山300个以上', 'anhui-province-2026.txt', '修复废弃矿山375个', target='300个以上', actual='375个'),
        ),
    ),
    'contrasting-groups': (
        (
            Example('shaanxi-province-2025.txt', '城乡居民人均可支配收入分别增长5%、6%', 'shaanxi-province-2026.txt', '居民人均可支配收入增长5.6％', target='5%', actual='5.6％'),
            Example('hailaer-district-2012.txt', '实施重点农牧业项目33个', 'hailaer-district-2013.txt', '全年实施重点工业项目34个', target='33个', actual='34个'),
            Example('yunnan-province-2025.txt', '农村居民人均可支配收入增长6%左右', 'yunnan-province-2026.txt', '居民人均可支配收入超3.1万元、年均增长6.1%', target='6%左右', actual='3.1万元'),
            # another numerator of a share of 地区生产总值 (占地区…, not 占地: occupying land)
            Example('guizhou-province-2025.txt', '社会物流总费用占地区生产总值的比重下降至14.2%', 'guizhou-province-2026.txt', '工业增加值占地区生产总值比重提高到25.5%', target='14.2%', actual='25.5%'),
            # 国家 (national) centres are not 省级 ones
            Example('gansu-province-2025.txt', '建成投运4个国家区域医疗中心', 'fujian-province-2026.txt', '健康福建建设全面推进，建成8个国家级、13个省级区域医疗中心', target='4个', actual='13个'),
            # an unqualified 城镇化率 is the resident population's: never a 户籍 target's outcome
            Example('jiangxi-province-2025.txt', '户籍人口城镇化率达47.1%左右', 'ningxia-province-2026.txt', '城镇化率达69.1%、超过全国平均水平', target='47.1%左右', actual='69.1%'),
        ),
        (
            Example('anhui-province-2025.txt', '进出口总额增长5.5%左右', 'anhui-province-2026.txt', '进出口总额增长17.3%', target='5.5%左右', actual='17.3%'),
            Example('ningxia-province-2025.txt', '常住人口城镇化率达到69%左右', 'ningxia-province-2026.txt', '城镇化率达69.1%、超过全国平均水平', target='69%左右', actual='69.1%'),
            Example('xizang-province-2025.txt', '常住人口城镇化率达40%以上', 'shaanxi-province-2026.txt', '城镇化率增至67.17％', target='40%以上', actual='67.17％'),
            Example('beijing-municipality-2025.txt', '城镇调查失业率控制在5%以内', 'beijing-municipality-2026.txt', '城镇调查失业率4.1%', target='5%以内', actual='4.1%'),
        ),
    ),
    'level-vs-addition': (
        (
            Example('hainan-province-2025.txt', '高新技术“精英行动”企业达220家', 'hainan-province-2026.txt', '新增46家高新技术“精英行动”企业', target='220家', actual='46家'),
            Example('heilongjiang-province-2025.txt', '绿色有机食品基地面积稳定在1亿亩以上', 'heilongjiang-province-2026.txt', '新增绿色有机食品基地面积536万亩、农产品质量安全追溯面积800万亩', target='1亿亩以上', actual='536万亩'),
        ),
        (
            Example('gansu-province-2025.txt', '力争常住人口城镇化率达到58.1%', 'gansu-province-2026.txt', '常住人口城镇化率由52.23%提高到58.08%', target='58.1%', actual='58.08%'),
            Example('hailaer-district-2012.txt', '地区生产总值达到240亿元', 'hailaer-district-2013.txt', '全年地区生产总值完成235.2亿元', target='240亿元', actual='235.2亿元'),
        ),
    ),
    'work-vs-stock': (
        (
            Example('hubei-province-2025.txt', '建设高标准农田300万亩', 'hubei-province-2026.txt', '高标准农田达到4808万亩', target='300万亩', actual='4808万亩'),
            Example('shanxi-province-2025.txt', '新建智能化煤矿130座', 'shanxi-province-2026.txt', '智能化煤矿达到400座', target='130座', actual='400座'),
        ),
        (
            Example('anhui-province-2025.txt', '改造城中村和城市危旧房6万户以上', 'anhui-province-2026.txt', '改造城中村和城市危旧房2.6万户、城镇老旧小区1129个', target='6万户以上', actual='2.6万户'),
            Example('beijing-municipality-2025.txt', '治理违法建设2000万平方米', 'beijing-municipality-2026.txt', '治理违法建设2049万平方米', target='2000万平方米', actual='2049万平方米'),
        ),
    ),
    'addition-vs-stock': (
        (
            Example('hubei-province-2025.txt', '力争新增2—3家地方国企进入中国企业500强', 'hubei-province-2026.txt', '11家企业入选国家重点产业链链主企业，7家地方国企进入中国企业500强', target='2—3家', actual='7家'),
            Example('jiangxi-province-2025.txt', '力争新增国家实验室研究基地或网络成员1家、全国重点实验室2家', 'jiangxi-province-2026.txt', '全国重点实验室达8家', target='2家', actual='8家'),
        ),
        (
            Example('anhui-province-2025.txt', '新增高新技术企业3000家、专精特新企业1000家左右', 'anhui-province-2026.txt', '新增科技型中小企业7227家、高新技术企业3200家、专精特新企业1565家', target='3000家', actual='3200家'),
            Example('beijing-municipality-2025.txt', '老楼加装电梯完工600部，新建2000张家庭养老床位、200个农村邻里互助养老服务点', 'beijing-municipality-2026.txt', '新建50个区域养老服务中心，新增7701张家庭养老床位', target='2000张', actual='7701张'),
        ),
    ),
    'named-in-front': (
        (
            Example('hailaer-district-2014.txt', '年内建成蔬菜大棚1050亩、温室150栋、仓储库2万平方米', 'hailaer-district-2015.txt', '奋斗镇、建设办建成蔬菜大棚700亩', target='1050亩', actual='700亩'),
            Example('jiangxi-province-2025.txt', '实施省大中型项目4600个以上', 'jiangxi-province-2026.txt', '累计实施亿元以上省大中型项目1.3万余个', target='4600个以上', actual='1.3万余个'),
            Example('qinghai-province-2025.txt', '公路通车总里程达9.3万公里', 'qinghai-province-2026.txt', '高速公路通车里程达5465公里', target='9.3万公里', actual='5465公里'),
        ),
        (
            Example('beijing-municipality-2025.txt', '举办市民系列文化活动1.6万场', 'beijing-municipality-2026.txt', '开展市民系列文化活动1.6万场', target='1.6万场', actual='1.6万场'),
            Example('guangxi-province-2025.txt', '城镇调查失业率5.5%左右', 'guangxi-province-2026.txt', '年末城镇调查失业率从上半年5.5%降到5.3%', target='5.5%左右', actual='5.3%'),
        ),
    ),
    'words-inserted': (
        (
            Example('hailaer-district-2012.txt', '城镇人均可支配收入达到23896元', 'hailaer-district-2013.txt', '城镇居民人均可支配收入达到23267元', target='23896元', actual='23267元'),
            Example('heilongjiang-province-2025.txt', '规上工业增加值增长5%左右', 'heilongjiang-province-2026.txt', '规上装备工业增加值增长8.4%', target='5%左右', actual='8.4%'),
        ),
        (
            Example('beijing-municipality-2025.txt', '举办市民系列文化活动1.6万场', 'beijing-municipality-2026.txt', '开展市民系列文化活动1.6万场', target='1.6万场', actual='1.6万场'),
            Example('guangxi-province-2025.txt', '城镇调查失业率5.5%左右', 'guangxi-province-2026.txt', '年末城镇调查失业率从上半年5.5%降到5.3%', target='5.5%左右', actual='5.3%'),
            # 重点 singles out the items a report tracks: no narrower kind
            Example('anhui-province-2025.txt', '实施亿元以上技改项目1200项以上', 'anhui-province-2026.txt', '实施亿元以上重点技改项目1213个', target='1200项以上', actual='1213个'),
            Example('ningxia-province-2025.txt', '全年计划实施项目2900个', 'ningxia-province-2026.txt', '实施重点项目2800多个', target='2900个', actual='2800多个'),
        ),
    ),
    'swapped-modifier': (
        (
            Example('shaanxi-province-2025.txt', '提升苹果、猕猴桃、茶叶、食用菌等产业竞争力，新增1个国家级优势特色产业集群、8家以上农业产业化重点龙头企业', 'shaanxi-province-2026.txt', '新增国家级中小企业特色产业集群1个', target='1个', actual='1个'),
        ),
        (
            Example('beijing-municipality-2025.txt', '举办市民系列文化活动1.6万场', 'beijing-municipality-2026.txt', '开展市民系列文化活动1.6万场', target='1.6万场', actual='1.6万场'),
            Example('guangxi-province-2025.txt', '城镇调查失业率5.5%左右', 'guangxi-province-2026.txt', '年末城镇调查失业率从上半年5.5%降到5.3%', target='5.5%左右', actual='5.3%'),
        ),
    ),
    'period-passage': (
        (
            Example('anhui-province-2025.txt', '全年粮食播种面积1.1亿亩、产量825亿斤以上', 'anhui-province-2026.txt', '粮食产量稳定在800亿斤以上', target='825亿斤以上', actual='800亿斤以上'),
            Example('fujian-province-2025.txt', '国家高新技术企业突破1.5万家', 'fujian-province-2026.txt', '国家高新技术企业超1.5万家', target='1.5万家', actual='1.5万家'),
        ),
        (
            Example('anhui-province-2025.txt', '全省地区生产总值增长5.5%以上', 'anhui-province-2026.txt', '全省地区生产总值5.3万亿元、增长5.5%', target='5.5%以上', actual='5.3万亿元'),
            Example('beijing-municipality-2025.txt', '地区生产总值增长5%左右、努力争取更好结果', 'beijing-municipality-2026.txt', '全市地区生产总值5.2万亿元、增长5.4%、高于全国0.4个百分点', target='5%左右', actual='5.2万亿元'),
        ),
    ),
    'lumped-list': (
        (
            Example('gansu-province-2025.txt', '其中水库5座、淤地坝20座、小微型调蓄设施659座', 'gansu-province-2026.txt', '建成水库、淤地坝、小微型调蓄设施等“水盆子”1459个', target='659座', actual='1459个'),
            Example('ningxia-province-2025.txt', '改造老旧小区1.5万户（套）', 'ningxia-province-2026.txt', '改造老旧小区、抗震宜居农房等23万多户', target='1.5万户', actual='23万多户'),
        ),
        (
            Example('shanghai-municipality-2020.txt', '建成10号线二期、15号线、18号线部分区段共67公里轨道交通线', 'shanghai-municipality-2021.txt', '建成10号线二期、15号线、18号线部分区段共67公里轨道交通线', target='67公里', actual='67公里'),
            Example('liaoning-province-2025.txt', '沈白高铁和京哈高速改扩建、本桓、凌绥、台黑4条高速公路提前建成通车', 'liaoning-province-2026.txt', '沈白高铁和京哈改扩建、本桓宽、凌绥、台黑4条高速提前建成通车', target='4条', actual='4条'),
        ),
    ),
    'named-count': (
        (
            Example('shaanxi-province-2025.txt', '提升苹果、猕猴桃、茶叶、食用菌等产业竞争力，新增1个国家级优势特色产业集群、8家以上农业产业化重点龙头企业', 'shaanxi-province-2026.txt', '延安苹果、汉中中药材入选国家级优势特色产业集群', target='1个'),
        ),
        (
            Example('shaanxi-province-2025.txt', '提升苹果、猕猴桃、茶叶、食用菌等产业竞争力，新增1个国家级优势特色产业集群、8家以上农业产业化重点龙头企业', 'shaanxi-province-2026.txt', '西凤酒等5个品牌入选首批中国消费名品', target='1个', actual='5个'),
            Example('chongqing-municipality-2025.txt', '整体提升100所学校、50家医院周边环境', 'chongqing-municipality-2026.txt', '职教专业与全市重点产业匹配度达到89%，10所学校、12个专业群入选国家第二期“双高建设计划”', target='100所', actual='10所'),
        ),
    ),
    'maybe-stock': (
        (
            Example('hubei-province-2025.txt', '力争新增2—3家地方国企进入中国企业500强', 'hubei-province-2026.txt', '11家企业入选国家重点产业链链主企业，7家地方国企进入中国企业500强', target='2—3家', actual='7家'),
            Example('jiangxi-province-2025.txt', '力争新增国家实验室研究基地或网络成员1家、全国重点实验室2家', 'jiangxi-province-2026.txt', '全国重点实验室达8家', target='2家', actual='8家'),
        ),
        (
            Example('anhui-province-2025.txt', '城镇新增就业68万人左右', 'anhui-province-2026.txt', '城镇新增就业75.7万人', target='68万人左右', actual='75.7万人'),
            Example('beijing-municipality-2025.txt', '老楼加装电梯完工600部，新建2000张家庭养老床位、200个农村邻里互助养老服务点', 'beijing-municipality-2026.txt', '新建50个区域养老服务中心，新增7701张家庭养老床位', target='2000张', actual='7701张'),
            # a statement of work done on what it counts (改造) is the year's work, not a stock
            Example('qinghai-province-2025.txt', '新建和改造农村户厕2万座', 'qinghai-province-2026.txt', '改造农村户厕2.1万座', target='2万座', actual='2.1万座'),
            Example('shandong-province-2025.txt', '新增智慧养老院30家、家庭养老床位1万张、特殊困难家庭适老化改造1.5万户', 'shandong-province-2026.txt', '特殊困难老年人家庭适老化改造1.5万户', target='1.5万户', actual='1.5万户'),
        ),
    ),
    'same-figure': (
        (
            Example('qinghai-province-2025.txt', '修建便民桥500座', 'qinghai-province-2026.txt', '建设农牧区便民桥500座', target='500座', actual='500座'),
            Example('tianjin-municipality-2025.txt', '集装箱吞吐量突破2400万标准箱', 'tianjin-municipality-2026.txt', '集装箱航线增至150条、吞吐量超2400万标准箱', target='2400万标准箱', actual='2400万标准箱'),
            # another measure word for single things: the same count worded another way
            Example('liaoning-province-2025.txt', '开展城中村改造和城市危旧房改造3.5万套', 'liaoning-province-2026.txt', '实施城中村和危旧房改造3.5万户', target='3.5万套', actual='3.5万户'),
            Example('jilin-province-2025.txt', '办好20件民生实事', 'jilin-province-2026.txt', '20项民生实事全面完成', target='20件', actual='20项'),
        ),
        (
            Example('hailaer-district-2013.txt', '全力抓好园区外工业项目，大唐700万吨露天矿完成核准', 'hailaer-district-2014.txt', '大唐700万吨露天矿项目已进入国家核准程序', target='700万吨', actual='700万吨'),
            Example('shaanxi-province-2025.txt', '提升苹果、猕猴桃、茶叶、食用菌等产业竞争力，新增1个国家级优势特色产业集群、8家以上农业产业化重点龙头企业', 'shaanxi-province-2026.txt', '新增国家级中小企业特色产业集群1个', target='1个', actual='1个'),
        ),
    ),
    'near-figure': (
        (
            Example('liaoning-province-2025.txt', '建设农村供水工程300处', 'liaoning-province-2026.txt', '完成农村集中供水工程313处', target='300处', actual='313处'),
            Example('tianjin-municipality-2025.txt', '清单化项目化改造燃气管网650公里、供热管网800公里、供水管网100公里', 'tianjin-municipality-2026.txt', '有序改造供热管网1287公里、燃气管网810公里、供水管网105公里', target='650公里', actual='810公里'),
            # another measure word for single things, compared as written
            Example('anhui-province-2025.txt', '实施亿元以上技改项目1200项以上', 'anhui-province-2026.txt', '实施亿元以上重点技改项目1213个', target='1200项以上', actual='1213个'),
            Example('beijing-municipality-2025.txt', '老楼加装电梯完工600部', 'beijing-municipality-2026.txt', '老楼加装电梯869台', target='600部', actual='869台'),
        ),
        (
            Example('hubei-province-2025.txt', '规上工业增加值增长7.5％左右', 'hubei-province-2026.txt', '高技术制造业增加值增长15.5%', target='7.5％左右', actual='15.5%'),
            # another measure word, but three times the target, or half of it
            Example('neimenggu-province-2025.txt', '今年再推出30个“高效办成一件事”、150项“全区通办”事项', 'neimenggu-province-2026.txt', '大力整治形式主义为基层减负，推动456个事项“全区通办”', target='150项', actual='456个'),
            Example('hailaer-district-2013.txt', '年内完成20个', 'hailaer-district-2014.txt', '新建10家平价蔬菜超市和直销店', target='20个', actual='10家'),
            Example('hailaer-district-2013.txt', '大唐700万吨露天矿完成核准，400万吨褐煤提质建成投产', 'hailaer-district-2014.txt', '大唐700万吨露天矿项目已进入国家核准程序，亘富200万吨褐煤提质一期工程完工', target='400万吨', actual='200万吨'),
        ),
    ),
    'collective-kinds': (
        (
            Example('heilongjiang-province-2025.txt', '改造排水、供水、供热、燃气管网2000公里以上', 'heilongjiang-province-2026.txt', '改造水热气等管网3656公里', target='2000公里以上', actual='3656公里'),
            Example('yunnan-province-2025.txt', '建设改造燃气和供排水管网5200公里', 'yunnan-province-2026.txt', '新建改造城镇地下管网7761公里', target='5200公里', actual='7761公里'),
        ),
        (
            # one kind against a list of kinds; a list of kinds against one of them
            Example('tianjin-municipality-2025.txt', '清单化项目化改造燃气管网650公里、供热管网800公里、供水管网100公里', 'tianjin-municipality-2026.txt', '新建改造供热、供排水、燃气老旧管网6562公里', target='650公里', actual='6562公里'),
            Example('ningxia-province-2025.txt', '新增义务教育和普通高中学位7200个', 'ningxia-province-2026.txt', '新增高中学位8700多个、比年度计划翻了一番', target='7200个', actual='8700多个'),
        ),
    ),
    'counted-first': (
        (
            Example('liaoning-province-2025.txt', '选派企业科技特派员3000名以上', 'liaoning-province-2026.txt', '4911名科技特派员开展入企服务', target='3000名以上', actual='4911名'),
            Example('guizhou-province-2025.txt', '加快建设5个国家区域医疗中心二期项目', 'guizhou-province-2026.txt', '5个国家区域医疗中心二期项目全部开工', target='5个', actual='5个'),
        ),
        (
            # the counted thing names the commitment no more closely than the whole clause; a share counts nothing
            Example('jiangxi-province-2025.txt', '基本建成7个国家区域医疗中心', 'jiangxi-province-2026.txt', '7家国家区域医疗中心基本建成', target='7个', actual='7家'),
            Example('ningxia-province-2025.txt', '确保全区90%的化工园区达到较低安全风险等级、90%的煤矿达到安全生产标准化二级以上水平', 'ningxia-province-2026.txt', '90%的化工园区降至较低风险等级', target='90%', actual='90%'),
            # the commitment names a stage the statement's action does not reach
            Example('gansu-province-2025.txt', '建成投运4个国家区域医疗中心', 'gansu-province-2026.txt', '4个国家级区域医疗中心建设进展顺利', target='4个', actual='4个'),
        ),
    ),
    'listed-enumeration': (
        (
            Example('hubei-province-2025.txt', '推动现代化工及能源、现代农产品加工等支柱产业突破万亿级规模', 'hubei-province-2026.txt', '光电子信息、汽车制造与服务、大健康、现代化工、农产品加工5大支柱产业迈入万亿级规模', target='万亿级', actual='万亿级'),
        ),
        (
            Example('anhui-province-2025.txt', '新增高新技术企业3000家、专精特新企业1000家左右', 'anhui-province-2026.txt', '新增科技型中小企业7227家、高新技术企业3200家、专精特新企业1565家', target='3000家', actual='3200家'),
            Example('beijing-municipality-2025.txt', '地区生产总值增长5%左右、努力争取更好结果', 'beijing-municipality-2026.txt', '全市地区生产总值5.2万亿元、增长5.4%、高于全国0.4个百分点', target='5%左右', actual='5.2万亿元'),
        ),
    ),
    'qualified-measure': (
        (
            Example('hailaer-district-2013.txt', '下岗失业人员和困难人员再就业2100人', 'hailaer-district-2014.txt', '实现再就业2529人', target='2100人', actual='2529人'),
            Example('hailaer-district-2014.txt', '城镇失业人员实现再就业2000人', 'hailaer-district-2015.txt', '实现城镇新增就业5487人，再就业1687人', target='2000人', actual='1687人'),
        ),
        (
            # the words in front of a rate name what it is the rate of; a bare generic word names no one measure
            Example('ningxia-province-2025.txt', '地级城市再生水利用率提高到50%', 'ningxia-province-2026.txt', '利用率达94.5%、连续5年保持西北第一', target='50%', actual='94.5%'),
            Example('gansu-province-2025.txt', '实施“三化”改造项目300个', 'gansu-province-2026.txt', '37家中央定点帮扶单位援助资金31.08亿元、引进项目1002个', target='300个', actual='1002个'),
        ),
    ),
    'completion-claim': (
        (
            Example('national-2014.txt', '淘汰黄标车和老旧车600万辆', 'national-2015.txt', target='600万辆'),
            Example('hailaer-district-2012.txt', '要确保城区“六横六纵”绿带、14块绿地布景造园、60个既有小区补绿增绿和5000亩三山绿化等工程按时完工', 'hailaer-district-2013.txt', target='5000亩'),
        ),
        (
            Example('hailaer-district-2012.txt', '地区生产总值达到240亿元，同比增长21%', 'hailaer-district-2013.txt', target='21%'),
            Example('shanghai-municipality-2020.txt', '新建林地7万亩', 'shanghai-municipality-2021.txt', target='7万亩'),
        ),
    ),
    'task-claim': (
        (
            Example('ningxia-province-2025.txt', '更新改造“四类管线”2000公里', 'ningxia-province-2026.txt', '完成年度“四类管线”改造任务', target='2000公里'),
        ),
        (
            # the review claims the year's task done (城镇新增就业超额完成全年任务), but its figure decides
            Example('hubei-province-2025.txt', '城镇新增就业70万人以上', 'hubei-province-2026.txt', '城镇新增就业超额完成全年任务', target='70万人以上'),
            # the claim of the year's 四类管线 task in the same sentence names another thing
            Example('ningxia-province-2025.txt', '年内完成6000套改造计划', 'ningxia-province-2026.txt', '完成年度“四类管线”改造任务', target='6000套'),
        ),
    ),
    'compared-claim': (
        (
            Example('jiangxi-province-2025.txt', '居民消费价格涨幅2%左右', 'jiangxi-province-2026.txt', target='2%左右'),
            Example('shanghai-municipality-2021.txt', '城镇调查失业率在5%以内', 'shanghai-municipality-2022.txt', target='5%以内'),
        ),
        (
            # the same clause compares 固定资产投资 too, but the review's figure decides it (增长1.6%)
            Example('jiangxi-province-2025.txt', '固定资产投资增长5%左右', 'jiangxi-province-2026.txt', target='5%左右'),
            Example('shanghai-municipality-2021.txt', '居民消费价格涨幅2.5%左右', 'shanghai-municipality-2022.txt', target='2.5%左右'),
        ),
    ),
    'group-claim': (
        (
            Example('shanxi-province-2025.txt', '三是配置自动体外除颤器1000台', 'shanxi-province-2026.txt', '省政府承诺的15件民生实事全部兑现', target='1000台'),
            Example('yunnan-province-2025.txt', '办理各类法律援助案件8万件', 'yunnan-province-2026.txt', '年度10件惠民实事圆满办结', target='8万件'),
            Example('yunnan-province-2025.txt', '城镇新增就业50万人以上', 'yunnan-province-2026.txt', '年度10件惠民实事圆满办结', target='50万人以上'),
            Example('jilin-province-2025.txt', '改造客运班线公交化线路120条', 'jilin-province-2026.txt', '20项民生实事全面完成', target='120条'),
            Example('gansu-province-2025.txt', '改造建设100个乡镇综合养老服务中心和300个村级互助幸福院', 'gansu-province-2026.txt', '每年高质量办成10件为民实事', target='100个'),
            Example('yunnan-province-2025.txt', '农村卫生户厕、生活垃圾处理设施覆盖率和生活污水治理（管控）率均提高3个百分点', 'yunnan-province-2026.txt', '年度10件惠民实事圆满办结', target='3个百分点'),
        ),
        (
            Example('shanghai-municipality-2021.txt', '支持培养企业新型学徒1万名', 'shanghai-municipality-2022.txt', '民心工程、民生实事超额完成', target='1万名'),
            Example('chongqing-municipality-2025.txt', '整体提升100所学校、50家医院周边环境', 'chongqing-municipality-2026.txt', '滚动实施15件市级重点民生实事', target='100所'),
            Example('anhui-province-2025.txt', '规范建设零工市场、零工驿站100个', 'anhui-province-2026.txt', target='100个'),
            Example('hailaer-district-2012.txt', '全年实现新增就业5000人', 'hailaer-district-2013.txt', target='5000人'),
        ),
    ),
    'main-targets-claim': (
        (
            Example('shandong-province-2025.txt', '城镇调查失业率5.5%左右', 'shandong-province-2026.txt', '全年主要目标任务顺利完成', target='5.5%左右'),
            Example('national-2012.txt', '城镇登记失业率控制在4.6％以内', 'national-2013.txt', '全面实现年初确定的主要目标', target='4.6％以内'),
        ),
        (
            Example('hubei-province-2025.txt', '城镇调查失业率5.5％左右', 'hubei-province-2026.txt', '省十四届人大三次会议确定的主要目标顺利实现', target='5.5％左右'),
            Example('anhui-province-2025.txt', '城镇调查失业率5.5%左右', 'anhui-province-2026.txt', '经济社会发展主要目标任务顺利完成', target='5.5%左右'),
            Example('national-2014.txt', '城镇登记失业率控制在4.6%以内', 'national-2015.txt', '完成了全年经济社会发展主要目标任务', target='4.6%以内'),
        ),
    ),
    'members-claim': (
        (
            Example('national-2014.txt', '今年要淘汰钢铁2700万吨、水泥4200万吨、平板玻璃3500万标准箱等落后产能', 'national-2015.txt', '钢铁、水泥等15个重点行业淘汰落后产能年度任务如期完成', target='2700万吨'),
            Example('national-2014.txt', '今年要淘汰钢铁2700万吨、水泥4200万吨、平板玻璃3500万标准箱等落后产能', 'national-2015.txt', '钢铁、水泥等15个重点行业淘汰落后产能年度任务如期完成', target='3500万标准箱'),
        ),
        (
            Example('national-2014.txt', '今年要淘汰燃煤小锅炉5万台', 'national-2015.txt', '钢铁、水泥等15个重点行业淘汰落后产能年度任务如期完成', target='5万台'),
            Example('shanxi-province-2025.txt', '三是配置自动体外除颤器1000台', 'shanxi-province-2026.txt', target='1000台'),
            Example('hailaer-district-2012.txt', '地区生产总值达到240亿元，同比增长21%', 'hailaer-district-2013.txt', target='21%'),
        ),
    ),
    'budget-claim': (
        (
            Example('national-2022.txt', '今年安排中央本级支出增长3.9%', 'national-2023.txt', target='3.9%'),
        ),
        (
            Example('hailaer-district-2012.txt', '地区生产总值达到240亿元，同比增长21%', 'hailaer-district-2013.txt', target='21%'),
            Example('shanghai-municipality-2020.txt', '新建林地7万亩', 'shanghai-municipality-2021.txt', target='7万亩'),
        ),
    ),
    'carry-over': (
        (
            Example('fujian-province-2025.txt', '建好福州、厦门、泉州3个省级人工智能产业园', 'fujian-province-2026.txt', target='3个'),
            Example('shanghai-municipality-2021.txt', '启动建设13个绿色田园先行片区', 'shanghai-municipality-2022.txt', target='13个'),
        ),
        (
            Example('hailaer-district-2012.txt', '地区生产总值达到240亿元，同比增长21%', 'hailaer-district-2013.txt', target='21%'),
            Example('shanghai-municipality-2020.txt', '新建林地7万亩', 'shanghai-municipality-2021.txt', target='7万亩'),
        ),
    ),
    'named-again': (
        (
            Example('shanghai-municipality-2022.txt', '加快推进水乡客厅、淀山湖岸线生态治理、西岑科创园区等82项重大项目建设', 'shanghai-municipality-2023.txt', target='82项'),
            Example('shanghai-municipality-2020.txt', '加快建设机场联络线、崇明线、14号线等172公里轨道交通线', 'shanghai-municipality-2021.txt', target='172公里'),
        ),
        (
            Example('hailaer-district-2012.txt', '地区生产总值达到240亿元，同比增长21%', 'hailaer-district-2013.txt', target='21%'),
            Example('shanghai-municipality-2020.txt', '新建林地7万亩', 'shanghai-municipality-2021.txt', target='7万亩'),
            Example('hailaer-district-2016.txt', '全面推进退耕还林还草、禁牧休牧等工作，完成3万亩退耕还林工程的补植、管护任务和3000亩重点区域绿化工作任务', 'hailaer-district-2017.txt', target='3万亩'),
        ),
    ),
    'project-stage': (
        (
            Example('hailaer-district-2014.txt', '确保大唐700万吨露天矿一季度完成核准并开工建设', 'hailaer-district-2015.txt', '大唐700万吨露天矿完成项目核准', target='700万吨'),
            Example('hailaer-district-2012.txt', '要加快大唐700万吨露天矿、麦多利10万吨大麦芽二期等项目的推进', 'hailaer-district-2013.txt', '大唐700万吨露天煤矿、400万吨褐煤提质、5万千瓦风电、东电2×35万千瓦热电联产、华润雪花啤酒迁址新建等项目前期工作扎实推进', target='700万吨'),
            Example('hailaer-district-2015.txt', '投资1亿元，启动实施黑羊站水厂改扩建工程', 'hailaer-district-2016.txt', '投资1.15亿元的黑羊站水厂改扩建工程开工建设', target='1亿元'),
            Example('hailaer-district-2015.txt', '完成景观改造26万平方米、沿河5.3公里道路的建设任务', 'hailaer-district-2016.txt', '投资4500万元的伊敏河沿河道路工程实现全线贯通', target='5.3公里'),
        ),
        (
            Example('hailaer-district-2012.txt', '要加快大唐700万吨露天矿、麦多利10万吨大麦芽二期等项目的推进', 'hailaer-district-2013.txt', target='10万吨'),
            Example('gansu-province-2025.txt', '建成投运4个国家区域医疗中心', 'gansu-province-2026.txt', target='4个'),
            Example('shanghai-municipality-2020.txt', '建成10号线二期、15号线、18号线部分区段共67公里轨道交通线', 'shanghai-municipality-2021.txt', target='67公里'),
        ),
    ),
    'sized-project': (
        (
            Example('hailaer-district-2014.txt', '实施黑羊站水厂3万吨扩建项目', 'hailaer-district-2015.txt', target='3万吨'),
            Example('hailaer-district-2015.txt', '确保红星美凯龙5.7万平方米主力店正式运营', 'hailaer-district-2016.txt', target='5.7万平方米'),
            Example('hailaer-district-2012.txt', '要加快大唐700万吨露天矿、麦多利10万吨大麦芽二期等项目的推进', 'hailaer-district-2013.txt', target='10万吨'),
        ),
        (
            Example('hailaer-district-2016.txt', '确保红星美凯龙5.7万平方米主力店正式运营', 'hailaer-district-2017.txt', target='5.7万平方米'),
            Example('gansu-province-2025.txt', '开工建设兰州石化120万吨乙烯改造项目', 'gansu-province-2026.txt', target='120万吨'),
            Example('shaanxi-province-2025.txt', '建成榆能西南70万千瓦热电项目', 'shaanxi-province-2026.txt', target='70万千瓦'),
            Example('national-2022.txt', '坚决守住18亿亩耕地红线', 'national-2023.txt', target='18亿亩'),
        ),
    ),
    'ongoing-set': (
        (
            Example('shandong-province-2025.txt', '加快建设京沪二通道、雄商等6条高铁', 'shandong-province-2026.txt', target='6条'),
            Example('liaoning-province-2025.txt', '加快建设4个万亿级产业基地、22个重点产业集群', 'liaoning-province-2026.txt', target='4个'),
            Example('qinghai-province-2025.txt', '加快建设哇让、同德、南山口、德令哈4座抽水蓄能电站', 'qinghai-province-2026.txt', target='4座'),
            Example('shanghai-municipality-2022.txt', '加快建设10个示范样板区', 'shanghai-municipality-2023.txt', target='10个'),
        ),
        (
            Example('shanghai-municipality-2022.txt', '改造22个易积水小区、11条道路积水点', 'shanghai-municipality-2023.txt', target='22个'),
            Example('beijing-municipality-2025.txt', '继续深化分级诊疗，新建5个紧密型城市医疗集团', 'beijing-municipality-2026.txt', target='5个'),
            Example('guizhou-province-2025.txt', '加快推进11个煤层气、5个页岩气项目建设', 'guizhou-province-2026.txt', target='11个'),
        ),
    ),
    'derive-goal': (
        (
            Example('shanghai-municipality-2022.txt', '再推动1万户农民相对集中居住', 'shanghai-municipality-2023.txt', target='1万户'),
        ),
        (
            Example('hailaer-district-2012.txt', '地区生产总值达到240亿元，同比增长21%', 'hailaer-district-2013.txt', target='21%'),
            Example('shanghai-municipality-2020.txt', '新建林地7万亩', 'shanghai-municipality-2021.txt', target='7万亩'),
        ),
    ),
    'derive-sum': (
        (
            Example('national-2022.txt', '预计全年退税减税约2.5万亿元', 'national-2023.txt', target='2.5万亿元'),
        ),
        (
            Example('hailaer-district-2012.txt', '地区生产总值达到240亿元，同比增长21%', 'hailaer-district-2013.txt', target='21%'),
            Example('shanghai-municipality-2020.txt', '新建林地7万亩', 'shanghai-municipality-2021.txt', target='7万亩'),
        ),
    ),
    'derive-change': (
        (
            Example('hubei-province-2025.txt', '力争新增2—3家地方国企进入中国企业500强', 'hubei-province-2026.txt', target='2—3家'),
            Example('jiangxi-province-2025.txt', '力争新增国家实验室研究基地或网络成员1家、全国重点实验室2家', 'jiangxi-province-2026.txt', target='2家'),
            # the flow word after the measure (面积新增), and a filler word inside last year's name (推广面积)
            Example('jilin-province-2025.txt', '保护性耕作面积新增200万亩', 'jilin-province-2026.txt', target='200万亩'),
        ),
        (
            Example('hailaer-district-2012.txt', '地区生产总值达到240亿元，同比增长21%', 'hailaer-district-2013.txt', target='21%'),
            Example('shanghai-municipality-2020.txt', '新建林地7万亩', 'shanghai-municipality-2021.txt', target='7万亩'),
        ),
    ),
    'derive-growth': (
        (
            Example('hailaer-district-2012.txt', '旅游收入达到38亿元，分别增长20%', 'hailaer-district-2013.txt', target='20%'),
            Example('shanghai-municipality-2022.txt', '全市生产总值增长5.5%左右', 'shanghai-municipality-2023.txt', target='5.5%左右'),
            # the level a five-year review crossed (首次突破700亿元) is year N's
            Example('gansu-province-2025.txt', '外贸进出口总额增长10%左右', 'gansu-province-2026.txt', target='10%左右'),
        ),
        (
            Example('hailaer-district-2012.txt', '地区生产总值达到240亿元，同比增长21%', 'hailaer-district-2013.txt', target='21%'),
            Example('shanghai-municipality-2020.txt', '新建林地7万亩', 'shanghai-municipality-2021.txt', target='7万亩'),
        ),
    ),
    'derive-grew': (
        (
            Example('fujian-province-2025.txt', '粮食产量511万吨以上', 'fujian-province-2026.txt', target='511万吨以上'),
            # a year's addition to the measure says it grew
            Example('heilongjiang-province-2025.txt', '绿色有机食品基地面积稳定在1亿亩以上', 'heilongjiang-province-2026.txt', target='1亿亩以上'),
        ),
        (
            Example('hailaer-district-2012.txt', '地区生产总值达到240亿元，同比增长21%', 'hailaer-district-2013.txt', target='21%'),
            Example('shanghai-municipality-2020.txt', '新建林地7万亩', 'shanghai-municipality-2021.txt', target='7万亩'),
        ),
    ),
    'derive-running-total': (
        (
            Example('beijing-municipality-2025.txt', '增加1万个错时共享停车位，实现7000处信号灯联网', 'beijing-municipality-2026.txt', target='7000处'),
        ),
        (
            Example('beijing-municipality-2025.txt', '实现7000处信号灯联网，新增200处重点路口智能调控', 'beijing-municipality-2026.txt', target='200处'),
            Example('jilin-province-2025.txt', '粮食产量880亿斤以上', 'jilin-province-2026.txt', target='880亿斤以上'),
        ),
    ),
    'derive-current-level': (
        (
            Example('national-2014.txt', '城乡居民基本医保财政补助标准提高到人均320元', 'national-2015.txt', target='320元'),
            Example('national-2014.txt', '人均基本公共卫生服务经费补助标准增加到35元', 'national-2015.txt', target='35元'),
            Example('national-2012.txt', '城镇居民医保和新农合补助标准提高到每人每年240元', 'national-2013.txt', target='240元'),
        ),
        (
            Example('national-2021.txt', '延续执行企业研发费用加计扣除75%政策', 'national-2022.txt', target='75%'),
            Example('national-2014.txt', '今年拟安排财政赤字13500亿元', 'national-2015.txt', target='13500亿元'),
            Example('xizang-province-2025.txt', '新建和改造高标准农田20万亩', 'xizang-province-2026.txt', target='20万亩'),
        ),
    ),
    'derive-plan-share': (
        (
            Example('jiangxi-province-2025.txt', '城镇新增就业41万人', 'jiangxi-province-2026.txt', target='41万人'),
            Example('jiangxi-province-2025.txt', '新增发放创业担保贷款160亿元', 'jiangxi-province-2026.txt', target='160亿元'),
        ),
        (
            Example('jiangxi-province-2025.txt', '城镇调查失业率5.5%左右', 'jiangxi-province-2026.txt', target='5.5%左右'),
            Example('neimenggu-province-2025.txt', '城镇新增就业18万人以上', 'neimenggu-province-2026.txt', target='18万人以上'),
        ),
    ),
    'derive-period-total': (
        (
            Example('tianjin-municipality-2025.txt', '新建提升标准化菜市场9个，建成20个高质量城市一刻钟便民生活圈', 'tianjin-municipality-2026.txt', target='20个'),
            Example('hainan-province-2025.txt', '新增和美乡村200个', 'hainan-province-2026.txt', target='200个'),
        ),
        (
            Example('hebei-province-2025.txt', '完成营造林600万亩', 'hebei-province-2026.txt', target='600万亩'),
            Example('shanghai-municipality-2022.txt', '完成既有多层住宅加装电梯2000台以上', 'shanghai-municipality-2023.txt', target='2000台以上'),
        ),
    ),
    'derive-last-year': (
        (
            Example('national-2013.txt', '今年拟安排财政赤字1.2万亿元', 'national-2014.txt', target='1.2万亿元'),
            Example('national-2014.txt', '今年拟安排财政赤字13500亿元', 'national-2015.txt', target='13500亿元'),
            Example('national-2012.txt', '今年拟安排财政赤字8000亿元', 'national-2013.txt', target='8000亿元'),
        ),
        (
            Example('national-2014.txt', '但赤字率稳定在2.1%', 'national-2015.txt', target='2.1%'),
            Example('anhui-province-2025.txt', '城镇新增就业68万人左右', 'anhui-province-2026.txt', target='68万人左右'),
        ),
    ),
    'derive-level-change': (
        (
            Example('national-2013.txt', '比去年预算增加4000亿元', 'national-2014.txt', target='4000亿元'),
            Example('national-2014.txt', '今年拟安排财政赤字13500亿元，比上年增加1500亿元', 'national-2015.txt', target='1500亿元'),
        ),
        (
            # a level, and an addition, with no change over last year after a level in their sentences
            Example('national-2012.txt', '今年拟安排财政赤字8000亿元', 'national-2013.txt', target='8000亿元'),
            Example('anhui-province-2025.txt', '城镇新增就业68万人左右', 'anhui-province-2026.txt', target='68万人左右'),
        ),
    ),
    'milestone': (
        (
        ),
        (
        ),
    ),
}
# fmt: on
