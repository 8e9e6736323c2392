package io.github.zhibiao.number;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableListMultimap;
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
  final Tables.QualifierEntry[] before;
  final Tables.QualifierEntry[] after;
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
   * Indexed by character: whether a candidate can start there (a digit, a numeral character, 翻, 几
   * or 数). The scan reads this once per character, instead of a handful of switches.
   */
  private final CharSet candidateStart;

  /** An idiom, and the offset in it of the numeral character it is indexed under. */
  record IdiomAt(String idiom, int offset) {
    /** The character of the idiom after the indexed one, or -1 at its end: a cheap first test. */
    int next() {
      return offset + 1 < idiom.length() ? idiom.charAt(offset + 1) : -1;
    }

    /** The character of the idiom before the indexed one, or -1 at its start. */
    int previous() {
      return offset > 0 ? idiom.charAt(offset - 1) : -1;
    }
  }

  private QuantityScanner(Tables tables) {
    this.units = new Trie<>(tables.units);
    this.candidateStart = CharSet.matching(c -> Numerals.isAsciiDigit((char) c)
        || Numerals.isNumeralChar((char) c) || c == '翻' || c == '几' || c == '数');
    this.before = tables.qualifiers.stream().filter(Tables.QualifierEntry::before)
        .toArray(Tables.QualifierEntry[]::new);
    this.after = tables.qualifiers.stream().filter(q -> !q.before())
        .toArray(Tables.QualifierEntry[]::new);
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
    for (String idiom : tables.idioms) {
      for (int k = 0; k < idiom.length(); k++) {
        char c = idiom.charAt(k);
        if (Numerals.isNumeralChar(c)) {
          index.put(c, new IdiomAt(idiom, k));
        }
      }
    }
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
