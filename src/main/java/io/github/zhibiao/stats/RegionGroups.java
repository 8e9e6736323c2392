package io.github.zhibiao.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which groups of provinces a province belongs to: the National Bureau of Statistics' four economic
 * regions and the national strategy areas that news reports figures for.
 *
 * <pre>{@code
 * RegionGroups regions = RegionGroups.standard();
 * regions.groupsOf("510000");            // [西部, 成渝, 长江经济带, 黄河流域]   (四川)
 * regions.members("京津冀");              // [110000, 120000, 130000]
 * regions.partialMembers("粤港澳大湾区");   // [440000]: only 9 cities of 广东 belong
 * regions.shortName("450000");           // Optional[广西]
 * }</pre>
 *
 * <p>The groups, in this order: 东部, 中部, 西部, 东北 (the four regions, which partition the 31 mainland
 * provinces), 京津冀, 长三角, 粤港澳大湾区, 成渝, 长江经济带, 黄河流域. Provinces are named by their GB/T 2260 six-digit
 * code ({@code 450000} for 广西). Membership is by whole province; where only some cities of a
 * province belong (广东 in 粤港澳大湾区, 重庆 and 四川 in 成渝), the province is a <em>partial</em> member, and a
 * provincial total is not a total of the group. The bundled table {@code regions.tsv}, next to this
 * class, names its sources.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RegionGroups {
  /** GB/T 2260 codes of provincial-level divisions: two digits, then 0000. */
  private static final Pattern PROVINCE_CODE = Pattern.compile("[1-9][0-9]0000");

  private final ImmutableSetMultimap<String, String> members;
  private final ImmutableSetMultimap<String, String> partialMembers;
  private final ImmutableListMultimap<String, String> groupsOf;
  private final ImmutableMap<String, String> names;

  RegionGroups(
      ImmutableSetMultimap<String, String> members,
      ImmutableSetMultimap<String, String> partialMembers,
      ImmutableMap<String, String> names) {
    this.members = members;
    this.partialMembers = partialMembers;
    this.groupsOf = ImmutableListMultimap.copyOf(members.inverse());
    this.names = names;
  }

  /** Returns the groups of the bundled table {@code regions.tsv}, loaded once, on first use. */
  public static RegionGroups standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final RegionGroups STANDARD = RegionTable.load(RegionTable.BUNDLED);
  }

  /** Returns the names of all groups, in table order. */
  public List<String> groups() {
    return ImmutableList.copyOf(members.keySet());
  }

  /**
   * Returns the codes of the provinces in a group, whole and partial members alike, in table order.
   *
   * @param group a name from {@link #groups()}, for example {@code 长三角}
   * @throws IllegalArgumentException if there is no such group
   * @throws NullPointerException if {@code group} is null
   */
  public Set<String> members(String group) {
    checkGroup(group);
    return members.get(group);
  }

  /**
   * Returns the codes of the provinces of which only some cities or districts belong to a group;
   * empty for most groups.
   *
   * @param group a name from {@link #groups()}, for example {@code 成渝}
   * @throws IllegalArgumentException if there is no such group
   * @throws NullPointerException if {@code group} is null
   */
  public Set<String> partialMembers(String group) {
    checkGroup(group);
    return partialMembers.get(group);
  }

  /**
   * Returns the groups a province belongs to, in table order: for a mainland province its region
   * first. Empty for a province in no group (台湾 {@code 710000}) or a code not in the table.
   *
   * @param provinceCode a GB/T 2260 province code, for example {@code 450000}
   * @throws IllegalArgumentException if the code is not six digits ending in 0000
   * @throws NullPointerException if {@code provinceCode} is null
   */
  public List<String> groupsOf(String provinceCode) {
    checkCode(provinceCode);
    return groupsOf.get(provinceCode);
  }

  /**
   * Returns the short name of a province in the table, for example 广西 for {@code 450000}.
   *
   * @param provinceCode a GB/T 2260 province code
   * @throws IllegalArgumentException if the code is not six digits ending in 0000
   * @throws NullPointerException if {@code provinceCode} is null
   */
  public Optional<String> shortName(String provinceCode) {
    checkCode(provinceCode);
    return Optional.ofNullable(names.get(provinceCode));
  }

  private void checkGroup(String group) {
    checkNotNull(group, "group");
    checkArgument(members.containsKey(group), "unknown group %s; known: %s", group, groups());
  }

  private static void checkCode(String code) {
    checkNotNull(code, "provinceCode");
    checkArgument(
        isProvinceCode(code), "not a GB/T 2260 province code (6 digits ending 0000): %s", code);
  }

  static boolean isProvinceCode(String code) {
    return PROVINCE_CODE.matcher(code).matches();
  }

  @Override
  public String toString() {
    return "RegionGroups" + groups();
  }
}
