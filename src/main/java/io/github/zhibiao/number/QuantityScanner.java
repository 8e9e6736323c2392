package io.github.zhibiao.number;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import io.github.zhibiao.Quantity;
import io.github.zhibiao.Rejection;
import io.github.zhibiao.RejectionReason;
import io.github.zhibiao.text.NormalizedText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds quantities in normalized text in one left-to-right pass. Internal: use {@code
 * io.github.zhibiao.Zhibiao}; this package is not exported.
 *
 * <p>Instances are immutable and thread-safe; each call runs its own {@link Matcher}.
 */
public final class QuantityScanner {
  /** Digit runs longer than this are rejected as {@link RejectionReason#TOO_LONG}, not parsed. */
  public static final int MAX_DIGITS = 64;

  final Trie<Tables.UnitEntry> units;
  /** Words that begin with a one-character unit (项目, 支持): see {@link Tables#unitWords}. */
  final String[] unitWords;
  /** Metric acronyms that may stand right before a figure (GDP, CPI): {@link Tables#acronyms}. */
  final ImmutableSet<String> acronyms;
  final Tables.QualifierEntry[] before;
  final Tables.QualifierEntry[] after;
  /**
   * The last characters of the {@link #before} words and the first of the {@link #after} words:
   * most figures have no qualifier, and one read of a bit set tells so.
   */
  final CharSet beforeEnds;
  final CharSet afterStarts;
  /**
   * The usual ways a unit is written after the digits, magnitude included (亿元, 万人, %, 千万), each
   * mapped to itself: the scan hands out these strings instead of copying them from every text.
   */
  final Trie<String> written;
  /** The numeral characters that occur in idioms, sorted; parallel to {@link #idiomLists}. */
  private final char[] idiomKeys;
  /** For each key, the idioms that contain it, with its offset in the idiom. */
  private final IdiomAt[][] idiomLists;
  private static final IdiomAt[] NO_IDIOMS = new IdiomAt[0];
  /**
   * A hashed bit set of the two-character pairs of the idioms that hold a numeral character: a
   * numeral in an idiom stands in such a pair with the character before it or after it, so a
   * numeral in neither (most of them: 一 is in 42 idioms) is in none, known after two reads.
   */
  private final long[] idiomPairs = new long[1 << (IDIOM_PAIR_BITS - 6)];
  private static final int IDIOM_PAIR_BITS = 14;
  /** Whether an idiom is one character long (none is), which the pairs cannot tell. */
  private final boolean oneCharacterIdiom;

  /**
   * Indexed by character: whether a candidate can start there (a digit, a numeral character, 翻, 几
   * or 数). The scan reads this once per character, instead of a handful of switches.
   */
  private final CharSet candidateStart;

  /**
   * An idiom, and the offset in it of the numeral character it is indexed under; with the
   * characters of the idiom after and before that one (-1 at its end or start), a cheap first test
   * read for every numeral of the text.
   */
  record IdiomAt(String idiom, int offset, int next, int previous) {
    static IdiomAt of(String idiom, int offset) {
      return new IdiomAt(idiom, offset, offset + 1 < idiom.length() ? idiom.charAt(offset + 1) : -1,
          offset > 0 ? idiom.charAt(offset - 1) : -1);
    }
  }

  private QuantityScanner(Tables tables) {
    this.units = new Trie<>(tables.units);
    this.unitWords = tables.unitWords.toArray(new String[0]);
    this.acronyms = tables.acronyms;
    this.candidateStart = CharSet.matching(c -> Numerals.isAsciiDigit((char) c)
        || Numerals.isNumeralChar((char) c) || c == '翻' || c == '几' || c == '数');
    this.before = tables.qualifiers.stream().filter(Tables.QualifierEntry::before)
        .toArray(Tables.QualifierEntry[]::new);
    this.after = tables.qualifiers.stream().filter(q -> !q.before())
        .toArray(Tables.QualifierEntry[]::new);
    StringBuilder ends = new StringBuilder();
    for (Tables.QualifierEntry q : before) ends.append(q.word().charAt(q.word().length() - 1));
    this.beforeEnds = CharSet.of(ends);
    StringBuilder starts = new StringBuilder();
    for (Tables.QualifierEntry q : after) starts.append(q.word().charAt(0));
    this.afterStarts = CharSet.of(starts);
    Map<String, String> forms = new HashMap<>();
    for (String small : List.of("", "十", "百", "千")) {
      for (String big : List.of("", "万", "亿", "万亿")) {
        String magnitude = small + big;
        if (!magnitude.isEmpty()) forms.put(magnitude, magnitude);
        for (String surface : tables.units.keySet()) {
          forms.put(magnitude + surface, magnitude + surface);
        }
      }
    }
    this.written = new Trie<>(forms);
    ImmutableListMultimap.Builder<Character, IdiomAt> index = ImmutableListMultimap.builder();
    boolean oneCharacter = false;
    for (String idiom : tables.idioms) {
      for (int k = 0; k < idiom.length(); k++) {
        char c = idiom.charAt(k);
        if (Numerals.isNumeralChar(c)) {
          index.put(c, IdiomAt.of(idiom, k));
          if (idiom.length() == 1) oneCharacter = true;
          if (k > 0) addIdiomPair(idiom.charAt(k - 1), c);
          if (k + 1 < idiom.length()) addIdiomPair(c, idiom.charAt(k + 1));
        }
      }
    }
    this.oneCharacterIdiom = oneCharacter;
    ImmutableListMultimap<Character, IdiomAt> byChar = index.build();
    this.idiomKeys = new char[byChar.keySet().size()];
    int k = 0;
    for (char c : byChar.keySet()) idiomKeys[k++] = c;
    Arrays.sort(idiomKeys);
    this.idiomLists = new IdiomAt[idiomKeys.length][];
    for (int i = 0; i < idiomKeys.length; i++) {
      idiomLists[i] = byChar.get(idiomKeys[i]).toArray(NO_IDIOMS);
    }
  }

  /** Whether a candidate can start at character {@code c}. */
  boolean startsCandidate(char c) {
    return candidateStart.contains(c);
  }

  private void addIdiomPair(char first, char second) {
    int bit = idiomPair(first, second);
    idiomPairs[bit >>> 6] |= 1L << bit;
  }

  private static int idiomPair(char first, char second) {
    return (first << 16 | second) * 0x9E3779B9 >>> (32 - IDIOM_PAIR_BITS);
  }

  private boolean inIdiomPair(char first, char second) {
    int bit = idiomPair(first, second);
    return (idiomPairs[bit >>> 6] & 1L << bit) != 0;
  }

  /**
   * False only if the numeral {@code c}, between {@code previous} and {@code next} (0 at the
   * text's ends), is in no idiom: {@link #idiomsContaining} need not be searched.
   */
  boolean mayBeInIdiom(char previous, char c, char next) {
    return oneCharacterIdiom || inIdiomPair(c, next) || inIdiomPair(previous, c);
  }

  /** The idioms that contain {@code c}, without boxing (this runs for every numeral). */
  IdiomAt[] idiomsContaining(char c) {
    int k = Arrays.binarySearch(idiomKeys, c);
    return k >= 0 ? idiomLists[k] : NO_IDIOMS;
  }

  /** Returns the scanner over the bundled tables, built on first use. */
  public static QuantityScanner standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final QuantityScanner STANDARD = new QuantityScanner(Tables.bundled());
  }

  /**
   * The length of the longest unit written at {@code from} in {@code s} ({@code 亿元}, {@code %}),
   * or 0 if none is.
   */
  public int unitLength(CharSequence s, int from) {
    Tables.UnitEntry u = units.longestMatch(s, from);
    return u == null ? 0 : u.surface().length();
  }

  /**
   * Scans {@code text}, adding what it finds to {@code quantities} and, if not null, what it
   * rejects to {@code rejections}, both in text order. Never throws on any text.
   *
   * @param text the normalized text, whose spans are mapped back to its original
   * @param allNumbers whether bare numbers without unit are reported (with {@code Unit.NONE})
   */
  public void scan(
      NormalizedText text,
      boolean allNumbers,
      List<Quantity> quantities,
      List<Rejection> rejections) {
    checkNotNull(text, "text");
    checkNotNull(quantities, "quantities");
    new Matcher(this, text, allNumbers, quantities, rejections).run();
  }
}
