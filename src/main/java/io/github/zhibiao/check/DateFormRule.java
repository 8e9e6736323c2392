package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
import java.util.List;

/**
 * E12: a date in a half-numeric form, or one date in two kinds of numerals, ERROR.
 *
 * <ul>
 *   <li>The hyphen replaces 年 and 月 only in a complete date (GB/T 15835 5.1.4, after GB/T 7408):
 *       {@code 2008-8} → {@code 2008年8月} ({@code 2008-8-8} and {@code 2008-08-08} are right).
 *   <li>One date is written in one kind of numeral (GB/T 15835 4.3): {@code 二〇〇八年8月8日} and
 *       {@code 2008年八月八日} → {@code 2008年8月8日}. The suggestion is the Arabic form, the
 *       convention of newspaper body text.
 * </ul>
 *
 * <p>A year-month is only read where nothing continues it: {@code 2018-12-01} is a date, {@code
 * 2018-2020} a range of years, {@code 2010-12年} a range written short, {@code GB 50016-2014} a
 * standard's code, {@code 2023-12万} and {@code 1998-10页} ranges of values, {@code 2024-1期} an issue (a word after it other
 * than 至, 起, 以来, 期间 …), {@code 0571-8888} a telephone number (no year), {@code 编号为2024-05} a
 * serial number. A month and day ({@code 8-8}) is not read: it cannot be told from a range. In the mixed
 * form, a year must be followed by its month ({@code 2024年一季度} and {@code 二〇二四年1-5月} are
 * not dates); {@code 十月1日} mixes too; {@code 1917年十月革命} is a name.
 */
final class DateFormRule extends CatalogueRule {
  DateFormRule() {
    super("E12", Severity.ERROR);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    String t = c.text;
    int n = t.length();
    int i = 0;
    while (i < n) {
      char ch = t.charAt(i);
      // only a digit or a Chinese numeral starts a date: one test per other character
      if (!Forms.digit(ch) && Forms.cnDigit(ch) < 0 && ch != '十') {
        i++;
        continue;
      }
      int next = yearMonth(c, t, i, out);
      if (next < 0) next = mixed(c, t, i, out);
      i = next < 0 ? i + 1 : next;
    }
  }

  /** 2008-8 at {@code i}: reports it and returns its end, else -1. */
  private int yearMonth(CheckContext c, String t, int i, List<Finding> out) {
    if (!Forms.digit(t.charAt(i))) return -1;
    char before = Forms.at(t, i - 1);
    if (Forms.digit(before) || before == '.' || before == '-' || before == '/' || before == ','
        || before == '~' || before == '—' || (before < 0x80 && Character.isLetterOrDigit(before))
        || (before == ' ' && Character.isLetter(Forms.at(t, i - 2)) && Forms.at(t, i - 2) < 0x80)) {
      return -1; // 1.2008-8, GB 50016-2014
    }
    if (i + 6 > t.length() || !digits(t, i, i + 4) || t.charAt(i + 4) != '-') return -1;
    int year = Integer.parseInt(t.substring(i, i + 4));
    if (year < 1900 || year > 2099) return -1;
    int m = i + 5;
    int e = m;
    while (e < t.length() && Forms.digit(t.charAt(e)) && e - m < 3) e++;
    if (e == m || e - m > 2) return -1;
    int month = Integer.parseInt(t.substring(m, e));
    if (month < 1 || month > 12) return -1;
    char after = Forms.at(t, e);
    if (after == '-' || after == '.' || after == '/' || after == ':' || after == '~'
        || after == '—' || after == ',' || (after < 0x80 && Character.isLetterOrDigit(after))
        || after == '%' || after == '‰'
        || (Forms.han(after)
            && !Forms.startsWithAny(t, e, "至", "到", "起", "以来", "以前", "以后", "前", "后", "期间"))) {
      return -1; // 2018-12-01, 2010-12年, 2023-12万, 1998-10页, 2023-12% …
    }
    // 项目编号为2024-05, 公告编号：2024-08: a serial number
    String lead = t.substring(Math.max(0, i - 6), i);
    if (lead.contains("编号") || lead.contains("号：") || lead.contains("号:") || lead.contains("号为")
        || lead.contains("代码") || lead.contains("批次")) {
      return -1;
    }
    String fixed = year + "年" + month + "月";
    out.add(c.finding(id(), severity(), i, e,
        "日期中的“-”只用于年、月、日俱全的日期：应为“" + fixed + "”", fixed));
    return e;
  }

  /** A date mixing Chinese and Arabic numerals at {@code i}: reports it, returns its end, or -1. */
  private int mixed(CheckContext c, String t, int i, List<Finding> out) {
    int k = i;
    Part year = year(t, k);
    if (year != null) {
      if (!t.startsWith("年", year.end)) return -1;
      k = year.end + 1;
    } else if (startsInsideNumber(t, i)) {
      return -1;
    }
    Part month = small(t, k, 12);
    if (month == null || !t.startsWith("月", month.end)) return year == null ? -1 : year.end + 1;
    k = month.end + 1;
    Part day = small(t, k, 31);
    boolean hasDay = day != null && (t.startsWith("日", day.end) || t.startsWith("号", day.end));
    boolean arabic = (year == null || year.arabic) && month.arabic && (!hasDay || day.arabic);
    boolean chinese = (year == null || !year.arabic) && !month.arabic && (!hasDay || !day.arabic);
    int end = hasDay ? day.end + 1 : month.end + 1;
    if (arabic || chinese) return end;
    // 1917年十月革命: a name
    if (!hasDay && Forms.startsWithAny(t, end, "革命", "事变", "起义", "政变")) return end;
    StringBuilder fixed = new StringBuilder();
    if (year != null) fixed.append(year.value).append('年');
    fixed.append(month.value).append('月');
    if (hasDay) fixed.append(day.value).append(t.charAt(day.end));
    out.add(c.finding(id(), severity(), i, end,
        "同一日期中汉字数字与阿拉伯数字不应混用：可写作“" + fixed + "”", fixed.toString()));
    return end;
  }

  /** A month or day must not be the tail of a longer numeral: 十二月 read from 二, 312月. */
  private static boolean startsInsideNumber(String t, int i) {
    char before = Forms.at(t, i - 1);
    return Forms.digit(before) || Forms.cnDigit(before) >= 0 || before == '十' || before == '第'
        || before == '.';
  }

  /** A numeral, its value, its end and whether it is written in Arabic digits. */
  private record Part(int value, int end, boolean arabic) {}

  /** A four-digit year at {@code i}, Arabic (2008) or Chinese (二〇〇八), or null. */
  private static Part year(String t, int i) {
    if (i + 4 > t.length() || startsInsideNumber(t, i)) return null;
    if (digits(t, i, i + 4)) {
      return Forms.digit(Forms.at(t, i + 4)) ? null
          : new Part(Integer.parseInt(t.substring(i, i + 4)), i + 4, true);
    }
    int v = 0;
    for (int k = i; k < i + 4; k++) {
      char ch = t.charAt(k);
      int d = Forms.cnDigit(ch); // 〇 and 零 (look-alikes such as O are A4's)
      if (d < 0 || ch == '两') return null;
      v = v * 10 + d;
    }
    if (Forms.cnDigit(Forms.at(t, i + 4)) >= 0) return null;
    return v >= 1900 && v <= 2099 ? new Part(v, i + 4, false) : null;
  }

  /** A month or day from 1 to {@code max} at {@code i}: 8, 12, 八, 十二, 二十一, 三十; or null. */
  private static Part small(String t, int i, int max) {
    int k = i;
    while (k < t.length() && Forms.digit(t.charAt(k)) && k - i < 3) k++;
    if (k > i) {
      if (k - i > 2) return null;
      int v = Integer.parseInt(t.substring(i, k));
      return v >= 1 && v <= max ? new Part(v, k, true) : null;
    }
    // Chinese: [二三]?十[一-九]? or 一-九
    int tens = 0;
    int ones = 0;
    k = i;
    int d = Forms.cnDigit(Forms.at(t, k));
    if (d >= 2 && d <= 3 && Forms.at(t, k + 1) == '十') {
      tens = d;
      k += 2;
    } else if (Forms.at(t, k) == '十') {
      tens = 1;
      k++;
    }
    int o = Forms.cnDigit(Forms.at(t, k));
    if (o >= 1 && o <= 9 && Forms.at(t, k) != '两') {
      ones = o;
      k++;
    }
    if (k == i) return null;
    int v = tens * 10 + ones;
    return v >= 1 && v <= max ? new Part(v, k, false) : null;
  }

  private static boolean digits(String t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Forms.digit(t.charAt(k))) return false;
    }
    return true;
  }
}
