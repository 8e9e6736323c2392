package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
import java.util.List;

/**
 * E5: a year shortened to two digits, ERROR (GB/T 15835 5.1.4: a four-digit year is not shortened):
 * {@code 18年底}, {@code 截至19年}, {@code 1988年至90年} → {@code 1988年至1990年}.
 *
 * <p>Only where the two digits can only be a year: before a month ({@code 18年3月}), before {@code
 * 底/末/初/度/上半年/下半年}, after {@code 截至}, or after a four-digit year and {@code 至}. {@code
 * 90年代} is a decade, {@code 10年来} and {@code 近10年} are durations: not reported. The century is
 * only suggested after a four-digit year; elsewhere it must come from the context.
 */
final class TwoDigitYearRule extends CatalogueRule {
  private static final List<String> AFTER = List.of("底", "末", "初", "度", "上半年", "下半年");
  private static final List<String> NOT_AFTER = List.of("初步", "初心", "初衷", "底线", "末端", "度过");
  /** Before the digits these make a duration: 近10年底, 满18年末, 前10年初. */
  private static final String DURATION_BEFORE = "近满前后过每约余多第〔[（(这那该";

  TwoDigitYearRule() {
    super("E5", Severity.ERROR);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    String t = c.text;
    for (int i = 2; i < t.length(); i++) {
      if (t.charAt(i) != '年' || !Forms.digit(t.charAt(i - 1)) || !Forms.digit(t.charAt(i - 2))) {
        continue;
      }
      int from = i - 2;
      char before = Forms.at(t, from - 1);
      if (Forms.digit(before) || before == '.' || before == '-' || before == '/'
          || (before < 0x80 && Character.isLetter(before))) {
        continue;
      }
      String century = null;
      boolean year;
      if (t.startsWith("至", from - 1) && from >= 6 && t.charAt(from - 2) == '年'
          && fourDigits(t, from - 6) && !Forms.digit(Forms.at(t, from - 7))) {
        year = true; // 1988年至90年
        century = t.substring(from - 6, from - 4);
      } else if (Forms.endsWithAny(t, from, "截至", "截止")) {
        year = true;
      } else {
        // 经过20年初步建成: 初步, not 年初.
        year = DURATION_BEFORE.indexOf(before) < 0 && (Forms.startsWithAny(t, i + 1, AFTER)
            || month(t, i + 1)) && !Forms.startsWithAny(t, i + 1, NOT_AFTER);
      }
      if (!year) continue;
      String yy = t.substring(from, i);
      String fixed = century == null ? null : century + yy + "年";
      out.add(c.finding(id(), severity(), from, i + 1,
          "年份不应简写为两位数字：“" + yy + "年”" + (fixed == null ? "，请写全四位年份" : "应为“" + fixed + "”"),
          fixed));
    }
  }

  private static boolean fourDigits(String t, int k) {
    if (k < 0) return false;
    for (int j = k; j < k + 4; j++) {
      if (!Forms.digit(t.charAt(j))) return false;
    }
    return true;
  }

  /** 3月 or 12月 at k. */
  private static boolean month(String t, int k) {
    int j = k;
    while (j < t.length() && Forms.digit(t.charAt(j)) && j - k < 3) j++;
    return j > k && j - k <= 2 && Forms.at(t, j) == '月';
  }
}
