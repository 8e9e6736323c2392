package io.github.zhibiao.number;

import java.util.Collection;
import java.util.function.IntPredicate;

/**
 * An immutable set of UTF-16 characters, held as a bit set of 8 KB that stays in cache: asking
 * whether a character belongs is one array read. The stages use it to pass, at the cost of a bit,
 * the characters of a text that can start nothing they look for. Internal: public only so that
 * later stages (indicator keywords, places, checks) share it.
 */
public final class CharSet {
  private final long[] bits = new long[(Character.MAX_VALUE + 1) / 64];

  private CharSet() {}

  /** The characters of {@code chars}. */
  public static CharSet of(CharSequence chars) {
    CharSet set = new CharSet();
    for (int i = 0; i < chars.length(); i++) set.add(chars.charAt(i));
    return set;
  }

  /** The characters in {@code chars}. */
  public static CharSet of(Collection<Character> chars) {
    CharSet set = new CharSet();
    for (char c : chars) set.add(c);
    return set;
  }

  /** Every character {@code c} (0 to U+FFFF) for which {@code test} holds. */
  public static CharSet matching(IntPredicate test) {
    CharSet set = new CharSet();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (test.test(c)) set.add((char) c);
    }
    return set;
  }

  private void add(char c) {
    bits[c >>> 6] |= 1L << c;
  }

  /** Whether {@code c} belongs to the set. */
  public boolean contains(char c) {
    return (bits[c >>> 6] & 1L << c) != 0;
  }
}
