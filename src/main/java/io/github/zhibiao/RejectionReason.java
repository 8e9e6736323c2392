package io.github.zhibiao;

import java.util.Locale;

/**
 * Why a run of digits or numerals was not reported as a quantity.
 *
 * <p>{@link Zhibiao#audit(String)} lists every numeric run of a text that is not inside a reported
 * quantity, with one of these reasons, so that an editor can see that no figure was skipped.
 */
public enum RejectionReason {
  /** A calendar year: {@code 2018年}, {@code 二〇一八年}, {@code 2018年度}. */
  YEAR,
  /** A date or month: {@code 11月28日}, {@code 7月30日-8月5日}, {@code 10月份}. */
  DATE,
  /** A period that is not a length of time: {@code 四季度}, {@code 1-5月}. */
  PERIOD,
  /** An ordinal or congress number: {@code 第十八批}, {@code 十九大}, {@code 第十三届}, {@code 二中全会}. */
  ORDINAL,
  /** A list marker: {@code 一、}, {@code （二十九）}, {@code (3)}. */
  ENUMERATOR,
  /** A designation: {@code 1号线}, {@code 1号文件}. */
  DESIGNATION,
  /** A code or model name: {@code PM2.5}, {@code 5G}, {@code G8}, {@code 1.2.3}. */
  CODE,
  /** A plan or programme name: {@code 十四五}, {@code “5+1”}, {@code “4321”}, {@code “十大工程”}. */
  NAME,
  /** An idiom or set phrase: {@code 一带一路}, {@code 三位一体}, {@code 四个全面}, {@code 一盘棋}. */
  IDIOM,
  /** The indefinite article {@code 一个}, {@code 一种}, {@code 一批}: not a count. */
  ARTICLE,
  /** A numeral inside an ordinary word with no unit: {@code 统一}, {@code 进一步}, {@code 一线}. */
  WORD,
  /** The divisor of a rate, after 每: {@code 每10万人拥有医生30人}, {@code 每10股派发现金红利3.5元}. */
  DIVISOR,
  /** A bare number with no unit and no magnitude (reported only with {@code --all-numbers}). */
  NO_UNIT,
  /** A magnitude with no number before it: {@code 亿元以上企业}, {@code 百千万工程}. */
  MAGNITUDE_ONLY,
  /** A numeral run that is not a well-formed number: {@code 十三五}, {@code 一一}. */
  MALFORMED,
  /** A digit run longer than {@link Zhibiao#MAX_DIGITS}: not parsed at all. */
  TOO_LONG;

  /** Returns the lower-case id used in CLI output, such as {@code no_unit}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
