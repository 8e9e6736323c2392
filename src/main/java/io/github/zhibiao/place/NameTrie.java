package io.github.zhibiao.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable character trie that reports every key starting at a position in one walk.
 *
 * <p>A walk is bounded by the longest key, so scanning a text of length n costs at most n times
 * that depth: no backtracking, whatever the text.
 *
 * @param <V> the value stored at the end of a key
 */
final class NameTrie<V> {
  /** Children of a node: labels sorted for binary search, targets in the same order. */
  private final char[][] labels;

  private final int[][] targets;
  private final Object[] values;
  private final int depth;
  /**
   * The root's children indexed by character (0: none), so that the walk from each position of
   * the text, which usually ends at once, costs one array read instead of a binary search.
   */
  private final int[] rootChild = new int[Character.MAX_VALUE + 1];

  NameTrie(Map<String, V> entries) {
    // Build with sorted maps, then freeze into arrays indexed by node number (root is 0).
    List<TreeMap<Character, Integer>> edges = new ArrayList<>();
    List<Object> vals = new ArrayList<>();
    edges.add(new TreeMap<>());
    vals.add(null);
    int longest = 0;
    for (Map.Entry<String, V> e : entries.entrySet()) {
      String key = e.getKey();
      longest = Math.max(longest, key.length());
      int node = 0;
      for (int i = 0; i < key.length(); i++) {
        Integer next = edges.get(node).get(key.charAt(i));
        if (next == null) {
          next = edges.size();
          edges.add(new TreeMap<>());
          vals.add(null);
          edges.get(node).put(key.charAt(i), next);
        }
        node = next;
      }
      vals.set(node, e.getValue());
    }
    labels = new char[edges.size()][];
    targets = new int[edges.size()][];
    for (int n = 0; n < edges.size(); n++) {
      TreeMap<Character, Integer> m = edges.get(n);
      labels[n] = new char[m.size()];
      targets[n] = new int[m.size()];
      int k = 0;
      for (Map.Entry<Character, Integer> edge : m.entrySet()) {
        labels[n][k] = edge.getKey();
        targets[n][k++] = edge.getValue();
      }
    }
    values = vals.toArray();
    depth = longest;
    for (int k = 0; k < labels[0].length; k++) rootChild[labels[0][k]] = targets[0][k];
  }

  /** The length of the longest key: a walk never looks further than this. */
  int depth() {
    return depth;
  }

  /**
   * Walks the keys that start at {@code from}. Sets {@code found[k]} to the value of the key of
   * length {@code k} (or null) for every {@code k} from 1 to the returned length, which is the
   * number of characters matched by some key prefix; {@code found} must hold {@link #depth()} + 1
   * elements. Elements beyond the returned length are left as they were.
   */
  @SuppressWarnings("unchecked")
  int walk(CharSequence text, int from, V[] found) {
    if (from >= text.length()) return 0;
    int node = rootChild[text.charAt(from)];
    if (node == 0) return 0;
    int length = 1;
    found[1] = (V) values[node];
    for (int i = from + 1; i < text.length(); i++) {
      int k = Arrays.binarySearch(labels[node], text.charAt(i));
      if (k < 0) break;
      node = targets[node][k];
      length++;
      found[length] = (V) values[node];
    }
    return length;
  }
}
