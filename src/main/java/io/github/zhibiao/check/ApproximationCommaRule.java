package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
import java.util.List;

/**
 * E7: a 顿号 between two adjacent Chinese numerals that make one approximation, ERROR (GB/T 15835
 * 5.2.1): {@code 六、七个} → {@code 六七个}, {@code 二、三十位} → {@code 二三十位}.
 *
 * <p>The numerals must be consecutive ({@code 六、七}, not {@code 三、五}) and followed by a
 * classifier of people, things or time. An abbreviated sequence keeps its 顿号 and is not
 * reported: {@code 二、三产业}, {@code 第三、四季度}, {@code 一、二年级}, {@code 一、二线城市}, {@code
 * 一、二、三类}.
 */
final class ApproximationCommaRule extends CatalogueRule {
  private static final String DIGITS = "一二三四五六七八九";
  private static final String CLASSIFIERS = "个位人天年岁家项名条";

  ApproximationCommaRule() {
    super("E7", Severity.ERROR);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    String t = c.text;
    for (int i = 1; i + 1 < t.length(); i++) {
      if (t.charAt(i) != '、') continue;
      int a = DIGITS.indexOf(t.charAt(i - 1));
      int b = DIGITS.indexOf(t.charAt(i + 1));
      if (a < 0 || b != a + 1) continue;
      char before = Forms.at(t, i - 2);
      // 第三、四季度, 一、二、三类, 星期五、六: a sequence, not an approximation.
      if (before == '第' || before == '、' || before == '初' || before == '周' || before == '期') {
        continue;
      }
      if (t.startsWith("星期", i - 3) || t.startsWith("礼拜", i - 3)) continue;
      int k = i + 2;
      if (Forms.at(t, k) == '十' || Forms.at(t, k) == '百' || Forms.at(t, k) == '千'
          || Forms.at(t, k) == '万') {
        k++;
      }
      char cl = Forms.at(t, k);
      if (CLASSIFIERS.indexOf(cl) < 0 || Forms.at(t, k + 1) == '级' || Forms.at(t, k + 1) == '、') {
        continue;
      }
      String fixed = t.charAt(i - 1) + t.substring(i + 1, k + 1);
      out.add(c.finding(id(), severity(), i - 1, k + 1,
          "相邻两数连用表示概数，中间不用顿号：应为“" + fixed + "”", fixed));
    }
  }
}
