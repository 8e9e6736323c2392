package io.github.zhibiao.check;

import io.github.zhibiao.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds statements of a move between two stated values and the change stated after them: {@code
 * 由5.2%降至4.8%，下降0.4个百分点}; {@code 从40万元增至120万元，增长200%}. Read by B5, B6, D1 and D4.
 */
final class Moves {
  static final String UP = "上升|提高|增加|扩大|增长|上涨|加快|升高|增|升|涨";
  static final String DOWN = "下降|降低|回落|减少|收窄|下滑|下跌|缩小|放缓|回调|降|减|跌";
  private static final Pattern FROM = Pattern.compile("(?:由|从)[\\p{IsHan}]{0,6}$");
  private static final Pattern MOVE = Pattern.compile(
      "^\\s*(?:(" + DOWN + ")|(" + UP + "))?(?:至|到)\\s*$|^\\s*(?:(" + DOWN + ")|(" + UP + "))为\\s*$");
  private static final Pattern CHANGE = Pattern.compile(
      "^[，,]?\\s*(?:同比|环比|比上年|比去年|比上月|较上年|较去年|较上月|累计|共)?(?:(" + DOWN + ")|("
          + UP + "))了?\\s*$");

  private Moves() {}

  /**
   * A move: quantity {@code a} to quantity {@code b} (same unit), with the direction its verb says
   * (-1 down, +1 up, 0 none: {@code 由…至…}), and the change {@code c} stated after it (or -1) with
   * its verb's direction and the normalized start of that verb.
   */
  record Move(int a, int b, int dir, int c, int changeDir, int changeVerbStart, String changeVerb) {}

  static List<Move> find(CheckContext ctx) {
    List<Quantity> qs = ctx.quantities();
    List<Move> out = new ArrayList<>();
    for (int a = 0; a + 1 < qs.size(); a++) {
      int b = a + 1;
      Quantity qa = qs.get(a);
      Quantity qb = qs.get(b);
      if (!Figures.exact(qa) || !Figures.exact(qb) || !Figures.sameUnit(qa, qb)) continue;
      if (!FROM.matcher(Figures.before(ctx, a, 8)).find()) continue;
      String mid = Figures.between(ctx, a, b);
      if (mid == null) continue;
      Matcher m = MOVE.matcher(mid);
      if (!m.matches()) continue;
      int dir = m.group(1) != null || m.group(3) != null ? -1
          : m.group(2) != null || m.group(4) != null ? 1 : 0;
      int c = -1;
      int changeDir = 0;
      int verbStart = -1;
      String verb = null;
      if (b + 1 < qs.size() && Figures.exact(qs.get(b + 1))) {
        String gap = Figures.between(ctx, b, b + 1);
        Matcher g = gap == null ? null : CHANGE.matcher(gap);
        if (g != null && g.matches()) {
          c = b + 1;
          int group = g.group(1) != null ? 1 : 2;
          changeDir = group == 1 ? -1 : 1;
          verbStart = ctx.end(b) + g.start(group);
          verb = g.group(group);
        }
      }
      out.add(new Move(a, b, dir, c, changeDir, verbStart, verb));
    }
    return out;
  }
}
