package io.github.zhibiao.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static io.github.zhibiao.report.Html.esc;

import com.google.common.collect.ImmutableList;
import io.github.zhibiao.Document;
import io.github.zhibiao.Finding;
import io.github.zhibiao.Indicator;
import io.github.zhibiao.IndicatorType;
import io.github.zhibiao.Quantity;
import io.github.zhibiao.Severity;
import io.github.zhibiao.Span;
import io.github.zhibiao.Status;
import io.github.zhibiao.stats.Scope;
import io.github.zhibiao.stats.Total;
import io.github.zhibiao.stats.Totals;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One self-contained HTML page that shows documents the way an editor wants to see them: the
 * original text with every figure highlighted by indicator type (details on hover or focus), the
 * findings of the checks underlined in place and listed, and a summary with investment totals by
 * province and growth rates by province as charts.
 *
 * <pre>{@code
 * Zhibiao zhibiao = Zhibiao.create();
 * Checker checker = Checker.create();
 * Document d = zhibiao.extract("广西：重大项目集中开工\n\n总投资约2262亿元，同比增长8.5%。");
 * HtmlReport.builder().title("周报").add("a.txt", d, checker.check(d)).build().write(writer);
 * // <mark class="q fam-invest" data-type="investment" data-province="广西" … tabindex="0"
 * //   title="数值：2262亿元（226200000000 元）…">约2262亿元</mark>
 * }</pre>
 *
 * <p>The page needs nothing else: the CSS and the little script are inline, the charts are SVG
 * written here, and it works offline and from a mail attachment (and without script, with the
 * browser's own tooltips and no filters). Everything from the documents is text to the page: it is
 * escaped with Guava's {@code HtmlEscapers} and never reaches the script or the style sheet, which
 * read what they need from escaped {@code data-} attributes.
 *
 * <p>Instances are immutable and thread-safe; the builder is not.
 */
public final class HtmlReport {
  private final String title;
  private final ImmutableList<Entry> entries;

  /** One document of the report. */
  record Entry(String source, Document document, List<Finding> findings) {}

  private HtmlReport(Builder b) {
    this.title = b.title;
    this.entries = ImmutableList.copyOf(b.entries);
  }

  /** A builder for a report with no documents, titled {@code zhibiao 报告}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the documents of a {@link HtmlReport}. Not thread-safe. */
  public static final class Builder {
    private String title = "zhibiao 报告";
    private final List<Entry> entries = new ArrayList<>();

    private Builder() {}

    /** The page's title and heading. */
    public Builder title(String title) {
      this.title = checkNotNull(title, "title");
      return this;
    }

    /**
     * Adds a document, in order.
     *
     * @param source the name shown for it, such as its path; not null
     * @param document what {@code extract} found in it
     * @param findings what {@code check} found in it, each span inside the text
     * @throws IllegalArgumentException if a finding's span ends beyond the text
     */
    public Builder add(String source, Document document, List<Finding> findings) {
      checkNotNull(source, "source");
      checkNotNull(document, "document");
      List<Finding> sorted = new ArrayList<>(findings);
      for (Finding f : sorted) {
        checkArgument(f.span().end() <= document.text().length(),
            "finding %s %s beyond the text (length %s)", f.rule(), f.span(),
            document.text().length());
      }
      sorted.sort(null);
      entries.add(new Entry(source, document, ImmutableList.copyOf(sorted)));
      return this;
    }

    public HtmlReport build() {
      return new HtmlReport(this);
    }
  }

  /** Returns the page. */
  public String toHtml() {
    StringBuilder s = new StringBuilder();
    try {
      write(s);
    } catch (IOException e) {
      throw new AssertionError(e); // a StringBuilder does not throw
    }
    return s.toString();
  }

  /**
   * Writes the page.
   *
   * @param out where to write, such as a UTF-8 {@code Writer}
   * @throws IOException if {@code out} does
   */
  public void write(Appendable out) throws IOException {
    out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"zhibiao\">\n")
        .append("<title>").append(esc(title)).append("</title>\n<style>\n")
        .append(Assets.CSS).append("</style>\n</head>\n<body>\n")
        .append("<a class=\"skip\" href=\"#docs\">跳到正文</a>\n<header>\n<h1>")
        .append(esc(title)).append("</h1>\n");
    Counts counts = counts();
    out.append("<p class=\"sub\">").append(Integer.toString(entries.size())).append(" 篇文档 · ")
        .append(Integer.toString(counts.figures)).append(" 个数字 · ")
        .append(Integer.toString(counts.findings())).append(" 条问题</p>\n</header>\n");
    filters(out, counts);
    out.append("<main>\n");
    summary(out, counts);
    contents(out);
    out.append("<div id=\"docs\">\n");
    for (int d = 0; d < entries.size(); d++) document(out, d, entries.get(d));
    out.append("</div>\n</main>\n")
        .append("<div id=\"tip\" role=\"tooltip\" hidden></div>\n<script>\n")
        .append(Assets.JS).append("</script>\n</body>\n</html>\n");
  }

  /** What the page counts: figures by type, by province, findings by severity. */
  private static final class Counts {
    int figures;
    int indicators;
    final Map<String, Integer> types = new LinkedHashMap<>();
    final Map<String, Integer> provinces = new TreeMap<>();
    final Map<String, String> provinceNames = new HashMap<>();
    final Map<Severity, Integer> severities = new EnumMap<>(Severity.class);

    int findings() {
      return severities.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  private Counts counts() {
    Counts c = new Counts();
    for (IndicatorType t : IndicatorType.values()) c.types.put(t.id(), 0);
    c.types.put(Labels.typeId(null), 0);
    for (Severity s : Severity.values()) c.severities.put(s, 0);
    for (Entry e : entries) {
      Map<Span, Indicator> byMention = byMention(e.document());
      c.figures += e.document().quantities().size();
      c.indicators += e.document().indicators().size();
      for (Quantity q : e.document().quantities()) {
        Indicator i = byMention.get(q.span());
        c.types.merge(Labels.typeId(i == null ? null : i.type()), 1, Integer::sum);
        if (i != null && i.province() != null) {
          // Sorted by GB/T 2260 code: 北京 110000 first, as official tables are.
          c.provinces.merge(i.provinceCode(), 1, Integer::sum);
          c.provinceNames.put(i.provinceCode(), i.province());
        }
      }
      for (Finding f : e.findings()) c.severities.merge(f.severity(), 1, Integer::sum);
    }
    c.types.values().removeIf(n -> n == 0);
    return c;
  }

  /** Every mention's span, to its indicator: a headline figure and its body are one. */
  static Map<Span, Indicator> byMention(Document d) {
    Map<Span, Indicator> m = new HashMap<>();
    for (Indicator i : d.indicators()) {
      for (Span s : i.mentions()) m.put(s, i);
    }
    return m;
  }

  private void filters(Appendable out, Counts counts) throws IOException {
    out.append("<nav class=\"filters\" aria-label=\"筛选\">\n<fieldset class=\"types\">")
        .append("<legend>指标类型</legend>\n");
    for (Map.Entry<String, Integer> t : counts.types.entrySet()) {
      IndicatorType type = IndicatorType.fromId(t.getKey()).orElse(null);
      out.append("<label><input type=\"checkbox\" name=\"type\" value=\"").append(t.getKey())
          .append("\" checked> <span class=\"sw fam-").append(Labels.family(type))
          .append("\"></span>").append(Labels.type(type)).append(" <small>")
          .append(t.getValue().toString()).append("</small></label>\n");
    }
    out.append("</fieldset>\n<label class=\"province\">省份 <select id=\"f-province\">")
        .append("<option value=\"\">全部</option>");
    for (Map.Entry<String, Integer> p : counts.provinces.entrySet()) {
      String name = counts.provinceNames.get(p.getKey());
      out.append("<option value=\"").append(esc(name)).append("\">").append(esc(name))
          .append("（").append(p.getValue().toString()).append("）</option>");
    }
    out.append("</select></label>\n<fieldset class=\"severities\"><legend>问题级别</legend>\n");
    for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
      out.append("<label><input type=\"checkbox\" name=\"severity\" value=\"").append(s.id())
          .append("\" checked> <span class=\"sw s-").append(s.id()).append("\"></span>")
          .append(Labels.severity(s)).append(" <small>")
          .append(counts.severities.get(s).toString()).append("</small></label>\n");
    }
    out.append("</fieldset>\n</nav>\n");
  }

  private void summary(Appendable out, Counts counts) throws IOException {
    out.append("<section id=\"summary\" aria-labelledby=\"summary-h\">\n")
        .append("<h2 id=\"summary-h\">概览</h2>\n<dl class=\"counts\">");
    count(out, "文档", entries.size(), "documents");
    count(out, "数字", counts.figures, "figures");
    count(out, "指标", counts.indicators, "indicators");
    count(out, "错误", counts.severities.get(Severity.ERROR), "errors");
    count(out, "警告", counts.severities.get(Severity.WARNING), "warnings");
    count(out, "提示", counts.severities.get(Severity.INFO), "infos");
    out.append("</dl>\n");

    Map<String, Document> documents = new LinkedHashMap<>();
    for (Entry e : entries) {
      String key = e.source();
      for (int n = 2; documents.containsKey(key); n++) key = e.source() + " (" + n + ")";
      documents.put(key, e.document());
    }
    Map<String, List<Total>> charts = new LinkedHashMap<>();
    for (Total t : Totals.standard().of(documents)) {
      charts.computeIfAbsent(t.unit() + "\t" + t.scope().id(), k -> new ArrayList<>()).add(t);
    }
    out.append("<h3>投资合计，按省份</h3>\n");
    if (charts.isEmpty()) out.append("<p class=\"none\">没有可合计的投资数字。</p>\n");
    int n = 0;
    for (List<Total> totals : charts.values()) {
      Total first = totals.get(0);
      String unitLabel = "亿" + first.unit();
      out.append("<figure class=\"chart\">\n<figcaption>单位：").append(esc(unitLabel))
          .append(first.scope() == Scope.ANNUAL ? "，年度部分，不与总额相加" : "")
          .append("</figcaption>\n");
      Charts.bars(totals, unitLabel, "bars" + n++, out);
      out.append("\n</figure>\n");
    }
    if (!charts.isEmpty()) {
      out.append("<p class=\"legend\"><span class=\"sw bar-solid\"></span>确数 ")
          .append("<span class=\"sw bar-approx\"></span>约数（≈） ")
          .append("<span class=\"sw bar-hatched\"></span>下限（≥、>）或上限（≤、<） · ")
          .append("实际和计划数字，标题与正文重复的只计一次；目标、门槛和增减量不计入。</p>\n");
    }

    List<Indicator> growth = new ArrayList<>();
    for (Entry e : entries) {
      for (Indicator i : e.document().indicators()) {
        if (i.type() == IndicatorType.GROWTH_RATE && i.value() != null && i.province() != null
            && i.unit().symbol().equals("%")
            && (i.status() == Status.ACTUAL || i.status() == Status.PLAN)) {
          growth.add(i);
        }
      }
    }
    out.append("<h3>增速，按省份</h3>\n");
    if (growth.isEmpty()) {
      out.append("<p class=\"none\">没有带省份的增速。</p>\n");
    } else {
      out.append("<figure class=\"chart\">\n<figcaption>增速（%），每点一个数字；")
          .append("方框为四分位，竖线为中位数，红点为离群值</figcaption>\n");
      Charts.dots(growth, "dots0", out);
      out.append("\n</figure>\n");
    }
    out.append("</section>\n");
  }

  private static void count(Appendable out, String label, int n, String id) throws IOException {
    out.append("<div class=\"count c-").append(id).append("\"><dt>").append(label)
        .append("</dt><dd>").append(Integer.toString(n)).append("</dd></div>");
  }

  private void contents(Appendable out) throws IOException {
    out.append("<nav class=\"toc\" aria-labelledby=\"toc-h\">\n<h2 id=\"toc-h\">文档</h2>\n<ol>\n");
    for (int d = 0; d < entries.size(); d++) {
      Entry e = entries.get(d);
      out.append("<li><a href=\"#d").append(Integer.toString(d)).append("\">")
          .append(esc(e.source())).append("</a> <small>")
          .append(Integer.toString(e.document().quantities().size())).append(" 个数字，")
          .append(Integer.toString(e.findings().size())).append(" 条问题</small></li>\n");
    }
    out.append("</ol>\n</nav>\n");
  }

  private void document(Appendable out, int d, Entry e) throws IOException {
    String id = "d" + d;
    Document doc = e.document();
    out.append("<article class=\"doc\" id=\"").append(id).append("\" aria-labelledby=\"")
        .append(id).append("-h\">\n<h2 id=\"").append(id).append("-h\">").append(esc(e.source()))
        .append("</h2>\n<p class=\"meta\">")
        .append(Integer.toString(doc.quantities().size())).append(" 个数字，")
        .append(Integer.toString(doc.indicators().size())).append(" 个指标")
        .append(doc.date() == null ? "" : "，日期 " + doc.date()).append("</p>\n");
    out.append("<section class=\"findings\" aria-label=\"问题\">\n");
    if (e.findings().isEmpty()) {
      out.append("<p class=\"none\">检查未发现问题。</p>\n");
    } else {
      out.append("<h3>问题（").append(Integer.toString(e.findings().size()))
          .append("）</h3>\n<ol>\n");
      for (int k = 0; k < e.findings().size(); k++) {
        Finding f = e.findings().get(k);
        out.append("<li class=\"s-").append(f.severity().id()).append("\" data-sev=\"")
            .append(f.severity().id()).append("\"><a href=\"#").append(id).append("-f")
            .append(Integer.toString(k)).append("\"><span class=\"badge\">")
            .append(esc(f.rule())).append(" ").append(Labels.severity(f.severity()))
            .append("</span> <q>").append(esc(f.text())).append("</q></a> ")
            .append(esc(f.message()));
        if (f.suggestion() != null) {
          out.append(" <span class=\"sugg\">建议：<ins>").append(esc(f.suggestion()))
              .append("</ins></span>");
        }
        out.append("</li>\n");
      }
      out.append("</ol>\n");
    }
    out.append("</section>\n<div class=\"text\">");
    List<Markup.Layer> layers = new ArrayList<>();
    Map<Span, Indicator> byMention = byMention(doc);
    Map<Indicator, Integer> ids = new HashMap<>();
    for (Indicator i : doc.indicators()) ids.put(i, ids.size());
    for (int k = 0; k < doc.quantities().size(); k++) {
      Quantity q = doc.quantities().get(k);
      Indicator i = byMention.get(q.span());
      layers.add(new Mark(q.span(), 0, figureTag(id + "-q" + k,
          i == null ? null : id + "-i" + ids.get(i), q, i)));
    }
    for (int k = 0; k < e.findings().size(); k++) {
      layers.add(new Mark(e.findings().get(k).span(), 1,
          findingTag(id + "-f" + k, e.findings().get(k))));
    }
    Markup.write(doc.text(), layers, out);
    out.append("</div>\n</article>\n");
  }

  /**
   * One element of the text: {@code tag} is its opening tag with an {@code id="…"} attribute,
   * which only the first piece of a split element keeps.
   */
  private record Mark(Span span, int tier, String tag) implements Markup.Layer {
    @Override
    public String open(boolean first) {
      return first ? tag : tag.replaceFirst(" id=\"[^\"]*\"", "");
    }

    @Override
    public String close() {
      return tier == 0 ? "</mark>" : "</span>";
    }
  }

  private static String figureTag(String id, String indicatorId, Quantity q, Indicator i) {
    IndicatorType type = i == null ? null : i.type();
    StringBuilder s = new StringBuilder("<mark class=\"q fam-").append(Labels.family(type))
        .append("\" id=\"").append(id).append("\" data-type=\"").append(Labels.typeId(type))
        .append("\" data-province=\"").append(esc(i == null ? "" : i.province()))
        .append('"');
    if (indicatorId != null) s.append(" data-ind=\"").append(indicatorId).append('"');
    return s.append(" tabindex=\"0\" title=\"").append(esc(Tooltips.figure(q, i)))
        .append("\">").toString();
  }

  private static String findingTag(String id, Finding f) {
    return "<span class=\"f s-" + f.severity().id() + "\" id=\"" + id + "\" data-f=\"" + id
        + "\" data-sev=\"" + f.severity().id() + "\" title=\"" + esc(Tooltips.finding(f))
        + "\">";
  }

  /** The report's style sheet and script, read once from resources beside this class. */
  static final class Assets {
    static final String CSS = read("report.css");
    static final String JS = read("report.js");

    private Assets() {}

    private static String read(String name) {
      try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
        if (in == null) throw new IllegalStateException("missing resource " + name);
        String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (s.toLowerCase(java.util.Locale.ROOT).contains("</")) {
          // "</style" or "</script" would end the element early.
          throw new IllegalStateException(name + " must not contain '</'");
        }
        return s;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read resource " + name, e);
      }
    }
  }
}
