package io.github.zhibiao.place;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.zhibiao.Place;
import io.github.zhibiao.number.CharSet;
import io.github.zhibiao.place.PlaceTables.Abbreviation;
import io.github.zhibiao.place.PlaceTables.Compound;
import io.github.zhibiao.place.PlaceTables.Reading;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds Chinese administrative place names in text: provinces, prefectures and counties, by full
 * name, short name or former name, and province abbreviations inside compounds such as 京津冀.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.standard();
 * String text = "浙江省金华市婺城区与四川省甘孜藏族自治州道孚县结对，婺城的企业到道孚投资";
 * for (PlaceMention m : g.find(text)) {
 *   System.out.println(text.substring(m.start(), m.end()) + " " + m.place().code());
 * }
 * // 浙江省 330000, 金华市 330700, 婺城区 330702, 四川省 510000, 甘孜藏族自治州 513300,
 * // 道孚县 513326, 婺城 330702, 道孚 513326
 * g.lookup("思茅");    // 思茅市 530800 (today 普洱), province 云南
 * g.province("450000"); // 广西壮族自治区
 * }</pre>
 *
 * <p><b>Precision first.</b> A wrong place is worse than none, so a name is reported only on
 * evidence:
 *
 * <ul>
 *   <li>A full name (with 省, 市, 县, 区, 州, 旗, 盟 or 地区) is always a place, longest match first; if it
 *       names several divisions (朝阳区 is in Beijing and in Changchun) the text must say which.
 *   <li>A short name of a province or prefecture (广西, 大连, 延边, 甘孜) is a place unless it is part of
 *       an ordinary word in {@code ordinary-words.txt} (合作交流, 长治久安, 大理石).
 *   <li>A short name of a county (婺城, 道孚, 浦东), and a two-character full county name (和县, 高县), is a
 *       place only if the same text names that county in full or its prefecture (for a district of
 *       北京, 天津, 上海 or 重庆, the municipality; for a county under the province itself, such as 神农架林区,
 *       the province). The province alone is not enough: 资源 (资源县) in a 广西 text, 新兴 (新兴县) in a 广东
 *       one are ordinary words. A two-character full name must also follow punctuation or another
 *       place (马鞍山市和县, not 提高县级 for 高县).
 *   <li>A one-character province abbreviation is a place only inside a compound: two or more in a
 *       row with at least one strong one (川渝, 京津冀, 粤港澳), a curated compound (青藏, 黑吉辽, 港澳) or a
 *       pattern (黔电送粤). 新增, 青年, 云计算 are not places.
 *   <li>Region groups (全国, 中西部, 长三角, 大湾区) are not places.
 * </ul>
 *
 * <p><b>Ambiguous names.</b> When a name has several readings, the one whose code, prefecture or
 * province the rest of the text names wins. Without such evidence the preferred reading is taken (a
 * province before a prefecture before a county: bare 吉林, 海南, 河北 are the provinces, 甘孜 the
 * prefecture); the preferred reading gives way only to a reading with evidence two points stronger
 * (the division itself named scores 4, its prefecture 2, its province 1): 吉林 is the city when the
 * text names 吉林市 and not 吉林省; 河北 stays the province in a text that names 天津. A name with no
 * preferred reading (鼓楼, a district of Nanjing, Xuzhou, Fuzhou, Kaifeng …; 朝阳, a district of
 * Beijing and of Changchun and a city in Liaoning) is dropped unless the text decides, and so is a
 * name whose best readings tie in different provinces.
 *
 * <p><b>Former names</b> keep their own code and map to today's province: 思茅 is 思茅市 (530800, today
 * 普洱, 云南), 崇文区 is 110103 (merged into 东城区 in 2010), 涪陵地区 is in 重庆.
 *
 * <p>Instances are immutable and thread-safe; {@link #standard()} is built once and shared.
 */
public final class Gazetteer {
  /**
   * Names that have no context-free reading although the ranking would give one. 朝阳 is best known
   * as the district of Beijing, but 朝阳市 (Liaoning) is a prefecture and the ranking would prefer it:
   * neither is safe without context, so bare 朝阳 needs the text to name Beijing, Liaoning, Changchun
   * or the division itself.
   */
  private static final ImmutableSet<String> NO_DEFAULT = ImmutableSet.of("朝阳");

  final ImmutableMap<String, Entry> entries;
  final NameTrie<Entry> trie;
  final ImmutableMap<Character, Abbreviation> abbreviations;
  /** {@link #abbreviations} indexed by character: the scan asks at every position. */
  private final Abbreviation[] abbreviationByChar = new Abbreviation[Character.MAX_VALUE + 1];

  /** Compounds with a wildcard: 黔电送粤 is {@code *电送*}. */
  final ImmutableList<Compound> patterns;

  /** The characters of {@link #abbreviations} (8 KB, where the table above is 256 KB). */
  private final CharSet abbreviationChars;

  /** Provinces by short name (广西), as used in the abbreviation tables. */
  final ImmutableMap<String, Place> provincesByShortName;

  /** Provinces by code, full name, short name and abbreviation. */
  private final ImmutableMap<String, Place> provinceKeys;

  /** The numbers of the codes, as in {@link Reading#code()}. */
  final ImmutableMap<String, Integer> codeNumbers;

  /** Today's prefecture-level divisions by code: none for a code no current division has. */
  private final ImmutableMap<String, Place> prefecturesByCode;

  Gazetteer(PlaceTables tables) {
    Map<String, Compound> compounds = new LinkedHashMap<>();
    ImmutableList.Builder<Compound> wildcards = ImmutableList.builder();
    for (Compound c : tables.compounds) {
      if (c.isPattern()) {
        wildcards.add(c);
      } else {
        compounds.put(c.surface(), c);
      }
    }
    Map<String, Place> prefectures = new LinkedHashMap<>();
    Map<String, Entry> all = new LinkedHashMap<>();
    for (Map.Entry<String, ImmutableList<Reading>> e : tables.readings.entrySet()) {
      for (Reading r : e.getValue()) {
        if (r.current() && r.place().level() == Place.Level.PREFECTURE) {
          prefectures.putIfAbsent(r.place().code(), r.place());
        }
      }
      String name = e.getKey();
      all.put(
          name,
          new Entry(
              name,
              e.getValue(),
              NO_DEFAULT.contains(name),
              tables.ordinaryWords.contains(name),
              compounds.get(name)));
    }
    for (String word : tables.ordinaryWords) {
      all.computeIfAbsent(
          word, w -> new Entry(w, ImmutableList.of(), false, true, compounds.get(w)));
    }
    compounds.forEach(
        (surface, c) ->
            all.computeIfAbsent(surface, s -> new Entry(s, ImmutableList.of(), false, false, c)));
    entries = ImmutableMap.copyOf(all);
    trie = new NameTrie<>(entries);
    abbreviations = tables.abbreviations;
    abbreviations.forEach((c, a) -> abbreviationByChar[c] = a);
    patterns = wildcards.build();
    abbreviationChars = CharSet.of(abbreviations.keySet());

    Map<String, Place> byShortName = new LinkedHashMap<>();
    Map<String, Place> keys = new LinkedHashMap<>();
    for (Place p : tables.provincesByCode.values()) {
      byShortName.put(p.province(), p);
      keys.put(p.code(), p);
      keys.put(p.name(), p);
      keys.put(p.province(), p);
    }
    for (Abbreviation a : abbreviations.values()) {
      keys.putIfAbsent(String.valueOf(a.character()), a.province());
    }
    codeNumbers = tables.codeNumbers;
    prefecturesByCode = ImmutableMap.copyOf(prefectures);
    provincesByShortName = ImmutableMap.copyOf(byShortName);
    provinceKeys = ImmutableMap.copyOf(keys);
  }

  /** Returns the gazetteer built from the bundled tables; loaded once, on first use. */
  public static Gazetteer standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final Gazetteer STANDARD = new Gazetteer(PlaceTables.load());
  }

  /**
   * Finds every place mention in {@code text}, in text order, non-overlapping, longest match first.
   *
   * <p>Never throws on any text, however odd; runs in time linear in its length.
   *
   * <pre>{@code
   * Gazetteer.standard().find("京津冀协同发展，吉林省吉林市");
   * // [0, 1) 京 北京市, [1, 2) 津 天津市, [2, 3) 冀 河北省 (abbreviations),
   * // [8, 11) 吉林省 220000, [11, 14) 吉林市 220200
   * }</pre>
   *
   * @param text the text to search, not null
   * @return the mentions, with half-open UTF-16 offsets into {@code text}; immutable
   * @throws NullPointerException if {@code text} is null
   */
  public List<PlaceMention> find(CharSequence text) {
    checkNotNull(text, "text");
    return new Scan(this, text).run();
  }

  /**
   * Whether a name, an ordinary word, a compound or an abbreviation may start at {@code i} (a
   * pattern is only tried where an abbreviation stands); if not, the scan has nothing to do there.
   * Nineteen characters in twenty of the seed text start nothing (的, 1, ，, and 中 in 中国 or 增 in 增长,
   * though 中山 and 增城 are names), and the scan passes them at the cost of two reads of bit sets
   * small enough to stay in the cache.
   */
  boolean mayStart(CharSequence text, int i) {
    char c = text.charAt(i);
    return abbreviationChars.contains(c) || trie.mayFind(text, i);
  }

  /** The first position from {@code i} on where {@link #mayStart}, or the text's length. */
  int nextStart(CharSequence text, int i) {
    int n = text.length();
    while (i < n && !mayStart(text, i)) i++;
    return i;
  }

  /** The abbreviation the character stands for, or null. */
  Abbreviation abbreviation(char c) {
    return abbreviationByChar[c];
  }

  /**
   * Returns the place a name denotes without context: an exact full name, short name or former
   * name, such as {@code 大连市}, {@code 大连}, {@code 延边州}, {@code 崇文区}.
   *
   * <p>A name with several readings gives the preferred one (吉林 → 吉林省, 海南 → 海南省, 甘孜 → 甘孜藏族自治州); a
   * name with no preferred reading (鼓楼, 朝阳, 朝阳区) gives empty. Unlike {@link #find}, a county's
   * short name is returned without asking for context, and ordinary words are not consulted (合作 →
   * 合作市).
   *
   * @param name the name, not null
   * @return the place, or empty if the name is unknown or has no preferred reading
   */
  public Optional<Place> lookup(String name) {
    checkNotNull(name, "name");
    Entry e = entries.get(name);
    return e == null || e.preferred == null ? Optional.empty() : Optional.of(e.preferred.place());
  }

  /**
   * Returns a provincial-level unit by short name, full name, code or one-character abbreviation:
   * {@code 广西}, {@code 广西壮族自治区}, {@code 450000} and {@code 桂} all give 广西壮族自治区.
   *
   * <p>All 34 provincial-level units are known, including 台湾 (710000), 香港 (810000) and 澳门 (820000).
   *
   * @param shortNameOrCode the short name, full name, six-digit code or abbreviation, not null
   * @return the province, or empty if there is no such province
   */
  public Optional<Place> province(String shortNameOrCode) {
    checkNotNull(shortNameOrCode, "shortNameOrCode");
    return Optional.ofNullable(provinceKeys.get(shortNameOrCode));
  }

  /**
   * Returns today's prefecture-level division that holds a division, by its code: the first four
   * digits and {@code 00}. {@code 520102} (南明区) and {@code 520100} give 贵阳市; a district of a
   * municipality ({@code 110101}), a county-level unit directly under its province ({@code 429004}
   * 仙桃市) and a prefecture no longer in the table (巢湖地区, {@code 341400}, abolished in 2011) give
   * empty.
   *
   * @param code a six-digit division code, not null
   * @return the prefecture, or empty if no current prefecture-level division has that code
   */
  public Optional<Place> prefecture(String code) {
    checkNotNull(code, "code");
    if (code.length() != 6) return Optional.empty();
    return Optional.ofNullable(prefecturesByCode.get(code.substring(0, 4) + "00"));
  }
}
