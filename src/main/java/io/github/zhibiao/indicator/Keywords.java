package io.github.zhibiao.indicator;

import com.google.common.collect.ImmutableList;
import io.github.zhibiao.IndicatorType;
import io.github.zhibiao.Status;
import io.github.zhibiao.number.Trie;
import io.github.zhibiao.table.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The keyword table of the indicator stage ({@code keywords.tsv}), read once, as a trie from
 * phrase to every role the phrase plays. A malformed row fails loudly with file and line.
 */
final class Keywords {
  static final String FILE = "keywords.tsv";

  /** What a keyword says about the figures near it. */
  enum Role {
    TYPE, NOUN, ANAPHOR, UP, DOWN, ABOVE, BELOW, BASE, SHARE, GROWTH, STATUS, SCOPE, SUPPORT, THRESHOLD,
    FILLER
  }

  /** One row: a phrase in one role; {@code type} and {@code status} are set for those roles. */
  record Keyword(String phrase, Role role, IndicatorType type, Status status) {}

  /** The rows of each phrase, as arrays: the typer reads them at every match (never written). */
  final Trie<Keyword[]> trie;
  final int size;

  private Keywords(Map<String, ImmutableList<Keyword>> byPhrase, int size) {
    Map<String, Keyword[]> arrays = new java.util.LinkedHashMap<>();
    byPhrase.forEach((phrase, rows) -> arrays.put(phrase, rows.toArray(new Keyword[0])));
    this.trie = new Trie<>(arrays);
    this.size = size;
  }

  static Keywords bundled() {
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final Keywords BUNDLED = load(FILE);
  }

  static Keywords load(String file) {
    return of(Table.rows(Keywords.class, file, COLUMNS, "value"));
  }

  /** Parses the table; package-private for tests of malformed rows. */
  static Keywords parse(String file, String content) {
    return of(Table.parseRows(file, content, COLUMNS, "value"));
  }

  private static final ImmutableList<String> COLUMNS = ImmutableList.of("phrase", "role", "value");

  private static Keywords of(List<Table.Row> rows) {
    Map<String, List<Keyword>> byPhrase = new LinkedHashMap<>();
    int size = 0;
    for (Table.Row row : rows) {
      String phrase = row.field(0);
      String roleName = row.field(1);
      String value = row.field(2);
      Role role;
      try {
        role = Role.valueOf(roleName.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown role '" + roleName + "'");
      }
      IndicatorType type = null;
      Status status = null;
      if (role == Role.TYPE) {
        type = IndicatorType.fromId(value).orElse(null);
        if (type == null) {
          throw row.error("unknown indicator type '" + value + "'");
        }
      } else if (role == Role.STATUS) {
        try {
          status = Status.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw row.error("unknown status '" + value + "'");
        }
      }
      Keyword k = new Keyword(phrase, role, type, status);
      List<Keyword> list = byPhrase.computeIfAbsent(phrase, p -> new ArrayList<>());
      for (Keyword other : list) {
        if (other.role() == role) {
          throw row.error("duplicate phrase '" + phrase + "' in role " + roleName);
        }
      }
      list.add(k);
      size++;
    }
    Map<String, ImmutableList<Keyword>> frozen = new LinkedHashMap<>();
    byPhrase.forEach((p, l) -> frozen.put(p, ImmutableList.copyOf(l)));
    return new Keywords(frozen, size);
  }
}
