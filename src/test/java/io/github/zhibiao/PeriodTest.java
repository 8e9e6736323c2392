package io.github.zhibiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Periods: found as written, resolved to calendar dates (against the document date if given). */
class PeriodTest {
  private static final Zhibiao ZHIBIAO = Zhibiao.create();
  private static final LocalDate DATE = LocalDate.of(2018, 8, 5);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "2017年，全省投资100亿元。|2017年|2017-01-01|2017-12-31",
      "今年上半年，全省投资100亿元。|今年上半年|2018-01-01|2018-06-30",
      "前三季度，全省投资100亿元。|前三季度|2018-01-01|2018-09-30",
      "前7个月，全省投资100亿元。|前7个月|2018-01-01|2018-07-31",
      "今年前两个月，全省投资100亿元。|今年前两个月|2018-01-01|2018-02-28",
      "2017年前十个月，全省投资100亿元。|2017年前十个月|2017-01-01|2017-10-31",
      "1~5月，全省投资100亿元。|1~5月|2018-01-01|2018-05-31",
      "1至10月，全省投资100亿元。|1至10月|2018-01-01|2018-10-31",
      "截至6月底，贷款余额100亿元。|截至6月底|null|2018-06-30",
      "2018年四季度，全省投资100亿元。|2018年四季度|2018-10-01|2018-12-31",
      "去年全省投资100亿元。|去年|2017-01-01|2017-12-31",
      "2022年1-9月，全省投资100亿元。|2022年1-9月|2022-01-01|2022-09-30",
      "二〇一六年全省投资100亿元。|二〇一六年|2016-01-01|2016-12-31",
      "2017年以来，全省投资100亿元。|2017年以来|2017-01-01|2018-08-05",
      "到2025年，全省投资达到100亿元。|到2025年|2025-01-01|2025-12-31",
  })
  void resolvesAgainstTheDocumentDate(String text, String written, String start, String end) {
    Indicator i = ZHIBIAO.extract(text, DATE).indicators().get(0);
    Period p = i.period();
    assertThat(p).isNotNull();
    assertThat(p.text()).isEqualTo(written);
    assertThat(p.span().slice(text)).isEqualTo(written);
    assertThat(p.start()).isEqualTo(start == null ? null : LocalDate.parse(start));
    assertThat(p.end()).isEqualTo(end == null ? null : LocalDate.parse(end));
  }

  @Test
  void relativePeriodsStayUnresolvedWithoutADate() {
    Period p = ZHIBIAO.extract("今年上半年，全省投资100亿元。").indicators().get(0).period();
    assertThat(p.text()).isEqualTo("今年上半年");
    assertThat(p.isResolved()).isFalse();
    assertThat(p.startDate()).isEmpty();
  }

  @Test
  void aBaseOfComparisonIsNotThePeriod() {
    // 比上年 names the base; the figure's period is 1-9月
    Indicator i = ZHIBIAO.extract("1-9月，出口比上年增长5%。", DATE).indicators().get(0);
    assertThat(i.period().text()).isEqualTo("1-9月");
    assertThat(i.base()).isEqualTo("比上年");
  }

  @ParameterizedTest
  @CsvSource({
      "23年上半年出口增长8%。, 23年上半年, 2023-01-01, 2023-06-30",
      "24年GDP增长5%。, 24年, 2024-01-01, 2024-12-31",
      "18年7月，出口增长3%。, 18年7月, 2018-07-01, 2018-07-31",
      "98年全年增长7%。, 98年全年, 1998-01-01, 1998-12-31",
      "7、8月份，全市销售额增长5%。, 7、8月份, 2018-07-01, 2018-08-31",
      "7/8月份全市销售额增长5%。, 7/8月份, 2018-07-01, 2018-08-31"})
  void shortenedYearsAndPairsOfMonths(String text, String period,
      LocalDate start, LocalDate end) {
    Indicator i = ZHIBIAO.extract(text, DATE).indicators().get(0);
    assertThat(i.period().text()).isEqualTo(period);
    assertThat(i.period().start()).isEqualTo(start);
    assertThat(i.period().end()).isEqualTo(end);
  }

  @Test
  void monthsListedApartAreAPeriodWithoutDates() {
    // 1、3月份 is January and March: not March alone (the scan started again at 3月), nor the year
    for (String text : List.of("1、3月份，全市销售额增长5%。", "今年1、3月份全市销售额增长5%。",
        "2018年2/5月出口增长5%。")) {
      Period p = ZHIBIAO.extract(text, DATE).indicators().get(0).period();
      assertThat(p.text()).as(text).isEqualTo(text.substring(0, text.indexOf('月') + 1)
          + (text.contains("月份") ? "份" : ""));
      assertThat(p.start()).as(text).isNull();
      assertThat(p.end()).as(text).isNull();
    }
  }

  @Test
  void aheadOfTimeIsNoPeriod() {
    // 提前3个月 is a length of time: the 10% after it has no period, where 前3个月 would give one
    List<Indicator> found = ZHIBIAO.extract("项目提前3个月完成，投资增长10%。", DATE).indicators();
    assertThat(found).extracting(Indicator::text).containsExactly("3个月", "10%");
    assertThat(found.get(1).period()).isNull();
    // nor are months before an event or counted from a start
    for (String text : List.of("此前3个月，该市出口增长8%。", "上线后的前6个月，平台交易额达20亿元。",
        "春节前两个月，销售额达50亿元。", "在前3个月的试运行中，处理污水10万吨。")) {
      List<Indicator> all = ZHIBIAO.extract(text, DATE).indicators();
      assertThat(all).as(text).hasSize(2);
      assertThat(all.get(0).type()).as(text).isEqualTo(IndicatorType.DURATION);
      assertThat(all.get(1).period()).as(text).isNull();
    }
  }

  @Test
  void noPeriodWhenTheTextGivesNone() {
    assertThat(ZHIBIAO.findIndicators("全省投资100亿元。").get(0).period()).isNull();
  }

  @Test
  void aPeriodInAnotherParagraphDoesNotCarryOver() {
    Indicator i = ZHIBIAO.findIndicators("2017年，全省投资100亿元。\n\n全市投资50亿元。").get(1);
    assertThat(i.period()).isNull();
  }
}
