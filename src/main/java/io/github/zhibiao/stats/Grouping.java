package io.github.zhibiao.stats;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.zhibiao.Indicator;
import io.github.zhibiao.Place;
import java.util.List;
import java.util.function.Function;

/**
 * How {@link Totals} groups figures: by province, by place, by region group, or by any key.
 *
 * <pre>{@code
 * // 道孚县 (四川) 完成投资4400余万元
 * Grouping.province().keysOf(i);   // [四川]
 * Grouping.place().keysOf(i);      // [四川·道孚县]
 * Grouping.region().keysOf(i);     // [西部, 长江经济带, 黄河流域]   (not 成渝: see region)
 * }</pre>
 *
 * <p>A figure with no place (national, several provinces, or not attributed) has the key {@link
 * #NONE}, so that it gets a total of its own instead of disappearing. With {@link #region} a figure
 * may have several keys (四川 is in 西部, 长江经济带 and 黄河流域) and is added to each: the totals of
 * overlapping groups do not add up to the grand total.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Grouping {
  /** The key of the figures that have no province, place or region group: {@code ""}. */
  public static final String NONE = "";

  private static final Grouping PROVINCE =
      new Grouping("province", i -> List.of(orNone(i.province())));
  private static final Grouping PLACE = new Grouping("place", i -> List.of(placeKey(i.place())));
  private static final Grouping ALL = new Grouping("all", i -> List.of(NONE));

  private final String name;
  private final Function<? super Indicator, List<String>> keys;

  private Grouping(String name, Function<? super Indicator, List<String>> keys) {
    this.name = name;
    this.keys = keys;
  }

  /** Groups by the province's short name ({@code 广西}, {@code 内蒙古}); a city counts for its province. */
  public static Grouping province() {
    return PROVINCE;
  }

  /**
   * Groups by the most specific place: a province by its short name ({@code 海南}), a city or county
   * by its province's short name and its own name ({@code 吉林·长春市}), so that two places with one
   * name in different provinces stay apart.
   */
  public static Grouping place() {
    return PLACE;
  }

  /** Groups by the region groups of {@link RegionGroups#standard()}; see {@link #region(RegionGroups)}. */
  public static Grouping region() {
    return region(RegionGroups.standard());
  }

  /**
   * Groups by the region groups a figure's province belongs to (东部, 长三角, 长江经济带 …), a figure
   * counting in every group of its province. A province that belongs to a group only in part (广东 in
   * 粤港澳大湾区, 四川 and 重庆 in 成渝) does not count in that group: a provincial figure is not a figure
   * of the area, and the gazetteer does not say which cities are in it. A province in no group
   * (台湾) has the key {@link #NONE}.
   *
   * @param groups the region groups, not null
   */
  public static Grouping region(RegionGroups groups) {
    checkNotNull(groups, "groups");
    return new Grouping("region", i -> {
      String code = i.provinceCode();
      if (code == null || !RegionGroups.isProvinceCode(code)) return List.of(NONE);
      ImmutableList.Builder<String> keys = ImmutableList.builder();
      for (String g : groups.groupsOf(code)) {
        if (!groups.partialMembers(g).contains(code)) keys.add(g);
      }
      List<String> found = keys.build();
      return found.isEmpty() ? List.of(NONE) : found;
    });
  }

  /** Puts every figure in one group, with the key {@link #NONE}: a grand total per unit. */
  public static Grouping all() {
    return ALL;
  }

  /**
   * Groups by any key read from the figure, for example its metric or its period's year; a null
   * key is {@link #NONE}.
   *
   * @param name a name for the grouping, used in messages and output
   * @param key reads the key of a figure
   */
  public static Grouping by(String name, Function<? super Indicator, String> key) {
    checkNotNull(name, "name");
    checkNotNull(key, "key");
    return new Grouping(name, i -> List.of(orNone(key.apply(i))));
  }

  /** Returns the name of the grouping, such as {@code province}. */
  public String name() {
    return name;
  }

  /**
   * Returns the groups a figure belongs to, at least one, none of them null.
   *
   * @param indicator the figure, not null
   */
  public List<String> keysOf(Indicator indicator) {
    checkNotNull(indicator, "indicator");
    return keys.apply(indicator);
  }

  private static String orNone(String s) {
    return s == null ? NONE : s;
  }

  private static String placeKey(Place p) {
    if (p == null) return NONE;
    if (p.province() == null) return p.name();
    if (p.code().equals(p.provinceCode())) return p.province();
    return p.province() + "·" + p.name();
  }

  @Override
  public String toString() {
    return "Grouping[" + name + "]";
  }
}
