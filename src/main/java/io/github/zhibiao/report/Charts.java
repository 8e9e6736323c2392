package io.github.zhibiao.report;

import static io.github.zhibiao.report.Html.esc;

import io.github.zhibiao.Indicator;
import io.github.zhibiao.stats.Bound;
import io.github.zhibiao.stats.Grouping;
import io.github.zhibiao.stats.Outlier;
import io.github.zhibiao.stats.Statistics;
import io.github.zhibiao.stats.Summary;
import io.github.zhibiao.stats.Total;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The report's two charts, as inline SVG written by hand: investment totals as horizontal bars,
 * and growth rates as a dot plot with boxes. No script and no library draws them, so they print
 * and survive a mail attachment.
 */
final class Charts {
  private static final int WIDTH = 760;
  private static final int LABEL = 110;
  private static final int VALUE = 190;
  private static final int ROW = 28;
  private static final int BAR = 18;

  private Charts() {}

  /**
   * Bars of totals in one unit and scope, largest first. Exact and approximate totals are solid
   * (approximate ones lighter), bounds hatched and labelled ≥, >, ≤ or <, a range solid to its
   * low end and hatched to its high end. Values are labelled in 亿 of the unit.
   *
   * @param id unique on the page: the hatch pattern's id derives from it
   */
  static void bars(List<Total> totals, String unitLabel, String id, Appendable out)
      throws IOException {
    List<Total> rows = new ArrayList<>(totals);
    rows.sort(Comparator.comparing((Total t) -> measure(t)).reversed());
    double max = 0;
    for (Total t : rows) {
      for (BigDecimal v : new BigDecimal[] {t.value(), t.low(), t.high()}) {
        if (v != null) max = Math.max(max, Labels.inYi(v).doubleValue());
      }
    }
    if (max <= 0) max = 1;
    double plot = WIDTH - LABEL - VALUE - 10;
    int height = rows.size() * ROW + 8;
    String hatch = id + "-hatch";
    out.append("<svg class=\"chart bars\" id=\"").append(id).append("\" viewBox=\"0 0 ")
        .append(Integer.toString(WIDTH)).append(' ').append(Integer.toString(height))
        .append("\" width=\"").append(Integer.toString(WIDTH)).append("\" role=\"img\"")
        .append(" aria-labelledby=\"").append(id).append("-title\">")
        .append("<title id=\"").append(id).append("-title\">投资合计，按省份（")
        .append(esc(unitLabel)).append("）</title>")
        .append("<defs><pattern id=\"").append(hatch).append("\" width=\"6\" height=\"6\"")
        .append(" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
        .append("<rect width=\"6\" height=\"6\" class=\"hatch-bg\"/>")
        .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" class=\"hatch-line\"/>")
        .append("</pattern></defs>");
    int y = 4;
    for (Total t : rows) {
      String province = t.key().equals(Grouping.NONE) ? "" : t.key();
      String label = province.isEmpty() ? "（无省份）" : province;
      String text = valueLabel(t, unitLabel);
      out.append("<g class=\"bar b-").append(t.bound().id()).append("\" data-province=\"")
          .append(esc(province)).append("\" data-bound=\"").append(t.bound().id())
          .append("\"><title>").append(esc(label + "：" + text + "，" + Labels.bound(t.bound())
              + "，" + t.count() + " 个数字" + contributions(t)))
          .append("</title>");
      double cy = y + ROW / 2.0;
      out.append(text(LABEL - 8, cy, "end", "label", label));
      double low = t.low() == null ? 0 : Labels.inYi(t.low()).doubleValue();
      double high = t.high() == null ? 0 : Labels.inYi(t.high()).doubleValue();
      double value = t.value() == null ? 0 : Labels.inYi(t.value()).doubleValue();
      double barY = y + (ROW - BAR) / 2.0;
      double end;
      switch (t.bound()) {
        case EXACT, APPROX -> {
          end = value;
          out.append(rect(LABEL, barY, value / max * plot, "solid", null));
        }
        case AT_LEAST, MORE_THAN -> {
          end = low;
          out.append(rect(LABEL, barY, low / max * plot, "hatched", hatch));
        }
        case AT_MOST, LESS_THAN -> {
          end = high;
          out.append(rect(LABEL, barY, high / max * plot, "hatched", hatch));
        }
        case RANGE -> {
          end = high;
          out.append(rect(LABEL, barY, low / max * plot, "solid", null));
          out.append(rect(LABEL + low / max * plot, barY, (high - low) / max * plot, "hatched",
              hatch));
        }
        default -> {
          end = value;
          out.append(rect(LABEL, barY, value / max * plot, "open", null));
        }
      }
      out.append(text(LABEL + end / max * plot + 6, cy, "start", "value", text));
      out.append("</g>");
      y += ROW;
    }
    out.append("</svg>");
  }

  /** What a bar is sorted by: the value, else the low end, else the high end. */
  private static BigDecimal measure(Total t) {
    if (t.value() != null && t.bound() != Bound.UNBOUNDED) {
      return t.bound() == Bound.EXACT || t.bound() == Bound.APPROX ? t.value()
          : t.low() != null ? t.low() : t.high() != null ? t.high() : t.value();
    }
    if (t.low() != null) return t.low();
    if (t.high() != null) return t.high();
    return t.value() == null ? BigDecimal.ZERO : t.value();
  }

  /** {@code ≈2262 亿元}, {@code >1070 亿元}, {@code 3–5 亿元}. */
  static String valueLabel(Total t, String unitLabel) {
    String number = switch (t.bound()) {
      case EXACT, APPROX, UNBOUNDED -> Labels.plain(Labels.inYi(t.value()));
      case AT_LEAST, MORE_THAN -> Labels.plain(Labels.inYi(t.low()));
      case AT_MOST, LESS_THAN -> Labels.plain(Labels.inYi(t.high()));
      case RANGE -> Labels.plain(Labels.inYi(t.low())) + "–" + Labels.plain(Labels.inYi(t.high()));
    };
    return Labels.sign(t.bound()) + number + " " + unitLabel;
  }

  private static String contributions(Total t) {
    StringBuilder s = new StringBuilder();
    for (var c : t.contributions()) {
      s.append("\n· ").append(c.text()).append("（").append(c.indicator().metric()).append("，")
          .append(c.source()).append("）");
    }
    return s.toString();
  }

  /**
   * Growth rates by province: every value a dot (IQR outliers marked), the quartiles a box, the
   * median a tick, rows ordered by median, largest first, on one axis with zero marked.
   *
   * @param items growth rates, each with a value, a province and the unit {@code %}
   */
  static void dots(List<Indicator> items, String id, Appendable out) throws IOException {
    Map<String, Summary<Indicator>> byProvince = Statistics.describeBy(items,
        Indicator::province, Indicator::value, i -> i.unit().symbol());
    List<Map.Entry<String, Summary<Indicator>>> rows = new ArrayList<>(byProvince.entrySet());
    rows.sort(Comparator.comparingDouble(
        (Map.Entry<String, Summary<Indicator>> e) -> e.getValue().median()).reversed());
    double lo = 0;
    double hi = 0;
    for (var e : rows) {
      lo = Math.min(lo, e.getValue().min().doubleValue());
      hi = Math.max(hi, e.getValue().max().doubleValue());
    }
    double step = niceStep((hi - lo) / 6);
    lo = Math.floor(lo / step) * step;
    hi = Math.ceil(hi / step) * step;
    if (hi <= lo) hi = lo + step;
    double plot = WIDTH - LABEL - VALUE - 10;
    int axis = 22;
    int height = rows.size() * ROW + axis + 8;
    out.append("<svg class=\"chart dots\" id=\"").append(id).append("\" viewBox=\"0 0 ")
        .append(Integer.toString(WIDTH)).append(' ').append(Integer.toString(height))
        .append("\" width=\"").append(Integer.toString(WIDTH)).append("\" role=\"img\"")
        .append(" aria-labelledby=\"").append(id).append("-title\">")
        .append("<title id=\"").append(id).append("-title\">增速分布，按省份（%）</title>");
    double top = 4;
    double bottom = top + rows.size() * ROW;
    for (double v = lo; v <= hi + step / 2; v += step) {
      double x = LABEL + (v - lo) / (hi - lo) * plot;
      String cls = Math.abs(v) < step / 1e6 ? "grid zero" : "grid";
      out.append(line(x, top, x, bottom, cls));
      out.append(text(x, bottom + 14, "middle", "tick", Labels.plain(Math.abs(v) < step / 1e6
          ? 0 : v) + "%"));
    }
    double y = top;
    for (var e : rows) {
      Summary<Indicator> s = e.getValue();
      double cy = y + ROW / 2.0;
      out.append("<g class=\"dotrow\" data-province=\"").append(esc(e.getKey())).append("\">");
      out.append("<title>").append(esc(e.getKey() + "：" + s.count() + " 个增速，中位数 "
          + Labels.plain(s.median()) + "%，四分位 " + Labels.plain(s.q1()) + "% ~ "
          + Labels.plain(s.q3()) + "%，最小 " + Labels.plain(s.min()) + "%，最大 "
          + Labels.plain(s.max()) + "%")).append("</title>");
      out.append(text(LABEL - 8, cy, "end", "label", e.getKey()));
      double xMin = x(s.min().doubleValue(), lo, hi, plot);
      double xMax = x(s.max().doubleValue(), lo, hi, plot);
      out.append(line(xMin, cy, xMax, cy, "whisker"));
      double xq1 = x(s.q1(), lo, hi, plot);
      double xq3 = x(s.q3(), lo, hi, plot);
      out.append("<rect class=\"box\" x=\"").append(num(xq1)).append("\" y=\"")
          .append(num(cy - 7)).append("\" width=\"").append(num(Math.max(xq3 - xq1, 1)))
          .append("\" height=\"14\"/>");
      double xm = x(s.median(), lo, hi, plot);
      out.append(line(xm, cy - 9, xm, cy + 9, "median"));
      Set<Integer> outliers = new HashSet<>();
      for (Outlier<Indicator> o : s.iqrOutliers()) outliers.add(o.index());
      for (int k = 0; k < items.size(); k++) {
        Indicator i = items.get(k);
        if (!i.province().equals(e.getKey())) continue;
        boolean outlier = outliers.contains(k);
        out.append("<circle class=\"dot").append(outlier ? " outlier" : "").append("\" cx=\"")
            .append(num(x(i.value().doubleValue(), lo, hi, plot))).append("\" cy=\"")
            .append(num(cy)).append("\" r=\"4\"><title>")
            .append(esc(i.text() + "（" + i.metric() + (outlier ? "，离群" : "") + "）"))
            .append("</title></circle>");
      }
      out.append(text(LABEL + plot + 12, cy, "start", "value",
          "中位数 " + Labels.plain(s.median()) + "%，n=" + s.count()));
      out.append("</g>");
      y += ROW;
    }
    out.append("</svg>");
  }

  private static double x(double v, double lo, double hi, double plot) {
    return LABEL + (v - lo) / (hi - lo) * plot;
  }

  /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
  static double niceStep(double raw) {
    if (!(raw > 0)) return 1;
    double p = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * p >= raw) return m * p;
    }
    return 10 * p;
  }

  private static String rect(double x, double y, double w, String cls, String pattern) {
    return "<rect class=\"" + cls + "\" x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\""
        + num(Math.max(w, 1)) + "\" height=\"" + BAR + "\""
        + (pattern == null ? "" : " fill=\"url(#" + pattern + ")\"") + "/>";
  }

  private static String line(double x1, double y1, double x2, double y2, String cls) {
    return "<line class=\"" + cls + "\" x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\""
        + num(x2) + "\" y2=\"" + num(y2) + "\"/>";
  }

  private static String text(double x, double y, String anchor, String cls, String s) {
    return "<text class=\"" + cls + "\" x=\"" + num(x) + "\" y=\"" + num(y)
        + "\" dominant-baseline=\"middle\" text-anchor=\"" + anchor + "\">" + esc(s) + "</text>";
  }

  private static String num(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }
}
