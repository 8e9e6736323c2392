package io.github.zhibiao.place;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.Place;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every provincial-level unit: all 34 (the 31 of the mainland, 台湾, 香港 and 澳门), by full and short
 * name, in running text, with the right code and province.
 */
class ProvincesTest {
  private static final Gazetteer G = Gazetteer.standard();

  static Stream<Arguments> provinces() {
    return Stream.of(
        Arguments.of("北京市", "北京", "110000"),
        Arguments.of("天津市", "天津", "120000"),
        Arguments.of("河北省", "河北", "130000"),
        Arguments.of("山西省", "山西", "140000"),
        Arguments.of("内蒙古自治区", "内蒙古", "150000"),
        Arguments.of("辽宁省", "辽宁", "210000"),
        Arguments.of("吉林省", "吉林", "220000"),
        Arguments.of("黑龙江省", "黑龙江", "230000"),
        Arguments.of("上海市", "上海", "310000"),
        Arguments.of("江苏省", "江苏", "320000"),
        Arguments.of("浙江省", "浙江", "330000"),
        Arguments.of("安徽省", "安徽", "340000"),
        Arguments.of("福建省", "福建", "350000"),
        Arguments.of("江西省", "江西", "360000"),
        Arguments.of("山东省", "山东", "370000"),
        Arguments.of("河南省", "河南", "410000"),
        Arguments.of("湖北省", "湖北", "420000"),
        Arguments.of("湖南省", "湖南", "430000"),
        Arguments.of("广东省", "广东", "440000"),
        Arguments.of("广西壮族自治区", "广西", "450000"),
        Arguments.of("海南省", "海南", "460000"),
        Arguments.of("重庆市", "重庆", "500000"),
        Arguments.of("四川省", "四川", "510000"),
        Arguments.of("贵州省", "贵州", "520000"),
        Arguments.of("云南省", "云南", "530000"),
        Arguments.of("西藏自治区", "西藏", "540000"),
        Arguments.of("陕西省", "陕西", "610000"),
        Arguments.of("甘肃省", "甘肃", "620000"),
        Arguments.of("青海省", "青海", "630000"),
        Arguments.of("宁夏回族自治区", "宁夏", "640000"),
        Arguments.of("新疆维吾尔自治区", "新疆", "650000"),
        Arguments.of("台湾省", "台湾", "710000"),
        Arguments.of("香港特别行政区", "香港", "810000"),
        Arguments.of("澳门特别行政区", "澳门", "820000"));
  }

  @ParameterizedTest
  @MethodSource("provinces")
  void find_fullAndShortName(String full, String shortName, String code) {
    String text = "据统计，" + full + "全年地区生产总值增长5.2%，" + shortName + "的增速居前。";
    assertThat(Mentions.of(text)).containsExactly(full + "=" + code, shortName + "=" + code);
    for (PlaceMention m : G.find(text)) {
      assertThat(m.place()).isEqualTo(new Place(full, code, Place.Level.PROVINCE, shortName, code));
      assertThat(m.abbreviation()).isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("provinces")
  void province_byShortNameFullNameAndCode(String full, String shortName, String code) {
    Place expected = new Place(full, code, Place.Level.PROVINCE, shortName, code);
    assertThat(G.province(shortName)).contains(expected);
    assertThat(G.province(full)).contains(expected);
    assertThat(G.province(code)).contains(expected);
    assertThat(G.lookup(full)).contains(expected);
    assertThat(G.lookup(shortName)).contains(expected);
  }

  @org.junit.jupiter.api.Test
  void province_abbreviationAndUnknown() {
    assertThat(G.province("桂").map(Place::name)).contains("广西壮族自治区");
    assertThat(G.province("蜀").map(Place::code)).contains("510000");
    assertThat(G.province("大连")).isEmpty();
    assertThat(G.province("210200")).isEmpty();
    assertThat(G.province("")).isEmpty();
  }
}
