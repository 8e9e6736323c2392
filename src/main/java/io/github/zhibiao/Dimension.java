package io.github.zhibiao;

import java.util.Locale;

/**
 * What kind of thing a {@link Unit} measures. Figures of different dimensions never add up.
 *
 * <p>Units of one dimension may still differ ({@code 元} and {@code 美元} are both {@link #MONEY});
 * compare {@link Unit}s, not dimensions, before adding values.
 */
public enum Dimension {
  /** A bare number with no unit: {@code --all-numbers} output, or {@code 1.2万} with no unit. */
  NONE,
  /** 元, 美元, 欧元, 港元 … */
  MONEY,
  /** 亩, 公顷, 平方米, 平方公里. */
  AREA,
  /** 立方米, 升. */
  VOLUME,
  /** 吨, 斤, 公斤, 克, 吨标准煤. */
  MASS,
  /** 公里, 米, 厘米. */
  LENGTH,
  /** 千瓦, 兆瓦, 瓦. */
  POWER,
  /** 千瓦时, 兆瓦时. */
  ENERGY,
  /** 千伏, 伏. */
  VOLTAGE,
  /** %, and 成, 折, 百分之, fractions (all expressed in percent). */
  PERCENT,
  /** 个百分点: a difference of two rates, never conflated with {@link #PERCENT}. */
  PERCENTAGE_POINT,
  /** 倍, 翻番. */
  MULTIPLE,
  /** 年, 个月, 天, 小时 as lengths of time (never calendar years such as {@code 2018年}). */
  DURATION,
  /** 人, 人次, 名, 位. */
  PEOPLE,
  /** Counting classifiers: 个, 项, 家, 户, 套, 座, 条 … */
  COUNT,
  /** A unit per unit, such as {@code 元/吨} or {@code 元/平方米}. */
  RATE,
  /** 吨公里, 人公里: freight and passenger transport work (周转量). */
  TRANSPORT_WORK;

  /** Returns the lower-case id used in CLI output, such as {@code percentage_point}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
