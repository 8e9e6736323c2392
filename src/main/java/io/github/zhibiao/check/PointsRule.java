package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Quantity;
import io.github.zhibiao.Severity;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * D1: 百分点 written as %, and the reverse. The change of a rate is a difference in 百分点: {@code
 * 失业率下降了0.4%} (WARNING), and {@code 由5.2%降至4.8%，下降0.4%} (ERROR: the two stated rates differ by
 * exactly the figure, so it is 0.4个百分点). A level does not change by 百分点: {@code 产量增长了12个百分点}
 * (WARNING).
 *
 * <p>Precision guard: the rate noun ({@code 率}, {@code 比重}, {@code 占比}, {@code 增速} …) stands right
 * before the verb (a base such as {@code 比上年} may come between) and the figure right after it;
 * rates that are levels ({@code 劳动生产率}, {@code 效率}, {@code 汇率}) are left alone; in the {@code
 * 由…至…} form, a % change equal to the relative change is correct and not reported. The reverse
 * needs a level noun right before the verb and no percentage earlier in the sentence (so that
 * {@code 利润增长24.4%，比上年提高3个百分点}, about the growth rate, is not read).
 */
final class PointsRule extends CatalogueRule {
  // 比上年, 较上年同期, 比一季度, 比上半年, 比2023年: 比 or 较 and up to eight characters (bounded: the
  // clause read is at most 16 characters), or 同比, 环比. Not 比重, 比例, 比较, 较高, 较快 … (收入比重比上年提高,
  // 占比较高的行业利润增加5%: a rate noun or an adjective, no base), and the base holds no 比, 较, 率.
  private static final String BASE = "(?:(?:比|较)(?![重例较高低快慢大小多少好强弱])"
      + "[\\p{IsHan}0-9&&[^比较率重例]]{1,8}|同比|环比)?";
  private static final Pattern RATE_CHANGE = Pattern.compile(
      "(?<!生产|[效功频汇速])(?:率|比重|占比|增速|增幅|涨幅|降幅|比例|份额)" + BASE
          + "(?:提高|上升|增加|扩大|加快|下降|回落|降低|收窄|放缓|下调|上调|回升|下滑)了?$");
  private static final Pattern LEVEL_CHANGE = Pattern.compile(
      "(?:产量|产值|金额|总额|收入|销售额|营业额|投资额|进出口额|出口额|进口额|工资|人数)"
          + BASE + "(?:增长|增加|提高|上升|下降|减少|降低)了?$");

  PointsRule() {
    super("D1", Severity.WARNING);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    List<Quantity> qs = c.quantities();
    Set<Integer> done = new HashSet<>();
    for (Moves.Move m : c.moves()) {
      if (m.c() < 0) continue;
      Quantity a = qs.get(m.a());
      Quantity b = qs.get(m.b());
      Quantity ch = qs.get(m.c());
      if (!Figures.isPercent(a) || !Figures.isPercent(ch)) continue;
      done.add(m.c());
      BigDecimal diff = b.value().subtract(a.value()).abs();
      int d = Figures.decimals(c, m.c());
      if (Figures.rounds(diff, ch.value(), d) != Figures.Match.OK) continue;
      if (a.value().signum() > 0) {
        BigDecimal rel = diff.multiply(Figures.HUNDRED).divide(a.value(), Figures.MC);
        if (Figures.rounds(rel, ch.value(), d) == Figures.Match.OK) continue;
      }
      String points = Figures.plain(ch.value()) + "个百分点";
      out.add(c.finding(id(), Severity.ERROR, c.start(m.c()), c.end(m.c()),
          "两个比率之差应以百分点表示：" + Figures.plain(a.value()) + "%与" + Figures.plain(b.value())
              + "%相差" + points + "，不是" + Figures.plain(ch.value()) + "%",
          points));
    }
    for (int i = 0; i < qs.size(); i++) {
      if (done.contains(i)) continue;
      Quantity q = qs.get(i);
      if (q.value() == null) continue;
      String before = Figures.clauseBefore(c, i, 16);
      if (Figures.isPercent(q) && q.qualifier() != null) {
        Matcher m = RATE_CHANGE.matcher(before);
        if (m.find() && Figures.slice(c, i).endsWith("%")) {
          String points = Figures.slice(c, i).replaceFirst("%$", "个百分点");
          out.add(c.finding(id(), Severity.WARNING, c.start(i), c.end(i),
              "比率的升降宜用“百分点”：“" + before + Figures.slice(c, i)
                  + "”，若指两个比率之差，应为" + points,
              points));
        }
      } else if (Figures.isPoints(q) && LEVEL_CHANGE.matcher(before).find()
          && !percentBefore(c, i)) {
        out.add(c.finding(id(), Severity.WARNING, c.start(i), c.end(i),
            "总量的增减应以百分比（%）表示，“百分点”只用于比率之差：“" + before + Figures.slice(c, i)
                + "”",
            null));
      }
    }
  }

  /** Whether a percentage stands before quantity i in its sentence. */
  private static boolean percentBefore(CheckContext c, int i) {
    List<Quantity> qs = c.quantities();
    for (int k = i - 1; k >= 0 && k >= i - 8; k--) {
      if (!Figures.sameSentence(c, k, i)) break;
      if (Figures.isPercent(qs.get(k))) return true;
    }
    return false;
  }
}
