package io.github.zhibiao;

import java.util.Locale;
import java.util.Optional;

/**
 * What a figure measures. A closed set: every {@link Indicator} has exactly one type.
 *
 * <p>Money types ({@link #INVESTMENT}, {@link #GDP} …) are amounts, never rates; the change types
 * ({@link #GROWTH_RATE}, {@link #PERCENTAGE_POINT_CHANGE}, {@link #CHANGE}) are signed:
 *
 * <pre>{@code
 * 总投资约2262亿元          → INVESTMENT, 226200000000 元
 * 同比下降4.1%              → GROWTH_RATE, -4.1 %
 * 高于全省规上工业11.2个百分点 → PERCENTAGE_POINT_CHANGE, 11.2 个百分点
 * 比上年增加30亿元          → CHANGE, 3000000000 元
 * }</pre>
 */
public enum IndicatorType {
  /** 总投资, 计划总投资, 固定资产投资, 完成投资, 投资额. */
  INVESTMENT,
  /** 地区生产总值, GDP. */
  GDP,
  /** 产值, 工业总产值. */
  OUTPUT_VALUE,
  /** 增加值. */
  VALUE_ADDED,
  /** 营业收入, 销售收入, 销售额. */
  REVENUE,
  /** 利润总额, 利润, 利税, 盈利; a loss (亏损, 净亏损) is a negative profit. */
  PROFIT,
  /** 进出口, 出口, 进口, 外贸. */
  TRADE,
  /** 社会消费品零售总额. */
  RETAIL_SALES,
  /** 一般公共预算收入, 财政收入, 税收. */
  FISCAL_REVENUE,
  /** 基金规模, a fund's 总规模. */
  FUND_SIZE,
  /** 贷款, 贷款余额, 融资, 信贷. */
  LOAN,
  /** 注册资本, 注册资金. */
  REGISTERED_CAPITAL,
  /** 人均可支配收入, 增收. */
  INCOME,
  /** 资金, 补贴, 奖励 …: money spent or granted that is none of the above. */
  FUNDING,
  /** An amount of money the text does not say more about. */
  AMOUNT,
  /**
   * 增长/下降 X%: a relative change, signed (下降 → negative). In the unit 倍 after a verb of change
   * ({@code 增长1.5倍}, {@code 较上年增长一倍多}): the increase in times of the old level, the new
   * level (1 + value) times the old; never converted to % (writers do not always keep 增长2倍 apart
   * from a doubling).
   */
  GROWTH_RATE,
  /** 提高/下降/高于/低于 X个百分点: a difference of rates, signed. */
  PERCENTAGE_POINT_CHANGE,
  /** 增加/减少 X亿元: an absolute change of a level, signed; never a level itself. */
  CHANGE,
  /** 占比, 占…比重, 占…的 X%. */
  SHARE,
  /**
   * 覆盖率, 完成率, 城镇化率, 失业率 …: a rate that is not a change; and a figure per unit, never a
   * level to add up (亩均税收3万元, 亩产415.8公斤, 人均住房建筑面积41.8平方米, 每万人拥有执业医师3.2人).
   */
  RATE,
  /**
   * 是…的 X倍, 增长到…的 X倍, 翻番: the ratio of the new level to the old ({@code 是上年的2.5倍}, {@code
   * 翻一番} = 2, {@code 翻两番} = 4), the value as written. A change by X倍 ({@code 增长1.8倍}) is a
   * {@link #GROWTH_RATE} in 倍.
   */
  MULTIPLE,
  /** Projects, enterprises, households … counted with their classifier. */
  COUNT,
  /** 人, 人次, 名. */
  PEOPLE,
  /** 亩, 公顷, 平方公里 …. */
  AREA,
  /** 公里, 米 …. */
  LENGTH,
  /** 吨, 斤 …. */
  MASS,
  /** 立方米, 升 …. */
  VOLUME,
  /** 千瓦时, 吨标准煤 …. */
  ENERGY,
  /** 千瓦, 兆瓦 …. */
  POWER,
  /** 年, 个月, 天 (a length of time, not a date). */
  DURATION,
  /** Anything else. */
  OTHER;

  /** The stable lower-case id used in tables and output: {@code growth_rate}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the type with this {@link #id()}, if any. */
  public static Optional<IndicatorType> fromId(String id) {
    for (IndicatorType t : values()) {
      if (t.id().equals(id)) return Optional.of(t);
    }
    return Optional.empty();
  }

  /** Whether the type is an amount of money (its figures have a {@link Dimension#MONEY} unit). */
  public boolean isMoney() {
    return ordinal() <= AMOUNT.ordinal();
  }

  /** Whether the value is signed: a change, where 下降/减少/低于 make it negative. */
  public boolean isSigned() {
    return this == GROWTH_RATE || this == PERCENTAGE_POINT_CHANGE || this == CHANGE;
  }
}
