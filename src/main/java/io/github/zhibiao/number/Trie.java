package io.github.zhibiao.number;

import java.util.Arrays;
import java.util.Map;

/**
 * An immutable character trie for longest-match lookups at a position, without allocation.
 * Internal: public only so that later stages (indicator keywords, places) share it.
 *
 * @param <V> the value stored at the end of a key
 */
public final class Trie<V> {
  private final Node<V> root;
  /** The root's children indexed by character. */
  private final Node<V>[] first;
  /**
   * The characters keys start with: the usual miss costs one read of this 8 KB set rather than a
   * read of the 256 KB {@link #first} table.
   */
  private final CharSet starts;

  /** Up to how many children a node's keys are scanned in order rather than halved. */
  private static final int LINEAR = 8;

  private static final class Node<V> {
    char[] keys = new char[0];
    @SuppressWarnings("unchecked")
    Node<V>[] children = new Node[0];
    V value;

    Node<V> child(char c) {
      char[] k = keys;
      if (k.length <= LINEAR) {
        // most nodes have a child or two: a look at each beats a binary search's setup
        for (int i = 0; i < k.length; i++) {
          if (k[i] >= c) return k[i] == c ? children[i] : null;
        }
        return null;
      }
      int i = Arrays.binarySearch(k, c);
      return i >= 0 ? children[i] : null;
    }

    Node<V> childOrAdd(char c) {
      int k = Arrays.binarySearch(keys, c);
      if (k >= 0) return children[k];
      int at = -k - 1;
      char[] nk = new char[keys.length + 1];
      @SuppressWarnings("unchecked")
      Node<V>[] nc = new Node[keys.length + 1];
      System.arraycopy(keys, 0, nk, 0, at);
      System.arraycopy(children, 0, nc, 0, at);
      nk[at] = c;
      nc[at] = new Node<>();
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
    root = new Node<>();
    entries.forEach(
        (key, value) -> {
          Node<V> node = root;
          for (int i = 0; i < key.length(); i++) node = node.childOrAdd(key.charAt(i));
          node.value = value;
        });
    @SuppressWarnings("unchecked")
    Node<V>[] table = new Node[Character.MAX_VALUE + 1];
    for (int k = 0; k < root.keys.length; k++) table[root.keys[k]] = root.children[k];
    starts = CharSet.of(String.valueOf(root.keys));
    first = table;
  }

  /** Reports every key that starts at {@code from}, shortest first. */
  public void forEachMatch(CharSequence s, int from, Sink<? super V> sink) {
    if (from >= s.length()) return;
    char c = s.charAt(from);
    if (!starts.contains(c)) return;
    Node<V> node = first[c];
    if (node == null) return;
    if (node.value != null) sink.match(from + 1, node.value);
    for (int i = from + 1; i < s.length(); i++) {
      node = node.child(s.charAt(i));
      if (node == null) return;
      if (node.value != null) sink.match(i + 1, node.value);
    }
  }

  /** Returns the value of the key that is exactly {@code s[from, to)}, or null. */
  public V exactMatch(CharSequence s, int from, int to) {
    if (from >= to) return null;
    Node<V> node = first[s.charAt(from)];
    for (int i = from + 1; node != null && i < to; i++) node = node.child(s.charAt(i));
    return node == null ? null : node.value;
  }

  /** Returns the value of the longest key that starts at {@code from}, or null. */
  public V longestMatch(CharSequence s, int from) {
    if (from >= s.length()) return null;
    Node<V> node = first[s.charAt(from)];
    if (node == null) return null;
    V found = node.value;
    for (int i = from + 1; i < s.length(); i++) {
      node = node.child(s.charAt(i));
      if (node == null) break;
      if (node.value != null) found = node.value;
    }
    return found;
  }
}
