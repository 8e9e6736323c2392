package io.github.zhibiao.report;

import com.google.common.collect.Maps;
import io.github.zhibiao.Dimension;
import io.github.zhibiao.IndicatorType;
import io.github.zhibiao.Qualifier;
import io.github.zhibiao.Severity;
import io.github.zhibiao.Status;
import io.github.zhibiao.Unit;
import io.github.zhibiao.stats.Bound;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumMap;
import java.util.Map;

/**
 * The words and number forms an editor reads in the report: Chinese labels for types, statuses,
 * qualifiers and severities, the colour family of each type, and amounts in 亿 and 万.
 */
final class Labels {
  private static final BigDecimal WAN = BigDecimal.ONE.scaleByPowerOfTen(4);
  private static final BigDecimal YI = BigDecimal.ONE.scaleByPowerOfTen(8);
  private static final Map<IndicatorType, String> TYPES = typeLabels();

  private static Map<IndicatorType, String> typeLabels() {
    Map<IndicatorType, String> labels = new EnumMap<>(IndicatorType.class);
    String[] names = {
      "投资", "地区生产总值", "产值", "增加值", "营业收入", "利润", "进出口", "消费品零售", "财政收入",
      "基金规模", "贷款", "注册资本", "收入", "资金", "金额", "增速", "百分点变化", "增减量", "占比", "比率",
      "倍数", "数量", "人数", "面积", "长度", "重量", "体积", "能源", "功率", "时长", "其他"
    };
    IndicatorType[] types = IndicatorType.values();
    if (names.length != types.length) {
      throw new IllegalStateException("a label for every IndicatorType: " + types.length);
    }
    for (int i = 0; i < types.length; i++) labels.put(types[i], names[i]);
    return Maps.immutableEnumMap(labels);
  }

  private Labels() {}

  /** 投资, 增速 …; {@code 未分类} for a quantity with no indicator. */
  static String type(IndicatorType type) {
    return type == null ? "未分类" : TYPES.get(type);
  }

  /** The id used in classes and data attributes: {@code investment}, or {@code none}. */
  static String typeId(IndicatorType type) {
    return type == null ? "none" : type.id();
  }

  /**
   * The colour family of a type, a CSS class suffix: investment on its own (the report's main
   * figure), other money, changes, ratios, counts, physical measures, other.
   */
  static String family(IndicatorType type) {
    if (type == null) return "other";
    if (type == IndicatorType.INVESTMENT) return "invest";
    if (type.isMoney()) return "money";
    return switch (type) {
      case GROWTH_RATE, PERCENTAGE_POINT_CHANGE, CHANGE -> "change";
      case SHARE, RATE, MULTIPLE -> "ratio";
      case COUNT, PEOPLE -> "count";
      case AREA, LENGTH, MASS, VOLUME, ENERGY, POWER, DURATION -> "measure";
      default -> "other";
    };
  }

  static String status(Status status) {
    return switch (status) {
      case ACTUAL -> "实际";
      case PLAN -> "计划";
      case TARGET -> "目标";
      case THRESHOLD -> "门槛（不计入合计）";
    };
  }

  static String qualifier(Qualifier q) {
    return switch (q) {
      case EXACT -> "确数";
      case APPROX -> "约数（≈）";
      case AT_LEAST -> "下限，含（≥）";
      case MORE_THAN -> "下限，不含（>）";
      case AT_MOST -> "上限，含（≤）";
      case LESS_THAN -> "上限，不含（<）";
    };
  }

  static String severity(Severity s) {
    return switch (s) {
      case ERROR -> "错误";
      case WARNING -> "警告";
      case INFO -> "提示";
    };
  }

  /** The sign a bar's label starts with: ≈, ≥, >, ≤, < or nothing. */
  static String sign(Bound b) {
    return switch (b) {
      case EXACT, RANGE -> "";
      case APPROX -> "≈";
      case AT_LEAST -> "≥";
      case MORE_THAN -> ">";
      case AT_MOST -> "≤";
      case LESS_THAN -> "<";
      case UNBOUNDED -> "?";
    };
  }

  static String bound(Bound b) {
    return switch (b) {
      case EXACT -> "确数";
      case APPROX -> "约数";
      case AT_LEAST, MORE_THAN -> "下限（真实合计不低于此）";
      case AT_MOST, LESS_THAN -> "上限（真实合计不高于此）";
      case RANGE -> "范围";
      case UNBOUNDED -> "上下限相抵，无界";
    };
  }

  /**
   * An amount as an editor writes it: money of 亿 or more in 亿 ({@code 2262亿元}), of 万 or more in
   * 万 ({@code 4400万元}), anything else plain with its unit ({@code 8.5%}). Exact: no rounding.
   */
  static String amount(BigDecimal v, Unit unit) {
    if (v == null) return "";
    String symbol = unit.symbol();
    if (unit.dimension() == Dimension.MONEY) {
      BigDecimal abs = v.abs();
      if (abs.compareTo(YI) >= 0) return plain(v.divide(YI)) + "亿" + symbol;
      if (abs.compareTo(WAN) >= 0) return plain(v.divide(WAN)) + "万" + symbol;
    }
    return plain(v) + symbol;
  }

  /** {@code v} in 亿, exact ({@code 4400万} is {@code 0.44}). */
  static BigDecimal inYi(BigDecimal v) {
    return v == null ? null : v.divide(YI).stripTrailingZeros();
  }

  /** A plain decimal with no exponent and no trailing zeros: {@code 2262}, {@code 0.44}. */
  static String plain(BigDecimal v) {
    if (v == null) return "";
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  /** A double for an axis or a median: at most 4 significant digits, plain. */
  static String plain(double d) {
    if (d == 0 || !Double.isFinite(d)) return d == 0 ? "0" : Double.toString(d);
    return plain(new BigDecimal(d).round(new MathContext(4)));
  }
}
