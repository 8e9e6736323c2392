package io.github.zhibiao.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.junit.jupiter.api.Test;

/**
 * {@link Trie} answers as a plain map of its keys does, also at nodes with more children than it
 * scans in order (those it halves: 增 has more than twenty in the keyword table).
 */
class TrieTest {

  /**
   * The alphabet: ASCII, CJK characters in a run and 64 apart, and both ends of the char range,
   * so that a search among a node's children meets neighbours, gaps and extremes.
   */
  private static final String ALPHABET = "abcdefghij增长加速幅量值率产投资总额年亿万元"
      + "\u4E00\u4E40\u4E80\u4EC0\u4F00\u4F40\u0000\uFFFF";

  /** A first character and up to three more: few first characters, so that the nodes below them
   * have many children. */
  private static Arbitrary<String> pieces() {
    return Arbitraries.of("增", "a", "\u4E00").flatMap(first -> Arbitraries.strings()
        .withChars(ALPHABET.toCharArray()).ofMaxLength(3).map(rest -> first + rest));
  }

  @Provide
  Arbitrary<Map<String, Integer>> keys() {
    return pieces().list().ofMinSize(1).ofMaxSize(300).map(list -> {
      Map<String, Integer> map = new LinkedHashMap<>();
      for (String k : list) map.putIfAbsent(k, map.size());
      return map;
    });
  }

  /**
   * Keys and a text made of those keys, their prefixes (a walk that stops part-way) and other
   * pieces, so that long keys match often and most positions start a walk.
   */
  @Provide
  Arbitrary<Tuple2<Map<String, Integer>, String>> cases() {
    return keys().flatMap(map -> {
      Arbitrary<String> key = Arbitraries.of(List.copyOf(map.keySet()));
      Arbitrary<String> piece = Arbitraries.oneOf(key,
          key.map(k -> k.substring(0, k.length() - 1)), pieces());
      return piece.list().ofMaxSize(12).map(list -> Tuple.of(map, String.join("", list)));
    });
  }

  @Property(tries = 400)
  void answersAsTheMapOfItsKeys(@ForAll("cases") Tuple2<Map<String, Integer>, String> c) {
    Map<String, Integer> keys = c.get1();
    String text = c.get2();
    Trie<Integer> trie = new Trie<>(keys);
    for (int from = 0; from <= text.length(); from++) {
      List<int[]> expected = new ArrayList<>();
      Integer longest = null;
      for (int to = from + 1; to <= text.length(); to++) {
        Integer v = keys.get(text.substring(from, to));
        if (v != null) {
          expected.add(new int[] {to, v});
          longest = v;
        }
        assertThat(trie.exactMatch(text, from, to)).isEqualTo(v);
      }
      List<int[]> actual = new ArrayList<>();
      trie.forEachMatch(text, from, (end, value) -> actual.add(new int[] {end, value}));
      assertThat(actual).containsExactlyElementsOf(expected);
      assertThat(trie.longestMatch(text, from)).isEqualTo(longest);
    }
  }

  @Test
  void aNodeWithManyChildrenFindsEachAndNoOther() {
    Map<String, Integer> keys = new LinkedHashMap<>();
    String seconds = "长加速幅量值率产投资总额年亿万元一二三四五六七八九十"; // 26 children of 增
    for (int i = 0; i < seconds.length(); i++) keys.put("增" + seconds.charAt(i), i);
    Trie<Integer> trie = new Trie<>(keys);
    for (int i = 0; i < seconds.length(); i++) {
      assertThat(trie.longestMatch("增" + seconds.charAt(i) + "了", 0)).isEqualTo(i);
    }
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (seconds.indexOf(c) < 0) assertThat(trie.exactMatch("增" + (char) c, 0, 2)).isNull();
    }
  }
}
