package io.github.zhibiao.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibiao.Quantity;
import io.github.zhibiao.Zhibiao;
import io.github.zhibiao.stats.StatsTesting.Figure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The factories of {@link Statistics}: input checks, grouping and ranking. */
class StatisticsTest {

  @Test
  void describe_empty_throws() {
    assertThatThrownBy(() -> Statistics.describe(List.of(), "元"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no values");
    assertThatThrownBy(() -> Statistics.describe(List.<Figure>of(), Figure::value, Figure::unit))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void describe_mixedUnits_messageNamesEveryUnit() {
    List<Figure> figures =
        List.of(
            Figure.of("广东", "1", "元"),
            Figure.of("广东", "2", "美元"),
            Figure.of("广东", "3", "元"),
            Figure.of("广东", "4", "欧元"));
    assertThatThrownBy(() -> Statistics.describe(figures, Figure::value, Figure::unit))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mixed units: 元, 美元, 欧元 (item 1 is in 美元)");
  }

  @Test
  void describe_mixedWithBareNumber_emptyUnitIsQuoted() {
    List<Figure> figures = List.of(Figure.of("广东", "1", "%"), Figure.of("广东", "2", ""));
    assertThatThrownBy(() -> Statistics.describe(figures, Figure::value, Figure::unit))
        .hasMessage("mixed units: %, \"\" (item 1 is in \"\")");
  }

  @Test
  void describe_nulls_messageNamesTheIndex() {
    List<BigDecimal> values = Arrays.asList(BigDecimal.ONE, BigDecimal.TEN, null);
    assertThatThrownBy(() -> Statistics.describe(values, ""))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("item 2 is null");
    List<Figure> figures = List.of(Figure.of("广东", "1", "元"), new Figure("江苏", null, "元"));
    assertThatThrownBy(() -> Statistics.describe(figures, Figure::value, Figure::unit))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value of item 1 is null");
    List<Figure> noUnit = List.of(new Figure("江苏", BigDecimal.ONE, null));
    assertThatThrownBy(() -> Statistics.describe(noUnit, Figure::value, Figure::unit))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("unit of item 0 is null");
    assertThatThrownBy(() -> Statistics.describe(List.of(BigDecimal.ONE), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("unit");
    assertThatThrownBy(() -> Statistics.describeBy(figures, f -> null, Figure::value, Figure::unit))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("key of item 0 is null");
  }

  @Test
  void describe_valueBeyondDouble_throws() {
    assertThatThrownBy(() -> Statistics.describe(List.of(new BigDecimal("1e400")), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("item 0");
  }

  @Test
  void describe_readsQuantitiesFromText() {
    // The example of the Statistics Javadoc and the README.
    List<Quantity> qs = Zhibiao.create().findQuantities("投资1.2亿元、3400万元和5000万元");
    Summary<Quantity> s = Statistics.describe(qs, Quantity::value, q -> q.unit().symbol());
    assertThat(s.count()).isEqualTo(3);
    assertThat(s.unit()).isEqualTo("元");
    assertThat(s.sum()).isEqualByComparingTo("204000000"); // 120000000 + 34000000 + 50000000
    assertThat(s.median()).isEqualTo(5.0e7);
    assertThat(s.max().toPlainString()).isEqualTo("120000000");
  }

  @Test
  void describe_readmeExample_realOutput() {
    List<Quantity> qs = Zhibiao.create().findQuantities("投资1.2亿元、3400万元、5000万元和4.5亿元");
    Summary<Quantity> s = Statistics.describe(qs, Quantity::value, q -> q.unit().symbol());
    // sorted 34e6 50e6 120e6 450e6: q1 h = 0.75 → 34e6 + 0.75 × 16e6 = 46e6;
    // q3 h = 2.25 → 120e6 + 0.25 × 330e6 = 202.5e6; upper fence 202.5e6 + 1.5 × 156.5e6 = 437.25e6
    assertThat(s.toString())
        .isEqualTo(
            "Summary{count=4, unit=元, sum=654000000, min=34000000, max=450000000, mean=1.635E8,"
                + " median=8.5E7, q1=4.6E7, q3=2.025E8}");
    assertThat(s.iqrOutliers().get(0).item().text() + " above " + s.upperFence())
        .isEqualTo("4.5亿元 above 4.3725E8");
  }

  @Test
  void describeBy_firstAppearanceOrder_globalIndices_unitsPerGroup() {
    List<Figure> figures =
        List.of(
            Figure.of("河南", "3", "亿元"),
            Figure.of("广东", "5", "亿元"),
            Figure.of("河南", "1", "亿元"),
            Figure.of("广东", "7", "亿元"),
            Figure.of("湖北", "2.5", "%"));
    Map<String, Summary<Figure>> byProvince =
        Statistics.describeBy(figures, Figure::province, Figure::value, Figure::unit);
    assertThat(byProvince.keySet()).containsExactly("河南", "广东", "湖北");
    assertThat(byProvince.get("河南").sum()).isEqualByComparingTo("4");
    assertThat(byProvince.get("河南").mean()).isEqualTo(2);
    assertThat(byProvince.get("广东").median()).isEqualTo(6); // (5 + 7) / 2
    assertThat(byProvince.get("湖北").unit()).isEqualTo("%"); // another group, another unit
    assertThat(byProvince.get("湖北").count()).isEqualTo(1);
    assertThatThrownBy(() -> byProvince.put("x", null))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(
            Statistics.describeBy(List.<Figure>of(), Figure::province, Figure::value, Figure::unit))
        .isEmpty();
  }

  @Test
  void describeBy_outlierIndexIsPositionInInput() {
    List<Figure> figures = new ArrayList<>();
    figures.add(Figure.of("江苏", "999", "元"));
    for (String v : StatsTesting.IQR_ONLY.stream().map(BigDecimal::toPlainString).toList()) {
      figures.add(Figure.of("河南", v, "元"));
    }
    Summary<Figure> henan =
        Statistics.describeBy(figures, Figure::province, Figure::value, Figure::unit).get("河南");
    // 15 is the 10th 河南 value, and item 10 of the input.
    assertThat(henan.iqrOutliers()).hasSize(1);
    assertThat(henan.iqrOutliers().get(0).index()).isEqualTo(10);
    assertThat(henan.iqrOutliers().get(0).item()).isSameAs(figures.get(10));
  }

  @Test
  void describeBy_mixedUnitsInAGroup_messageNamesTheGroup() {
    List<Figure> figures =
        List.of(Figure.of("广东", "1", "元"), Figure.of("河南", "1", "元"), Figure.of("河南", "2", "美元"));
    assertThatThrownBy(
            () -> Statistics.describeBy(figures, Figure::province, Figure::value, Figure::unit))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mixed units in group 河南: 元, 美元 (item 2 is in 美元)");
  }

  @Test
  void rank_competitionRanking_tiesShareAndSkip() {
    List<Figure> figures =
        List.of(
            Figure.of("浙江", "2", "万亿元"),
            Figure.of("江苏", "3", "万亿元"),
            Figure.of("广东", "5", "万亿元"),
            Figure.of("山东", "3.0", "万亿元"), // ties with 3: compareTo, not equals
            Figure.of("河南", "3", "万亿元"));
    List<Ranked<String>> ranking =
        Statistics.rank(figures, Figure::province, Figure::value, Figure::unit);
    assertThat(ranking.stream().map(r -> r.rank() + " " + r.key() + " " + r.value()).toList())
        .containsExactly("1 广东 5", "2 江苏 3", "2 山东 3.0", "2 河南 3", "5 浙江 2");
    assertThat(ranking.get(0).unit()).isEqualTo("万亿元");
  }

  @Test
  void rank_emptyAndErrors() {
    assertThat(Statistics.rank(List.<Figure>of(), Figure::province, Figure::value, Figure::unit))
        .isEmpty();
    List<Figure> twice =
        List.of(Figure.of("河南", "1", "元"), Figure.of("广东", "1", "元"), Figure.of("河南", "2", "元"));
    assertThatThrownBy(() -> Statistics.rank(twice, Figure::province, Figure::value, Figure::unit))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duplicate key 河南: items 0 and 2");
    List<Figure> mixed = List.of(Figure.of("河南", "1", "元"), Figure.of("广东", "1", "美元"));
    assertThatThrownBy(() -> Statistics.rank(mixed, Figure::province, Figure::value, Figure::unit))
        .hasMessage("mixed units: 元, 美元 (item 1 is in 美元)");
  }

  @Test
  void rank_negativeValues_descending() {
    List<Figure> growth =
        List.of(Figure.of("甲", "-1.5", "%"), Figure.of("乙", "0", "%"), Figure.of("丙", "-0.5", "%"));
    assertThat(
            Statistics.rank(growth, Figure::province, Figure::value, Figure::unit).stream()
                .map(Ranked::key)
                .toList())
        .containsExactly("乙", "丙", "甲");
  }
}
