package io.github.zhibiao.place;

import com.google.common.collect.ImmutableList;
import io.github.zhibiao.Place;
import io.github.zhibiao.place.PlaceTables.Compound;
import io.github.zhibiao.place.PlaceTables.Reading;
import java.util.Comparator;
import java.util.List;

/**
 * Everything the gazetteer knows about one surface form: its readings as a place, whether it is an
 * ordinary word, and whether it is a curated compound of abbreviations.
 *
 * <p>Readings are sorted by {@link #rank}, best first, and then by code.
 */
final class Entry {
  final String surface;
  final ImmutableList<Reading> readings;

  /** The reading taken when the text gives no evidence; null when there is none to take. */
  final Reading preferred;

  /** Whether counties in use in two or more provinces have this name (鼓楼, 朝阳, 普陀). */
  final boolean sharedAcrossProvinces;

  final boolean ordinary;
  final Compound compound; // null unless a curated compound

  /** Whether some reading is a full name or an alias, not a short form: 婺城区 has one, 婺城 not. */
  final boolean hasFullReading;

  /** Whether every reading is a county's short name, like 资兴 (资兴市) in 投资兴业. */
  final boolean countyShortOnly;

  Entry(
      String surface,
      ImmutableList<Reading> readings,
      boolean noDefault,
      boolean ordinary,
      Compound compound) {
    this.surface = surface;
    this.readings =
        ImmutableList.sortedCopyOf(
            Comparator.comparingInt(Entry::rank).thenComparing(r -> r.place().code()), readings);
    this.preferred = noDefault ? null : preferred(this.readings);
    this.sharedAcrossProvinces =
        readings.stream()
                .filter(r -> r.current() && r.place().level() == Place.Level.COUNTY)
                .map(r -> r.place().provinceCode())
                .distinct()
                .count()
            > 1;
    this.ordinary = ordinary;
    this.compound = compound;
    this.hasFullReading = readings.stream().anyMatch(r -> !r.shortForm());
    this.countyShortOnly =
        readings.stream()
            .allMatch(r -> r.shortForm() && r.place().level() == Place.Level.COUNTY);
  }

  boolean isPlace() {
    return !readings.isEmpty();
  }

  /**
   * Ranks readings for the context-free default, best first:
   *
   * <ol start="0">
   *   <li>a province (吉林 is the province before 吉林市);
   *   <li>a prefecture in use (甘孜 is the prefecture before 甘孜县);
   *   <li>a county in use, written in full (巢湖市 is today's county-level city, not the former
   *       prefecture-level 巢湖市 of 1999–2011);
   *   <li>a former prefecture (思茅 is 思茅地区/思茅市, today 普洱, rather than today's 思茅区);
   *   <li>a county in use, written in short;
   *   <li>a former county.
   * </ol>
   */
  static int rank(Reading r) {
    switch (r.place().level()) {
      case PROVINCE:
        return 0;
      case PREFECTURE:
        return r.current() ? 1 : 3;
      default:
        return !r.current() ? 5 : r.shortForm() ? 4 : 2;
    }
  }

  /**
   * The best-ranked reading if it is the only one of its rank. Several former divisions of one
   * province may share the best rank (思茅地区 532700 and 思茅市 530800, one after the other): the lowest
   * code is taken, since the province is the same. Two divisions in use (the 鼓楼区 of Nanjing and of
   * Fuzhou) give no default: null.
   *
   * @param sorted readings sorted by rank and code
   */
  static Reading preferred(List<Reading> sorted) {
    if (sorted.isEmpty()) return null;
    Reading first = sorted.get(0);
    for (Reading r : sorted.subList(1, sorted.size())) {
      if (rank(r) != rank(first)) break;
      if (first.current() || !r.place().provinceCode().equals(first.place().provinceCode())) {
        return null;
      }
    }
    return first;
  }

  /**
   * Whether a reading is too weak to stand without support from the rest of the text: a county
   * written in short (婺城, 道孚), or a county whose full name is only two characters (和县, 高县, 成县:
   * 城乡和县域, 提高县级, 建成县城 contain them by accident).
   */
  boolean needsContext(Reading r) {
    return r.place().level() == Place.Level.COUNTY && (r.shortForm() || surface.length() <= 2);
  }
}
