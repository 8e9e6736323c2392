package io.github.zhibiao.place;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.zhibiao.Place;
import io.github.zhibiao.place.PlaceTables.Abbreviation;
import io.github.zhibiao.place.PlaceTables.Compound;
import io.github.zhibiao.place.PlaceTables.Reading;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One call of {@link Gazetteer#find}: a left-to-right pass that collects candidates, then a few
 * rounds that choose each candidate's reading from the places the rest of the text names.
 *
 * <p>Not thread-safe: one instance per call.
 */
final class Scan {
  /**
   * A full name whose last character starts an ordinary word with the next one is read without its
   * suffix: 上海市场 is 上海 + 市场, not 上海市; 海南区域 is 海南 + 区域, not 海南区 (Wuhai); 城乡和县域 is not 和县 (Anhui).
   */
  private static final ImmutableList<String> SUFFIX_WORDS = ImmutableList.of("市场", "区域", "县域");

  /**
   * After any place name these make a bank's name, whose figures are the bank's, not the place's:
   * 北京农商银行, 重庆农村商业银行, 浙江农商联合银行. Longest first. A place and 银行 alone is a bank
   * only when it is one (北京银行, 江苏银行: the ordinary words); 浙江银行存款余额 is 浙江's banks.
   */
  private static final ImmutableList<String> BANK_WORDS =
      ImmutableList.of("农村商业银行", "农商联合银行", "农商银行");

  /**
   * After a bank's name these make the place's banks again: 北京银行业 (Beijing's banking sector),
   * 广东银行机构, 江苏银行、保险机构, 北京银行保险监督管理局 (the regulator of Beijing's banks and
   * insurers), 江西省农商银行系统. Not 贷款 or 存款: 重庆农村商业银行贷款余额 is the bank's.
   */
  private static final ImmutableList<String> SECTOR_WORDS = ImmutableList.of("业", "机构", "保险",
      "、保险", "和保险", "类", "体系", "系统", "网点");

  /**
   * 宁 is 宁夏 only next to a western neighbour: in 沪宁, 宁杭 and 苏宁 it is Nanjing (or a company), so a
   * run with 宁 needs one of these.
   */
  private static final String NINGXIA_NEIGHBOURS = "陕甘蒙青新陇秦";

  /** The longest run of abbreviations read as a compound. */
  private static final int MAX_RUN = 6;

  /** The four municipalities, whose districts have no prefecture between them and the province. */
  private static final ImmutableSet<String> MUNICIPALITIES =
      ImmutableSet.of("110000", "120000", "310000", "500000");

  /** The surface under which abbreviations are recorded as evidence; no name contains NUL. */
  private static final String ABBREVIATION_SURFACE = "\0";

  /**
   * The place names found by the pass, with every reading they may have: candidate {@code c} spans
   * [start[c], end[c]) and follows a boundary (punctuation, a non-ideograph or another place) if
   * boundary[c]. Parallel arrays, not one object per name: the pass finds one every few dozen
   * characters of news text.
   */
  private static final class Candidates {
    int size;
    int[] start = new int[8];
    int[] end = new int[8];
    Entry[] entry = new Entry[8];
    boolean[] boundary = new boolean[8];

    void add(int s, int e, Entry en, boolean b) {
      if (size == start.length) {
        int n = size * 2;
        start = Arrays.copyOf(start, n);
        end = Arrays.copyOf(end, n);
        entry = Arrays.copyOf(entry, n);
        boundary = Arrays.copyOf(boundary, n);
      }
      start[size] = s;
      end[size] = e;
      entry[size] = en;
      boundary[size] = b;
      size++;
    }
  }

  private final Gazetteer gazetteer;
  private final CharSequence text;
  private final Entry[] found;
  private final Candidates candidates = new Candidates();
  private final List<PlaceMention> abbreviationMentions = new ArrayList<>();

  /** The end of the last candidate or abbreviation, or -1. */
  private int lastEnd = -1;

  // Results of match(i): the longest place name (after the suffix rule), ordinary word and
  // curated compound starting at i, 0 if none.
  private int placeLength;
  private int ordinaryLength;
  private int compoundLength;

  Scan(Gazetteer gazetteer, CharSequence text) {
    this.gazetteer = gazetteer;
    this.text = text;
    this.found = new Entry[gazetteer.trie.depth() + 1];
  }

  List<PlaceMention> run() {
    collect();
    return resolve();
  }

  // --- pass 1: candidates ------------------------------------------------------------------------

  private void collect() {
    int n = text.length();
    int i = 0;
    while (i < n) {
      // Where nothing may start, match(i) and abbreviations(i) would only move on by one.
      i = gazetteer.nextStart(text, i);
      if (i == n) break;
      match(i);
      if (ordinaryLength > 0 && ordinaryLength >= placeLength
          && !(endsWith(i + ordinaryLength, "银行") && sectorAt(i + ordinaryLength))) {
        // An ordinary word hides the names inside it (合作交流, 大理石), unless a name that starts
        // inside it reaches beyond it: in 恢复苏州, 复苏 is ordinary but 苏州 is still found.
        int end = i + ordinaryLength;
        int crossing = crossingPlace(i + 1, end);
        i = crossing >= 0 ? crossing : end;
        continue;
      }
      if (placeLength > 0 && !found[placeLength].hasFullReading) {
        // A short name gives way to a full name that starts inside it and reaches beyond it:
        // 联合江西省 is 联 + 合 + 江西省, not 合江 (a former prefecture) + 西省.
        int end = i + placeLength;
        int crossing = crossingPlace(i + 1, end);
        if (crossing >= 0 && found[placeLength].hasFullReading) {
          i = crossing;
          continue;
        }
        match(i);
      }
      if (placeLength > 0 && namesBank(i + placeLength)) {
        i += placeLength; // 北京银行: a bank, not Beijing
        continue;
      }
      if (placeLength > 0) {
        boolean boundary = i == 0 || !isIdeograph(text.charAt(i - 1)) || lastEnd == i;
        candidates.add(i, i + placeLength, found[placeLength], boundary);
        i += placeLength;
        lastEnd = i;
        continue;
      }
      i = abbreviations(i);
    }
  }

  /**
   * Sets {@link #placeLength}, {@link #ordinaryLength} and {@link #compoundLength} for {@code i}.
   */
  private void match(int i) {
    placeLength = 0;
    ordinaryLength = 0;
    compoundLength = 0;
    int reached = gazetteer.trie.walk(text, i, found);
    for (int length = reached; length >= 1; length--) {
      Entry e = found[length];
      if (e == null) continue;
      if (ordinaryLength == 0 && e.ordinary) ordinaryLength = length;
      if (compoundLength == 0 && e.compound != null) compoundLength = length;
      if (placeLength == 0 && e.isPlace() && !suffixStartsWord(i + length)) {
        placeLength = length;
      }
    }
  }

  /** Whether a {@link #BANK_WORDS} word starts at {@code end}, not followed by a sector word. */
  private boolean namesBank(int end) {
    for (int k = 0; k < BANK_WORDS.size(); k++) { // by index: no iterator at every name
      String bank = BANK_WORDS.get(k);
      if (startsWith(end, bank)) return !sectorAt(end + bank.length());
    }
    return false;
  }

  /** Whether a {@link #SECTOR_WORDS} word starts at {@code p}. */
  private boolean sectorAt(int p) {
    for (int j = 0; j < SECTOR_WORDS.size(); j++) {
      if (startsWith(p, SECTOR_WORDS.get(j))) return true;
    }
    return false;
  }

  private boolean endsWith(int end, String word) {
    return end >= word.length() && startsWith(end - word.length(), word);
  }

  private boolean startsWith(int at, String word) {
    if (at + word.length() > text.length()) return false;
    for (int k = 0; k < word.length(); k++) {
      if (text.charAt(at + k) != word.charAt(k)) return false;
    }
    return true;
  }

  /** Whether the characters at {@code end - 1} and {@code end} form one of the suffix words. */
  private boolean suffixStartsWord(int end) {
    if (end >= text.length()) return false;
    char last = text.charAt(end - 1);
    char next = text.charAt(end);
    for (int k = 0; k < SUFFIX_WORDS.size(); k++) { // by index: no iterator at every name
      String word = SUFFIX_WORDS.get(k);
      if (word.charAt(0) == last && word.charAt(1) == next) return true;
    }
    return false;
  }

  /**
   * The first position in [from, end) where a name starts that reaches beyond end, or -1. Only a
   * province, prefecture or full name counts: 投资兴业 hides 资兴 (a county-level city, short).
   */
  private int crossingPlace(int from, int end) {
    for (int j = from; j < end; j++) {
      match(j);
      if (placeLength > 0 && j + placeLength > end && !found[placeLength].countyShortOnly) {
        return j;
      }
    }
    return -1;
  }

  private static boolean isIdeograph(char c) {
    return Character.isIdeographic(c);
  }

  // --- abbreviations -----------------------------------------------------------------------------

  /**
   * Reads the abbreviations that start at {@code i}, if any, and returns where the scan goes on.
   * Uses {@link #compoundLength} from {@code match(i)}.
   */
  private int abbreviations(int i) {
    Abbreviation first = gazetteer.abbreviation(text.charAt(i));
    int compound = compoundLength;
    if (first == null && compound == 0) return i + 1;
    Entry compoundEntry = compound > 0 ? found[compound] : null;
    Compound pattern = first == null ? null : pattern(i);
    // 创新京津冀: 新 ends 创新, it does not start a run. 东北黑吉辽 is a curated compound. A run that
    // cannot start here is not looked for (in 新新新… that cost up to six trie walks at every
    // character).
    boolean leadingOk = first == null || first.strong() || !precededByWord(i);
    int runEnd = first == null || !leadingOk ? i + 1 : runEnd(i);
    if (runEnd - i >= 2
        && text.charAt(runEnd - 1) == '新'
        && runEnd < text.length()
        && isIdeograph(text.charAt(runEnd))) {
      // 渝贵新高铁 is the new Chongqing–Guiyang railway: a 新 that ends a run and starts a word
      // is "new", not 新疆 (京新高速 is lost with it).
      runEnd--;
    }
    boolean runOk = leadingOk && runEnd - i >= 2 && runEnd - i <= MAX_RUN && validRun(i, runEnd);
    int patternLength = pattern == null ? 0 : pattern.surface().length();
    int runLength = runOk ? runEnd - i : 0;
    if (compound > 0 && compound >= patternLength && compound >= runLength) {
      emit(i, compoundEntry.compound);
      return i + compound;
    }
    if (patternLength > 0 && patternLength >= runLength) {
      emit(i, pattern);
      return i + patternLength;
    }
    if (runLength > 0) {
      for (int j = i; j < runEnd; j++) {
        addAbbreviation(j, gazetteer.abbreviation(text.charAt(j)).province());
      }
      lastEnd = runEnd;
      return runEnd;
    }
    // A rejected run (新青年 has no strong abbreviation) is skipped whole, so that its tail is
    // not read as a shorter run; a run rejected for its first character is retried after it.
    return leadingOk && runEnd - i >= 2 ? runEnd : i + 1;
  }

  /**
   * The end of the run of abbreviations from {@code i}; a run stops where a word begins. A run
   * longer than {@link #MAX_RUN} is not a compound (the longest in use are like 京津冀鲁豫); it is cut
   * there, and the scan stays linear on text such as 新新新… or 黑吉辽黑吉辽….
   */
  private int runEnd(int i) {
    int j = i + 1;
    while (j < text.length()
        && j - i <= MAX_RUN
        && gazetteer.abbreviation(text.charAt(j)) != null) {
      // 辽吉黑龙江: the run is 辽吉; 黑龙江 is a name. 京新京报: 新京报 is a newspaper.
      match(j);
      if (placeLength > 0 || ordinaryLength > 0) break;
      j++;
    }
    return j;
  }

  /**
   * Whether a run of two or more abbreviations reads as provinces: at least one strong one (青海 and
   * 新疆 are both weak: 新青年), no province twice (新新, 川蜀), and 宁 only with a western neighbour.
   */
  private boolean validRun(int start, int end) {
    boolean strong = false;
    boolean ning = false;
    boolean ningxiaNeighbour = false;
    for (int j = start; j < end; j++) {
      char c = text.charAt(j);
      Abbreviation a = gazetteer.abbreviation(c);
      strong |= a.strong();
      ning |= c == '宁';
      ningxiaNeighbour |= NINGXIA_NEIGHBOURS.indexOf(c) >= 0;
      // A run has at most MAX_RUN characters: comparing each with those before it is cheaper
      // than a set.
      for (int k = start; k < j; k++) {
        if (gazetteer.abbreviation(text.charAt(k)).province().code().equals(a.province().code())) {
          return false;
        }
      }
    }
    return strong && (!ning || ningxiaNeighbour);
  }

  /** Whether the character before {@code i} is an ideograph that ends a word, not a place. */
  private boolean precededByWord(int i) {
    return i > 0 && isIdeograph(text.charAt(i - 1)) && lastEnd != i;
  }

  /** The wildcard compound (黔电送粤 for {@code *电送*}) that matches at {@code i}, or null. */
  private Compound pattern(int i) {
    for (int q = 0; q < gazetteer.patterns.size(); q++) {
      Compound p = gazetteer.patterns.get(q);
      String s = p.surface();
      if (i + s.length() > text.length()) continue;
      boolean ok = true;
      for (int k = 0; k < s.length() && ok; k++) {
        char c = text.charAt(i + k);
        ok = s.charAt(k) == '*' ? gazetteer.abbreviation(c) != null : s.charAt(k) == c;
      }
      if (ok) return p;
    }
    return null;
  }

  private void emit(int start, Compound compound) {
    ImmutableList<String> provinces = compound.provinces();
    for (int k = 0; k < provinces.size(); k++) {
      String p = provinces.get(k);
      if (p.equals("-")) continue;
      Place place =
          p.equals("*")
              ? gazetteer.abbreviation(text.charAt(start + k)).province()
              : gazetteer.provincesByShortName.get(p);
      addAbbreviation(start + k, place);
    }
    lastEnd = start + provinces.size();
  }

  private void addAbbreviation(int at, Place province) {
    abbreviationMentions.add(new PlaceMention(at, at + 1, province, true));
  }

  // --- pass 2: readings --------------------------------------------------------------------------

  /**
   * For each code (by its number, {@link Reading#code()}), the surface that named it first and
   * whether another surface did too: all that {@link #namedBesides} needs of the set of surfaces
   * that name it. An open-addressing table that grows with the codes the text names, never with
   * the size of the gazetteer.
   */
  private static final class Surfaces {
    // Eight slots to start: a call makes four tables, and a short text names a few codes.
    private int[] keys = new int[8]; // code number + 1; 0 for an empty slot
    private String[] first = new String[8];
    private boolean[] many = new boolean[8];
    private int size;

    void add(int code, String surface) {
      int slot = find(code);
      if (keys[slot] == 0) {
        keys[slot] = code + 1;
        first[slot] = surface;
        many[slot] = false;
        if (++size * 2 > keys.length) grow();
      } else if (!first[slot].equals(surface)) {
        many[slot] = true;
      }
    }

    /** Whether a surface other than {@code surface} names the code. */
    boolean namedBesides(int code, String surface) {
      int slot = find(code);
      return keys[slot] != 0 && (many[slot] || !first[slot].equals(surface));
    }

    void clear() {
      Arrays.fill(keys, 0);
      Arrays.fill(first, null);
      size = 0;
    }

    /** The slot of {@code code}, or the empty slot where it would go. */
    private int find(int code) {
      int mask = keys.length - 1;
      int h = code * 0x9E3779B9;
      int slot = (h ^ h >>> 16) & mask;
      while (keys[slot] != 0 && keys[slot] != code + 1) slot = (slot + 1) & mask;
      return slot;
    }

    private void grow() {
      int[] oldKeys = keys;
      String[] oldFirst = first;
      boolean[] oldMany = many;
      keys = new int[oldKeys.length * 2];
      first = new String[keys.length];
      many = new boolean[keys.length];
      for (int k = 0; k < oldKeys.length; k++) {
        if (oldKeys[k] == 0) continue;
        int slot = find(oldKeys[k] - 1);
        keys[slot] = oldKeys[k];
        first[slot] = oldFirst[k];
        many[slot] = oldMany[k];
      }
    }
  }

  /**
   * The places a text names, and by which surfaces, so that a candidate is never its own evidence
   * (a second bare 吉林 does not make the first one the province).
   */
  private static final class Context {
    private final Surfaces codes = new Surfaces();
    private final Surfaces provinces = new Surfaces();

    /** Records that {@code surface} names the division {@code code} in {@code province}. */
    void add(int code, int province, String surface) {
      codes.add(code, surface);
      provinces.add(province, surface);
    }

    void clear() {
      codes.clear();
      provinces.clear();
    }

    /**
     * How well the text supports a reading of {@code surface}: 4 if the division itself is named
     * (by another surface), 2 if a county's prefecture is (for a district of 北京, 天津, 上海 or 重庆 the
     * municipality is its prefecture), 1 if its province is, else 0.
     */
    int score(Reading r, String surface) {
      if (codes.namedBesides(r.code(), surface)) return 4;
      boolean county = r.place().level() == Place.Level.COUNTY;
      if (county && codes.namedBesides(r.prefecture(), surface)) return 2;
      return provinces.namedBesides(r.province(), surface) ? 1 : 0;
    }

    /**
     * Whether the text supports a county's short name (or two-character full name) enough to read
     * it at all: its full name or its prefecture is named. A district of a municipality, and a
     * county under the province itself (code xx90xx: 神农架林区, 仙桃市), has its province as its
     * prefecture.
     *
     * <p>The province alone is not enough: in the seed documents a 广西, 湖南 or 西藏 article made 资源
     * (资源县), 通道 (通道侗族自治县) and 比如 (比如县) places, and 广东 made 新兴产业 a mention of 新兴县. So bare 鼓楼 needs
     * 南京, 福州 …; the full name 鼓楼区 is chosen by the province alone.
     */
    boolean supports(Reading r, String surface) {
      Place p = r.place();
      int score = score(r, surface);
      boolean provinceIsPrefecture =
          MUNICIPALITIES.contains(p.provinceCode()) || p.code().startsWith("90", 2);
      return score >= 2 || (score == 1 && provinceIsPrefecture);
    }
  }

  private List<PlaceMention> resolve() {
    // An abbreviation names a province: its code is its province's code.
    int[] abbreviated = new int[abbreviationMentions.size()];
    for (int k = 0; k < abbreviated.length; k++) {
      abbreviated[k] = gazetteer.codeNumbers.get(abbreviationMentions.get(k).place().code());
    }
    Context context = new Context();
    Context next = new Context();
    addAbbreviations(context, abbreviated);
    Reading[] chosen = new Reading[candidates.size];
    // Round 1 reads what stands on its own; round 2 uses it as evidence; round 3 settles names
    // that round 2 made evidence for (道孚县 → 甘孜 → …). Each round is linear. A round that
    // changes no reading (the first one included: before it, none was chosen) rebuilds the context
    // it was given, and every later round would repeat it: the rounds stop there.
    for (int round = 0; round < 3; round++) {
      boolean changed = false;
      for (int c = 0; c < chosen.length; c++) {
        Reading r = choose(candidates.entry[c], candidates.boundary[c], context);
        changed |= r != chosen[c];
        chosen[c] = r;
      }
      if (!changed || round == 2) break;
      next.clear();
      addAbbreviations(next, abbreviated);
      for (int c = 0; c < chosen.length; c++) {
        Reading r = chosen[c];
        if (r != null) next.add(r.code(), r.province(), candidates.entry[c].surface);
      }
      Context t = context;
      context = next;
      next = t;
    }
    int names = 0;
    for (Reading r : chosen) {
      if (r != null) names++;
    }
    // The pass made both lists in text order, and no two mentions overlap: a merge sorts them.
    ImmutableList.Builder<PlaceMention> out =
        ImmutableList.builderWithExpectedSize(abbreviationMentions.size() + names);
    int a = 0;
    for (int c = 0; c < chosen.length; c++) {
      if (chosen[c] == null) continue;
      int start = candidates.start[c];
      while (a < abbreviationMentions.size() && abbreviationMentions.get(a).start() < start) {
        out.add(abbreviationMentions.get(a++));
      }
      out.add(new PlaceMention(start, candidates.end[c], chosen[c].place(), false));
    }
    while (a < abbreviationMentions.size()) out.add(abbreviationMentions.get(a++));
    return out.build();
  }

  /** Adds the provinces named by abbreviations (川渝 names Sichuan and Chongqing) to a context. */
  private static void addAbbreviations(Context c, int[] abbreviated) {
    for (int code : abbreviated) c.add(code, code, ABBREVIATION_SURFACE);
  }

  /**
   * The reading of a candidate in this context, or null if it is not a place here.
   *
   * @param e the candidate's entry
   * @param boundary whether the candidate follows a boundary
   */
  private static Reading choose(Entry e, boolean boundary, Context context) {
    String surface = e.surface;
    Reading r = e.readings.size() == 1 ? e.readings.get(0) : disambiguate(e, context);
    if (r == null) return null;
    if (e.needsContext(r) && !context.supports(r, surface)) {
      // 婺城, 道孚 alone; 和县 in 城乡和县域 …: no support from the rest of the text.
      return null;
    }
    if (r.place().level() == Place.Level.COUNTY
        && !r.shortForm()
        && surface.length() <= 2
        && !boundary) {
      // 提高县级 (高县), 建成县城 (成县): a two-character county must follow a place or punctuation.
      return null;
    }
    return r;
  }

  /**
   * Chooses among several readings. The preferred reading stands unless another has evidence at
   * least two points stronger: 吉林 is the province, and the city when the text names 吉林市 (4) but not
   * 吉林省 (the province then scores only 1); 河北 stays the province in a text that names 天津 (河北区
   * scores 1); 合江 is the county of 泸州 when 泸州 is named (2), not the former prefecture of
   * Heilongjiang (0). Without a preferred reading the best-supported one wins; readings tied in
   * different provinces (朝阳 in a text naming both 北京 and 辽宁), or with no support at all, give
   * nothing.
   */
  private static Reading disambiguate(Entry e, Context context) {
    String surface = e.surface;
    ImmutableList<Reading> readings = e.readings;
    int best = 0;
    for (int k = 0; k < readings.size(); k++) {
      best = Math.max(best, context.score(readings.get(k), surface));
    }
    Reading preferred = e.preferred;
    if (preferred != null) {
      if (best < context.score(preferred, surface) + 2) return preferred;
    } else if (best == 0) {
      return null;
    }
    // The readings that score best (scores are recomputed: cheaper than keeping them). The list
    // is only made when there are two or more.
    Reading first = null;
    List<Reading> top = null;
    for (int k = 0; k < readings.size(); k++) {
      Reading r = readings.get(k);
      if (context.score(r, surface) != best) continue;
      if (first == null) {
        first = r;
        continue;
      }
      if (r.province() != first.province()) return null;
      if (top == null) {
        top = new ArrayList<>();
        top.add(first);
      }
      top.add(r);
    }
    // Within one province the rank decides: 朝阳 with 辽宁 is the city 朝阳市, not 朝阳县.
    return top == null ? first : Entry.preferred(top);
  }
}
