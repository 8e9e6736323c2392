package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Quantity;
import io.github.zhibiao.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * D4: sign and direction errors. A minus after a word of decrease is a double negative ({@code
 * 下降-5%}, ERROR); after a word of increase it is newspaper-unusual ({@code 增长-3%}, WARNING: write
 * {@code 下降3%}). A move whose verbs contradict its numbers ({@code 由5.2%降至4.8%，上升0.4个百分点};
 * {@code 由4.8%降至5.2%}) is an ERROR.
 *
 * <p>Precision guard: the minus must be written on the figure right after the verb (at most
 * {@code 了}, {@code 为}, {@code 达} between); moves are the explicit {@code 由/从…至…} form of {@link
 * Moves}.
 */
final class DirectionRule extends CatalogueRule {
  private static final Pattern VERB_BEFORE = Pattern.compile(
      "(?:(" + Moves.DOWN + "|降幅|跌幅|减幅)|(" + Moves.UP + "))(?:了|为|达|达到)?\\s*$");
  private static final Map<String, String> OPPOSITE = Map.ofEntries(
      Map.entry("上升", "下降"), Map.entry("提高", "降低"), Map.entry("增加", "减少"),
      Map.entry("扩大", "缩小"), Map.entry("增长", "下降"), Map.entry("上涨", "下跌"),
      Map.entry("加快", "放缓"), Map.entry("升高", "降低"), Map.entry("增", "减"),
      Map.entry("升", "降"), Map.entry("涨", "跌"), Map.entry("下降", "上升"),
      Map.entry("降低", "提高"), Map.entry("回落", "回升"), Map.entry("减少", "增加"),
      Map.entry("收窄", "扩大"), Map.entry("下滑", "上升"), Map.entry("下跌", "上涨"),
      Map.entry("缩小", "扩大"), Map.entry("放缓", "加快"), Map.entry("回调", "回升"),
      Map.entry("降", "升"), Map.entry("减", "增"), Map.entry("跌", "涨"));

  DirectionRule() {
    super("D4", Severity.ERROR);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    List<Quantity> qs = c.quantities();
    for (int i = 0; i < qs.size(); i++) {
      Quantity q = qs.get(i);
      String s = Figures.slice(c, i);
      if (q.value() == null || s.isEmpty() || s.charAt(0) != '-') continue;
      String before = Figures.clauseBefore(c, i, 8);
      Matcher m = VERB_BEFORE.matcher(before);
      if (!m.find()) continue;
      int from = c.start(i) - before.length() + m.start();
      String unsigned = s.substring(1);
      String glue = before.substring(m.end(m.group(1) != null ? 1 : 2));
      if (m.group(1) != null) {
        out.add(c.finding(id(), Severity.ERROR, from, c.end(i),
            "“" + m.group(1) + "”后又用负数，双重否定：应写作“" + m.group(1) + glue + unsigned + "”",
            m.group(1) + glue + unsigned));
      } else {
        String down = "下降";
        out.add(c.finding(id(), Severity.WARNING, from, c.end(i),
            "“" + m.group(2) + "”后接负数，新闻稿宜写作“" + down + unsigned + "”", down + unsigned));
      }
    }
    for (Moves.Move m : c.moves()) {
      BigDecimal a = qs.get(m.a()).value();
      BigDecimal b = qs.get(m.b()).value();
      int sign = b.compareTo(a);
      if (sign == 0) continue;
      if (m.dir() != 0 && m.dir() != sign) {
        out.add(c.finding(id(), Severity.ERROR, c.start(m.b()), c.end(m.b()),
            "方向与数值矛盾：从" + Figures.slice(c, m.a()) + "到" + Figures.slice(c, m.b())
                + (sign > 0 ? "是上升" : "是下降") + "，文中用了" + (m.dir() > 0 ? "上升" : "下降") + "的说法",
            null));
      } else if (m.c() >= 0 && m.changeDir() != sign) {
        String flipped = OPPOSITE.get(m.changeVerb());
        String cText = Figures.slice(c, m.c());
        out.add(c.finding(id(), Severity.ERROR, m.changeVerbStart(), c.end(m.c()),
            "方向与数值矛盾：从" + Figures.slice(c, m.a()) + "到" + Figures.slice(c, m.b())
                + (sign > 0 ? "是上升" : "是下降") + "，文中却说“" + m.changeVerb() + "”",
            flipped == null ? null : c.text.substring(m.changeVerbStart(), c.start(m.c()))
                .replaceFirst(m.changeVerb(), flipped) + cText));
      }
    }
  }
}
