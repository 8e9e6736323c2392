package io.github.zhibiao;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A Chinese administrative division: a province, a prefecture or a county, with its GB/T 2260 code
 * and the province it belongs to today.
 *
 * <p>{@link #name()} is the official full name even when the text used a short form; {@link
 * #province()} is the short name of <em>today's</em> provincial-level unit, also for names that no
 * longer exist:
 *
 * <pre>{@code
 * String text = "甘孜州道孚县与思茅地区";
 * // 甘孜州  → Place[name=甘孜藏族自治州, code=513300, level=PREFECTURE, province=四川, provinceCode=510000]
 * // 道孚县  → Place[name=道孚县, code=513326, level=COUNTY, province=四川, provinceCode=510000]
 * // 思茅地区 → Place[name=思茅地区, code=532700, level=PREFECTURE, province=云南, provinceCode=530000]
 * }</pre>
 *
 * <p>A historic name keeps its historic code (思茅地区 is 532700, abolished in 2003), so a code is
 * not always in use today; {@link #provinceCode()} always is. The 34 provincial-level units include
 * 台湾, 香港 and 澳门.
 *
 * <p>Instances are immutable and thread-safe; treat as a value type.
 *
 * @param name the official full name of the division, e.g. {@code 大连市}, {@code 延边朝鲜族自治州}
 * @param code the six-digit GB/T 2260 code of the division, e.g. {@code 210200}
 * @param level whether the division is provincial, prefecture or county level
 * @param province the short name of today's province, e.g. {@code 广西}, {@code 内蒙古}, {@code 北京}
 * @param provinceCode the code of today's province, e.g. {@code 450000}
 */
public record Place(String name, String code, Level level, String province, String provinceCode) {

  /** The three levels of division that the gazetteer knows. */
  public enum Level {
    /** 省级: a province, autonomous region, municipality or special administrative region. */
    PROVINCE,
    /** 地级: a prefecture-level city, prefecture (地区), autonomous prefecture or league (盟). */
    PREFECTURE,
    /** 县级: a county, district, county-level city, banner (旗) or forest district (林区). */
    COUNTY
  }

  /** Checks that no field is null and that both codes have six digits. */
  public Place {
    checkNotNull(name, "name");
    checkNotNull(code, "code");
    checkNotNull(level, "level");
    checkNotNull(province, "province");
    checkNotNull(provinceCode, "provinceCode");
    checkArgument(code.matches("[0-9]{6}"), "code must have six digits: %s", code);
    checkArgument(
        provinceCode.matches("[0-9]{2}0000"), "not a province code: %s", provinceCode);
  }
}
