package io.github.zhibiao.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibiao.Place;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names, short names, former names and the document-context rule. */
class GazetteerTest {
  private static final Gazetteer G = Gazetteer.standard();

  @Test
  void find_seedSentence_fullNamesLongestMatch() {
    String text = "自2021年以来，浙江省金华市婺城区与四川省甘孜藏族自治州道孚县两地同心同德";
    assertThat(Mentions.of(text))
        .containsExactly(
            "浙江省=330000", "金华市=330700", "婺城区=330702", "四川省=510000", "甘孜藏族自治州=513300", "道孚县=513326");
    PlaceMention wucheng = G.find(text).get(2);
    assertThat(wucheng.place())
        .isEqualTo(new Place("婺城区", "330702", Place.Level.COUNTY, "浙江", "330000"));
    assertThat(text.substring(wucheng.start(), wucheng.end())).isEqualTo("婺城区");
  }

  @Test
  void find_seedSentence_shortCountyNamesLaterInTheText() {
    String text = "自2021年以来，浙江省金华市婺城区与四川省甘孜藏族自治州道孚县两地同心同德。" + "三年来，婺城累计向道孚选派干部46名，婺城企业在道孚投资1.2亿元。";
    assertThat(Mentions.of(text)).endsWith("婺城=330702", "道孚=513326", "婺城=330702", "道孚=513326");
    List<PlaceMention> all = G.find(text);
    PlaceMention daofu = all.get(all.size() - 1);
    assertThat(daofu.place().name()).isEqualTo("道孚县");
    assertThat(daofu.place().province()).isEqualTo("四川");
  }

  /** Short county names need the county in full or its prefecture: 婺城 alone is not enough. */
  @Test
  void find_shortCountyName_needsContext() {
    assertThat(Mentions.of("婺城企业到道孚投资")).isEmpty();
    // The prefecture is enough: 甘孜 names the prefecture of 道孚.
    assertThat(Mentions.of("甘孜的道孚")).containsExactly("甘孜=513300", "道孚=513326");
    // So is 金华市 for 婺城.
    assertThat(Mentions.of("金华市的婺城")).containsExactly("金华市=330700", "婺城=330702");
    // The province alone is not: 资源县 is in 广西, and 资源 is an ordinary word there too.
    assertThat(Mentions.of("广西矿产资源丰富")).containsExactly("广西=450000");
    // For a district of a municipality, the municipality is its prefecture.
    assertThat(Mentions.of("上海浦东")).containsExactly("上海=310000", "浦东=310115");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // surface, official name, code, level, province, province code
    "大连市, 大连市, 210200, PREFECTURE, 辽宁, 210000",
    "大连, 大连市, 210200, PREFECTURE, 辽宁, 210000",
    "延边朝鲜族自治州, 延边朝鲜族自治州, 222400, PREFECTURE, 吉林, 220000",
    "延边州, 延边朝鲜族自治州, 222400, PREFECTURE, 吉林, 220000",
    "延边, 延边朝鲜族自治州, 222400, PREFECTURE, 吉林, 220000",
    "甘孜州, 甘孜藏族自治州, 513300, PREFECTURE, 四川, 510000",
    "甘孜, 甘孜藏族自治州, 513300, PREFECTURE, 四川, 510000",
    "黔东南苗族侗族自治州, 黔东南苗族侗族自治州, 522600, PREFECTURE, 贵州, 520000",
    "黔东南州, 黔东南苗族侗族自治州, 522600, PREFECTURE, 贵州, 520000",
    "黔东南, 黔东南苗族侗族自治州, 522600, PREFECTURE, 贵州, 520000",
    "大兴安岭地区, 大兴安岭地区, 232700, PREFECTURE, 黑龙江, 230000",
    "大兴安岭, 大兴安岭地区, 232700, PREFECTURE, 黑龙江, 230000",
    "阿拉善盟, 阿拉善盟, 152900, PREFECTURE, 内蒙古, 150000",
    "阿拉善, 阿拉善盟, 152900, PREFECTURE, 内蒙古, 150000",
    "湘西州, 湘西土家族苗族自治州, 433100, PREFECTURE, 湖南, 430000",
    "博尔塔拉, 博尔塔拉蒙古自治州, 652700, PREFECTURE, 新疆, 650000",
    "婺城区, 婺城区, 330702, COUNTY, 浙江, 330000",
    "道孚县, 道孚县, 513326, COUNTY, 四川, 510000",
    "浦东新区, 浦东新区, 310115, COUNTY, 上海, 310000",
    "务川仡佬族苗族自治县, 务川仡佬族苗族自治县, 520326, COUNTY, 贵州, 520000",
    "务川县, 务川仡佬族苗族自治县, 520326, COUNTY, 贵州, 520000",
    "鄂温克族自治旗, 鄂温克族自治旗, 150724, COUNTY, 内蒙古, 150000",
    "鄂温克旗, 鄂温克族自治旗, 150724, COUNTY, 内蒙古, 150000",
    "莫力达瓦达斡尔族自治旗, 莫力达瓦达斡尔族自治旗, 150722, COUNTY, 内蒙古, 150000",
    "积石山保安族东乡族撒拉族自治县, 积石山保安族东乡族撒拉族自治县, 622927, COUNTY, 甘肃, 620000",
    "龙胜各族自治县, 龙胜各族自治县, 450328, COUNTY, 广西, 450000",
    "神农架林区, 神农架林区, 429021, COUNTY, 湖北, 420000",
  })
  void find_prefecturesAndCounties(
      String surface, String name, String code, Place.Level level, String province, String pc) {
    String text = "近日，" + surface + "召开会议";
    List<PlaceMention> found = G.find(text);
    assertThat(Mentions.of(text)).containsExactly(surface + "=" + code);
    assertThat(found.get(0).place()).isEqualTo(new Place(name, code, level, province, pc));
    assertThat(G.lookup(surface)).contains(found.get(0).place());
  }

  /** Short county names with their context: the prefecture is named in the same text. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "遵义市务川, 务川, 520326",
    "呼伦贝尔鄂温克旗, 鄂温克旗, 150724",
    "湖北神农架, 神农架, 429021",
    "桂林龙胜, 龙胜, 450328",
  })
  void find_shortCountyNames_withPrefecture(String text, String surface, String code) {
    assertThat(Mentions.of(text)).endsWith(surface + "=" + code);
  }

  /** Former names keep their code and map to today's province. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "思茅, 云南, 530000",
    "思茅地区, 云南, 530000",
    "思茅市, 云南, 530000",
    "巢湖地区, 安徽, 340000",
    "巢湖, 安徽, 340000",
    "崇文区, 北京, 110000",
    "宣武区, 北京, 110000",
    "涪陵地区, 重庆, 500000",
    "万县地区, 重庆, 500000",
    "海南行政区, 海南, 460000",
    "襄樊市, 湖北, 420000",
  })
  void find_historicNames_mapToTodaysProvince(String surface, String province, String code) {
    String text = "当年" + surface + "的工业产值";
    List<PlaceMention> found = G.find(text);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).place().province()).isEqualTo(province);
    assertThat(found.get(0).place().provinceCode()).isEqualTo(code);
    assertThat(G.lookup(surface).map(Place::province)).contains(province);
  }

  @Test
  void find_historicNames_codes() {
    assertThat(Mentions.of("崇文区")).containsExactly("崇文区=110103");
    assertThat(Mentions.of("思茅地区")).containsExactly("思茅地区=532700");
    // 巢湖市 written in full is today's county-level city of 合肥, not the former prefecture.
    assertThat(Mentions.of("巢湖市")).containsExactly("巢湖市=340181");
    assertThat(G.lookup("思茅").map(Place::name)).contains("思茅市");
  }

  @Test
  void find_suffixStartsAWord_readsTheShortName() {
    // 上海市场 is 上海 + 市场, 海南区域 is 海南 + 区域 (not 海南区 of Wuhai), 城乡和县域 has no 和县.
    assertThat(Mentions.of("上海市场规模")).containsExactly("上海=310000");
    assertThat(Mentions.of("海南区域协调发展")).containsExactly("海南=460000");
    assertThat(Mentions.of("马鞍山市推动城乡和县域经济")).containsExactly("马鞍山市=340500");
    assertThat(Mentions.of("上海市市场监管局")).containsExactly("上海市=310000");
  }

  @Test
  void find_bankNamesAreNotPlaces() {
    // a bank named for its city or province: its profit and loans are the bank's, not the place's
    assertThat(Mentions.of("北京银行净利润增长")).isEmpty();
    assertThat(Mentions.of("江苏银行、南京银行和重庆农村商业银行")).isEmpty();
    assertThat(Mentions.of("北京农商银行贷款")).isEmpty();
    assertThat(Mentions.of("浙江农商联合银行")).isEmpty();
    assertThat(Mentions.of("上海浦东发展银行净利润")).isEmpty();
    assertThat(Mentions.of("广东发展银行上半年实现营收")).isEmpty();
    // the place's banks, its banking sector and their regulator are the place's
    assertThat(Mentions.of("北京银行业金融机构")).containsExactly("北京=110000");
    assertThat(Mentions.of("广东银行机构存款")).containsExactly("广东=440000");
    assertThat(Mentions.of("北京银行保险监督管理局")).containsExactly("北京=110000");
    // a place before 银行 that names no bank is the place's banks (浙江银行存款: 浙江's, not 江苏's)
    assertThat(Mentions.of("江苏、浙江银行存款余额")).containsExactly("江苏=320000", "浙江=330000");
    assertThat(Mentions.of("广东银行类金融机构")).containsExactly("广东=440000");
    assertThat(Mentions.of("江苏银行、保险机构")).containsExactly("江苏=320000");
    assertThat(Mentions.of("江西省农商银行系统")).containsExactly("江西省=360000");
    // and a branch of a national bank is in its place
    assertThat(Mentions.of("中国银行北京分行")).containsExactly("北京=110000");
  }

  @Test
  void find_twoCharacterCountyName_needsContextAndABoundary() {
    // 马鞍山市和县: 和县 follows its prefecture.
    assertThat(Mentions.of("马鞍山市和县")).containsExactly("马鞍山市=340500", "和县=340523");
    // 提高县级 is not 高县 (Yibin), even in a text about 宜宾.
    assertThat(Mentions.of("宜宾市提高县级财力")).containsExactly("宜宾市=511500");
    // 和县 alone has no support.
    assertThat(Mentions.of("和县")).isEmpty();
  }

  @Test
  void find_shortNameGivesWayToAFullNameThatStartsInside() {
    // 合江 was a prefecture of Heilongjiang until 1985; here it is 联合 + 江西省.
    assertThat(Mentions.of("国控公司联合江西省财政")).containsExactly("江西省=360000");
  }

  @Test
  void find_regionGroupsAreNotPlaces() {
    assertThat(Mentions.of("全国、中西部、长三角、大湾区、珠三角、东北地区")).isEmpty();
  }

  @Test
  void lookup_variantsAndUnknown() {
    assertThat(G.lookup("延边").map(Place::code)).contains("222400");
    assertThat(G.lookup("合作").map(Place::name)).contains("合作市");
    assertThat(G.lookup("婺城").map(Place::code)).contains("330702");
    assertThat(G.lookup("火星")).isEmpty();
    assertThat(G.lookup("")).isEmpty();
    assertThat(G.lookup("京")).isEmpty();
  }

  @Test
  void nullArguments() {
    assertThatThrownBy(() -> G.find(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> G.lookup(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> G.province(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void prefecture_todaysDivisionByTheFirstFourDigits() {
    assertThat(G.prefecture("520102")).map(io.github.zhibiao.Place::name).contains("贵阳市");
    assertThat(G.prefecture("520100")).map(io.github.zhibiao.Place::name).contains("贵阳市");
    // a former name's code: today's division (思茅 is 普洱 since 2007)
    assertThat(G.prefecture("530802")).map(io.github.zhibiao.Place::name).contains("普洱市");
    // a municipality's district, a county-level city under its province, an abolished prefecture
    assertThat(G.prefecture("110101")).isEmpty();
    assertThat(G.prefecture("429004")).isEmpty();
    assertThat(G.prefecture("341400")).isEmpty();
    assertThat(G.prefecture("52")).isEmpty();
    assertThatThrownBy(() -> G.prefecture(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void standard_isShared() {
    assertThat(Gazetteer.standard()).isSameAs(G);
  }

  @Test
  void find_acceptsAnyCharSequence() {
    StringBuilder sb = new StringBuilder("在大连市");
    assertThat(G.find(sb)).extracting(m -> m.place().code()).containsExactly("210200");
  }

  @Test
  void placeMention_preconditions() {
    Place p = G.province("北京").orElseThrow();
    assertThatThrownBy(() -> new PlaceMention(-1, 1, p, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PlaceMention(2, 2, p, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PlaceMention(0, 1, null, false))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void place_preconditions() {
    assertThatThrownBy(() -> new Place("北京市", "11", Place.Level.PROVINCE, "北京", "110000"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Place("北京市", "110000", Place.Level.PROVINCE, "北京", "110100"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Place(null, "110000", Place.Level.PROVINCE, "北京", "110000"))
        .isInstanceOf(NullPointerException.class);
  }
}
