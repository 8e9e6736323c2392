package io.github.zhibiao.place;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.Place;
import org.junit.jupiter.api.Test;

/** Names with several readings: the text decides, else the documented default, else nothing. */
class AmbiguityTest {
  private static final Gazetteer G = Gazetteer.standard();

  @Test
  void jilin_provinceByDefault_cityWhenOnlyTheCityIsNamed() {
    assertThat(Mentions.of("吉林省")).containsExactly("吉林省=220000");
    assertThat(Mentions.of("吉林市")).containsExactly("吉林市=220200");
    assertThat(Mentions.of("吉林粮食产量")).containsExactly("吉林=220000");
    // The text names 吉林市 and not the province: bare 吉林 is the city.
    assertThat(Mentions.of("吉林市松花江畔，吉林的冬季旅游")).containsExactly("吉林市=220200", "吉林=220200");
    // Both named: back to the default.
    assertThat(Mentions.of("吉林省吉林市，吉林的冬季旅游"))
        .containsExactly("吉林省=220000", "吉林市=220200", "吉林=220000");
    // A second bare 吉林 is no evidence for the first.
    assertThat(Mentions.of("吉林，吉林")).containsExactly("吉林=220000", "吉林=220000");
    assertThat(G.lookup("吉林").map(Place::code)).contains("220000");
  }

  @Test
  void hainan_provinceByDefault() {
    assertThat(Mentions.of("海南自由贸易港")).containsExactly("海南=460000");
    // A 青海 text is not enough to make bare 海南 the prefecture …
    assertThat(Mentions.of("青海和海南")).containsExactly("青海=630000", "海南=460000");
    // … but naming the prefecture is.
    assertThat(Mentions.of("海南藏族自治州共和县，海南的牧区"))
        .containsExactly("海南藏族自治州=632500", "共和县=632521", "海南=632500");
    assertThat(Mentions.of("海南州")).containsExactly("海南州=632500");
    // 海南区 of 乌海 in full.
    assertThat(Mentions.of("乌海市海南区")).containsExactly("乌海市=150300", "海南区=150303");
    assertThat(G.lookup("海南").map(Place::code)).contains("460000");
  }

  @Test
  void hebei_provinceByDefault_tianjinDistrictWhenNamed() {
    assertThat(Mentions.of("河北钢铁产量")).containsExactly("河北=130000");
    // 天津 alone does not make bare 河北 the district: 京津冀 articles name 天津 and 河北 side by side.
    assertThat(Mentions.of("天津与河北")).containsExactly("天津=120000", "河北=130000");
    assertThat(Mentions.of("天津市河北区，河北的老城"))
        .containsExactly("天津市=120000", "河北区=120105", "河北=120105");
  }

  /**
   * 朝阳 has no default: the district of Beijing, the city in Liaoning (and 朝阳县 in it) and the
   * district of Changchun are all common. The text must decide; otherwise nothing.
   */
  @Test
  void chaoyang_onlyWithContext() {
    assertThat(Mentions.of("朝阳的企业")).isEmpty();
    assertThat(Mentions.of("北京朝阳")).containsExactly("北京=110000", "朝阳=110105");
    assertThat(Mentions.of("辽宁朝阳")).containsExactly("辽宁=210000", "朝阳=211300");
    assertThat(Mentions.of("长春市朝阳")).containsExactly("长春市=220100", "朝阳=220104");
    assertThat(Mentions.of("朝阳市")).containsExactly("朝阳市=211300");
    assertThat(Mentions.of("北京市朝阳区")).containsExactly("北京市=110000", "朝阳区=110105");
    // Both Beijing and Liaoning: undecided, dropped.
    assertThat(Mentions.of("北京、辽宁、朝阳")).containsExactly("北京=110000", "辽宁=210000");
    // Without context 朝阳区 (Beijing or Changchun) is dropped too.
    assertThat(Mentions.of("朝阳区")).isEmpty();
    assertThat(G.lookup("朝阳")).isEmpty();
    // 朝阳产业 is a sunrise industry.
    assertThat(Mentions.of("北京发展朝阳产业")).containsExactly("北京=110000");
  }

  /** Several 鼓楼区 (Nanjing, Xuzhou, Fuzhou, Kaifeng): the context chooses, else nothing. */
  @Test
  void gulou_byContext() {
    assertThat(Mentions.of("鼓楼区")).isEmpty();
    assertThat(Mentions.of("鼓楼")).isEmpty();
    assertThat(Mentions.of("福建省鼓楼区")).containsExactly("福建省=350000", "鼓楼区=350102");
    assertThat(Mentions.of("南京鼓楼")).containsExactly("南京=320100", "鼓楼=320106");
    assertThat(Mentions.of("福州鼓楼")).containsExactly("福州=350100", "鼓楼=350102");
    // 江苏 has two (Nanjing, Xuzhou): still undecided.
    assertThat(Mentions.of("江苏省鼓楼区")).containsExactly("江苏省=320000");
    // The province alone does not support a bare county name (see GazetteerTest).
    assertThat(Mentions.of("福建鼓楼")).containsExactly("福建=350000");
    assertThat(G.lookup("鼓楼区")).isEmpty();
  }

  /**
   * Evidence is kept however many places the text names: 南京 or 吉林市 first, then forty other cities
   * (the scan's table of named codes grows several times in between), then 鼓楼 or 吉林.
   */
  @Test
  void evidenceAmongManyPlaces() {
    String others =
        "大连、沈阳、长春、哈尔滨、石家庄、太原、郑州、武汉、长沙、广州、深圳、南宁、海口、成都、贵阳、昆明、拉萨、西安、兰州、西宁、"
            + "银川、乌鲁木齐、呼和浩特、济南、青岛、合肥、南昌、杭州、宁波、温州、厦门、泉州、无锡、常州、扬州、绍兴、洛阳、桂林、宜昌、岳阳、";
    assertThat(Mentions.of("南京、" + others + "鼓楼")).hasSize(42).endsWith("鼓楼=320106");
    assertThat(Mentions.of(others + "鼓楼")).hasSize(40).doesNotContain("鼓楼=320106");
    assertThat(Mentions.of("吉林市、" + others + "吉林")).hasSize(42).endsWith("吉林=220200");
    assertThat(Mentions.of("吉林、" + others + "吉林")).hasSize(42).endsWith("吉林=220000");
  }

  /**
   * Evidence that takes every round: 辽宁 stands on its own; it makes bare 朝阳 the city of Liaoning;
   * that city is the prefecture that bare 建平 (建平县) needs. Without 辽宁, neither is a place.
   */
  @Test
  void chaoyang_evidenceChainOverThreeRounds() {
    assertThat(Mentions.of("辽宁朝阳的建平")).containsExactly("辽宁=210000", "朝阳=211300", "建平=211322");
    assertThat(Mentions.of("朝阳的建平")).isEmpty();
  }

  @Test
  void hejiang_formerPrefectureGivesWayToTheCountyOfANamedPrefecture() {
    assertThat(Mentions.of("泸州合江")).containsExactly("泸州=510500", "合江=510522");
    assertThat(Mentions.of("合江地区")).containsExactly("合江地区=232400");
  }

  @Test
  void ganzi_prefectureBeforeCounty() {
    assertThat(Mentions.of("甘孜")).containsExactly("甘孜=513300");
    assertThat(Mentions.of("甘孜县")).containsExactly("甘孜县=513328");
  }
}
