package io.github.zhibiao.report;

import io.github.zhibiao.Dimension;
import io.github.zhibiao.Finding;
import io.github.zhibiao.Indicator;
import io.github.zhibiao.Period;
import io.github.zhibiao.Place;
import io.github.zhibiao.Quantity;
import io.github.zhibiao.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The details shown on hover or focus, as plain text: one {@code 标签：内容} line each. The page
 * puts them in a {@code title} attribute (escaped); its script turns the lines into the tooltip,
 * and without script the browser shows them as they are.
 *
 * <pre>{@code
 * 数值：2262亿元（226200000000 元）
 * 原文：约2262亿元
 * 类型：投资
 * 限定：约数（≈）
 * 指标：总投资
 * 时期：2018年四季度（2018-10-01 至 2018-12-31）
 * 状态：实际
 * 地点：广西壮族自治区（广西）
 * }</pre>
 */
final class Tooltips {
  private Tooltips() {}

  /** The details of a figure; {@code i} is null for a quantity that was not typed. */
  static String figure(Quantity q, Indicator i) {
    List<String> lines = new ArrayList<>();
    BigDecimal value = i == null ? q.value() : i.value();
    BigDecimal low = i == null ? q.low() : i.low();
    BigDecimal high = i == null ? q.high() : i.high();
    Unit unit = q.unit();
    if (value != null) {
      lines.add("数值：" + amount(value, unit));
    } else {
      lines.add("数值：" + amount(low, unit) + " 至 " + amount(high, unit) + "（范围）");
    }
    lines.add("原文：" + oneLine(q.text()));
    lines.add("类型：" + Labels.type(i == null ? null : i.type()));
    if (value != null) {
      String bounds = "";
      if (q.qualifier().isLowerBound() && low != null) bounds = "，下限 " + amount(low, unit);
      if (q.qualifier().isUpperBound() && high != null) bounds = "，上限 " + amount(high, unit);
      lines.add("限定：" + Labels.qualifier(q.qualifier()) + bounds);
    }
    if (i == null) return String.join("\n", lines);
    if (!i.metric().isEmpty()) lines.add("指标：" + oneLine(i.metric()));
    if (i.base() != null) lines.add("基期：" + oneLine(i.base()));
    Period p = i.period();
    if (p != null) {
      String dates = p.isResolved()
          ? "（" + (p.start() == null ? "截至" : p.start() + " 至 ") + p.end() + "）"
          : "";
      lines.add("时期：" + oneLine(p.text()) + dates);
    }
    lines.add("状态：" + Labels.status(i.status()));
    Place place = i.place();
    if (place != null) {
      lines.add("地点：" + place.name()
          + (place.name().startsWith(place.province()) ? "" : "（" + place.province() + "）"));
    }
    if (i.mentions().size() > 1) {
      int k = i.mentions().indexOf(q.span()) + 1;
      lines.add("提及：共 " + i.mentions().size() + " 处（标题与正文），此为第 " + k + " 处");
    }
    return String.join("\n", lines);
  }

  /** The details of a finding: rule, severity, message and suggestion. */
  static String finding(Finding f) {
    StringBuilder s = new StringBuilder(f.rule()).append(' ')
        .append(Labels.severity(f.severity())).append('：').append(oneLine(f.message()));
    if (f.suggestion() != null) s.append("\n建议：").append(oneLine(f.suggestion()));
    return s.toString();
  }

  /**
   * {@code 2262亿元（226200000000 元）}: the editor's form, then the exact value in the canonical
   * unit when they differ; {@code 8.5%} otherwise.
   */
  static String amount(BigDecimal v, Unit unit) {
    if (v == null) return "（开放）";
    String shown = Labels.amount(v, unit);
    String exact = Labels.plain(v) + unit.symbol();
    if (unit.dimension() == Dimension.MONEY && !shown.equals(exact)) {
      return shown + "（" + Labels.plain(v) + " " + unit.symbol() + "）";
    }
    return shown;
  }

  /** A column break inside a figure ({@code 4400余万\n\n元}) shown as ↵, to keep one line. */
  private static String oneLine(String s) {
    return s.replace("\r\n", "↵").replace('\n', '↵').replace('\r', '↵');
  }
}
