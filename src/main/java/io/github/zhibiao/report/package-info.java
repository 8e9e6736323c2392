/**
 * The HTML report ({@code zhibiao report}): one self-contained page with the documents' text, every
 * figure highlighted by indicator type with its details on hover or focus, the findings of the
 * checks underlined in place, and charts of investment totals and growth rates by province.
 *
 * <p>{@link io.github.zhibiao.report.HtmlReport} is the entry point; the text markup ({@code
 * Markup}), the charts ({@code Charts}) and the words ({@code Labels}, {@code Tooltips}) are
 * package-private. The package is not exported: the command line uses it, and its markup is not an
 * API. Everything from the documents is escaped; nothing from them reaches the page's script or
 * style sheet.
 */
package io.github.zhibiao.report;
