package io.github.zhibiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which province and place a figure belongs to, following the document's structure. */
class AttributionTest {
  private static final Zhibiao ZHIBIAO = Zhibiao.create();

  private static Indicator only(String text) {
    List<Indicator> found = ZHIBIAO.findIndicators(text);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void theMostSpecificPlaceInTheSentence() {
    Indicator i = only("前三季度，大连市战略性新兴产业实现增加值335.5亿元。");
    assertThat(i.province()).isEqualTo("辽宁");
    assertThat(i.provinceCode()).isEqualTo("210000");
    assertThat(i.place().name()).isEqualTo("大连市");
  }

  @Test
  void theParagraphWhenTheSentenceNamesNone() {
    List<Indicator> found = ZHIBIAO.findIndicators("海南省举行项目集中开工活动。全省共集中开工项目100个、总投资298亿元。");
    assertThat(found).extracting(Indicator::province).containsExactly("海南", "海南");
  }

  @Test
  void theSectionHeadline_inTheStyleOfWeeklyRoundups() {
    String text = "广西：重大项目集中开工\n\n日前，本次集中开工的项目共439项，总投资约2262亿元。\n\n"
        + "辽宁：智能制造项目签约\n\n签约项目总投资超百亿元。\n";
    assertThat(ZHIBIAO.findIndicators(text)).extracting(Indicator::province)
        .containsExactly("广西", "广西", "辽宁");
  }

  @Test
  void aTableOfContentsOpensNoSection() {
    // seed 000: headlines listed first, bullets after; the last entry must not own every bullet
    String text = "山西：发布混改项目\n\n上海：出台融资租赁措施\n\n安徽：稻渔工程实施\n\n"
        + "●日前，有关部门公布新一批名单，合计12个。\n";
    assertThat(only(text).province()).isNull();
  }

  @Test
  void placeNamesInsideCommonPhrasesAreNotPlaces() {
    // 惠民 (惠民县, Shandong), 安康 (安康市, Shaanxi), 保定 (保定市, Hebei) inside ordinary phrases
    assertThat(only("四川：稳增长惠民生\n\n今年以来，全省坚持稳增长、惠民生，上半年完成固定资产投资1.2万亿元。")
        .province()).isEqualTo("四川");
    assertThat(only("湖南省今年安排惠民资金300亿元。").province()).isEqualTo("湖南");
    assertThat(only("陕西：祝愿幸福安康\n\n全省完成投资50亿元，确保定期完工。").province()).isEqualTo("陕西");
    // 增城市, 江门市, 保山市 across a word boundary (a review found them all)
    assertThat(only("今年全市新增城市绿地120公顷。").place()).isNull();
    assertThat(only("打造长江门户枢纽，港口吞吐量达到2.1亿吨。").place()).isNull();
    assertThat(only("确保山区群众饮水安全，投入资金3.2亿元。").place()).isNull();
    assertThat(only("确保山东全年增长6%。").province()).isEqualTo("山东");
    // the full names still win
    assertThat(only("保山市确保山区投入3亿元。").place().name()).isEqualTo("保山市");
    assertThat(only("山东省惠民县完成投资30亿元。").place().name()).isEqualTo("惠民县");
    assertThat(only("陕西省安康市完成投资50亿元。").place().name()).isEqualTo("安康市");
  }

  @Test
  void theWholeCountryBelongsToNoProvince() {
    assertThat(only("广东省召开会议。全国共有高新技术企业18万家。").province()).isNull();
    assertThat(only("我国外贸进出口同比增长9.9%。").province()).isNull();
  }

  @Test
  void aShareOfTheNationalTotalStillBelongsToItsProvince() {
    List<Indicator> found = ZHIBIAO.findIndicators(
        "2017年，青海全省藏医药工业总产值达26亿元，占全国藏医药工业总产值的44％。");
    assertThat(found).extracting(Indicator::province).containsExactly("青海", "青海");
  }

  @Test
  void severalProvincesTogetherGiveNone() {
    assertThat(only("广东、广西两地合作项目总投资50亿元。").province()).isNull();
  }

  @Test
  void placesOfOneProvinceTogether_giveTheProvince_notTheNearestCity() {
    Indicator i = only("广州、深圳开工项目总投资1400亿元。");
    assertThat(i.place().name()).isEqualTo("广东省");
    assertThat(i.province()).isEqualTo("广东");
    assertThat(only("广州市与深圳市签署协议，投资800亿元。").place().name()).isEqualTo("广东省");
    // counter-example: one place written with its province
    assertThat(only("广东省广州市投资800亿元。").place().name()).isEqualTo("广州市");
    // districts of one city without it: the province (北京's districts: the municipality)
    assertThat(only("东城区、西城区投资800亿元。").place().name()).isEqualTo("北京市");
    // a member that holds the others
    assertThat(only("贯穿该市观山湖区、云岩区、南明区及贵阳国家经开区，首通段13公里。").place().name())
        .isEqualTo("贵阳市");
    // the city written before the first district, or not written
    assertThat(only("长春市朝阳区、南关区投资增长5%。").place().name()).isEqualTo("长春市");
    assertThat(only("南明区、云岩区投资增长5%。").place().name()).isEqualTo("贵阳市");
    // two provinces in the list: none, a province among the members or not
    assertThat(only("广州、深圳、南宁投资800亿元。").place()).isNull();
    assertThat(only("广州、广东、广西投资800亿元。").place()).isNull();
  }

  private static List<String> places(String text) {
    return ZHIBIAO.findIndicators(text).stream()
        .map(i -> i.place() == null ? "-" : i.place().name()).toList();
  }

  @Test
  void respectively_eachFigureOfTheListHasItsOwnPlace() {
    assertThat(places("广东、广西开工项目总投资分别为800亿元、600亿元。")).containsExactly("广东省", "广西壮族自治区");
    assertThat(places("广东和广西开工项目总投资分别为800亿元和600亿元。")).containsExactly("广东省", "广西壮族自治区");
    assertThat(places("广东省广州、深圳开工项目总投资分别为800亿元、600亿元。")).containsExactly("广州市", "深圳市");
    assertThat(places("广东省广州市、深圳市投资分别为800亿元、600亿元。")).containsExactly("广州市", "深圳市");
    // a list of periods before the places: 分别 reads the places, nearer to it (连续两年, a streak, is
    // no indicator)
    assertThat(places("2022年、2023年连续两年，南昌市、九江市分别获得省级奖励资金5000万元、3000万元。"))
        .containsExactly("南昌市", "九江市");
    // districts after their province and city (both went to 深圳)
    assertThat(places("广东省深圳市南山区、福田区分别新增市场主体3.2万户、2.8万户。"))
        .containsExactly("南山区", "福田区");
    assertThat(places("川渝两地投资分别为800亿元、600亿元。")).containsExactly("四川省", "重庆市");
    assertThat(places("广州、深圳两市投资分别增长5%和6%。")).containsExactly("广州市", "深圳市");
    // a later list in the sentence reads the same places
    assertThat(places("广东、广西分别完成投资800亿元、600亿元，同比增长5%、6%。"))
        .containsExactly("广东省", "广西壮族自治区", "广东省", "广西壮族自治区");
    assertThat(places("广东、广西分别完成投资800亿元、600亿元，其中广州、深圳分别为300亿元、200亿元。"))
        .containsExactly("广东省", "广西壮族自治区", "广州市", "深圳市");
    // levels of one metric in two places, then 分别 over them: each rate its level's place (both
    // were 广西's, the place nearest before them)
    assertThat(places("上半年，广东GDP为8000亿元，广西GDP为3000亿元，分别增长5%和4%。"))
        .containsExactly("广东省", "广西壮族自治区", "广东省", "广西壮族自治区");
  }

  @Test
  void twoCitiesWrittenTogetherAreBoth() {
    // 宁波舟山港: the port of both cities, so their province (it was 舟山 alone); a city and its
    // county, or a province and its city, are one place
    assertThat(places("1-5月，宁波舟山港完成货物吞吐量5.86亿吨。")).containsExactly("浙江省");
    assertThat(places("苏州昆山GDP达5000亿元。")).containsExactly("昆山市");
    assertThat(places("浙江宁波GDP达1.6万亿元。")).containsExactly("宁波市");
  }

  @Test
  void respectively_eachFigureTakesItsLevelsPeriod() {
    // 2023年…5000亿元，2022年为4700亿元，分别增长5%和4%: 5% is 2023's (both were 2022's)
    List<String> periods = ZHIBIAO.findIndicators("2023年全市GDP为5000亿元，2022年为4700亿元，分别增长5%和4%。")
        .stream().map(i -> i.period().text()).toList();
    assertThat(periods).containsExactly("2023年", "2022年", "2023年", "2022年");
    // one period for both levels: the rates keep it
    periods = ZHIBIAO.findIndicators("2023年，全市GDP为5000亿元，全省GDP为4.7万亿元，分别增长5%和4%。")
        .stream().map(i -> i.period().text()).toList();
    assertThat(periods).containsExactly("2023年", "2023年", "2023年", "2023年");
  }

  @Test
  void respectively_onlyWhenTheListsMatch() {
    // no 分别: together, so none (two provinces) or the province (one)
    assertThat(places("广东、广西开工项目总投资800亿元、600亿元。")).containsExactly("-", "-");
    assertThat(places("广东、广西完成投资800亿元，同比增长5%、6%。")).containsExactly("-", "-", "-");
    // three places, two figures; two figures, three places
    assertThat(places("广东、广西、海南分别为800亿元、600亿元。")).containsExactly("-", "-");
    assertThat(places("广东、广西分别完成投资800亿元、600亿元、500亿元。")).containsExactly("-", "-", "-");
    // 分别 is 投资 and 消费, listed between: both cities together
    assertThat(places("广州、深圳的投资和消费分别为800亿元、600亿元。")).containsExactly("广东省", "广东省");
    // the places are not the subject: partners, sources, bases of a comparison
    assertThat(places("广东对香港、澳门出口分别为800亿元、600亿元。")).containsExactly("广东省", "广东省");
    assertThat(places("广东实际利用香港、澳门投资分别为800亿元、200亿元。")).containsExactly("广东省", "广东省");
    assertThat(places("广州引进北京、上海企业，投资分别为800亿元、600亿元。")).containsExactly("广州市", "广州市");
    assertThat(places("广东投资增速比广西、海南分别高2个百分点、3个百分点。")).containsExactly("广东省", "广东省");
    assertThat(places("广东投资总量超过广西、海南，分别多出800亿元、600亿元。")).containsExactly("广东省", "广东省");
    assertThat(places("来自北京、上海的投资分别为800亿元、600亿元，落户广州。")).containsExactly("-", "-");
    // a later 分别 of parts after 其中, and 分 别 inside 部分别墅
    assertThat(places("广东、广西分别完成投资800亿元、600亿元，其中民间投资和国有投资分别为500亿元、300亿元。"))
        .containsExactly("广东省", "广西壮族自治区", "-", "-");
    assertThat(places("广东、广西部分别墅项目投资800亿元、600亿元。")).containsExactly("-", "-");
    // a period opens the clause before the list
    assertThat(places("今年以来，广东、广西开工项目总投资分别为800亿元、600亿元。"))
        .containsExactly("广东省", "广西壮族自治区");
  }

  @Test
  void aPlaceInsideAQuotedNameIsNotTheFiguresPlace() {
    Indicator i = only("日前，广西百色市举行“深百产业园”开工仪式。该园区承担着“深圳小镇”移民安置任务，可吸纳1万人就业。");
    assertThat(i.province()).isEqualTo("广西");
  }

  @Test
  void theFigureBelongsToWhereItHappens_notToTheInvestor() {
    Indicator i = only("浙江省金华市婺城区与四川省甘孜藏族自治州道孚县结对。婺城区全额投资建设道孚县金茶花幼儿园，总投资800万元。");
    assertThat(i.province()).isEqualTo("四川");
    assertThat(i.place().name()).isEqualTo("道孚县");
  }

  @Test
  void theVenueOfAnEvent_isNotWhoseFiguresTheyAre() {
    List<Indicator> all = ZHIBIAO.findIndicators("成都市在深圳举办投资推介会，现场签约项目32个，总投资560亿元。");
    assertThat(all).hasSize(2).extracting(i -> i.place().name()).containsOnly("成都市");
    assertThat(only("江西省赴上海参加进博会，意向采购金额达50亿元。").province()).isEqualTo("江西");
    // counter-examples: no event, the money goes there; no place before the venue
    assertThat(only("企业在深圳投资100亿元。").place().name()).isEqualTo("深圳市");
    assertThat(only("在深圳举办的推介会上，总投资560亿元。").place().name()).isEqualTo("深圳市");
  }

  @Test
  void 全省_refersToTheProvinceNamedJustBefore() {
    String text = "●日前，安徽省农委召开现场会部署稻渔综合种养工程。\n到2022年，全省稻渔综合种养面积达到600万亩。\n";
    Indicator i = ZHIBIAO.findIndicators(text).get(0);
    assertThat(i.province()).isEqualTo("安徽");
    assertThat(i.status()).isEqualTo(Status.TARGET);
  }

  @Test
  void aDatelineNamesTheDesk_notThePlaceOfTheFigures() {
    // 新华社北京…电 opens every national release: its figures are not Beijing's
    List<Indicator> national = ZHIBIAO.findIndicators(
        "新华社北京12月3日电 国家统计局3日发布数据显示，1-10月全国固定资产投资42.8万亿元，同比增长3.4%。");
    assertThat(national).hasSize(2).extracting(Indicator::province).containsOnlyNulls();
    assertThat(national.get(0).metric()).isEqualTo("固定资产投资");
    assertThat(only("新华社北京12月3日电（记者王希）前三季度，规模以上工业增加值同比增长5.8%。").province())
        .isNull();
    assertThat(only("中新社上海电 前三季度，规模以上工业增加值同比增长5.8%。").province()).isNull();
    // a place in the body still counts, and the dateline stays out of the metric
    Indicator beijing = only("本报北京12月3日电 北京市今年前三季度地区生产总值3.2万亿元。");
    assertThat(beijing.province()).isEqualTo("北京");
    assertThat(beijing.metric()).isEqualTo("地区生产总值");
    // 全区 still refers to the place of the dateline, the only one named
    assertThat(only("新华社南宁12月3日电 前三季度，全区固定资产投资同比增长5%。").province())
        .isEqualTo("广西");
    // 全省 and 全区 name the province, not the city of the dateline or the sentence
    assertThat(only("新华社广州12月3日电 全省前三季度GDP增长5%。").place().name()).isEqualTo("广东省");
    assertThat(only("新华社南宁12月3日电 全区前三季度GDP增长5%。").place().name())
        .isEqualTo("广西壮族自治区");
    assertThat(only("广州市今年投资大增，全省前三季度投资增长5%。").place().name()).isEqualTo("广东省");
    // a report's 全省 opens its clause: 广州海关 reports Guangdong's trade
    assertThat(only("广州海关数据显示全省外贸进出口增长10%。").province()).isEqualTo("广东");
    // counter-examples: 全省 as a whole, a rank or a base leaves the city's figure the city's
    assertThat(only("苏州市进出口总额占全省的52%。").place().name()).isEqualTo("苏州市");
    assertThat(only("深圳市GDP增速居全省第一，增长6.5%。").place().name()).isEqualTo("深圳市");
    assertThat(ZHIBIAO.findIndicators("广州市上半年GDP增长3.9%，比全省平均水平低0.2个百分点。"))
        .extracting(i -> i.place().name()).containsOnly("广州市");
    // counter-examples: 全市 is the city, 全区 after a district the district
    assertThat(only("广州今年投资大增。全市前三季度投资增长5%。").place().name()).isEqualTo("广州市");
    assertThat(only("婺城区今年投资大增。全区前三季度投资增长5%。").place().name()).isEqualTo("婺城区");
    // counter-example: not a dateline, the place is the figure's
    assertThat(only("北京12月3日电网负荷创新高，达2000万千瓦。").province()).isEqualTo("北京");
  }

  @Test
  void nationalAndInternationalBodiesNamedAfterAPlace_areNotIt() {
    assertThat(only("上海合作组织成员国贸易额增长10%。").place()).isNull();
    assertThat(only("深圳证券交易所股票成交额增长20%。").place()).isNull();
    // counter-examples: the city itself, and a bank's sector of the city
    assertThat(only("上海市投资增长5%。").province()).isEqualTo("上海");
    assertThat(only("北京银行业贷款余额增长8%。").province()).isEqualTo("北京");
  }

  @Test
  void noPlaceAtAll() {
    assertThat(only("项目总投资100亿元。").place()).isNull();
  }
}
