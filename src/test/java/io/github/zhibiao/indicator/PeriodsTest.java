package io.github.zhibiao.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Periods#find} skips positions with no 年, 月 or 季 within reach: the longest ways to one
 * must still be found, after any amount of text without a period.
 */
class PeriodsTest {
  @ParameterizedTest
  @ValueSource(strings = {"截至到2025年底", "截至到第10~12月", "截至到10至12月份", "截止前三季度", "到二〇二五年", "今年上半年",
      "全年", "1~5月", "2018年四季度以来", "前7个月", "今年前两个月", "“十四五”期间", "到“十四五”末",
      "十三五以来", "2021年至2023年", "2021—2023年", "2021年至今", "一、二季度", "第十四个五年规划期间",
      "截至到12月三十一日", "到年底前", "截至年末"})
  void theLongestPeriodsAreFoundAfterLongFiller(String period) {
    for (int filler : new int[] {0, 1, 11, 12, 13, 40, 1000}) {
      String before = "项".repeat(filler);
      // 前7个月 after an ideograph is a length (入职前3个月): end the filler with a comma
      if (period.startsWith("前") && filler > 0) before = before.substring(1) + "，";
      String text = before + period + "，投资增长".repeat(3);
      List<Periods.Found> found = Periods.find(text);
      assertThat(found).as("%d filler characters", filler).hasSize(1);
      assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo(period);
    }
  }

  /** A year's holiday is one period with no dates: its days move (review 19: the whole year). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2024年春节假期，全市接待游客|2024年春节假期",
      "今年“五一”假期，票房1.2亿元|今年“五一”假期",
      "今年暑期，接待游客|今年暑期",
      "今年春节档电影票房|今年春节档",
      "2023年国庆黄金周，旅游收入|2023年国庆黄金周",
      "2024年春节前，发放贷款|2024年春节前"})
  void aYearsHolidayIsUndated(String text, String period) {
    List<Periods.Found> found = Periods.find(text);
    assertThat(found).hasSize(1);
    Periods.Found f = found.get(0);
    assertThat(text.substring(f.start(), f.end())).isEqualTo(period);
    assertThat(f.resolve(LocalDate.of(2024, 6, 30))).containsExactly(null, null);
  }

  /** 截至目前 before 今年 makes it 今年以来 (review 19: the whole year); a past year stays whole. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "截至目前，今年全市完成投资|2024-01-01|2024-06-30",
      "到目前为止今年已发行债券|2024-01-01|2024-06-30",
      "截至目前，2023年全市完成投资|2023-01-01|2023-12-31",
      "今年全市完成投资|2024-01-01|2024-12-31"})
  void thisYearUpToNow(String text, String start, String end) {
    Periods.Found f = Periods.find(text).get(0);
    assertThat(f.resolve(LocalDate.of(2024, 6, 30)))
        .containsExactly(LocalDate.parse(start), LocalDate.parse(end));
  }

  /** Counter-examples: a month before the holiday dates it, and a bare year stays the year. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2024年2月春节假期，接待游客|2024年2月|2024-02-01|2024-02-29",
      "2024年，全市接待游客|2024年|2024-01-01|2024-12-31"})
  void notAHolidaysPeriod(String text, String period, String start, String end) {
    Periods.Found f = Periods.find(text).get(0);
    assertThat(text.substring(f.start(), f.end())).isEqualTo(period);
    assertThat(f.resolve(LocalDate.of(2024, 6, 30)))
        .containsExactly(LocalDate.parse(start), LocalDate.parse(end));
  }

  @ParameterizedTest
  @ValueSource(strings = {"截至目前", "一二三四五六七八九十一二三四五六七八九年", "第十八批", "上半场",
      "十四五规划", "“十四五”", "第十四个五年规划", "十四五规划纲要", "每年年底"})
  void noPeriodWithoutADate(String text) {
    assertThat(Periods.find(text + "，" + text)).isEmpty();
  }
}
