package io.github.zhibiao.stats;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSetMultimap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
  private static final String HEADER = "group\tcode\tprovince\textent";

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
    boolean header = true;
    try (InputStream in = RegionTable.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled table " + file);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String text;
      int line = 0;
      while ((text = reader.readLine()) != null) {
        line++;
        if (text.isBlank() || text.startsWith("#")) continue;
        String where = file + ":" + line + ": ";
        if (header) {
          if (!text.equals(HEADER)) {
            throw new IllegalStateException(where + "expected the header '" + HEADER + "'");
          }
          header = false;
          continue;
        }
        String[] f = text.split("\t", -1);
        if (f.length != 4) {
          throw new IllegalStateException(where + "expected 4 fields, found " + f.length);
        }
        for (String field : f) {
          if (field.isEmpty() || !field.strip().equals(field) || field.indexOf('\u3000') >= 0) {
            throw new IllegalStateException(
                where + "empty field or stray white space: '" + text + "'");
          }
        }
        String group = f[0];
        String code = f[1];
        String name = f[2];
        if (!RegionGroups.isProvinceCode(code)) {
          throw new IllegalStateException(where + "not a GB/T 2260 province code: " + code);
        }
        if (!f[3].equals("whole") && !f[3].equals("part")) {
          throw new IllegalStateException(where + "extent must be 'whole' or 'part': " + f[3]);
        }
        String known = nameOfCode.putIfAbsent(code, name);
        if (known != null && !known.equals(name)) {
          throw new IllegalStateException(where + code + " is " + known + ", not " + name);
        }
        String knownCode = codeOfName.putIfAbsent(name, code);
        if (knownCode != null && !knownCode.equals(code)) {
          throw new IllegalStateException(where + name + " is " + knownCode + ", not " + code);
        }
        if (!group.equals(currentGroup)) {
          if (!closedGroups.add(group)) {
            throw new IllegalStateException(where + "rows of group " + group + " are not together");
          }
          currentGroup = group;
        }
        if (!pairs.add(group + "\t" + code)) {
          throw new IllegalStateException(where + "duplicate " + name + " in " + group);
        }
        members.put(group, code);
        if (f[3].equals("part")) {
          partial.put(group, code);
        }
      }
      if (header) {
        throw new IllegalStateException(file + ": no header and no rows");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled table " + file, e);
    }
    return new RegionGroups(members.build(), partial.build(), ImmutableMap.copyOf(nameOfCode));
  }
}
