package io.github.zhibiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Indicator typing, table-driven from {@code corpus/indicators.tsv}: one rule per row. */
class IndicatorTypingTest {
  private static final Zhibiao ZHIBIAO = Zhibiao.create();

  record Case(int line, String sentence, String figure, String type, String value, String metric,
      String base, String status) {
    @Override
    public String toString() {
      return line + ": " + sentence + " / " + figure;
    }
  }

  static Stream<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    try (InputStream in = IndicatorTypingTest.class.getResourceAsStream("/corpus/indicators.tsv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      boolean header = true;
      for (int i = 0; i < lines.length; i++) {
        String l = lines[i];
        if (l.isBlank() || l.startsWith("#")) continue;
        if (header) {
          header = false;
          continue;
        }
        String[] f = l.split("\t", -1);
        assertThat(f).as("line %d", i + 1).hasSize(7);
        out.add(new Case(i + 1, f[0], f[1], f[2], f[3], f[4], f[5], f[6]));
      }
    }
    assertThat(out).hasSizeGreaterThan(40);
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void typesTheFigure(Case c) {
    List<Indicator> found = ZHIBIAO.findIndicators(c.sentence());
    if (c.figure().equals("-")) {
      assertThat(found).as("no figure in %s", c.sentence()).isEmpty();
      return;
    }
    Indicator i = found.stream().filter(x -> x.text().equals(c.figure())).findFirst()
        .orElseThrow(() -> new AssertionError("no indicator '" + c.figure() + "' in " + found));
    assertThat(i.type().id()).as("type").isEqualTo(c.type());
    int range = c.value().indexOf("..");
    if (range > 0) { // a range: low..high, signed
      assertThat(i.value()).as("value of a range").isNull();
      assertThat(i.low()).as("low").isEqualByComparingTo(new BigDecimal(c.value().substring(0, range)));
      assertThat(i.high()).as("high").isEqualByComparingTo(new BigDecimal(c.value().substring(range + 2)));
    } else {
      assertThat(i.value()).as("value").isEqualByComparingTo(new BigDecimal(c.value()));
    }
    if (!c.metric().equals("-")) assertThat(i.metric()).as("metric").isEqualTo(c.metric());
    if (c.base().equals("null")) {
      assertThat(i.base()).as("base").isNull();
    } else if (!c.base().equals("-")) {
      assertThat(i.base()).as("base").isEqualTo(c.base());
    }
    assertThat(i.status().id()).as("status").isEqualTo(c.status());
  }

  @Test
  void theUnitAmountOfAnExchangeRateIsNoIndicator() {
    // 1美元兑7.1088元: the 1美元 was an AMOUNT (review 13); the quantity is still found
    String text = "5月末人民币汇率中间价为1美元兑7.1088元人民币。";
    assertThat(ZHIBIAO.findIndicators(text)).extracting(Indicator::text)
        .containsExactly("7.1088元人民币");
    assertThat(ZHIBIAO.findQuantities(text)).extracting(Quantity::text)
        .containsExactly("1美元", "7.1088元人民币");
    assertThat(ZHIBIAO.findIndicators("100日元兑4.6元人民币。")).extracting(Indicator::text)
        .containsExactly("4.6元人民币");
    // counter-example: 兑 after another amount (兑付, 兑现) keeps it
    assertThat(ZHIBIAO.findIndicators("全年兑现奖励资金5亿元，兑付1亿元。")).hasSize(2);
  }

  @Test
  void aStreakIsNoIndicator_aLengthOfTimeIs() {
    // 连续9年: background to the figure after it (it was a DURATION with the metric 连续); the
    // quantity is still found
    String text = "全年粮食总产量13908亿斤，连续9年稳定在1.3万亿斤以上。";
    assertThat(ZHIBIAO.findIndicators(text)).extracting(Indicator::text)
        .containsExactly("13908亿斤", "1.3万亿斤以上");
    assertThat(ZHIBIAO.findQuantities(text)).extracting(Quantity::text)
        .containsExactly("13908亿斤", "9年", "1.3万亿斤以上");
    assertThat(ZHIBIAO.findIndicators("我市GDP增速已连续三个季度保持在6%以上。"))
        .extracting(Indicator::text).containsExactly("6%以上");
    // a length that is the figure
    assertThat(ZHIBIAO.findIndicators("项目建设工期36个月。")).extracting(Indicator::type)
        .containsExactly(IndicatorType.DURATION);
  }

  @Test
  void signedTypesAreTheOnlyNegativeOnes() {
    Document d = ZHIBIAO.extract("投资减少5亿元，同比下降4.1%，低于全省2个百分点，涉及企业3家。");
    assertThat(d.indicators()).extracting(Indicator::type).containsExactly(
        IndicatorType.CHANGE, IndicatorType.GROWTH_RATE, IndicatorType.PERCENTAGE_POINT_CHANGE,
        IndicatorType.COUNT);
    assertThat(d.indicators()).extracting(i -> i.value().signum()).containsExactly(-1, -1, -1, 1);
    // the quantity stays as written: unsigned
    assertThat(d.indicators().get(1).quantity().value()).isEqualByComparingTo("4.1");
  }

  @Test
  void aLevelAfterAFallKeepsItsSign_andComparisonsAreSigned() {
    // 回落至 gives the new level (+2.1), not a fall of 2.1; 比…低 is below its base
    assertThat(signed("1-7月，全省固定资产投资增速回落至2.1%。")).isEqualTo("GROWTH_RATE 2.1 null");
    assertThat(signed("增速回落至-2.1%。")).isEqualTo("GROWTH_RATE -2.1 null");
    assertThat(signed("增速比上年同期低1.5个百分点。"))
        .isEqualTo("PERCENTAGE_POINT_CHANGE -1.5 比上年同期"); // the keyword, as 比上年同期增长
    assertThat(signed("增速较全国平均水平高0.5个百分点。"))
        .isEqualTo("PERCENTAGE_POINT_CHANGE 0.5 全国平均水平");
    assertThat(signed("增速比上年同期放缓2.1个百分点。")).startsWith("PERCENTAGE_POINT_CHANGE -2.1");
    assertThat(signed("出口萎缩12%。")).startsWith("GROWTH_RATE -12");
    assertThat(signed("同比下降4.1%。")).startsWith("GROWTH_RATE -4.1");
  }

  @Test
  void aHeaderOfGoalsInAParagraphOfItsOwnGovernsTheItemsBelow() {
    // review 16: work reports set the items out one per paragraph, and they were facts
    assertThat(ZHIBIAO.findIndicators("今年主要预期目标是：\n\n地区生产总值增长6%左右；\n\n"
        + "城镇调查失业率控制在5.5%以内；\n\n粮食产量稳定在1200万吨以上。"))
        .extracting(Indicator::status).containsOnly(Status.TARGET).hasSize(3);
    assertThat(ZHIBIAO.findIndicators("2024年主要目标\n\n地区生产总值增长5.5%左右，城镇新增就业5万人以上。"))
        .extracting(Indicator::status).containsOnly(Status.TARGET).hasSize(2);
    assertThat(ZHIBIAO.findIndicators("今年计划安排项目如下：\n\n新开工项目120个，总投资3000亿元。"))
        .extracting(Indicator::status).containsOnly(Status.PLAN).hasSize(2);
    // counter-examples: a header of results, a report on the goals (second read: 围绕…, 对照…, 紧紧
    // 围绕…, 为实现…, …落实取得实效), a list ended by 。, an item's own past period
    for (String header : List.of("主要指标完成情况如下：", "全年目标任务完成情况如下：",
        "围绕全年目标任务，上半年主要工作如下：", "对照年度目标任务，上半年主要指标进展如下：",
        "过去一年，全市上下紧紧围绕年度目标任务：", "为实现全年目标，各地积极作为：", "目标任务落实取得实效：")) {
      assertThat(ZHIBIAO.findIndicators(header + "\n\n地区生产总值增长5.2%；\n\n城镇新增就业12万人。"))
          .as(header).extracting(Indicator::status).containsOnly(Status.ACTUAL);
    }
    assertThat(ZHIBIAO.findIndicators("全年目标：\n\n地区生产总值增长6%左右。\n\n上半年地区生产总值增长5.8%。"))
        .extracting(Indicator::status).containsExactly(Status.TARGET, Status.ACTUAL);
    assertThat(ZHIBIAO.extract("主要预期目标：\n\n2023年地区生产总值增长5.2%，今年增长6%左右。",
        LocalDate.of(2024, 3, 5)).indicators()).extracting(Indicator::status)
        .containsExactly(Status.ACTUAL, Status.TARGET);
  }

  @Test
  void aHeaderOfTargetsGovernsItsList_upToItsFullStop() {
    assertThat(ZHIBIAO.findIndicators(
        "今年主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业50万人以上，完成固定资产投资1.2万亿元。"))
        .extracting(Indicator::status).containsOnly(Status.TARGET).hasSize(3);
    assertThat(ZHIBIAO.findIndicators("2025年目标：GDP增长6%；居民收入增长7%；投资增长8%。"))
        .extracting(Indicator::status).containsOnly(Status.TARGET).hasSize(3);
    // counter-examples: 已 in the list is a fact; the header ends at its 。; no colon, no header
    assertThat(ZHIBIAO.findIndicators("主要目标是：增长6%，已完成投资30亿元。"))
        .extracting(Indicator::status).containsExactly(Status.TARGET, Status.ACTUAL);
    assertThat(ZHIBIAO.findIndicators("目标：全年投资100亿元。1-10月完成投资80亿元。"))
        .extracting(Indicator::status).containsExactly(Status.TARGET, Status.ACTUAL);
    assertThat(ZHIBIAO.findIndicators("力争全年增长6%；上半年完成投资80亿元。"))
        .extracting(Indicator::status).containsExactly(Status.TARGET, Status.ACTUAL);
    assertThat(ZHIBIAO.findIndicators("今年目标：完成投资100亿元，其中已完成投资30亿元。"))
        .extracting(Indicator::status).containsExactly(Status.TARGET, Status.ACTUAL);
    // the items of a list of targets may open with their own years or parts of the year
    assertThat(ZHIBIAO.findIndicators("发展目标：2025年，全市GDP突破5000亿元；2030年，全市GDP突破8000亿元。"))
        .extracting(Indicator::status).containsOnly(Status.TARGET).hasSize(2);
    assertThat(ZHIBIAO.findIndicators("今年计划：一季度，完成投资30亿元；二季度，完成投资40亿元。"))
        .extracting(Indicator::status).containsOnly(Status.PLAN).hasSize(2);
  }

  @Test
  void anAmountPerUnitIsARate_neverAnInvestmentToAddUp() {
    assertThat(signed("项目投资强度不低于每亩300万元。")).isEqualTo("RATE 3000000 null");
    assertThat(signed("园区投资强度达到500万元。")).isEqualTo("RATE 5000000 null");
    assertThat(signed("亩均税收达到20万元。")).isEqualTo("RATE 200000 null");
    // counter-example: 每 far from the figure leaves the level
    assertThat(signed("今年计划投资每年增加，总投资300亿元。")).isEqualTo("INVESTMENT 30000000000 null");
    // counter-examples: 强度 as the means, not the metric
    assertThat(signed("通过加大投资强度完成固定资产投资120亿元。")).isEqualTo("INVESTMENT 12000000000 null");
    assertThat(signed("全省保持高强度投资完成投资5000亿元。")).isEqualTo("INVESTMENT 500000000000 null");
  }

  @Test
  void aChangeOfPeopleMassOrCountsIsASignedChange_notALevel() {
    assertThat(signed("全省城镇新增就业减少30万人。")).isEqualTo("CHANGE -300000 null");
    assertThat(signed("粮食产量比上年增加50万吨。")).isEqualTo("CHANGE 500000 比上年");
    assertThat(signed("耕地面积扩大3万亩。")).isEqualTo("CHANGE 30000 null");
    // counter-examples: what is new is counted, a level
    assertThat(signed("全年新增3000家企业。")).isEqualTo("COUNT 3000 null");
    assertThat(signed("净增3万户。")).isEqualTo("COUNT 30000 null");
    assertThat(signed("粮食产量达到50万吨。")).isEqualTo("MASS 500000 null");
    // 为 after the verb gives the new level (reduced to), as 至 does
    assertThat(signed("农村贫困人口减少为551万人。")).isEqualTo("PEOPLE 5510000 null");
    assertThat(signed("学校数量减少为120所。")).isEqualTo("COUNT 120 null");
    assertThat(signed("贷款余额减少为5亿元。")).isEqualTo("LOAN 500000000 null");
    assertThat(signed("失业率下降为4.8%。")).isEqualTo("RATE 4.8 null");
    // counter-example: 增长为 states the growth
    assertThat(signed("社会消费品零售总额同比增长为3.5%。")).isEqualTo("GROWTH_RATE 3.5 同比");
    // but before an amount or a count 增长为 gives the new level too
    assertThat(signed("全市常住人口增长为1280万人。")).isEqualTo("PEOPLE 12800000 null");
  }

  @Test
  void aShareOf占And比重_hasItsWholeAsBase_andItsPartAsMetric() {
    Indicator a = ZHIBIAO.findIndicators("民营经济占全省经济比重达到55%。").get(0);
    assertThat(a.type()).isEqualTo(IndicatorType.SHARE);
    assertThat(a.metric()).isEqualTo("民营经济");
    assertThat(a.base()).isEqualTo("全省经济"); // was the verb 达到
    Indicator b = ZHIBIAO.findIndicators("制造业增加值占全省比重为30%。").get(0);
    assertThat(b.metric()).isEqualTo("制造业增加值");
    assertThat(b.base()).isEqualTo("全省");
    // counter-example: no 占, no whole
    assertThat(ZHIBIAO.findIndicators("高新技术产业比重达到40%。").get(0).base()).isNull();
    // the change of a share keeps its noun: 比重 is what rose
    assertThat(ZHIBIAO.findIndicators("第三产业增加值占GDP比重比上年提高1.2个百分点。").get(0).metric())
        .isEqualTo("第三产业增加值占GDP比重");
  }

  @Test
  void theBaseOfAComparisonIsWhatStandsBetween比AndTheVerb() {
    assertThat(signed("增速比一季度加快0.3个百分点。")).isEqualTo("PERCENTAGE_POINT_CHANGE 0.3 一季度");
    assertThat(signed("增速较一季度回落0.5个百分点。")).isEqualTo("PERCENTAGE_POINT_CHANGE -0.5 一季度");
    assertThat(signed("比2023年增长10%。")).isEqualTo("GROWTH_RATE 10 2023年");
    assertThat(signed("贷款余额比上年末增加200亿元。")).isEqualTo("CHANGE 20000000000 上年末");
    assertThat(signed("比上年同期增长10%。")).isEqualTo("GROWTH_RATE 10 比上年同期");
    // counter-examples: 较快, 占比 and 比重 make no comparison
    assertThat(signed("工业保持较快增长，增长8%。")).isEqualTo("GROWTH_RATE 8 null");
    Indicator share = ZHIBIAO.findIndicators("服务业占比提高2个百分点。").get(0);
    assertThat(share.base()).isNull();
    // nor do words that begin with 比 or 较 (比亚迪, 比特币, 比如, 较小) or 比较 (comparative advantage)
    for (String text : List.of("比亚迪新能源汽车销量增长38%。", "比特币价格上涨10%。", "比如新能源汽车产量增长30%。",
        "比照去年标准提高10%。", "具有比较优势的产业增加值增长8%。", "规模较小的企业利润下降5%。",
        "比利时进口增长12%。")) {
      Indicator i = ZHIBIAO.findIndicators(text).get(0);
      assertThat(i.base()).as(text).isNull();
      assertThat(i.metric()).as(text).isNotEmpty();
    }
  }

  @Test
  void aComparisonsPeriodIsItsBase_notThePeriodOfTheFiguresAfterIt() {
    List<Indicator> found = ZHIBIAO.findIndicators(
        "二季度，全省GDP增长5.2%，比一季度加快1个百分点，工业增加值增长4%。");
    assertThat(found).extracting(Indicator::text).containsExactly("5.2%", "1个百分点", "4%");
    assertThat(found).extracting(i -> i.period().text()).containsOnly("二季度");
    assertThat(found.get(1).base()).isEqualTo("一季度");
    assertThat(found.get(1).metric()).isEqualTo("GDP"); // 比一季度加快 is not the metric
    // with no period of its own, the sentence has none: 一季度 is only the base
    assertThat(ZHIBIAO.findIndicators("全省GDP增长5.2%，比一季度加快1个百分点，工业增加值增长4%。"))
        .extracting(Indicator::period).containsOnlyNulls();
    assertThat(ZHIBIAO.findIndicators("与2023年相比，全省投资增长5%。").get(0).period()).isNull();
    // 比去年四季度: the compared quarter is last year's, and not the figure's period
    Indicator q = ZHIBIAO.findIndicators("今年一季度比去年四季度增长3%。").get(0);
    assertThat(q.base()).isEqualTo("去年四季度");
    assertThat(q.period().text()).isEqualTo("今年一季度");
  }

  private static String signed(String text) {
    Indicator i = ZHIBIAO.findIndicators(text).get(0);
    return i.type() + " " + i.value().toPlainString() + " " + i.base();
  }

  @Test
  void aRangeIsSignedAtBothEnds() {
    Indicator i = ZHIBIAO.findIndicators("同比下降3%至5%。").get(0);
    assertThat(i.type()).isEqualTo(IndicatorType.GROWTH_RATE);
    assertThat(i.value()).isNull();
    assertThat(i.low()).isEqualByComparingTo("-5");
    assertThat(i.high()).isEqualByComparingTo("-3");
  }

  @Test
  void headlineAndBodyMentionsAreOneIndicator() {
    String text = "青海：藏医药产业总产值达26亿元\n\n来自青海省经信委的消息，2017年，青海全省藏医药工业总产值达26亿元，"
        + "占全国藏医药工业总产值的44％。\n";
    Document d = ZHIBIAO.extract(text);
    assertThat(d.quantities()).hasSize(3);
    assertThat(d.indicators()).hasSize(2);
    Indicator total = d.indicators().get(0);
    assertThat(total.type()).isEqualTo(IndicatorType.OUTPUT_VALUE);
    assertThat(total.mentions()).hasSize(2);
    assertThat(total.span().start()).isGreaterThan(total.mentions().get(1).start());
    assertThat(total.mentions().get(1).slice(text)).isEqualTo("26亿元");
  }

  @Test
  void aRoundUpHeadlineWithACommaIsOneIndicatorWithTheBody() {
    String text = "湖北：86个项目集中开工，总投资426亿元\n\n本次集中开工的86个项目，总投资426亿元。\n";
    assertThat(ZHIBIAO.findIndicators(text)).hasSize(2)
        .allSatisfy(i -> assertThat(i.mentions()).hasSize(2));
    // a column-broken body line between blank lines, with no 省份： prefix, is not a headline
    String body = "两年来，两地投资10亿元\n\n全年投资10亿元。\n";
    assertThat(ZHIBIAO.findIndicators(body))
        .filteredOn(i -> i.type() == IndicatorType.INVESTMENT).hasSize(2);
  }

  @Test
  void aBoundAndTheExactValueItHeldBackAreOneIndicator() {
    // 突破两万亿元，达到20217亿元: the exact value was an AMOUNT with no metric, and a total of GDP
    // would have added the bound as well
    String text = "2023年全市地区生产总值突破两万亿元，达到20217亿元。";
    Document d = ZHIBIAO.extract(text);
    assertThat(d.quantities()).hasSize(2);
    assertThat(d.indicators()).hasSize(1);
    Indicator gdp = d.indicators().get(0);
    assertThat(gdp.type()).isEqualTo(IndicatorType.GDP);
    assertThat(gdp.metric()).isEqualTo("地区生产总值");
    assertThat(gdp.value()).isEqualByComparingTo("2021700000000");
    assertThat(gdp.mentions()).extracting(m -> m.slice(text))
        .containsExactly("20217亿元", "突破两万亿元");
    // in a headline and its body: one indicator, all four mentions
    String both = "广东：GDP突破十万亿元，达到10.5万亿元\n\n2020年，广东GDP突破十万亿元，达到10.5万亿元。\n";
    List<Indicator> all = ZHIBIAO.findIndicators(both);
    assertThat(all).hasSize(1);
    assertThat(all.get(0).mentions()).hasSize(4);
    assertThat(all.get(0).mentions()).extracting(m -> m.slice(both))
        .containsOnly("10.5万亿元", "突破十万亿元");
    // 完成 is no 达: another figure, and the bound stays
    assertThat(ZHIBIAO.findIndicators("总投资超过100亿元，完成50亿元。")).hasSize(2)
        .first().extracting(Indicator::type).isEqualTo(IndicatorType.INVESTMENT);
  }

  @Test
  void differentFiguresInHeadlineAndBodyStayApart() {
    String text = "青海：藏医药产业总产值达26亿元\n\n2017年，青海全省藏医药工业总产值达27亿元。\n";
    assertThat(ZHIBIAO.findIndicators(text)).hasSize(2)
        .allSatisfy(i -> assertThat(i.mentions()).hasSize(1));
  }

  @Test
  void everyIndicatorSpanIsAQuantitySpan() {
    String text = "总投资约２２６２亿元，同比增长８．５％。\n到2025年力争达到5000亿元。";
    Document d = ZHIBIAO.extract(text);
    for (Indicator i : d.indicators()) {
      assertThat(d.quantities()).contains(i.quantity());
      for (Span s : i.mentions()) assertThat(s.slice(text)).isNotEmpty();
    }
  }
}
