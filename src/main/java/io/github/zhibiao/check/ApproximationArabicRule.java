package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
import java.util.List;

/**
 * E8: Arabic numerals in an approximation that must be written in Chinese numerals, ERROR (GB/T
 * 15835 4.2.2): {@code 20几个区县} → {@code 二十几个区县}, {@code 3、4个月} → {@code 三四个月}.
 *
 * <p>Two forms only: a whole ten (20 to 90) before {@code 几}, and two consecutive
 * one-digit numbers joined by a 顿号 before a classifier of people, things or time. {@code 1、2号线}
 * and {@code 3、4季度} are lists and are not reported.
 */
final class ApproximationArabicRule extends CatalogueRule {
  private static final String CLASSIFIERS = "个位人天年岁家项名";

  ApproximationArabicRule() {
    super("E8", Severity.ERROR);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    String t = c.text;
    int n = t.length();
    for (int i = 1; i < n; i++) {
      char ch = t.charAt(i);
      if (ch == '几' && Forms.digit(t.charAt(i - 1))) {
        int from = i - 1;
        while (from > 0 && Forms.digit(t.charAt(from - 1)) && i - from < 3) from--;
        char before = Forms.at(t, from - 1);
        if (Forms.digit(before) || before == '.' || (before < 0x80 && Character.isLetter(before))) {
          continue;
        }
        int v = Integer.parseInt(t.substring(from, i));
        String cn = Forms.chinese(v);
        if (cn == null || v < 10 || v % 10 != 0) continue; // 20几, 30几
        String fixed = cn + "几";
        out.add(c.finding(id(), severity(), from, i + 1,
            "带“几”的概数应使用汉字数字：应为“" + fixed + "”", fixed));
      } else if (ch == '、' && i + 2 < n && Forms.digit(t.charAt(i - 1))
          && Forms.digit(t.charAt(i + 1)) && !Forms.digit(t.charAt(i + 2))) {
        char before = Forms.at(t, i - 2);
        if (Forms.digit(before) || before == '、' || before == '第' || before == '.') continue;
        int a = t.charAt(i - 1) - '0';
        int b = t.charAt(i + 1) - '0';
        if (a < 1 || b != a + 1) continue;
        char cl = t.charAt(i + 2);
        if (CLASSIFIERS.indexOf(cl) < 0 || Forms.at(t, i + 3) == '级'
            || Forms.at(t, i + 3) == '、') {
          continue;
        }
        String fixed = Forms.chinese(a) + Forms.chinese(b);
        out.add(c.finding(id(), severity(), i - 1, i + 2,
            "两数连用表示概数应使用汉字数字，不用顿号：应为“" + fixed + "”", fixed));
      }
    }
  }
}
