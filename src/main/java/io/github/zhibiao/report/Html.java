package io.github.zhibiao.report;

import com.google.common.html.HtmlEscapers;

/** Escaping for text and double-quoted attribute values: every string from outside goes here. */
final class Html {
  private Html() {}

  /**
   * Escapes {@code &}, {@code <}, {@code >}, {@code "} and {@code '} (Guava's {@link
   * HtmlEscapers}): safe in element content and in attribute values in either kind of quotes. Not
   * for {@code <script>} or {@code <style>} content, where the report puts nothing from outside.
   */
  static String esc(String s) {
    return HtmlEscapers.htmlEscaper().escape(s == null ? "" : s);
  }
}
