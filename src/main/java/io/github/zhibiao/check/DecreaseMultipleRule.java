package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * D2: a decrease stated as a multiple. {@code 废品率下降了9倍}, {@code 成本降低一倍}, {@code 比正常值少三倍}: a
 * decrease cannot exceed the whole, so 减少一倍 would mean nothing left. Write a fraction or a
 * percentage ({@code 降至原来的1/10}, {@code 下降90%}).
 *
 * <p>Precision guard: the verb stands right before the number ({@code 了} between at most); {@code
 * 至少}, {@code 不少}, {@code 多少}, {@code 最低} are not decreases ({@code 增长至少3倍} is fine).
 */
final class DecreaseMultipleRule extends CatalogueRule {
  static final Pattern DECREASE_TIMES = Pattern.compile(
      "(降低|减少|下降|缩小|缩减|减|降|少|低)(了)?(\\d{1,6}(?:\\.\\d{1,4})?|[一二两三四五六七八九十百]{1,4})倍(多)?");
  /** Every match holds one 倍, at most 2 + 1 + 11 characters after its start and 2 before its end. */
  static final Anchored NEAR_TIMES = new Anchored(DECREASE_TIMES, "倍", 14, 2);

  DecreaseMultipleRule() {
    super("D2", Severity.ERROR);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    NEAR_TIMES.forEachMatch(c.text, m -> report(c, m, out));
  }

  private void report(CheckContext c, Matcher m, List<Finding> out) {
    int s = m.start();
    String verb = m.group(1);
    char prev = s > 0 ? c.text.charAt(s - 1) : ' ';
    if (verb.equals("少") && (prev == '至' || prev == '不' || prev == '多' || prev == '减')) return;
    if (verb.equals("低") && (prev == '最' || prev == '降' || prev == '不')) return;
    if (verb.equals("降") && (prev == '下' || prev == '升')) return;
    if (verb.equals("减") && prev == '增') return;
    out.add(c.finding(id(), Severity.ERROR, s, m.end(),
        "减少不能用倍数表示：“" + m.group() + "”应改用分数或百分数，如“降至原来的几分之一”或“下降X%”",
        null));
  }
}
