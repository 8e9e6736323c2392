package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
import io.github.zhibiao.number.CharSet;
import java.util.List;

/**
 * E17: 零 and 〇 swapped, ERROR (GB/T 15835 5.2.5: 〇 in a number used as a name, which a year is;
 * 零 in a number used to count): {@code 二零二三年} → {@code 二〇二三年}, {@code 三千〇五十二} → {@code
 * 三千零五十二}, {@code 九十五点〇六} → {@code 九十五点零六}. Years with a Latin O or an Arabic 0 are A4.
 */
final class ChineseZeroRule extends CatalogueRule {
  private static final String YEAR_DIGITS = "〇零一二三四五六七八九";
  private static final int MAX_COUNT = 24;
  /** The characters of a Chinese count; a set, since it is tested at every character. */
  private static final CharSet COUNT_CHARS = CharSet.of("〇零一二三四五六七八九十百千万亿点两");

  ChineseZeroRule() {
    super("E17", Severity.ERROR);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    String t = c.text;
    int n = t.length();
    int i = 0;
    while (i < n) {
      char ch = t.charAt(i);
      if (!countChar(ch) || ch == '点') {
        i++;
        continue;
      }
      int from = i;
      while (i < n && countChar(t.charAt(i)) && i - from < MAX_COUNT) i++;
      int to = i;
      while (i < n && countChar(t.charAt(i))) i++;
      if (to - from == 4 && Forms.at(t, to) == '年' && allIn(t, from, to, YEAR_DIGITS)) {
        if (t.substring(from, to).indexOf('零') >= 0) {
          String fixed = t.substring(from, to).replace('零', '〇') + "年";
          out.add(c.finding(id(), severity(), from, to + 1,
              "汉字数字年份中的“零”应写作“〇”：应为“" + fixed + "”", fixed));
        }
        continue;
      }
      boolean place = false;
      boolean circle = false;
      for (int k = from; k < to; k++) {
        char x = t.charAt(k);
        if ("十百千万亿点".indexOf(x) >= 0) place = true;
        if (x == '〇') circle = true;
      }
      if (place && circle) {
        String fixed = t.substring(from, to).replace('〇', '零');
        out.add(c.finding(id(), severity(), from, to,
            "计量数字中的零应写作“零”，不用“〇”：应为“" + fixed + "”", fixed));
      }
    }
  }

  private static boolean countChar(char ch) {
    return COUNT_CHARS.contains(ch);
  }

  private static boolean allIn(String t, int from, int to, String set) {
    for (int k = from; k < to; k++) {
      if (set.indexOf(t.charAt(k)) < 0) return false;
    }
    return true;
  }
}
