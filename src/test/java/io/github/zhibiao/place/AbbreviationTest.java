package io.github.zhibiao.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One-character province abbreviations: only inside compounds, never in ordinary words. */
class AbbreviationTest {
  private static final Gazetteer G = Gazetteer.standard();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // text | expected mentions
        "推动京津冀协同发展 | 京^110000 津^120000 冀^130000",
        "川渝两地共建 | 川^510000 渝^500000",
        "建设渝黔合作先行示范区 | 渝^500000 黔^520000",
        "苏浙沪三地 | 苏^320000 浙^330000 沪^310000",
        "江浙沪地区 | 江^320000 浙^330000 沪^310000",
        "融入粤港澳大湾区 | 粤^440000 港^810000 澳^820000",
        "港澳台同胞 | 港^810000 澳^820000 台^710000",
        "港珠澳大桥 | 港^810000 澳^820000",
        "实施黔电送粤工程 | 黔^520000 粤^440000",
        "推动宁电入湘 | 宁^640000 湘^430000",
        "推动黔煤入渝 | 黔^520000 渝^500000",
        "青藏高原生态 | 青^630000 藏^540000",
        "云贵高原 | 云^530000 贵^520000",
        "东北黑吉辽三省 | 黑^230000 吉^220000 辽^210000",
        "陕甘宁革命老区 | 陕^610000 甘^620000 宁^640000",
        "打造川滇黔物流大通道 | 川^510000 滇^530000 黔^520000",
        "川藏铁路拉林段 | 川^510000 藏^540000",
        "冀鲁豫三省交界 | 冀^130000 鲁^370000 豫^410000",
        "湘赣边区 | 湘^430000 赣^360000",
        "加强黔川精品生态旅游 | 黔^520000 川^510000",
        "闽台合作 | 闽^350000 台^710000",
        "创新京津冀协同机制 | 京^110000 津^120000 冀^130000",
        "渝贵新高铁 | 渝^500000 贵^520000",
      })
  void find_compounds(String text, String expected) {
    assertThat(Mentions.of(text)).containsExactly(expected.split(" "));
    for (PlaceMention m : G.find(text)) {
      assertThat(m.abbreviation()).isTrue();
      assertThat(m.end() - m.start()).isEqualTo(1);
    }
  }

  @Test
  void find_abbreviationsAndNamesTogether() {
    assertThat(Mentions.of("辽吉黑龙江")).containsExactly("辽^210000", "吉^220000", "黑龙江=230000");
    assertThat(Mentions.of("深化川渝合作，四川省与重庆市"))
        .containsExactly("川^510000", "渝^500000", "四川省=510000", "重庆市=500000");
  }

  /** The abbreviations name their provinces as context for other names in the text. */
  @Test
  void find_abbreviationsAreContextForAmbiguousNames() {
    // 川渝 names Sichuan and Chongqing; 江北 would be Chongqing's or Ningbo's 江北区 — but
    // 江北 is an ordinary word too, so it stays out; 鼓楼区 (full) is chosen by 闽台's 闽.
    assertThat(Mentions.of("闽台合作，鼓楼区")).endsWith("鼓楼区=350102");
  }

  /**
   * Ordinary words and sentences of economic news with abbreviation characters in them: none of
   * them may give an abbreviation mention. Real names inside them (甘肃省, 湘江 is not one) are allowed,
   * and checked in {@link #find_ordinaryWords_namesInsideAreStillFound}.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "新增投资1.2亿元",
        "新增贷款",
        "宁可少而精",
        "青年创业",
        "云计算中心",
        "黑色金属冶炼",
        "黑土地保护",
        "吉祥如意",
        "鲁莽行事",
        "甘心情愿",
        "秦朝的郡县制",
        "新能源汽车产量增长",
        "辽阔的草原",
        "宁静的乡村",
        "湘江新区",
        "新青年",
        "新京报记者",
        "藏青色",
        "秦晋之好",
        "澳新自贸协定",
        "苏宁易购",
        "沪宁高速公路",
        "宁杭高铁",
        "经济复苏新动能",
        "创新驱动发展",
        "推动更新改造",
        "晋升为一级",
        "川流不息",
        "贵在坚持",
        "云台山景区",
        "新台阶",
        "台风过境",
        "港口吞吐量",
        "澳洲铁矿石",
        "蒙古国",
        "中蒙俄经济走廊",
        "京东集团",
        "青春",
        "黑龙",
        "粤语",
        "闽南话",
        "赣南脐橙",
        "陕北",
        "新新",
        "川川",
        "吉吉",
        // One province by two abbreviations, side by side or not.
        "川蜀",
        "川渝蜀",
        "陕秦晋",
        "青云直上",
        "平台经济",
        "出台政策",
        "收藏品",
        "冷藏车",
        "启蒙教育",
        "先秦时期",
        "同甘共苦",
        "宝贵经验",
        "白云机场",
        "年青一代",
        "全新青年",
        "最新京剧",
        "刷新纪录",
        "津贴",
        "冀望",
        "蜀道难",
        "滇池",
        "黔驴技穷",
        "皖南",
        "鄂尔多斯",
      })
  void find_ordinaryWords_noAbbreviation(String text) {
    List<PlaceMention> found = G.find(text);
    Mentions.checkInvariants(text, found);
    assertThat(found).noneMatch(PlaceMention::abbreviation);
  }

  @Test
  void find_ordinaryWords_namesInsideAreStillFound() {
    assertThat(Mentions.of("甘肃省新增投资")).containsExactly("甘肃省=620000");
    assertThat(Mentions.of("湘江")).isEmpty();
    assertThat(Mentions.of("鄂尔多斯")).containsExactly("鄂尔多斯=150600");
    assertThat(Mentions.of("新疆青年")).containsExactly("新疆=650000");
  }

  @Test
  void find_singleAbbreviation_neverAlone() {
    for (char c : "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀贵黔云滇藏陕秦甘陇青宁新港澳台".toCharArray()) {
      String s = String.valueOf(c);
      assertThat(G.find(s)).as(s).isEmpty();
      assertThat(G.find("支持" + s + "发展")).as(s).isEmpty();
    }
  }
}
