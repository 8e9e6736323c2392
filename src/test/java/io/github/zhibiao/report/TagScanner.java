package io.github.zhibiao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small HTML tokenizer for tests: the tags of a page with their attributes (entities decoded),
 * and the text, the way a browser's tokenizer splits them for the markup the report writes. The
 * content of {@code <script>} and {@code <style>} is raw text up to the matching end tag, as in a
 * browser, so a {@code </script>} smuggled into the page would show up here as an early end.
 */
final class TagScanner {
  /** One tag: lower-case name, attributes in order, whether it is an end tag or self-closing. */
  record Tag(String name, Map<String, String> attributes, boolean end, boolean selfClosing) {}

  /** Elements that have no end tag. */
  static final Set<String> VOID = Set.of("meta", "input", "br", "img", "hr", "link");

  final List<Tag> tags = new ArrayList<>();
  /** Text content between tags, entities decoded; script and style content excluded. */
  final StringBuilder text = new StringBuilder();

  private TagScanner() {}

  static TagScanner scan(String html) {
    TagScanner s = new TagScanner();
    int i = 0;
    int n = html.length();
    while (i < n) {
      char c = html.charAt(i);
      if (c != '<') {
        int next = html.indexOf('<', i);
        if (next < 0) next = n;
        s.text.append(decode(html.substring(i, next)));
        i = next;
        continue;
      }
      if (html.startsWith("<!--", i)) {
        i = html.indexOf("-->", i) + 3;
        continue;
      }
      if (html.startsWith("<!", i)) {
        i = html.indexOf('>', i) + 1;
        continue;
      }
      int j = i + 1;
      boolean end = j < n && html.charAt(j) == '/';
      if (end) j++;
      int nameStart = j;
      while (j < n && (Character.isLetterOrDigit(html.charAt(j)) || html.charAt(j) == '-')) j++;
      if (j == nameStart) { // a lone '<' is text
        s.text.append('<');
        i++;
        continue;
      }
      String name = html.substring(nameStart, j).toLowerCase();
      Map<String, String> attrs = new LinkedHashMap<>();
      boolean selfClosing = false;
      while (j < n && html.charAt(j) != '>') {
        char a = html.charAt(j);
        if (Character.isWhitespace(a)) {
          j++;
        } else if (a == '/') {
          selfClosing = true;
          j++;
        } else {
          int k = j;
          while (k < n && "=> \t\n/".indexOf(html.charAt(k)) < 0) k++;
          String attr = html.substring(j, k).toLowerCase();
          String value = "";
          if (k < n && html.charAt(k) == '=') {
            char q = html.charAt(k + 1);
            if (q == '"' || q == '\'') {
              int close = html.indexOf(q, k + 2);
              value = decode(html.substring(k + 2, close));
              k = close + 1;
            } else {
              int e = k + 1;
              while (e < n && " >\t\n".indexOf(html.charAt(e)) < 0) e++;
              value = decode(html.substring(k + 1, e));
              k = e;
            }
          }
          attrs.put(attr, value);
          j = k;
        }
      }
      s.tags.add(new Tag(name, attrs, end, selfClosing));
      i = j + 1;
      if (!end && (name.equals("script") || name.equals("style"))) {
        int close = html.toLowerCase().indexOf("</" + name, i);
        i = close < 0 ? n : close;
      }
    }
    return s;
  }

  /** Asserts that every element is closed in order (void and self-closing ones need not be). */
  void assertWellNested() {
    Deque<String> open = new ArrayDeque<>();
    for (Tag t : tags) {
      if (t.end()) {
        assertThat(open).as("closing </%s>", t.name()).isNotEmpty();
        assertThat(open.pop()).as("closing </%s>", t.name()).isEqualTo(t.name());
      } else if (!t.selfClosing() && !VOID.contains(t.name())) {
        open.push(t.name());
      }
    }
    assertThat(open).as("unclosed elements").isEmpty();
  }

  static String decode(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
  }
}
