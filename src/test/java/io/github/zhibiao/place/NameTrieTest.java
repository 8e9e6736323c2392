package io.github.zhibiao.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link NameTrie#walk}'s contract, checked against a plain map of the keys. */
class NameTrieTest {
  private static final String SENTINEL = "untouched";

  @Test
  void walk_smallTrie() {
    Map<String, String> keys = new LinkedHashMap<>();
    for (String k : new String[] {"北", "北京", "北京市", "京津冀", "新疆维吾尔自治区"}) keys.put(k, k);
    NameTrie<String> trie = new NameTrie<>(keys);
    assertThat(trie.depth()).isEqualTo(8);
    String[] found = filled(trie);
    assertThat(trie.walk("北京市场", 0, found)).isEqualTo(3);
    assertThat(Arrays.copyOfRange(found, 1, 5)).containsExactly("北", "北京", "北京市", SENTINEL);
    found = filled(trie);
    assertThat(trie.walk("京津", 0, found)).isEqualTo(2); // a prefix of 京津冀, no key
    assertThat(Arrays.copyOfRange(found, 1, 4)).containsExactly(null, null, SENTINEL);
    assertThat(trie.walk("新疆", 2, found)).isZero();
    assertThat(trie.walk("南京", 0, found)).isZero();
  }

  /**
   * Many keys over a small alphabet (with NUL and U+FFFF), so that the edge table has long probe
   * chains and the filter has false positives: every walk agrees with the map, and mayFind is
   * false only where the walk finds no key.
   */
  @ParameterizedTest(name = "keys of {0} to 9 characters")
  @ValueSource(ints = {1, 2})
  void walk_agreesWithTheMap_onRandomKeysAndTexts(int shortest) {
    String alphabet = "北京上海市省县区\u0000\uFFFF新";
    Random random = new Random(6);
    Map<String, String> keys = new LinkedHashMap<>();
    Set<String> prefixes = new HashSet<>();
    while (keys.size() < 5_000) {
      String k = randomText(random, alphabet, shortest + random.nextInt(10 - shortest));
      keys.put(k, k);
      for (int i = 1; i <= k.length(); i++) prefixes.add(k.substring(0, i));
    }
    NameTrie<String> trie = new NameTrie<>(keys);
    assertThat(trie.depth()).isEqualTo(9);
    for (int t = 0; t < 200; t++) {
      String text = randomText(random, alphabet + "南", 1 + random.nextInt(40));
      for (int from = 0; from <= text.length(); from++) {
        String[] found = filled(trie);
        int reached = trie.walk(text, from, found);
        int expected = 0;
        while (from + expected < text.length()
            && prefixes.contains(text.substring(from, from + expected + 1))) {
          expected++;
        }
        assertThat(reached).as("%s at %d", text, from).isEqualTo(expected);
        if (from < text.length() && !trie.mayFind(text, from)) {
          for (int k = 1; k <= reached; k++) {
            assertThat(found[k]).as("%s at %d: mayFind says no key", text, from).isNull();
          }
        }
        for (int k = 1; k < found.length; k++) {
          String want = k <= reached ? keys.get(text.substring(from, from + k)) : SENTINEL;
          assertThat(found[k]).as("%s at %d, length %d", text, from, k).isEqualTo(want);
        }
      }
    }
  }

  @Test
  void mayFind_falseOnlyWhereNoKeyStarts() {
    Map<String, String> keys = new LinkedHashMap<>();
    for (String k : new String[] {"中山", "中卫市", "增城"}) keys.put(k, k);
    NameTrie<String> trie = new NameTrie<>(keys);
    assertThat(trie.mayFind("中山", 0)).isTrue();
    assertThat(trie.mayFind("广东中卫市", 2)).isTrue();
    assertThat(trie.mayFind("的中", 0)).isFalse(); // 的 starts no key
    assertThat(trie.mayFind("的中", 1)).isFalse(); // 中 starts keys, but the text ends
    assertThat(trie.mayFind("中国", 0)).isFalse(); // 中 starts keys, 国 continues none
    assertThat(trie.mayFind("增长", 0)).isFalse();
    // A one-character key is found whatever follows it.
    keys.put("中", "中");
    NameTrie<String> withSingle = new NameTrie<>(keys);
    assertThat(withSingle.mayFind("中国", 0)).isTrue();
    assertThat(withSingle.mayFind("的中", 1)).isTrue();
    assertThat(withSingle.mayFind("的中", 0)).isFalse();
  }

  private static String[] filled(NameTrie<String> trie) {
    String[] found = new String[trie.depth() + 1];
    Arrays.fill(found, SENTINEL);
    return found;
  }

  private static String randomText(Random random, String alphabet, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    return sb.toString();
  }
}
