package io.github.zhibiao.place;

import java.util.ArrayList;
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
  /** The size of each hashed bit set below: 2^17 bits, 16 KB. */
  private static final int FILTER_BITS = 17;

  /**
   * Every edge below the root in one open-addressing table (linear probing, at most half full):
   * {@link #edgeKeys} holds {@code node << 16 | character} (never 0, since the root's edges are
   * not here), or 0 for an empty slot; {@link #edgeTargets} the child in the same slot. A step of
   * the walk is one hash and usually one array read, where a search of each node's sorted labels
   * cost a few dependent reads and branches at every character of the text.
   */
  private final long[] edgeKeys;

  private final int[] edgeTargets;
  private final int edgeMask;

  /**
   * One bit per hashed edge, set for every edge in the table. Most walks end at their second or
   * third character, and this filter (small enough to stay in the cache, where the table does
   * not) answers most of those failing steps without a read of the table.
   */
  private final long[] edgeFilter = new long[1 << (FILTER_BITS - 6)];

  /**
   * One bit per hashed pair of characters, set for the first two characters of every key: most
   * characters that start a key are not followed by a second one that continues it (中 starts 中山,
   * 中卫, …, but not 中国), and the pair says so without a walk.
   */
  private final long[] pairFilter = new long[1 << (FILTER_BITS - 6)];

  /** Whether some key has a single character. */
  private final boolean singleCharacterKeys;

  private final Object[] values;
  private final int depth;
  /** The root's children indexed by character (0: none): a walk's first step is one array read. */
  private final int[] rootChild = new int[Character.MAX_VALUE + 1];

  NameTrie(Map<String, V> entries) {
    // Build with sorted maps, then freeze into arrays indexed by node number (root is 0).
    List<TreeMap<Character, Integer>> edges = new ArrayList<>();
    List<Object> vals = new ArrayList<>();
    edges.add(new TreeMap<>());
    vals.add(null);
    int longest = 0;
    int edgeCount = 0;
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
          if (node != 0) edgeCount++;
        }
        node = next;
      }
      vals.set(node, e.getValue());
    }
    int capacity = Integer.highestOneBit(Math.max(1, edgeCount) * 2) * 2; // load factor <= 1/2
    edgeKeys = new long[capacity];
    edgeTargets = new int[capacity];
    edgeMask = capacity - 1;
    for (int n = 0; n < edges.size(); n++) {
      for (Map.Entry<Character, Integer> edge : edges.get(n).entrySet()) {
        if (n == 0) {
          rootChild[edge.getKey()] = edge.getValue();
          continue;
        }
        long key = edgeKey(n, edge.getKey());
        int slot = slot(key);
        while (edgeKeys[slot] != 0) slot = (slot + 1) & edgeMask;
        edgeKeys[slot] = key;
        edgeTargets[slot] = edge.getValue();
        int bit = filterBit(key);
        edgeFilter[bit >>> 6] |= 1L << bit;
      }
    }
    values = vals.toArray();
    depth = longest;
    boolean single = false;
    for (String key : entries.keySet()) {
      if (key.isEmpty()) continue;
      if (key.length() == 1) {
        single = true;
      } else {
        int bit = pairBit(key.charAt(0), key.charAt(1));
        pairFilter[bit >>> 6] |= 1L << bit;
      }
    }
    singleCharacterKeys = single;
  }

  private static long edgeKey(int node, char c) {
    return (long) node << 16 | c;
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & edgeMask;
  }

  private static int pairBit(char first, char second) {
    return (first << 16 | second) * 0x9E3779B9 >>> (32 - FILTER_BITS);
  }

  private static int filterBit(long key) {
    return (int) ((key * 0xC2B2AE3D27D4EB4FL) >>> (64 - FILTER_BITS));
  }

  /** The child of {@code node} (not the root) by {@code c}, or 0 if there is none. */
  private int child(int node, char c) {
    long key = edgeKey(node, c);
    int bit = filterBit(key);
    if ((edgeFilter[bit >>> 6] & 1L << bit) == 0) return 0;
    for (int slot = slot(key); ; slot = (slot + 1) & edgeMask) {
      long k = edgeKeys[slot];
      if (k == key) return edgeTargets[slot];
      if (k == 0) return 0;
    }
  }

  /**
   * Whether a walk from {@code from} may find a key: false only if {@link #walk} would find none
   * (every {@code found[k]} it sets would be null). Costs a read of a small bit set.
   */
  boolean mayFind(CharSequence text, int from) {
    char c = text.charAt(from);
    if (singleCharacterKeys && values[rootChild[c]] != null) return true;
    if (from + 1 >= text.length()) return false;
    int bit = pairBit(c, text.charAt(from + 1));
    return (pairFilter[bit >>> 6] & 1L << bit) != 0;
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
      node = child(node, text.charAt(i));
      if (node == 0) break;
      length++;
      found[length] = (V) values[node];
    }
    return length;
  }
}
