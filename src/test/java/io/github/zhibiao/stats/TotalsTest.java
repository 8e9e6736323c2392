package io.github.zhibiao.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibiao.Document;
import io.github.zhibiao.Indicator;
import io.github.zhibiao.IndicatorType;
import io.github.zhibiao.Place;
import io.github.zhibiao.Qualifier;
import io.github.zhibiao.Quantity;
import io.github.zhibiao.Span;
import io.github.zhibiao.Status;
import io.github.zhibiao.Unit;
import io.github.zhibiao.Dimension;
import io.github.zhibiao.Zhibiao;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Totals over hand-made texts and indicators; every expected value is worked out in a comment. */
class TotalsTest {
  private static final Zhibiao ZHIBIAO = Zhibiao.create();

  /** {@code n} 亿 as an exact decimal. */
  private static BigDecimal yi(String n) {
    return new BigDecimal(n).scaleByPowerOfTen(8);
  }

  private static List<Total> investment(String text) {
    return Totals.standard().of(ZHIBIAO.extract(text));
  }

  @Test
  void sumsOneProvince_withProvenance() {
    List<Total> totals = investment(
        "海南：全省共集中开工项目100个、总投资298亿元，集中签约项目41个、总投资342亿元。");
    assertThat(totals).hasSize(1);
    Total t = totals.get(0);
    // 298 + 342 = 640 亿元
    assertThat(t.key()).isEqualTo("海南");
    assertThat(t.type()).isEqualTo(IndicatorType.INVESTMENT);
    assertThat(t.unit()).isEqualTo("元");
    assertThat(t.value()).isEqualByComparingTo(yi("640"));
    assertThat(t.low()).isEqualByComparingTo(yi("640"));
    assertThat(t.high()).isEqualByComparingTo(yi("640"));
    assertThat(t.bound()).isEqualTo(Bound.EXACT);
    assertThat(t.qualifier()).isEqualTo("exact");
    assertThat(t.count()).isEqualTo(2);
    assertThat(t.contributions()).extracting(Contribution::text).containsExactly("298亿元", "342亿元");
    assertThat(t.contributions().get(0).span()).isEqualTo(new Span(20, 25));  // after 海南：全省共集中开工项目100个、总投资
    assertThat(t.contributions().get(0).source()).isEmpty();
  }

  @Test
  void aHeadlineThatRoundsTheBodyIsCountedOnce() {
    List<Total> totals = investment(
        "湖北：86个项目集中开工 总投资超400亿元\n\n日前，湖北省86个项目集中开工，总投资426.5亿元。\n\n"
        + "江西：总投资426亿元项目开工\n\n日前，江西省项目集中开工，总投资426.5亿元。\n\n"
        + "广东：近千亿元项目开工\n\n日前，广东省项目集中开工，总投资980亿元。\n\n"
        // counter-example: 520 is past the hundred 超400亿元 rounds to, so two figures
        + "湖南：项目开工总投资超400亿元\n\n日前，湖南省项目集中开工，总投资520亿元。\n");
    assertThat(totals).extracting(Total::key, t -> t.value().toPlainString(), Total::count)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("湖北", yi("426.5").toPlainString(), 1),
            org.assertj.core.groups.Tuple.tuple("江西", yi("426.5").toPlainString(), 1),
            org.assertj.core.groups.Tuple.tuple("广东", yi("980").toPlainString(), 1),
            org.assertj.core.groups.Tuple.tuple("湖南", yi("920").toPlainString(), 2));
  }

  @Test
  void unitsAreKeptApart_yuanAndDollars() {
    List<Total> totals = investment(
        "广西：项目总投资100亿元，另一批项目总投资2亿美元，还有项目总投资50亿元。");
    // 100 + 50 = 150 亿元; 2 亿美元 on its own.
    assertThat(totals).extracting(Total::key, Total::unit, Total::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("广西", "元", 2),
            org.assertj.core.groups.Tuple.tuple("广西", "美元", 1));
    assertThat(totals.get(0).value()).isEqualByComparingTo(yi("150"));
    assertThat(totals.get(1).value()).isEqualByComparingTo(yi("2"));
  }

  @Test
  void areas_keptApartUnlessOneUnitIsAskedFor() {
    Document d = ZHIBIAO.extract("吉林：新增水面650公顷，新增稻田100万亩。");
    Totals.Builder area = Totals.builder().type(IndicatorType.AREA);

    List<Total> apart = area.build().of(d);
    assertThat(apart).extracting(Total::unit).containsExactly("公顷", "亩");
    assertThat(apart.get(0).value()).isEqualByComparingTo("650");
    assertThat(apart.get(1).value()).isEqualByComparingTo("1000000");

    // 650 公顷 × 15 = 9750 亩; 9750 + 1000000 = 1009750 亩.
    List<Total> mu = area.unit("亩").build().of(d);
    assertThat(mu).hasSize(1);
    assertThat(mu.get(0).unit()).isEqualTo("亩");
    assertThat(mu.get(0).value()).isEqualTo("1009750");
    assertThat(mu.get(0).contributions().get(0).value()).isEqualTo("9750");

    // 亩 → 公顷 is 1/15, not a finite decimal: the 亩 figure keeps its own total, unrounded.
    List<Total> ha = area.unit("公顷").build().of(d);
    assertThat(ha).extracting(Total::unit).containsExactly("公顷", "亩");
    assertThat(ha.get(1).value()).isEqualByComparingTo("1000000");
  }

  @Test
  void power_keptApartUnlessOneUnitIsAskedFor() {
    // review 13: 12GW and 1200万千瓦 stayed two totals even when 千瓦 was asked for
    Document d = ZHIBIAO.extract("甘肃：光伏装机容量达到12GW。青海：风电装机容量1200万千瓦。宁夏：项目装机容量200MW。");
    Totals.Builder power = Totals.builder().type(IndicatorType.POWER).grouping(Grouping.all());
    assertThat(power.build().of(d)).extracting(Total::unit).containsExactly("吉瓦", "千瓦", "兆瓦");
    List<Total> kw = power.unit("千瓦").build().of(d);
    assertThat(kw).singleElement().satisfies(t -> {
      assertThat(t.unit()).isEqualTo("千瓦");
      // 12 × 1000000 + 12000000 + 200 × 1000
      assertThat(t.value()).isEqualByComparingTo("24200000");
    });
    assertThat(UnitFactors.factor("千瓦", "吉瓦")).isEqualByComparingTo("0.000001");
    assertThat(UnitFactors.factor("吉瓦时", "千瓦时")).isEqualByComparingTo("1000000");
    assertThat(UnitFactors.factor("千瓦", "千瓦时")).isNull(); // power is no energy
    assertThat(UnitFactors.factor("千瓦", "亩")).isNull();
    Quantity gwh = ZHIBIAO.findQuantities("储能电池出货量达到38GWh。").get(0);
    assertThat(gwh.unit().symbol()).isEqualTo("吉瓦时");
  }

  @Test
  void unitFactors_exactOnly() {
    assertThat(UnitFactors.factor("公顷", "亩")).isEqualByComparingTo("15");
    assertThat(UnitFactors.factor("平方公里", "公顷")).isEqualByComparingTo("100");
    assertThat(UnitFactors.factor("平方米", "亩")).isEqualByComparingTo("0.0015");
    assertThat(UnitFactors.factor("亩", "公顷")).isNull();
    assertThat(UnitFactors.factor("元", "美元")).isNull();
    assertThat(UnitFactors.factor("元", "元")).isEqualByComparingTo("1");
  }

  @Test
  void bounds_approxMakesTheTotalApproximate() {
    Total t = investment("海南：A项目总投资约20亿元，B项目总投资10亿元。").get(0);
    // 20 + 10 = 30, both bounds 30, approximate.
    assertThat(t.value()).isEqualByComparingTo(yi("30"));
    assertThat(t.low()).isEqualByComparingTo(yi("30"));
    assertThat(t.high()).isEqualByComparingTo(yi("30"));
    assertThat(t.bound()).isEqualTo(Bound.APPROX);
    assertThat(t.approximate()).isTrue();
    assertThat(t.qualifier()).isEqualTo("approx");
  }

  @Test
  void bounds_moreThanRaisesTheLowerBoundAndOpensTheUpper() {
    Total t = investment("海南：A项目总投资超过20亿元，B项目总投资10亿元。").get(0);
    // value 20 + 10 = 30; low 30 (exclusive); no high.
    assertThat(t.value()).isEqualByComparingTo(yi("30"));
    assertThat(t.low()).isEqualByComparingTo(yi("30"));
    assertThat(t.high()).isNull();
    assertThat(t.bound()).isEqualTo(Bound.MORE_THAN);
    assertThat(t.contributions().get(0).high()).isNull();
  }

  @Test
  void bounds_atMostLowersTheUpperBoundAndOpensTheLower() {
    Total t = investment("海南：A项目总投资不超过20亿元，B项目总投资10亿元。").get(0);
    assertThat(t.value()).isEqualByComparingTo(yi("30"));
    assertThat(t.low()).isNull();
    assertThat(t.high()).isEqualByComparingTo(yi("30"));
    assertThat(t.bound()).isEqualTo(Bound.AT_MOST);
  }

  @Test
  void bounds_rangeAddsItsEndsAndHasNoValue() {
    Total t = investment("海南：A项目总投资3至5亿元，B项目总投资10亿元。").get(0);
    // low 3 + 10 = 13, high 5 + 10 = 15; no single figure was stated.
    assertThat(t.value()).isNull();
    assertThat(t.low()).isEqualByComparingTo(yi("13"));
    assertThat(t.high()).isEqualByComparingTo(yi("15"));
    assertThat(t.bound()).isEqualTo(Bound.RANGE);
  }

  @Test
  void bounds_allTogether() {
    Total t = investment("海南：A项目总投资约20亿元，B项目总投资超过10亿元，C项目总投资3至5亿元，"
        + "D项目总投资不超过20亿元，E项目总投资不到2亿元。").get(0);
    // A lower and an upper bound: both ends open; a range: no value.
    assertThat(t.count()).isEqualTo(5);
    assertThat(t.value()).isNull();
    assertThat(t.low()).isNull();
    assertThat(t.high()).isNull();
    assertThat(t.bound()).isEqualTo(Bound.UNBOUNDED);
    assertThat(t.qualifier()).isEqualTo("approx unbounded");
    // Without the upper bounds (D, E): low 20 + 10 + 3 = 33, high open, strict (超过).
    Total lower = Totals.standard().of(t.contributions().subList(0, 3).stream()
        .map(Contribution::indicator).toList()).get(0);
    assertThat(lower.low()).isEqualByComparingTo(yi("33"));
    assertThat(lower.bound()).isEqualTo(Bound.MORE_THAN);
    assertThat(lower.qualifier()).isEqualTo("approx more_than");
  }

  @Test
  void headlineRepeatedInTheBody_countsOnce() {
    String text = "青海：藏医药产业总投资达26亿元\n\n来自青海省的消息，2017年，青海全省藏医药产业总投资达26亿元，"
        + "同比增长5%。";
    Document d = ZHIBIAO.extract(text);
    assertThat(d.quantities()).hasSize(3);
    Total t = Totals.standard().of(d).get(0);
    // 26, not 26 + 26: the headline's 26亿元 is the body's, one indicator with two mentions.
    assertThat(t.value()).isEqualByComparingTo(yi("26"));
    assertThat(t.count()).isEqualTo(1);
    assertThat(t.contributions().get(0).indicator().mentions()).hasSize(2);
  }

  @Test
  void thresholdsNeverCount() {
    Map<String, Document> docs = Map.of("a.txt", ZHIBIAO.extract("江西：总投资5000万元以上项目20个，总投资合计80亿元。"));
    List<Total> totals = Totals.standard().of(docs);
    // 5000万元以上 bounds a class of projects: only the 80亿元 counts.
    assertThat(totals).hasSize(1);
    assertThat(totals.get(0).value()).isEqualByComparingTo(yi("80"));
    List<Skipped> skipped = Totals.standard().skipped(docs);
    assertThat(skipped).singleElement().satisfies(s -> {
      assertThat(s.indicator().text()).isEqualTo("5000万元以上");
      assertThat(s.reason()).isEqualTo(Skipped.Reason.THRESHOLD);
      assertThat(s.source()).isEqualTo("a.txt");
    });
    assertThat(Totals.builder().includeTargets(true).build().of(docs).get(0).value())
        .isEqualByComparingTo(yi("80"));
  }

  @Test
  void targetsOnlyOnRequest() {
    Document d = ZHIBIAO.extract("江西：今年完成投资80亿元。到2025年，总投资达到1000亿元。");
    assertThat(Totals.standard().of(d).get(0).value()).isEqualByComparingTo(yi("80"));
    assertThat(Totals.standard().skipped(Map.of("", d)))
        .extracting(Skipped::reason).containsExactly(Skipped.Reason.TARGET);
    // 80 + 1000 = 1080
    Total all = Totals.builder().includeTargets(true).build().of(d).get(0);
    assertThat(all.value()).isEqualByComparingTo(yi("1080"));
    assertThat(all.count()).isEqualTo(2);
  }

  @Test
  void changesAreNeverLevels() {
    Document d = ZHIBIAO.extract("广西：完成投资120亿元，比上年增加30亿元。");
    assertThat(d.indicators()).extracting(Indicator::type)
        .containsExactly(IndicatorType.INVESTMENT, IndicatorType.CHANGE);
    Total t = Totals.standard().of(d).get(0);
    assertThat(t.value()).isEqualByComparingTo(yi("120"));
    assertThat(t.count()).isEqualTo(1);
  }

  @Test
  void annualPartsAndPartsIntroducedByQizhong_areNotAddedToWholes() {
    Document d = ZHIBIAO.extract(
        "海南：项目总投资300亿元，其中年度计划投资50亿元。另一批项目总投资100亿元，年度计划投资20亿元。");
    List<Total> totals = Totals.standard().of(d);
    // Whole: 300 + 100 = 400. Annual: 20 only; the 50 is part of the 300 (其中).
    assertThat(totals).extracting(Total::scope).containsExactly(Scope.WHOLE, Scope.ANNUAL);
    assertThat(totals.get(0).value()).isEqualByComparingTo(yi("400"));
    assertThat(totals.get(1).value()).isEqualByComparingTo(yi("20"));
    assertThat(totals.get(1).contributions()).extracting(Contribution::text).containsExactly("20亿元");
    assertThat(Totals.standard().skipped(Map.of("", d)))
        .singleElement().satisfies(s -> {
          assertThat(s.indicator().text()).isEqualTo("50亿元");
          assertThat(s.reason()).isEqualTo(Skipped.Reason.PART);
        });
  }

  @Test
  void theLevelAChangeStartsFrom_isNotAdded() {
    // 由100亿元增加到200亿元: 200 (review 13: both levels were added, 300)
    for (String text : new String[] {
        "海南：全省固定资产投资由100亿元增加到200亿元。",
        "海南：全省固定资产投资由2016年的100亿元增加到2018年的200亿元。",
        "海南：全省固定资产投资从100亿元提高至200亿元。"}) {
      Document d = ZHIBIAO.extract(text);
      assertThat(d.indicators()).extracting(Indicator::type)
          .containsExactly(IndicatorType.INVESTMENT, IndicatorType.INVESTMENT);
      assertThat(Totals.standard().of(d)).singleElement()
          .satisfies(t -> assertThat(t.value()).isEqualByComparingTo(yi("200")));
      assertThat(Totals.standard().skipped(Map.of("", d))).singleElement().satisfies(s -> {
        assertThat(s.indicator().text()).isEqualTo("100亿元");
        assertThat(s.reason()).isEqualTo(Skipped.Reason.STARTING);
      });
    }
    // counter-examples: no 由 before the first figure, or a clause between
    for (String text : new String[] {
        "海南：全省固定资产投资100亿元，增加到200亿元。",
        "海南：由省级统筹投资100亿元，市县投资增加到200亿元。"}) {
      Document d = ZHIBIAO.extract(text);
      assertThat(Totals.standard().skipped(Map.of("", d))).as(text).isEmpty();
    }
  }

  @Test
  void qizhong_inTheNextSentenceIsAPart_butNotTwoSentencesOn() {
    Document next = ZHIBIAO.extract("海南：项目总投资300亿元。其中，一期项目投资50亿元。");
    assertThat(Totals.standard().of(next).get(0).value()).isEqualByComparingTo(yi("300"));
    Document far = ZHIBIAO.extract("海南：项目总投资300亿元。其中1个项目已开工。另一批项目投资50亿元。");
    assertThat(Totals.standard().of(far).get(0).value()).isEqualByComparingTo(yi("350"));
  }

  @Test
  void manyPartsOfOneFigure_allSkipped_andTheGapIsReadOnce() {
    // Every figure after 其中 in one sentence is a part of the 300: the gap after the 300 grows
    // with each of them, and reading it afresh each time was quadratic (364 bytes per char on a
    // 1 MB text without punctuation).
    StringBuilder text = new StringBuilder("海南：项目总投资300亿元，其中");
    for (int k = 1; k <= 200; k++) text.append("一期项目投资").append(k).append("亿元，");
    Document d = ZHIBIAO.extract(text.toString());
    assertThat(d.indicators()).hasSizeGreaterThan(150);
    List<Total> totals = Totals.standard().of(d);
    assertThat(totals).singleElement().satisfies(t -> {
      assertThat(t.value()).isEqualByComparingTo(yi("300"));
      assertThat(t.count()).isEqualTo(1);
    });
    assertThat(Totals.standard().skipped(Map.of("", d)))
        .hasSize(d.indicators().size() - 1)
        .allSatisfy(s -> assertThat(s.reason()).isEqualTo(Skipped.Reason.PART));
  }

  @Test
  void scopeOfMetric() {
    assertThat(Scope.of("年度计划投资")).isEqualTo(Scope.ANNUAL);
    assertThat(Scope.of("本年完成投资")).isEqualTo(Scope.ANNUAL);
    assertThat(Scope.of("当年投资")).isEqualTo(Scope.ANNUAL);
    assertThat(Scope.of("总投资")).isEqualTo(Scope.WHOLE);
    assertThat(Scope.of("")).isEqualTo(Scope.WHOLE);
  }

  // Grouping, on hand-made indicators so that it does not depend on the gazetteer.

  private static final Place SHANGHAI = new Place("上海市", "310000", Place.Level.PROVINCE, "上海", "310000");
  private static final Place JIANGSU = new Place("江苏省", "320000", Place.Level.PROVINCE, "江苏", "320000");
  private static final Place NANJING = new Place("南京市", "320100", Place.Level.PREFECTURE, "江苏", "320000");
  private static final Place SICHUAN = new Place("四川省", "510000", Place.Level.PROVINCE, "四川", "510000");

  private static Indicator investment(String yi, Place place) {
    BigDecimal v = yi(yi);
    String text = yi + "亿元";
    Quantity q = new Quantity(new Span(0, text.length()), text, v, null, null,
        new Unit("元", Dimension.MONEY), "亿元", Qualifier.EXACT);
    return new Indicator(IndicatorType.INVESTMENT, q, v, null, null, "总投资", null, null,
        Status.ACTUAL, place, List.of(q.span()));
  }

  private static final List<Indicator> GROUPED = List.of(
      investment("100", SHANGHAI),
      investment("50", JIANGSU),
      investment("20", NANJING),
      investment("10", SICHUAN),
      investment("5", null));

  /** Key → value in 亿元, as a plain string. */
  private static Map<String, String> byKey(List<Total> totals) {
    Map<String, String> m = new LinkedHashMap<>();
    for (Total t : totals) {
      m.put(t.key(), t.value().movePointLeft(8).stripTrailingZeros().toPlainString());
    }
    return m;
  }

  @Test
  void groupByProvince_cityCountsForItsProvince_noneLast() {
    // 江苏 50 + 南京 20 = 70; the figure with no place in a group of its own, last.
    assertThat(byKey(Totals.by(GROUPED, Grouping.province()))).containsExactly(
        Map.entry("上海", "100"), Map.entry("江苏", "70"),
        Map.entry("四川", "10"), Map.entry("", "5"));
  }

  @Test
  void groupByPlace_keepsCitiesApart() {
    assertThat(byKey(Totals.by(GROUPED, Grouping.place())).keySet())
        .containsExactly("上海", "江苏", "江苏·南京市", "四川", "");
  }

  @Test
  void groupByRegion_aProvinceCountsInEachOfItsGroups() {
    Map<String, String> m = byKey(Totals.by(GROUPED, Grouping.region()));
    // 东部: 上海 100 + 江苏 70 = 170; 长三角: the same 170; 长江经济带: 170 + 四川 10 = 180;
    // 西部 and 黄河流域: 四川 10; not 成渝, of which 四川 is only a partial member.
    assertThat(m).containsExactly(
        Map.entry("东部", "170"), Map.entry("长三角", "170"),
        Map.entry("长江经济带", "180"), Map.entry("西部", "10"),
        Map.entry("黄河流域", "10"), Map.entry("", "5"));
  }

  @Test
  void groupByAnyKeyAndAll() {
    Grouping byLevel = Grouping.by("level", i -> i.place() == null ? null : i.place().level().name());
    assertThat(byKey(Totals.by(GROUPED, byLevel))).containsExactly(
        Map.entry("PROVINCE", "160"), Map.entry("PREFECTURE", "20"),
        Map.entry("", "5"));
    // 100 + 50 + 20 + 10 + 5 = 185
    assertThat(byKey(Totals.by(GROUPED, Grouping.all()))).containsExactly(
        Map.entry("", "185"));
  }

  @Test
  void sourcesGoIntoTheProvenance() {
    Map<String, Document> docs = new LinkedHashMap<>();
    docs.put("b.txt", ZHIBIAO.extract("海南：项目总投资298亿元。"));
    docs.put("a.txt", ZHIBIAO.extract("海南：项目总投资342亿元。"));
    Total t = Totals.standard().of(docs).get(0);
    assertThat(t.value()).isEqualByComparingTo(yi("640"));
    assertThat(t.contributions()).extracting(Contribution::source).containsExactly("b.txt", "a.txt");
  }

  @Test
  void rateTypesDoNotAddUp() {
    assertThatThrownBy(() -> Totals.builder().type(IndicatorType.GROWTH_RATE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("growth_rate");
    assertThatThrownBy(() -> Totals.builder().unit("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nothingToAdd_isEmpty() {
    assertThat(investment("今天天气很好。")).isEmpty();
    assertThat(Totals.standard().of(List.of())).isEmpty();
  }

  @Test
  void total_invariants() {
    Indicator i = GROUPED.get(0);
    Contribution c = new Contribution("", i, i.value(), i.value(), i.value());
    assertThatThrownBy(() -> new Total("", IndicatorType.INVESTMENT, Scope.WHOLE, "元", null,
        null, null, Bound.EXACT, false, List.of(c))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Total("", IndicatorType.INVESTMENT, Scope.WHOLE, "元", null,
        null, null, Bound.UNBOUNDED, false, List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void running_fedDocumentByDocument_equalsTheSumOfAllAtOnce() {
    io.github.zhibiao.Zhibiao z = io.github.zhibiao.Zhibiao.create();
    java.util.Map<String, io.github.zhibiao.Document> docs = new java.util.LinkedHashMap<>();
    docs.put("a", z.extract("海南：总投资298亿元，其中中央投资30亿元。广西：项目总投资约20亿元。"));
    docs.put("b", z.extract("海南：总投资342亿元。今年以来，新开工项目总投资超过50亿元。"));
    docs.put("c", z.extract("到2025年，总投资达到1000亿元。5000万元以上项目120个。"));
    for (Totals t : List.of(Totals.standard(), Totals.builder().grouping(Grouping.all()).build(),
        Totals.builder().includeTargets(true).build())) {
      Totals.Running running = t.running();
      docs.forEach(running::add);
      assertThat(running.totals()).isEqualTo(t.of(docs));
      assertThat(running.skipped()).isEqualTo(t.skipped(docs));
    }
    assertThat(Totals.standard().of(docs)).isNotEmpty();
  }
}
