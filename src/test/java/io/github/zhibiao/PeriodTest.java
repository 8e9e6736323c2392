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
      "前三个季度，全省投资100亿元。|前三个季度|2018-01-01|2018-09-30",
      "今年前两个季度，全省投资100亿元。|今年前两个季度|2018-01-01|2018-06-30",
      "今年前两个月，全省投资100亿元。|今年前两个月|2018-01-01|2018-02-28",
      "2017年前十个月，全省投资100亿元。|2017年前十个月|2017-01-01|2017-10-31",
      "1~5月，全省投资100亿元。|1~5月|2018-01-01|2018-05-31",
      "1至10月，全省投资100亿元。|1至10月|2018-01-01|2018-10-31",
      "截至6月底，贷款余额100亿元。|截至6月底|null|2018-06-30",
      // a month's or a quarter's end is a point in time, as 年末 is (was the whole month)
      "5月末，贷款余额100亿元。|5月末|null|2018-05-31",
      "一季度末，存款余额100亿元。|一季度末|null|2018-03-31",
      "2016年7月至2017年6月底，全省投资100亿元。|2016年7月至2017年6月底|2016-07-01|2017-06-30",
      "1至5月底，全省投资100亿元。|1至5月底|2018-01-01|2018-05-31",
      "2018年四季度，全省投资100亿元。|2018年四季度|2018-10-01|2018-12-31",
      "去年全省投资100亿元。|去年|2017-01-01|2017-12-31",
      "2017年度全省投资100亿元。|2017年度|2017-01-01|2017-12-31",
      "一、二季度，全省投资100亿元。|一、二季度|2018-01-01|2018-06-30",
      "2022年1-9月，全省投资100亿元。|2022年1-9月|2022-01-01|2022-09-30",
      "二〇一六年全省投资100亿元。|二〇一六年|2016-01-01|2016-12-31",
      "2017年以来，全省投资100亿元。|2017年以来|2017-01-01|2018-08-05",
      "到2025年，全省投资达到100亿元。|到2025年|2025-01-01|2025-12-31",
      // spans of years: one period, not the goal year 至2017年 or 2017年 alone
      "2015年至2017年，全省投资100亿元。|2015年至2017年|2015-01-01|2017-12-31",
      "2015年到2017年，全省投资100亿元。|2015年到2017年|2015-01-01|2017-12-31",
      "2015—2017年，全省投资100亿元。|2015—2017年|2015-01-01|2017-12-31",
      "行动计划（2015-2017年）明确投资100亿元。|2015-2017年|2015-01-01|2017-12-31",
      "2016年7月至2017年6月，全省投资100亿元。|2016年7月至2017年6月|2016-07-01|2017-06-30",
      "2016年至2017年底，全省投资100亿元。|2016年至2017年底|2016-01-01|2017-12-31",
      // the months of a named year are in that year, not in the document's
      "2017年1月至6月，全省投资100亿元。|2017年1月至6月|2017-01-01|2017-06-30",
      "今年1月至5月，全省投资100亿元。|今年1月至5月|2018-01-01|2018-05-31",
      "2016年至今，全省投资100亿元。|2016年至今|2016-01-01|2018-08-05",
      // 至今年 is this year, not 至今 (since): the span ends in the document's year
      "2016年至今年6月，全省投资100亿元。|2016年至今年6月|2016-01-01|2018-06-30",
      "2017年12月至今年5月，全省投资100亿元。|2017年12月至今年5月|2017-12-01|2018-05-31",
      // the years of a five-year plan (十四五规划 alone is a document: no period)
      "“十三五”期间全省投资100亿元。|“十三五”期间|2016-01-01|2020-12-31",
      "十二五时期，全省投资100亿元。|十二五时期|2011-01-01|2015-12-31",
      "“十三五”以来，全省投资100亿元。|“十三五”以来|2016-01-01|2018-08-05",
      "到“十三五”末，全省投资达到100亿元。|到“十三五”末|null|2020-12-31",
      // the plan's name with 规划 or written out (they were no period)
      "“十三五”规划期间，全省投资100亿元。|“十三五”规划期间|2016-01-01|2020-12-31",
      "第十三个五年规划期间，全省投资100亿元。|第十三个五年规划期间|2016-01-01|2020-12-31",
      "第十二个五年计划时期，全省投资100亿元。|第十二个五年计划时期|2011-01-01|2015-12-31",
      // the years a work report looks back over (they were a length of time, and no period)
      "过去一年，全市投资100亿元。|过去一年|2017-01-01|2017-12-31",
      "过去的一年，全市投资100亿元。|过去的一年|2017-01-01|2017-12-31",
      "过去五年，全市投资100亿元。|过去五年|2013-01-01|2017-12-31",
      // a bare 全年 after a year and a name is that year's (it was the document's)
      "2016年四川省全年投资100亿元。|全年|2016-01-01|2016-12-31",
      // ... and after a year in the sentence or the paragraph before it, as a bare 年末 is (review
      // 13: bulletins open with the year and go on with 全年; it was the document's year)
      "2016年，全省经济回升。全年投资100亿元。|全年|2016-01-01|2016-12-31",
      "2016年全省经济回升，全年投资100亿元。|全年|2016-01-01|2016-12-31",
      "2017年上半年，全省经济回升。全年投资100亿元。|全年|2017-01-01|2017-12-31",
      "去年全省经济回升。全年投资100亿元。|全年|2017-01-01|2017-12-31",
      // counter-examples: after months without a year, a goal or a span of years (which year is not
      // said) it stays the document's
      "6月，全省经济回升。全年投资100亿元。|全年|2018-01-01|2018-12-31",
      "到2020年，全省建成小康社会。全年投资100亿元。|全年|2018-01-01|2018-12-31",
      "2014年至2017年，全省经济回升。全年投资100亿元。|全年|2018-01-01|2018-12-31",
      // a bare 年末 or 年底 opening a clause is the document's year's end (it had no period), as
      // 截至年底 is; after 到 it is a goal (in a text of spring, a fact's is the year before:
      // aFactOfAYearNotOverIsOfTheYearBefore)
      "年末全市户籍人口986.5万人。|年末|null|2018-12-31",
      "全年经济平稳，年底贷款余额100亿元。|年底|null|2018-12-31",
      "截至年底，贷款余额100亿元。|截至年底|null|2018-12-31",
      "力争到年底，全省投资100亿元。|到年底|null|2018-12-31",
      "截至到年底，贷款余额100亿元。|截至到年底|null|2018-12-31",
      // the end of a span is no goal (it was one, 至年底): the period before it stays, June (the span
      // to December is not read)
      "2017年6月至年底，全省投资100亿元。|2017年6月|2017-06-01|2017-06-30",
      // after a span of years, its last year's end
      "2014年至2017年，全省经济回升。年末贷款余额100亿元。|年末|null|2017-12-31",
      // ... in the year of the period before it in its paragraph (a January report's 年末 is the
      // year before's), unless that period has no year of its own
      "2017年，全省经济回升。年末贷款余额100亿元。|年末|null|2017-12-31",
      "去年经济回升，年底贷款余额100亿元。|年底|null|2017-12-31",
      "6月，全省经济回升。年末贷款余额100亿元。|年末|null|2018-12-31",
      "到2020年，全省建成小康社会。年末贷款余额100亿元。|年末|null|2018-12-31",
      // the year's end with its 年 written twice (it was the whole year)
      "今年年底，贷款余额100亿元。|今年年底|null|2018-12-31",
      // 年底前, a deadline, is the year's end (前 was the metric's head)
      "年底前将完成投资100亿元。|年底前|null|2018-12-31",
      "2017年底前完成投资100亿元。|2017年底前|null|2017-12-31",
      "2017年年末，贷款余额100亿元。|2017年年末|null|2017-12-31",
      // 截至 a day ends on that day (it ended on the month's last)
      "截至6月18日，全省投资100亿元。|截至6月18日|null|2018-06-18",
      "截至2017年3月5日，贷款余额100亿元。|截至2017年3月5日|null|2017-03-05",
      "截至六月十八日，贷款余额100亿元。|截至六月十八日|null|2018-06-18",
      "截至二〇一七年十二月三十一日，贷款余额100亿元。|截至二〇一七年十二月三十一日|null|2017-12-31",
      "截至3月二十日，贷款余额100亿元。|截至3月二十日|null|2018-03-20",
      "截至9月8号，贷款余额100亿元。|截至9月8号|null|2018-09-08",
      // a span of days (review 13: the last month alone); 6月18日 alone stays the month
      "2018年1月1日至5月31日，全市新设经营主体3.6万户。|2018年1月1日至5月31日|2018-01-01|2018-05-31",
      "今年3月15日至4月30日，全市查处案件1286件。|今年3月15日至4月30日|2018-03-15|2018-04-30",
      "5月1日至5日，全市接待游客312.6万人次。|5月1日至5日|2018-05-01|2018-05-05",
      "7月30日-8月5日，全省投资100亿元。|7月30日-8月5日|2018-07-30|2018-08-05",
      "6月18日，全省签约项目100个。|6月|2018-06-01|2018-06-30",
      // the month or the year written again (it was 至2018年5月, a goal), and a span across New Year
      "5月1日至5月5日，全市接待游客312.6万人次。|5月1日至5月5日|2018-05-01|2018-05-05",
      "2018年5月1日至2018年5月5日，全市接待游客312.6万人次。|2018年5月1日至2018年5月5日|2018-05-01|2018-05-05",
      "2017年12月25日至2018年1月5日，全市接待游客312.6万人次。|2017年12月25日至2018年1月5日|2017-12-25|2018-01-05",
      // counter-examples: a span that runs backwards is no span of days (the month stays, then the
      // scan reads the rest anew)
      "5月5日至1日，全市接待游客312.6万人次。|5月|2018-05-01|2018-05-31",
      "5月5日至5月1日，全市接待游客312.6万人次。|5月|2018-05-01|2018-05-31",
      // eleven months into the next year is no span of days (what 至2018年12月 then reads as, a goal
      // month, is an older limitation of ranges of dates)
      "2017年12月25日至2018年12月5日，全市接待游客312.6万人次。|至2018年12月|2018-12-01|2018-12-31",
      // no such day: no end date rather than a wrong one
      "2月30日至3月5日，全市接待游客312.6万人次。|2月30日至3月5日|null|null",
      "截至6月31日，贷款余额100亿元。|截至6月31日|null|null",
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
  void whatAMultipleIsOfIsNotItsPeriod() {
    // 是2012年的2.1倍: the figure is 2017's, 2012年 its base (it was given 2012年)
    Indicator i = ZHIBIAO.extract("2017年全市GDP是2012年的2.1倍。", DATE).indicators().get(0);
    assertThat(i.period().text()).isEqualTo("2017年");
    i = ZHIBIAO.extract("上半年出口额是去年同期的1.25倍。", DATE).indicators().get(0);
    assertThat(i.period().text()).isEqualTo("上半年");
    // but 是2017年的 before a noun is the period of what follows
    i = ZHIBIAO.extract("该项目是2017年的省重点项目，总投资50亿元。", DATE).indicators().get(0);
    assertThat(i.period().text()).isEqualTo("2017年");
  }

  @Test
  void whatARatioIsOfIsNotItsPeriod() {
    // 为上年同期的105%: last year is the base (it was the period, with no dates)
    List<Indicator> all = ZHIBIAO.extract("上半年全市工业增加值1200亿元，为上年同期的105%。", DATE)
        .indicators();
    assertThat(all.get(1).period().text()).isEqualTo("上半年");
    assertThat(all.get(1).base()).isEqualTo("上年同期");
    // 为全年目标的60%: the half year's part of the year's goal
    all = ZHIBIAO.extract("上半年全市新增就业6万人，为全年目标的60%。", DATE).indicators();
    assertThat(all.get(1).period().text()).isEqualTo("上半年");
    assertThat(all.get(1).base()).isEqualTo("全年目标");
    // 完成全年目标任务的47%, 占全年额度的62%: the part done so far (they were given the whole year)
    for (String text : List.of("1-5月，全市完成投资420亿元，完成全年目标任务的47%。",
        "1-5月，全市完成投资420亿元，完成全年目标任务的百分之四十七。",
        "1-5月，全市发行专项债券120亿元，占全年额度的62%。")) {
      all = ZHIBIAO.extract(text, DATE).indicators();
      assertThat(all).as(text).hasSize(2);
      assertThat(all.get(1).period().text()).as(text).isEqualTo("1-5月");
    }
  }

  @Test
  void lastYearsCarryOverIsNoPeriod() {
    // 上年结转收入: this year's receipt, carried over (review 15: its period was 上年); 上年 alone is one
    assertThat(ZHIBIAO.extract("上年结转收入23.5亿元。", DATE).indicators().get(0).period()).isNull();
    assertThat(ZHIBIAO.extract("上年全市一般公共预算收入完成215亿元。", DATE).indicators().get(0)
        .period().start()).isEqualTo(LocalDate.of(2017, 1, 1));
  }

  @Test
  void aYearEndInsideAWordIsNoPeriod() {
    // 每年年底 is every year's, 近三年末 no year end of the figure's: the 5亿元 has no period (a
    // bare 年末 or 年底 is one only where a clause starts, or after 到, 至, 截至)
    for (String text : List.of("每年年底，全市安排资金5亿元。", "近三年末，全市安排资金5亿元。")) {
      Indicator i = ZHIBIAO.extract(text, DATE).indicators().get(0);
      assertThat(i.period()).as(text).isNull();
    }
    // 6月18日 without 截至 is a day's event: its figure keeps the month
    Indicator i = ZHIBIAO.extract("6月18日，全市签约项目总投资1250亿元。", DATE).indicators().get(0);
    assertThat(i.period().text()).isEqualTo("6月");
    assertThat(i.period().end()).isEqualTo(LocalDate.of(2018, 6, 30));
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
        "提前两个季度，该市出口增长8%。",
        "春节前两个月，销售额达50亿元。", "在前3个月的试运行中，处理污水10万吨。")) {
      List<Indicator> all = ZHIBIAO.extract(text, DATE).indicators();
      assertThat(all).as(text).hasSize(2);
      assertThat(all.get(0).type()).as(text).isEqualTo(IndicatorType.DURATION);
      assertThat(all.get(1).period()).as(text).isNull();
    }
  }

  @Test
  void toAfterAVerbOfChangeIsNoGoal() {
    // 增长到2017年的3000亿元 is 2017's level: it was a goal year 到2017年, a TARGET
    List<Indicator> all =
        ZHIBIAO.extract("全区GDP从2012年的1200亿元增长到2017年的3000亿元。", DATE).indicators();
    assertThat(all).extracting(i -> i.period().text()).containsExactly("2012年", "2017年");
    assertThat(all).extracting(Indicator::status).containsOnly(Status.ACTUAL);
  }

  @Test
  void aPeriodThatHasNotBegunHasNoActualFigures() {
    // 2019年达到3000亿元 in a text of 2018-08-05 was ACTUAL
    Indicator i = ZHIBIAO.extract("产业规模年均增长20%，2019年达到3000亿元。", DATE).indicators().get(1);
    assertThat(i.status()).isEqualTo(Status.TARGET);
    assertThat(ZHIBIAO.extract("下半年，全省投资增长5%。", DATE).indicators().get(0).status())
        .isEqualTo(Status.ACTUAL); // begun on 2018-07-01
    assertThat(ZHIBIAO.extract("明年全省投资增长5%。", DATE).indicators().get(0).status())
        .isEqualTo(Status.TARGET);
    // a span of years that ends after the date, a plan's years: goals (a review found ACTUAL)
    assertThat(ZHIBIAO.extract("2018年至2020年，全省新建5G基站10万个。", DATE).indicators().get(0)
        .status()).isEqualTo(Status.TARGET);
    assertThat(ZHIBIAO.extract("“十三五”期间，全省GDP年均增长6%左右。", DATE).indicators().get(0)
        .status()).isEqualTo(Status.TARGET);
    // a month or quarter with no year may be last year's: 四季度 in a text of January stays actual
    assertThat(ZHIBIAO.extract("四季度，全省GDP同比增长5.2%。", LocalDate.of(2018, 1, 15))
        .indicators().get(0).status()).isEqualTo(Status.ACTUAL);
    // after a verb of change, 至 and 到 are the verb's: 增长至“十三五”末的…, 增至2017年的… are levels
    assertThat(ZHIBIAO.extract("全省GDP从2015年的1.7万亿元增长至“十三五”末的2.6万亿元。",
        LocalDate.of(2021, 3, 1)).indicators()).extracting(Indicator::status)
        .containsOnly(Status.ACTUAL);
    assertThat(ZHIBIAO.extract("由2014年的2.5万亿元增至2017年的3.2万亿元。", DATE).indicators())
        .extracting(Indicator::status).containsOnly(Status.ACTUAL);
    // without a document date nothing is known to lie ahead
    assertThat(ZHIBIAO.extract("2019年达到3000亿元。").indicators().get(0).status())
        .isEqualTo(Status.ACTUAL);
  }

  @Test
  void aCompanysHalfYearIsItsFirstHalf() {
    // 2024年半年度 was the whole of 2024, and 半年度 stayed in the metric (review 16)
    Indicator half = ZHIBIAO.extract("公司2018年半年度营业收入5亿元，同比增长10%。", DATE).indicators().get(0);
    assertThat(half.period().start()).isEqualTo(LocalDate.of(2018, 1, 1));
    assertThat(half.period().end()).isEqualTo(LocalDate.of(2018, 6, 30));
    assertThat(half.metric()).isEqualTo("营业收入");
    Indicator report = ZHIBIAO.extract("2018年半年报显示，公司营业收入5亿元。", DATE).indicators().get(0);
    assertThat(report.period().text()).isEqualTo("2018年半年报");
    assertThat(report.period().end()).isEqualTo(LocalDate.of(2018, 6, 30));
  }

  @Test
  void theSameTimeOfLastYearIsThePartBeforeIt() {
    // 上年同期 was all of last year, and the 同比 rate after it took that period and the metric 同期
    List<Indicator> all = ZHIBIAO.extract("上半年公司营业收入5.2亿元，上年同期为6.1亿元，同比下降14.8%。",
        DATE).indicators();
    Indicator last = all.get(1);
    assertThat(last.type()).isEqualTo(IndicatorType.REVENUE);
    assertThat(last.metric()).isEqualTo("公司营业收入");
    assertThat(last.period().text()).isEqualTo("上年同期");
    assertThat(last.period().start()).isEqualTo(LocalDate.of(2017, 1, 1));
    assertThat(last.period().end()).isEqualTo(LocalDate.of(2017, 6, 30));
    Indicator rate = all.get(2);
    assertThat(rate.metric()).isEqualTo("公司营业收入");
    assertThat(rate.period().text()).isEqualTo("上半年");
    assertThat(rate.period().start()).isEqualTo(LocalDate.of(2018, 1, 1));
    // of 2024年一季度: 2023's
    Indicator q1 = ZHIBIAO.extract("2024年一季度，公司净利润3亿元，去年同期为2.5亿元。", DATE)
        .indicators().get(1);
    assertThat(q1.period().start()).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(q1.period().end()).isEqualTo(LocalDate.of(2023, 3, 31));
    // of a whole year, 2023年度 or 2023年: 2022 (review 16: no dates)
    for (String year : List.of("2023年度营业收入为10亿元，", "2023年，公司营业收入为10亿元，")) {
      Indicator prior = ZHIBIAO.extract(year + "上年同期为8亿元。", DATE).indicators().get(1);
      assertThat(prior.period().start()).as(year).isEqualTo(LocalDate.of(2022, 1, 1));
      assertThat(prior.period().end()).as(year).isEqualTo(LocalDate.of(2022, 12, 31));
    }
    // no part written before it (本期): the text alone, no dates
    Indicator open = ZHIBIAO.extract("本期营业收入8.36亿元，上年同期为10.57亿元。", DATE)
        .indicators().get(1);
    assertThat(open.period().text()).isEqualTo("上年同期");
    assertThat(open.period().start()).isNull();
    assertThat(open.period().end()).isNull();
    // with 与…相比 it is the base, not the period
    assertThat(ZHIBIAO.extract("1-5月与上年同期相比，全省出口增长8%。", DATE).indicators().get(0)
        .period().text()).isEqualTo("1-5月");    // in a clause of its own it heads every figure after it (it gave the first one only)
    assertThat(ZHIBIAO.extract("2023年同期，该公司营业收入为7.2亿元，净利润为0.8亿元。", DATE).indicators())
        .extracting(i -> i.period().text()).containsExactly("2023年同期", "2023年同期");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      预计2017年全省地区生产总值增长7%左右。|ACTUAL
      公司预计2017年度实现净利润26亿元至28亿元。|ACTUAL
      2017年全省高校毕业生规模预计达到58.6万人。|ACTUAL
      初步预计，上半年全省地区生产总值增长7%。|ACTUAL
      预计全年全省地区生产总值增长7%。|PLAN
      预计2019年全省地区生产总值增长7%。|PLAN
      计划2017年全省投资100亿元。|PLAN
      2016年市政府工作报告预计2017年全省地区生产总值将突破5000亿元。|PLAN
      据2016年发布的规划，预计2017年全省新能源汽车产量达到50万辆。|PLAN
      """)
  void anEstimateOfAPeriodThatHasEndedIsAFact(String text, Status status) {
    // 预计 of a period over by the document's date (2018-08-05) estimates what happened (review 13:
    // PLAN); of one not over it stays a plan, and so does 计划 of any period
    assertThat(ZHIBIAO.extract(text, DATE).indicators().get(0).status()).isEqualTo(status);
  }

  @Test
  void aPlansWholeYearAndAnEventsDateLendNoYear() {
    // second read: 预计全年 after a past year became that year's ACTUAL, beside the real figure
    List<Indicator> is = ZHIBIAO.extract("2017年全省GDP增长5.2%。预计全年增长5.5%左右。", DATE)
        .indicators();
    assertThat(is.get(1).period().start()).isEqualTo(LocalDate.of(2018, 1, 1));
    assertThat(is.get(1).status()).isEqualTo(Status.PLAN);
    // the date of an event, a month or a year before 召开, 开工, 被…, is no year of the paragraph
    for (String text : List.of("在2017年12月召开的全市经济工作会议上，全年投资增长6%。",
        "该项目于2016年开工建设，总投资50亿元，全年完成投资12亿元。",
        "2016年被评为全国文明城市以来，全市旅游业快速发展，全年接待游客5000万人次。")) {
      Indicator last = ZHIBIAO.extract(text, DATE).indicators().get(
          ZHIBIAO.extract(text, DATE).indicators().size() - 1);
      assertThat(last.period().start()).as(text).isEqualTo(LocalDate.of(2018, 1, 1));
    }
  }

  @Test
  void aTitlesPeriodIsThatOfTheFiguresBelowItWithNone() {
    // second read: once the title stood apart from its body, its period was lost
    Indicator gdp = ZHIBIAO.extract("2018年上半年全市经济运行情况\n全市地区生产总值1200亿元，同比增长5.8%。", DATE)
        .indicators().get(0);
    assertThat(gdp.period().text()).isEqualTo("2018年上半年");
    assertThat(gdp.metric()).isEqualTo("地区生产总值");
    // counter-examples: a dateline in the figure's line (ExtractPropertiesTest: 上半年本报讯 … 记者罗勉0
    // lent 上半年 alone, not after a paragraph), and the figure's own period
    assertThat(ZHIBIAO.extract("上半年本报讯 记者罗勉 全市投资1200亿元。", DATE).indicators().get(0).period())
        .isNull();
    Indicator own = ZHIBIAO.extract("2018年上半年全市经济运行情况\n1-5月全市投资1200亿元。", DATE)
        .indicators().get(0);
    assertThat(own.period().text()).isEqualTo("1-5月");
  }

  @Test
  void theTimeOfABaseFigureIsNotThePeriod() {
    // 受上年同期基数较高影响: a cause, the base's time (review 13: the figure was 上年同期's, no dates)
    Indicator i = ZHIBIAO.extract("受上年同期基数较高影响，5月份出口同比下降3.2%。", DATE).indicators().get(0);
    assertThat(i.period().text()).isEqualTo("5月份");
    assertThat(ZHIBIAO.extract("受上年同期基数较高影响，当月出口同比下降3.2%。", DATE).indicators().get(0)
        .period()).isNull();
    // counter-example: 上年同期 as the figure's own period
    Indicator last = ZHIBIAO.extract("上年同期为10.57亿元。", DATE).indicators().get(0);
    assertThat(last.period().text()).isEqualTo("上年同期");
  }

  @Test
  void theSecondOfTwoBasesIsNotThePeriod() {
    // 分别比上月和上年同期高…: the changes were given 上年同期 (review 13)
    List<Indicator> is = ZHIBIAO.extract(
        "5月份同业拆借加权平均利率为1.84%，分别比上月和上年同期高0.03个和低0.12个百分点。", DATE).indicators();
    assertThat(is).hasSize(3).allSatisfy(i -> assertThat(i.period().text()).isEqualTo("5月份"));
    // counter-examples: 较 of an adjective, two months listed with no 比 before them
    Indicator retail = ZHIBIAO.extract("消费市场恢复较好、2018年一季度社会消费品零售总额增长5%。", DATE)
        .indicators().get(0);
    assertThat(retail.period().text()).isEqualTo("2018年一季度");
    Indicator both = ZHIBIAO.extract("5月和6月，全省投资100亿元。", DATE).indicators().get(0);
    assertThat(both.period().text()).isNotEqualTo("5月份");
    assertThat(both.period().end()).isEqualTo(LocalDate.of(2018, 6, 30));
  }

  @Test
  void theNewLevelOfAChangeDoesNotTakeTheOldLevelsYear() {
    // 由2020年的3200亿元增加到4523.6亿元 (review 13): both levels were 2020's
    List<Indicator> is = ZHIBIAO.extract("全市地区生产总值由2016年的3200亿元增加到4523.6亿元。", DATE)
        .indicators();
    assertThat(is).hasSize(2);
    assertThat(is.get(0).period().text()).isEqualTo("2016年");
    assertThat(is.get(1).period()).isNull();
    is = ZHIBIAO.extract("城镇居民人均可支配收入由上年的4.2万元增加到4.5万元。", DATE).indicators();
    assertThat(is.get(0).period().text()).isEqualTo("上年");
    assertThat(is.get(1).period()).isNull();
    // the period before 由 is the new level's
    is = ZHIBIAO.extract("2018年，全市地区生产总值由2016年的3200亿元增加到4523.6亿元。", DATE)
        .indicators();
    assertThat(is.get(0).period().text()).isEqualTo("2016年");
    assertThat(is.get(1).period().text()).isEqualTo("2018年");
    // counter-example: the new level's own year
    is = ZHIBIAO.extract("全市地区生产总值由2016年的3200亿元增加到2018年的4523.6亿元。", DATE)
        .indicators();
    assertThat(is.get(1).period().text()).isEqualTo("2018年");
  }

  @Test
  void aBulletinsWholeYearIsTheYearOfItsTitle() {
    // 全年 was the document's year (2024 for a bulletin on 2023 published in 2024), or open
    String text = "2023年湖北省国民经济和社会发展统计公报\n\n一、综合\n\n"
        + "全年全省地区生产总值55803.63亿元，比上年增长6.0%。";
    for (LocalDate date : new LocalDate[] {LocalDate.of(2024, 3, 20), null}) {
      Indicator gdp = ZHIBIAO.extract(text, date).indicators().get(0);
      assertThat(gdp.period().start()).isEqualTo(LocalDate.of(2023, 1, 1));
      assertThat(gdp.period().end()).isEqualTo(LocalDate.of(2023, 12, 31));
      assertThat(gdp.status()).isEqualTo(Status.ACTUAL);
    }
    // only a bulletin's title, on the first line: another headline's year is no report year
    Indicator news = ZHIBIAO.extract("2023年全省经济运行情况\n\n今年全省GDP增长5%。",
        LocalDate.of(2024, 3, 20)).indicators().get(0);
    assertThat(news.period().start()).isEqualTo(LocalDate.of(2024, 1, 1));
    // ... and so is a news title's (not a bulletin's, whose year is the report's anyway: the rule
    // read the line break after the title, and never the title)
    for (String titled : List.of("2023年全市经济运行情况\n全年全市地区生产总值4523.6亿元。",
        "2023年全市经济运行情况\n\n全年全市地区生产总值4523.6亿元。")) {
      Indicator gdp = ZHIBIAO.extract(titled, LocalDate.of(2024, 6, 30)).indicators().get(0);
      assertThat(gdp.period().start()).as(titled).isEqualTo(LocalDate.of(2023, 1, 1));
    }
    // 全年 right below a title line that names the year is that year's (review 13: it was 2024)
    Indicator below = ZHIBIAO.extract("2023年全市国民经济和社会发展统计公报\n全年全市地区生产总值4523.6亿元。",
        LocalDate.of(2024, 6, 30)).indicators().get(0);
    assertThat(below.period().start()).isEqualTo(LocalDate.of(2023, 1, 1));
    // a bulletin's title on the second line sets no report year: 今年 is the document's (it was
    // tested with 全年, which now reads the title line right above it, see above)
    Indicator second = ZHIBIAO.extract("新闻\n2023年湖北省国民经济和社会发展统计公报\n\n今年GDP增长6%。",
        LocalDate.of(2024, 3, 20)).indicators().get(0);
    assertThat(second.period().start()).isEqualTo(LocalDate.of(2024, 1, 1));
    Indicator titled = ZHIBIAO.extract("新闻\n2023年湖北省国民经济和社会发展统计公报\n\n全年GDP增长6%。",
        LocalDate.of(2024, 3, 20)).indicators().get(0);
    assertThat(titled.period().start()).isEqualTo(LocalDate.of(2023, 1, 1));
  }

  @Test
  void everyBareWholeYearAndYearEndBelowATitleIsTheTitlesYear() {
    // review 15: only the first 全年 took 2023; the second, and 年末, were the document's 2024
    List<Indicator> all = ZHIBIAO.extract("2023年全省预算执行情况\n全年一般公共预算收入完成3215.6亿元。"
        + "全年政府性基金预算收入完成1642.8亿元。年末政府债务余额14523.6亿元。", LocalDate.of(2024, 6, 30))
        .indicators();
    assertThat(all).extracting(i -> i.period().end()).containsOnly(LocalDate.of(2023, 12, 31));
    List<Indicator> people = ZHIBIAO.extract("2023年全市经济运行情况\n年末全市常住人口986.5万人，"
        + "全年接待游客1.35亿人次。", LocalDate.of(2024, 6, 30)).indicators();
    assertThat(people).extracting(i -> i.period().end()).containsOnly(LocalDate.of(2023, 12, 31));
    // a budget report's title: the year carried out, not the draft's (关于's 于 is no event's date)
    for (String title : List.of("关于2023年预算执行情况和2024年预算草案的报告",
        "关于2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告")) {
      Indicator whole = ZHIBIAO.extract(title + "\n\n全年一般公共预算收入完成3215.6亿元，增长8.3%。",
          LocalDate.of(2024, 6, 30)).indicators().get(0);
      assertThat(whole.period().start()).as(title).isEqualTo(LocalDate.of(2023, 1, 1));
      Indicator bare = ZHIBIAO.extract(title + "\n\n全市地区生产总值增长5.2%。",
          LocalDate.of(2024, 6, 30)).indicators().get(0);
      assertThat(bare.period().start()).as(title).isEqualTo(LocalDate.of(2023, 1, 1));
      // the long title (44 characters) stands apart: its 计划 is no status, its words no metric
      assertThat(bare.status()).isEqualTo(Status.ACTUAL);
      assertThat(bare.metric()).isEqualTo("地区生产总值");
    }
    // counter-example: a month's date before 全年 stays an event's; the year is the document's
    Indicator month = ZHIBIAO.extract("2023年6月，全市出口增长5%。全年进口增长3%。",
        LocalDate.of(2024, 6, 30)).indicators().get(1);
    assertThat(month.period().start()).isEqualTo(LocalDate.of(2024, 1, 1));
    // a paragraph that opens with a year heads the next one's 全年 and 年末 (they were 2024's)
    List<Indicator> next = ZHIBIAO.extract("2023年，全省一般公共预算收入完成3215.6亿元。\n\n"
        + "全年政府性基金预算收入完成1642.8亿元。年末政府债务余额14523.6亿元。", LocalDate.of(2024, 6, 30))
        .indicators();
    assertThat(next).extracting(i -> i.period().end()).containsOnly(LocalDate.of(2023, 12, 31));
    // and the paragraphs after it that name no other period (only the first took 2023)
    List<Indicator> chain = ZHIBIAO.extract("2023年，全省经济运行稳中向好。\n\n全年粮食产量1250万吨。\n\n"
        + "二、工业\n\n全年城镇新增就业12万人。年末常住人口1200万人。", LocalDate.of(2024, 6, 30)).indicators();
    assertThat(chain).extracting(i -> i.period().end()).containsOnly(LocalDate.of(2023, 12, 31));
    // counter-example: a paragraph between that names another period stops it
    for (String between : List.of("今年，全省地区生产总值增长5%。", "2024年主要预期目标是：地区生产总值增长5%。")) {
      List<Indicator> stopped = ZHIBIAO.extract("2023年，全省经济运行稳中向好。\n\n" + between
          + "\n\n全年城镇新增就业12万人。", LocalDate.of(2024, 6, 30)).indicators();
      assertThat(stopped.get(stopped.size() - 1).period().start()).as(between)
          .isEqualTo(LocalDate.of(2024, 1, 1));
    }
    // counter-examples: a paragraph that opens with a month, or with no year
    for (String before : List.of("2023年12月，全省召开经济工作会议。", "全省经济运行稳中向好。")) {
      Indicator whole = ZHIBIAO.extract(before + "\n\n全年政府性基金预算收入完成1642.8亿元。",
          LocalDate.of(2024, 6, 30)).indicators().get(0);
      assertThat(whole.period().start()).as(before).isEqualTo(LocalDate.of(2024, 1, 1));
    }
  }

  @Test
  void theOldLevelOfATurnFromLastMonthIsLastMonths() {
    // review 16: both rates were May's, contradicting each other, with the metric CPI环比由上月
    List<Indicator> all = ZHIBIAO.extract("5月份，CPI同比上涨0.3%，环比由上月的上涨0.1%转为下降0.1%。", DATE)
        .indicators();
    assertThat(all.get(1).period().text()).isEqualTo("上月");
    assertThat(all.get(1).period().start()).isEqualTo(LocalDate.of(2018, 4, 1));
    assertThat(all.get(1).period().end()).isEqualTo(LocalDate.of(2018, 4, 30));
    assertThat(all.get(2).period().text()).isEqualTo("5月份");
    assertThat(all).extracting(Indicator::metric).containsOnly("CPI");
    // with no month of its own: the text alone
    Indicator bare = ZHIBIAO.extract("PPI环比由上月下降0.2%转为上涨0.2%。", DATE).indicators().get(0);
    assertThat(bare.period().text()).isEqualTo("上月");
    assertThat(bare.period().start()).isNull();
    // the new level after 转为 does not take the old one's 上年同期
    List<Indicator> profit = ZHIBIAO.extract("利润总额由上年同期的亏损1.2亿元转为盈利0.8亿元。", DATE)
        .indicators();
    assertThat(profit.get(0).period().text()).isEqualTo("上年同期");
    assertThat(profit.get(1).period()).isNull();
  }

  @Test
  void theOldLevelFromLastQuarterOrLastMonthsEndIsThatPeriods() {
    // second read: 5.3% had no period, and 上季度末's stock took 二季度末, the new level's
    List<Indicator> gdp = ZHIBIAO.extract("二季度GDP增长由上季度的5.3%回落至4.7%。", DATE).indicators();
    assertThat(gdp.get(0).period().text()).isEqualTo("上季度");
    assertThat(gdp.get(0).period().start()).isEqualTo(LocalDate.of(2018, 1, 1));
    assertThat(gdp.get(0).period().end()).isEqualTo(LocalDate.of(2018, 3, 31));
    assertThat(gdp.get(1).period().text()).isEqualTo("二季度");
    List<Indicator> loans = ZHIBIAO.extract("二季度末贷款余额由上季度末的1.2万亿元增至1.3万亿元。", DATE)
        .indicators();
    assertThat(loans.get(0).period().text()).isEqualTo("上季度末");
    assertThat(loans.get(0).period().start()).isNull();
    assertThat(loans.get(0).period().end()).isEqualTo(LocalDate.of(2018, 3, 31));
    assertThat(loans.get(1).period().end()).isEqualTo(LocalDate.of(2018, 6, 30));
    Indicator m2 = ZHIBIAO.extract("6月末M2余额由上月末的290万亿元增至292万亿元。", DATE).indicators().get(0);
    assertThat(m2.period().text()).isEqualTo("上月末");
    assertThat(m2.period().end()).isEqualTo(LocalDate.of(2018, 5, 31));
    // a base, not a period: 比上季度 stays the comparison
    Indicator rate = ZHIBIAO.extract("二季度GDP增长4.7%，比上季度回落0.6个百分点。", DATE).indicators().get(1);
    assertThat(rate.period().text()).isNotEqualTo("上季度");
  }

  @Test
  void aFactOfAYearNotOverIsOfTheYearBefore() {
    // review 16: a work report or bulletin of the spring reports last year's 全年 and 年末 (they were
    // 2024's, a year not over)
    LocalDate march = LocalDate.of(2024, 3, 15);
    List<Indicator> all = ZHIBIAO.extract("全年完成固定资产投资4560亿元，增长10.2%。年末全市常住人口1200万人。",
        march).indicators();
    assertThat(all).extracting(i -> i.period().end()).containsOnly(LocalDate.of(2023, 12, 31));
    // counter-examples, this year's (second read): a plan, a deadline, 已, about, a bound, a goal
    // word, a period of this year in the sentence or the paragraph before, a year the text gives,
    // a text after April
    for (String text : List.of("预计全年增长5%左右。", "年底前200个项目将全面完成。", "全年已完成投资50亿元。",
        "全年GDP增长5%左右。", "全年粮食播种面积稳定在1.78亿亩以上。", "实现全年经济增长5%的目标。",
        "全年累计发放贷款100亿元，其中上半年发放60亿元。", "上半年，全市地区生产总值增长5.2%。\n\n全年粮食产量达到300万吨。",
        "2024年，全省经济平稳发展。\n\n二、农业\n\n全年粮食产量达到300万吨。")) {
      Indicator whole = ZHIBIAO.extract(text, march).indicators().stream()
          .filter(i -> i.period() != null && i.period().text().matches("全年|年底前")).findFirst()
          .orElseThrow();
      assertThat(whole.period().end()).as(text).isEqualTo(LocalDate.of(2024, 12, 31));
    }
    assertThat(ZHIBIAO.extract("全年完成固定资产投资4560亿元。", LocalDate.of(2024, 6, 30)).indicators()
        .get(0).period().end()).isEqualTo(LocalDate.of(2024, 12, 31));
  }

  @Test
  void pointsAfterRatesOfTwoQuartersTakeEachItsQuarter() {
    // second read: both points took 二季度, the rate nearest before them
    List<Indicator> all = ZHIBIAO.extract("一季度增长5.3%，二季度增长4.7%，分别回落0.2和0.6个百分点。", DATE)
        .indicators();
    assertThat(all.get(2).period().start()).isEqualTo(LocalDate.of(2018, 1, 1));
    assertThat(all.get(3).period().start()).isEqualTo(LocalDate.of(2018, 4, 1));
  }

  @Test
  void aPastYearAfterAGoalIsAFact() {
    // 2017年为2.1万亿元 after a goal year was TARGET: a past year reports, in a text of 2018
    List<Indicator> all = ZHIBIAO.extract("到2020年，全省数字经济规模达到3万亿元，2017年为2.1万亿元。",
        DATE).indicators();
    assertThat(all).extracting(Indicator::status).containsExactly(Status.TARGET, Status.ACTUAL);
    // without a date 2017年 could be ahead: the goal stands
    assertThat(ZHIBIAO.extract("到2020年，全省数字经济规模达到3万亿元，2017年为2.1万亿元。")
        .indicators()).extracting(Indicator::status).containsOnly(Status.TARGET);
  }

  @Test
  void moneyGotAfterAPastYearIsAFact() {
    // 争取上级资金 after 2017年 (or 过去一年) in a text of 2018: got, not a goal (it was TARGET)
    assertThat(ZHIBIAO.extract("2017年，全县争取上级资金36.8亿元。", DATE).indicators().get(0)
        .status()).isEqualTo(Status.ACTUAL);
    assertThat(ZHIBIAO.extract("过去一年，全市争取中央预算内投资18.6亿元。", DATE).indicators().get(0)
        .status()).isEqualTo(Status.ACTUAL);
    assertThat(ZHIBIAO.extract("2018年，全县争取上级资金40亿元。", DATE).indicators().get(0)
        .status()).isEqualTo(Status.TARGET);
  }

  @Test
  void aSpanOfYearsIsNoGoal() {
    // 至2017年 read alone was a goal year (到2025年), which made a past figure a target
    Indicator i = ZHIBIAO.extract("2015年至2017年，全省累计完成投资100亿元。", DATE).indicators().get(0);
    assertThat(i.status()).isEqualTo(Status.ACTUAL);
    assertThat(ZHIBIAO.extract("到2025年，全省投资达到100亿元。", DATE).indicators().get(0).status())
        .isEqualTo(Status.TARGET);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // 至少 is no range mark; 12015 is no year
      "2017年至少投资100亿元。|2017年",
      "编号12015-2017年度项目投资100亿元。|2017年度"})
  void notASpanOfYears(String text, String written) {
    Period p = ZHIBIAO.extract(text, DATE).indicators().get(0).period();
    assertThat(p.text()).isEqualTo(written);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2016年、2017年全省地区生产总值分别为1.2万亿元、1.3万亿元。|2016年|2017年",
      "2016年和2017年，全省固定资产投资分别增长5.1%和6.2%。|2016年|2017年",
      "一季度、二季度分别完成投资300亿元、400亿元。|一季度|二季度",
      "1—5月和1—6月，规模以上工业增加值分别增长4.5%、5.0%。|1—5月|1—6月",
      "去年和今年上半年分别完成投资800亿元、500亿元。|去年|今年上半年",
      "全省上半年完成投资800亿元，7月和8月分别完成100亿元、120亿元。|7月|8月"})
  void listedPeriodsGoToTheirFiguresWithRespectively(String text, String first, String second) {
    // before: both figures had the last period (2016年's GDP was 2017年's)
    List<Indicator> all = ZHIBIAO.extract(text, DATE).indicators();
    List<Indicator> two = all.subList(all.size() - 2, all.size());
    assertThat(two).extracting(i -> i.period().text()).containsExactly(first, second);
    assertThat(two.get(0).period().end()).isBefore(two.get(1).period().end());
    // and the list is no part of the metric (和今年上半年分别完成投资)
    assertThat(two.get(0).metric()).doesNotContain("和", "年");
  }

  @Test
  void twoMonthsWrittenAsOneGoOneToEachFigureWithRespectively() {
    List<Indicator> all = ZHIBIAO.extract("7、8月份，全省出口分别增长5%、6%。", DATE).indicators();
    assertThat(all).extracting(i -> i.period().start())
        .containsExactly(LocalDate.of(2018, 7, 1), LocalDate.of(2018, 8, 1));
    assertThat(all).extracting(i -> i.period().end())
        .containsExactly(LocalDate.of(2018, 7, 31), LocalDate.of(2018, 8, 31));
    // months listed apart: January and March, each resolved
    all = ZHIBIAO.extract("1、3月份，全省出口分别增长5%、6%。", DATE).indicators();
    assertThat(all).extracting(i -> i.period().start())
        .containsExactly(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 3, 1));
    // two quarters, each after 分别 (both were the second quarter)
    all = ZHIBIAO.extract("一、二季度，全省GDP分别增长5.3%、5.5%。", DATE).indicators();
    assertThat(all).extracting(i -> i.period().start())
        .containsExactly(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 4, 1));
    assertThat(all).extracting(i -> i.period().end())
        .containsExactly(LocalDate.of(2018, 3, 31), LocalDate.of(2018, 6, 30));
    // without 分别 the pair is one period for each figure
    all = ZHIBIAO.extract("7、8月份，全省出口增长5%，进口增长6%。", DATE).indicators();
    assertThat(all).extracting(i -> i.period().end())
        .containsExactly(LocalDate.of(2018, 8, 31), LocalDate.of(2018, 8, 31));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // X与Y相比: Y is the base, X the figures' period (a review found 2016年 given)
      "2017年与2016年相比，全省GDP增长5%。|2017年",
      "今年上半年与2017年上半年相比，全省出口增长8%，达到3000亿元。|今年上半年",
      // 至今后 is the years ahead, not 至今 (since)
      "2018年至今后五年，全省计划投资1万亿元。|2018年"})
  void theFirstOfTwoPeriodsComparedIsTheFiguresPeriod(String text, String written) {
    for (Indicator i : ZHIBIAO.extract(text, DATE).indicators()) {
      if (i.type() == IndicatorType.DURATION) continue;
      assertThat(i.period().text()).as(i.text()).isEqualTo(written);
    }
  }

  @Test
  void aSpanOfYearsGivesOneYearToEachFigureAfterRespectively() {
    List<Indicator> all =
        ZHIBIAO.extract("2015—2017年，全省GDP增速分别为8.8%、4.7%、4.1%。", DATE).indicators();
    assertThat(all).extracting(i -> i.period().start().getYear()).containsExactly(2015, 2016, 2017);
    assertThat(all).extracting(i -> i.period().end().getYear()).containsExactly(2015, 2016, 2017);
    // two levels of two metrics before the rates: 分别 is over the metrics, not the months
    all = ZHIBIAO.extract("7、8月份，全市接待游客500万人次，实现旅游收入50亿元，分别增长20%和25%。", DATE)
        .indicators();
    assertThat(all).extracting(i -> i.period().end()).containsOnly(LocalDate.of(2018, 8, 31));
    assertThat(all).extracting(Indicator::metric)
        .containsExactly("接待游客", "旅游收入", "接待游客", "旅游收入");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      // bases of a comparison, listed: the figures' period is 今年, or none
      "今年，全省投资增速比2016年、2017年分别高1.2个百分点、0.8个百分点。|今年|今年",
      "与2016年、2017年相比，全省投资分别增长5%、6%。|null|null",
      // a list of places and one of periods: whose is which is not written
      "2016年、2017年，广东、广西地区生产总值分别为1万亿元、2万亿元。|2017年|2017年",
      // 分别 is 投资 and 消费, the list between
      "2016年、2017年全省投资和消费分别增长5%、6%。|2017年|2017年",
      // three periods, two figures
      "2015年、2016年、2017年分别增长5%、6%。|2017年|2017年",
      // one span, not a list
      "2016年至2017年，两地分别完成投资800亿元、900亿元。|2016年至2017年|2016年至2017年"})
  void periodsNotGivenOneToEachFigure(String text, String first, String second) {
    List<Indicator> all = ZHIBIAO.extract(text, DATE).indicators();
    assertThat(all).extracting(i -> i.period() == null ? null : i.period().text())
        .containsExactly(first, second);
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
