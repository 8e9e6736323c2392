package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
import java.util.List;

/**
 * E10: digits grouped wrongly with the comma, ERROR (GB/T 15835 5.1.1: groups of three from the
 * decimal point; a year is never grouped).
 *
 * <ul>
 *   <li>Thousands begun too far left: {@code 1234,567} → {@code 1,234,567}.
 *   <li>Groups of four, as of 万: {@code 1,0000} → {@code 10,000}, {@code 12,3456} → {@code
 *       123,456}.
 *   <li>A year with a separator: {@code 2,023年} → {@code 2023年}.
 * </ul>
 *
 * <p>Only the ASCII comma is read (a full-width {@code ，} between digits is prose: {@code
 * 共12，其中5…}), and only a run of two groups with a unit, magnitude or % right after it and no
 * leading zero: a list written with commas ({@code 1,2,3}, {@code 15,20,100}, {@code 1500,300,200},
 * {@code 500,1000,2000}, {@code 0571,0574}, {@code 2019,2020}) is left alone, and so is {@code
 * 12,34,567}, which cannot be told from one.
 */
final class GroupingRule extends CatalogueRule {
  GroupingRule() {
    super("E10", Severity.ERROR);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    String t = c.text;
    int n = t.length();
    int i = 0;
    while (i < n) {
      char before = Forms.at(t, i - 1);
      if (!Forms.digit(t.charAt(i)) || (i > 0 && (Forms.digit(before) || before == '.'
          || before == ',' || before < 0x80 && Character.isLetter(before)))) {
        i++;
        continue;
      }
      int from = i;
      int k = i;
      while (k < n && Forms.digit(t.charAt(k))) k++;
      int first = k - from;
      int groups = 0;
      int threes = 0;
      int fours = 0;
      boolean years = first == 4 && isYear(t, from, k);
      while (k + 1 < n && t.charAt(k) == ',' && Forms.digit(t.charAt(k + 1))) {
        int g = k + 1;
        while (g < n && Forms.digit(t.charAt(g))) g++;
        groups++;
        if (g - k - 1 == 3) threes++;
        if (g - k - 1 == 4) fours++;
        years &= g - k - 1 == 4 && isYear(t, k + 1, g);
        k = g;
      }
      i = k;
      if (groups == 0) continue;
      boolean decimal = Forms.at(t, k) == '.' && Forms.digit(Forms.at(t, k + 1));
      int end = k;
      if (decimal) {
        end = k + 1;
        while (end < n && Forms.digit(t.charAt(end))) end++;
      }
      String digits = t.substring(from, k).replace(",", "");
      // One comma, no leading zero, a unit or magnitude right after: 1500,300,200 and 500,1000,2000
      // are lists, 0571,0574 area codes.
      boolean single = groups == 1 && t.charAt(from) != '0' && unitAfter(t, end);
      // 1234,567: thousands begun too far left
      boolean longFirst = single && threes == 1 && first > 3;
      // 1,0000 and 12,3456: grouped by 万 (not 2019,2020, a list of years)
      boolean byFour = single && fours == 1 && first <= 3 && !years;
      // 2,023年
      boolean year = threes == 1 && groups == 1 && !decimal && Forms.at(t, k) == '年'
          && first == 1 && isYear(digits, 0, 4);
      // Groups of mixed lengths (12,34,567) are left alone: 15,20,100 is a list.
      if (!longFirst && !byFour && !year) continue;
      String fixed = year ? digits : grouped(digits) + t.substring(k, end);
      String message = year
          ? "年份不用分节号：应为“" + fixed + "”"
          : "千分撇应从个位起每三位一节：“" + Forms.kept(c, from, end) + "”应为“" + fixed + "”";
      out.add(c.finding(id(), severity(), from, end, message, fixed));
      i = end;
    }
  }

  /** A unit, magnitude or % at {@code k}: a character that is not punctuation or a list joiner. */
  private static boolean unitAfter(String t, int k) {
    char ch = Forms.at(t, k);
    return ch == '%' || ch == '‰' || (Forms.han(ch) && "、和及与或至到等".indexOf(ch) < 0);
  }

  /** Four digits at [from, to) from 1900 to 2099. */
  private static boolean isYear(String t, int from, int to) {
    if (to - from != 4) return false;
    String d = t.substring(from, to);
    return d.compareTo("1900") >= 0 && d.compareTo("2099") <= 0;
  }

  /** {@code digits} in groups of three from the right: 1234567 → 1,234,567. */
  private static String grouped(String digits) {
    StringBuilder b = new StringBuilder(digits.length() + digits.length() / 3);
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    b.append(digits, 0, lead);
    for (int k = lead; k < digits.length(); k += 3) b.append(',').append(digits, k, k + 3);
    return b.toString();
  }
}
