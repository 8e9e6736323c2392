package io.github.zhibiao.number;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An immutable character trie for longest-match lookups at a position, without allocation.
 * Internal: public only so that a later stage (the indicator keywords) shares it.
 *
 * @param <V> the value stored at the end of a key
 */
public final class Trie<V> {
  /** The root's child by character, 0 for none (the root is node 0, no one's child). */
  private final int[] first;
  /**
   * The characters keys start with: the usual miss costs one read of this 8 KB set rather than a
   * read of the 256 KB {@link #first} table.
   */
  private final CharSet starts;
  /**
   * The nodes, numbered breadth first, in flat arrays that a walk reads without chasing objects:
   * node k's children are labelled {@code labels[childStart[k], childStart[k + 1])}, sorted, and
   * are the nodes {@code targets} holds at the same indexes; {@code values[k]} is the value of the
   * key ending at node k, or null.
   */
  private final int[] childStart;
  private final char[] labels;
  private final int[] targets;
  private final Object[] values;

  /** Up to how many children a node's labels are scanned in order rather than halved. */
  private static final int LINEAR = 8;

  /** A node while the trie is built. */
  private static final class Node {
    char[] keys = new char[0];
    Node[] children = new Node[0];
    Object value;

    Node childOrAdd(char c) {
      int k = Arrays.binarySearch(keys, c);
      if (k >= 0) return children[k];
      int at = -k - 1;
      char[] nk = new char[keys.length + 1];
      Node[] nc = new Node[keys.length + 1];
      System.arraycopy(keys, 0, nk, 0, at);
      System.arraycopy(children, 0, nc, 0, at);
      nk[at] = c;
      nc[at] = new Node();
      System.arraycopy(keys, at, nk, at + 1, keys.length - at);
      System.arraycopy(children, at, nc, at + 1, keys.length - at);
      keys = nk;
      children = nc;
      return nc[at];
    }
  }

  /** Receives each key that matches at a position: where it ends and its value. */
  public interface Sink<V> {
    /** Called once per matching key, shortest first. */
    void match(int end, V value);
  }

  /** Builds the trie of these keys; keys must not be empty. */
  public Trie(Map<String, V> entries) {
    Node root = new Node();
    entries.forEach(
        (key, value) -> {
          Node node = root;
          for (int i = 0; i < key.length(); i++) node = node.childOrAdd(key.charAt(i));
          node.value = value;
        });
    // number the nodes breadth first: a node's children get consecutive numbers
    List<Node> nodes = new ArrayList<>();
    nodes.add(root);
    for (int k = 0; k < nodes.size(); k++) nodes.addAll(Arrays.asList(nodes.get(k).children));
    int count = nodes.size();
    childStart = new int[count + 1];
    labels = new char[count - 1];
    targets = new int[count - 1];
    values = new Object[count];
    int edge = 0; // edge e leads to node e + 1: the root is nobody's child
    for (int k = 0; k < count; k++) {
      Node node = nodes.get(k);
      childStart[k] = edge;
      values[k] = node.value;
      for (char c : node.keys) {
        labels[edge] = c;
        targets[edge] = edge + 1;
        edge++;
      }
    }
    childStart[count] = edge;
    first = new int[Character.MAX_VALUE + 1];
    for (int k = childStart[0]; k < childStart[1]; k++) first[labels[k]] = targets[k];
    starts = CharSet.of(String.valueOf(root.keys));
  }

  /** The child of {@code node} labelled {@code c}, or 0 if there is none. */
  private int child(int node, char c) {
    int from = childStart[node];
    int to = childStart[node + 1];
    if (to - from <= LINEAR) {
      // most nodes have a child or two: a look at each beats a binary search's setup
      for (int k = from; k < to; k++) {
        char label = labels[k];
        if (label >= c) return label == c ? targets[k] : 0;
      }
      return 0;
    }
    int k = Arrays.binarySearch(labels, from, to, c);
    return k >= 0 ? targets[k] : 0;
  }

  @SuppressWarnings("unchecked")
  private V value(int node) {
    return (V) values[node];
  }

  /** Reports every key that starts at {@code from}, shortest first. */
  public void forEachMatch(CharSequence s, int from, Sink<? super V> sink) {
    if (from >= s.length()) return;
    char c = s.charAt(from);
    if (!starts.contains(c)) return;
    int node = first[c];
    if (node == 0) return;
    if (values[node] != null) sink.match(from + 1, value(node));
    for (int i = from + 1; i < s.length(); i++) {
      node = child(node, s.charAt(i));
      if (node == 0) return;
      if (values[node] != null) sink.match(i + 1, value(node));
    }
  }

  /** Returns the value of the key that is exactly {@code s[from, to)}, or null. */
  public V exactMatch(CharSequence s, int from, int to) {
    if (from >= to) return null;
    int node = first[s.charAt(from)];
    for (int i = from + 1; node != 0 && i < to; i++) node = child(node, s.charAt(i));
    return node == 0 ? null : value(node);
  }

  /** Returns the value of the longest key that starts at {@code from}, or null. */
  public V longestMatch(CharSequence s, int from) {
    if (from >= s.length()) return null;
    int node = first[s.charAt(from)];
    if (node == 0) return null;
    V found = value(node);
    for (int i = from + 1; i < s.length(); i++) {
      node = child(node, s.charAt(i));
      if (node == 0) break;
      if (values[node] != null) found = value(node);
    }
    return found;
  }
}
