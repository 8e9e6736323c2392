package io.github.zhibiao.check;

import io.github.zhibiao.Dimension;
import io.github.zhibiao.Finding;
import io.github.zhibiao.Indicator;
import io.github.zhibiao.IndicatorType;
import io.github.zhibiao.Quantity;
import io.github.zhibiao.Severity;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * D6: values that cannot be. A share above 100% ({@code 占比达到120%}, ERROR); a level falling by more
 * than 100% ({@code 产量下降120%}, ERROR); a date that does not exist ({@code 2月30日}, {@code 6月31日},
 * {@code 2023年2月29日}, {@code 13月}, ERROR); a count of whole things with a fraction ({@code 3.5个项目},
 * WARNING; {@code 3.5万人} is fine).
 *
 * <p>Precision guard: a share is a figure typed SHARE with a share word right before it ({@code
 * 占}, {@code 比重}, {@code 份额}); completion rates may exceed 100% and are not read. A fall is a
 * growth rate with a word of decrease right before it (a fall of a rate in 百分点 is not). Dates
 * are Arabic numerals with 月 directly after the month, not after another digit or a dot.
 */
final class ImpossibleValueRule extends CatalogueRule {
  private static final Pattern SHARE_WORD = Pattern.compile("占|比重|份额|比例");
  private static final Pattern FALL = Pattern.compile("(?:" + Moves.DOWN + ")了?$");
  static final Pattern DATE = Pattern.compile(
      "(?<![\\d.．~～\\-—至])(?:(\\d{4})\\s?年\\s?)?(\\d{1,2})\\s?月(?:\\s?(\\d{1,2})\\s?日)?");
  /** Every date holds one 月, at most 4 + 1 + 1 + 1 + 2 + 1 after its start and 1 + 1 + 2 + 1 + 1 before its end. */
  static final Anchored NEAR_MONTH =
      new Anchored(DATE, "月", 10, 6, ImpossibleValueRule::digitBeforeMonth);

  /** The month's last digit stands right before 月, or one space before it: not in 岁月, 本月. */
  private static boolean digitBeforeMonth(String text, int anchor) {
    char c = Forms.at(text, anchor - 1);
    return Forms.digit(c) || Character.isWhitespace(c) && Forms.digit(Forms.at(text, anchor - 2));
  }

  /**
   * 每百户拥有家用汽车45.3辆, 平均每户2.62人, 户均2.5个, 每万人口发明专利拥有量11.8件: an average
   * of counts need not be whole. Counter-example kept: 新建学校3.5所 (no 每, 均 or 拥有量).
   */
  private static boolean isAverage(CheckContext c, int i) {
    String before = Figures.clauseBefore(c, i, 24);
    return before.indexOf('每') >= 0 || before.indexOf('均') >= 0 || before.contains("拥有量");
  }

  ImpossibleValueRule() {
    super("D6", Severity.ERROR);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    List<Quantity> qs = c.quantities();
    Indicator[] inds = c.figureIndicators();
    for (int i = 0; i < qs.size(); i++) {
      Quantity q = qs.get(i);
      BigDecimal v = q.value() != null ? q.value() : q.low();
      if (v == null) continue;
      boolean notUpper = !q.qualifier().isUpperBound();
      if (Figures.isPercent(q) && inds[i] != null && notUpper
          && inds[i].type() == IndicatorType.SHARE && v.compareTo(Figures.HUNDRED) > 0
          && SHARE_WORD.matcher(Figures.clauseBefore(c, i, 16)).find()) {
        out.add(c.finding(id(), Severity.ERROR, c.start(i), c.end(i),
            "占比（比重）不可能超过100%，文中为" + Figures.slice(c, i), null));
      } else if (Figures.isPercent(q) && notUpper && v.compareTo(Figures.HUNDRED) > 0
          && inds[i] != null && inds[i].type() == IndicatorType.GROWTH_RATE
          && FALL.matcher(Figures.clauseBefore(c, i, 6)).find()) {
        out.add(c.finding(id(), Severity.ERROR, c.start(i), c.end(i),
            "下降幅度不可能超过100%（降到零为止），文中为" + Figures.slice(c, i), null));
      } else if (q.value() != null && Figures.magnitude(q) == 0
          && (q.unit().dimension() == Dimension.COUNT || q.unit().dimension() == Dimension.PEOPLE)
          && q.value().stripTrailingZeros().scale() > 0 && !isAverage(c, i)) {
        out.add(c.finding(id(), Severity.WARNING, c.start(i), c.end(i),
            "个数应为整数，文中为" + Figures.slice(c, i), null));
      }
    }
    NEAR_MONTH.forEachMatch(c.text, m -> date(c, m, out));
  }

  private void date(CheckContext c, Matcher m, List<Finding> out) {
    int month = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12) {
      if (isDuration(c.text, m.end())) return;
      out.add(c.finding(id(), Severity.ERROR, m.start(2), m.end(),
          "月份不存在：" + month + "月", null));
      return;
    }
    if (m.group(3) == null) return;
    int day = Integer.parseInt(m.group(3));
    int year = m.group(1) == null ? -1 : Integer.parseInt(m.group(1));
    int max = switch (month) {
      case 2 -> year < 0 || Year.isLeap(year) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
    if (day >= 1 && day <= max) return;
    String when = (year < 0 ? "" : year + "年") + month + "月";
    out.add(c.finding(id(), Severity.ERROR, m.start(), m.end(),
        "日期不存在：" + when + (day < 1 ? "没有" + day + "日" : "只有" + max + "天"), null));
  }

  /** 13个月 is not a month; 月 followed by 份 or nothing is. */
  private static boolean isDuration(String text, int end) {
    return end < text.length() && (text.charAt(end) == '度' || text.charAt(end) == '薪');
  }
}
