package io.github.zhibiao.stats;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSetMultimap;
import io.github.zhibiao.table.Table;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads a region table such as the bundled {@code regions.tsv}: UTF-8, {@code #} comment lines and
 * blank lines ignored, then a header row, then rows {@code group <TAB> code <TAB> province <TAB>
 * extent}.
 *
 * <p>A missing file or a malformed row fails loudly with an {@link IllegalStateException} naming
 * the file and the line; nothing is logged and skipped. Malformed means: not four fields, an empty
 * field or one with stray white space (including U+3000), a code that is not a GB/T 2260 province
 * code, an extent other than {@code whole} or {@code part}, one code under two names or one name
 * under two codes, a province listed twice in a group, or a group whose rows are not contiguous.
 */
final class RegionTable {
  static final String BUNDLED = "regions.tsv";
  private static final ImmutableList<String> COLUMNS =
      ImmutableList.of("group", "code", "province", "extent");

  private RegionTable() {}

  /**
   * Loads a table from a resource next to this class.
   *
   * @throws IllegalStateException if the resource is missing, has no header, or a row is malformed
   * @throws UncheckedIOException if it cannot be read
   */
  static RegionGroups load(String file) {
    ImmutableSetMultimap.Builder<String, String> members = ImmutableSetMultimap.builder();
    ImmutableSetMultimap.Builder<String, String> partial = ImmutableSetMultimap.builder();
    Map<String, String> nameOfCode = new LinkedHashMap<>();
    Map<String, String> codeOfName = new HashMap<>();
    Set<String> pairs = new HashSet<>();
    Set<String> closedGroups = new HashSet<>();
    String currentGroup = null;
    for (Table.Row row : Table.rows(RegionTable.class, file, COLUMNS)) {
      String group = row.field(0);
      String code = row.field(1);
      String name = row.field(2);
      String extent = row.field(3);
      if (!RegionGroups.isProvinceCode(code)) {
        throw row.error("not a GB/T 2260 province code: " + code);
      }
      if (!extent.equals("whole") && !extent.equals("part")) {
        throw row.error("extent must be 'whole' or 'part': " + extent);
      }
      String known = nameOfCode.putIfAbsent(code, name);
      if (known != null && !known.equals(name)) {
        throw row.error(code + " is " + known + ", not " + name);
      }
      String knownCode = codeOfName.putIfAbsent(name, code);
      if (knownCode != null && !knownCode.equals(code)) {
        throw row.error(name + " is " + knownCode + ", not " + code);
      }
      if (!group.equals(currentGroup)) {
        if (!closedGroups.add(group)) {
          throw row.error("rows of group " + group + " are not together");
        }
        currentGroup = group;
      }
      if (!pairs.add(group + "\t" + code)) {
        throw row.error("duplicate " + name + " in " + group);
      }
      members.put(group, code);
      if (extent.equals("part")) {
        partial.put(group, code);
      }
    }
    return new RegionGroups(members.build(), partial.build(), ImmutableMap.copyOf(nameOfCode));
  }
}
