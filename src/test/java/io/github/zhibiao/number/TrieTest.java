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
import org.junit.jupiter.api.Test;

/**
 * {@link Trie} answers as a plain map of its keys does, also at nodes with more children than it
 * scans in order (those it halves: 增 has more than twenty in the keyword table).
 */
class TrieTest {

  /**
   * The alphabet: ASCII, CJK characters in a run (neighbours in a hash's input) and characters
   * 64 apart, so that the hashed nodes see both spread and clustered keys.
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

  /** Texts of such pieces: most positions start a walk into a node with many children. */
  @Provide
  Arbitrary<String> texts() {
    return pieces().list().ofMaxSize(12).map(list -> String.join("", list));
  }

  @Property(tries = 400)
  void answersAsTheMapOfItsKeys(@ForAll("keys") Map<String, Integer> keys,
      @ForAll("texts") String text) {
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
    String seconds = "长加速幅量值率产投资总额年亿万元一二三四五六七八九十"; // 27 children of 增
    for (int i = 0; i < seconds.length(); i++) keys.put("增" + seconds.charAt(i), i);
    Trie<Integer> trie = new Trie<>(keys);
    for (int i = 0; i < seconds.length(); i++) {
      assertThat(trie.longestMatch("增" + seconds.charAt(i) + "了", 0)).isEqualTo(i);
    }
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (seconds.indexOf(c) < 0) assertThat(trie.exactMatch("增" + c, 0, 2)).isNull();
    }
  }
}
