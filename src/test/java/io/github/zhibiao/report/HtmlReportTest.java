package io.github.zhibiao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibiao.Document;
import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
import io.github.zhibiao.Span;
import io.github.zhibiao.Zhibiao;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static final Zhibiao ZHIBIAO = Zhibiao.create();

  /** Every element the report writes; anything else came from the input. */
  private static final Set<String> ELEMENTS = Set.of("html", "head", "meta", "title", "style",
      "body", "a", "header", "h1", "h2", "h3", "p", "nav", "fieldset", "legend", "label", "input",
      "span", "small", "select", "option", "main", "section", "dl", "div", "dt", "dd", "figure",
      "figcaption", "svg", "defs", "pattern", "rect", "line", "g", "text", "circle", "ol", "li",
      "article", "mark", "q", "ins", "script");
  private static final Set<String> ATTRIBUTES = Set.of("lang", "charset", "name", "content",
      "class", "href", "id", "type", "value", "checked", "role", "hidden", "tabindex", "title",
      "viewbox", "width", "height", "aria-labelledby", "aria-label", "patternunits",
      "patterntransform", "x", "y", "x1", "y1", "x2", "y2", "fill", "cx", "cy", "r",
      "dominant-baseline", "text-anchor", "data-type", "data-province", "data-ind", "data-f",
      "data-sev", "data-bound");

  private static String page(String source, String text, List<Finding> findings) {
    Document d = ZHIBIAO.extract(text);
    return HtmlReport.builder().add(source, d, findings).build().toHtml();
  }

  private static String textOf(String html, String docId) {
    int start = html.indexOf("<div class=\"text\">", html.indexOf("id=\"" + docId + "\""));
    int end = html.indexOf("</div>\n</article>", start);
    return TagScanner.scan(html.substring(start + "<div class=\"text\">".length(), end))
        .text.toString();
  }

  @Test
  void toHtml_hostileText_noElementOrAttributeFromTheInput() {
    String hostile = "广西：<script>alert(1)</script>总投资约2262亿元，\"><img src=x onerror=alert(1)>"
        + "增长8.5%</textarea>'&amp; 投资'3亿元\"</style></title><!-- \u2028\u2029";
    String source = "a<img src=x onerror=alert(2)>.txt";
    Document d = ZHIBIAO.extract(hostile);
    // A finding whose message and suggestion are hostile too.
    Finding f = new Finding("X1", Severity.ERROR, new Span(3, 20), hostile.substring(3, 20),
        "<script>alert(3)</script>", "\"><img src=x onerror=alert(4)>");
    String html = HtmlReport.builder().title("<title>t</title>").add(source, d, List.of(f))
        .build().toHtml();
    TagScanner s = TagScanner.scan(html);
    s.assertWellNested();
    for (TagScanner.Tag t : s.tags) {
      assertThat(ELEMENTS).as("element <%s>", t.name()).contains(t.name());
      for (String a : t.attributes().keySet()) {
        assertThat(ATTRIBUTES).as("attribute %s of <%s>", a, t.name()).contains(a);
      }
    }
    List<TagScanner.Tag> scripts = s.tags.stream()
        .filter(t -> t.name().equals("script") && !t.end()).toList();
    assertThat(scripts).hasSize(1);
    assertThat(scripts.get(0).attributes()).isEmpty();
    // The payloads are text: escaped, never a tag (onerror=alert stays, as harmless text).
    assertThat(html).doesNotContain("<img", "<textarea", "</textarea", "<script>alert", "</style></title>");
    // The script is ours, character for character, with nothing from the input in it.
    int script = html.indexOf("<script>\n");
    assertThat(html.substring(script + 9, html.indexOf("</script>", script)))
        .isEqualTo(HtmlReport.Assets.JS);
    // The text reads back exactly, and the figures are still found in it.
    assertThat(textOf(html, "d0")).isEqualTo(hostile);
    assertThat(d.quantities()).hasSizeGreaterThanOrEqualTo(3);
    // The source's name is text in the heading.
    assertThat(html).contains("<h2 id=\"d0-h\">a&lt;img src=x onerror=alert(2)&gt;.txt</h2>");
  }

  @Test
  void toHtml_everyFigureMarked_withItsTypeProvinceAndDetails() {
    String text = "广西：重大项目集中开工\n\n2018年四季度，本次集中开工的项目共439项，总投资约2262亿元。";
    String html = page("a.txt", text, List.of());
    TagScanner s = TagScanner.scan(html);
    List<TagScanner.Tag> marks = s.tags.stream()
        .filter(t -> t.name().equals("mark") && !t.end()).toList();
    assertThat(marks).hasSize(2);
    Map<String, String> investment = marks.get(1).attributes();
    assertThat(investment).containsEntry("data-type", "investment")
        .containsEntry("data-province", "广西").containsEntry("tabindex", "0")
        .containsEntry("class", "q fam-invest");
    assertThat(investment.get("title")).contains("数值：2262亿元（226200000000 元）", "原文：约2262亿元",
        "类型：投资", "限定：约数（≈）", "指标：总投资", "时期：2018年四季度（2018-10-01 至 2018-12-31）",
        "状态：实际", "地点：广西");
    assertThat(textOf(html, "d0")).isEqualTo(text);
  }

  @Test
  void toHtml_headlineRepeatedInTheBody_oneIndicatorId_onBothMarks() {
    String text = "山西：发布108个混改项目\n\n山西省日前发布108个混改项目。";
    Document d = ZHIBIAO.extract(text);
    assertThat(d.indicators()).anyMatch(i -> i.mentions().size() == 2);
    String html = HtmlReport.builder().add("a.txt", d, List.of()).build().toHtml();
    List<TagScanner.Tag> marks = TagScanner.scan(html).tags.stream()
        .filter(t -> t.name().equals("mark") && !t.end()).toList();
    assertThat(marks).hasSize(2);
    assertThat(marks.get(0).attributes().get("data-ind")).isNotNull()
        .isEqualTo(marks.get(1).attributes().get("data-ind"));
    assertThat(marks.get(0).attributes().get("title")).contains("提及：共 2 处");
  }

  @Test
  void toHtml_findings_underlinedInPlace_listedWithAnchors_bySeverity() {
    String text = "450项任务中已完成413项，占比达到93.8%。";
    // [18, 23) 93.8%: the whole figure; [15, 20) 到达93: part of it, crossing its start.
    Finding b1 = new Finding("B1", Severity.ERROR, new Span(18, 23), "93.8%",
        "占比应为91.8%（413/450），文中为93.8%", "91.8%");
    Finding w = new Finding("E3", Severity.WARNING, new Span(16, 20), "达到93", "措辞", null);
    Finding i = new Finding("A6", Severity.INFO, new Span(0, 0), "", "篇首", null);
    String html = page("a.txt", text, List.of(b1, w, i));
    TagScanner s = TagScanner.scan(html);
    s.assertWellNested();
    assertThat(textOf(html, "d0")).isEqualTo(text);
    // Sorted by position: A6 [0,0) is f0, E3 f1, B1 f2; each anchor id once, pieces carry data-f.
    List<TagScanner.Tag> spans = s.tags.stream()
        .filter(t -> !t.end() && t.attributes().containsKey("data-f")).toList();
    assertThat(spans.stream().map(t -> t.attributes().get("id")).filter(x -> x != null))
        .containsExactly("d0-f0", "d0-f1", "d0-f2");
    assertThat(spans.stream().map(t -> t.attributes().get("data-f")).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("d0-f0", "d0-f1", "d0-f2");
    assertThat(spans).filteredOn(t -> "d0-f1".equals(t.attributes().get("data-f"))).hasSize(2);
    assertThat(spans).filteredOn(t -> "d0-f2".equals(t.attributes().get("data-f")))
        .allMatch(t -> t.attributes().get("class").equals("f s-error"))
        .allMatch(t -> t.attributes().get("title").contains("建议：91.8%"));
    List<String> links = new ArrayList<>();
    for (TagScanner.Tag t : s.tags) {
      String href = t.attributes().get("href");
      if (href != null && href.startsWith("#d0-f")) links.add(href);
    }
    assertThat(links).containsExactly("#d0-f0", "#d0-f1", "#d0-f2");
    assertThat(html).contains("<li class=\"s-error\" data-sev=\"error\"><a href=\"#d0-f2\">"
        + "<span class=\"badge\">B1 错误</span> <q>93.8%</q></a> 占比应为91.8%（413/450），文中为93.8% "
        + "<span class=\"sugg\">建议：<ins>91.8%</ins></span></li>");
    // The counts: 1 error, 1 warning, 1 info.
    assertThat(html).contains("<div class=\"count c-errors\"><dt>错误</dt><dd>1</dd></div>",
        "<div class=\"count c-warnings\"><dt>警告</dt><dd>1</dd></div>");
  }

  @Test
  void builder_findingBeyondTheText_throws() {
    Document d = ZHIBIAO.extract("增长8.5%");
    Finding f = new Finding("B1", Severity.ERROR, new Span(2, 9), "8.5%", "m", null);
    assertThatThrownBy(() -> HtmlReport.builder().add("a.txt", d, List.of(f)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beyond the text");
  }

  @Test
  void toHtml_investmentBars_exactSolid_boundsHatchedAndSigned_inYi() {
    String a = "海南：全省共集中开工项目100个、总投资298亿元，集中签约项目41个、总投资342亿元。\n";
    String b = "上海：浦东新区新开工项目总投资超过1070亿元。\n";
    String c = "四川：道孚县完成投资额4400余万\n\n元。\n";
    String html = HtmlReport.builder()
        .add("a.txt", ZHIBIAO.extract(a), List.of())
        .add("b.txt", ZHIBIAO.extract(b), List.of())
        .add("c.txt", ZHIBIAO.extract(c), List.of())
        .build().toHtml();
    List<TagScanner.Tag> bars = TagScanner.scan(html).tags.stream()
        .filter(t -> !t.end() && t.name().equals("g")
            && t.attributes().getOrDefault("class", "").startsWith("bar "))
        .toList();
    // Largest first.
    assertThat(bars.stream().map(t -> t.attributes().get("data-province")))
        .containsExactly("上海", "海南", "四川");
    assertThat(bars.stream().map(t -> t.attributes().get("data-bound")))
        .containsExactly("more_than", "exact", "more_than");
    assertThat(html).contains(">640 亿元</text>", ">&gt;1070 亿元</text>", ">&gt;0.44 亿元</text>",
        "fill=\"url(#bars0-hatch)\"");
  }

  @Test
  void toHtml_growthRatesByProvince_oneDotPerFigure_rowsByMedian() {
    String text = "浙江：规上工业利润总额同比增长24.4%。\n\n浙江：工业增加值同比增长8%。\n\n"
        + "天津：外贸进出口总值同比增长28.9%。";
    String html = page("a.txt", text, List.of());
    TagScanner s = TagScanner.scan(html);
    List<String> rows = s.tags.stream()
        .filter(t -> !t.end() && "dotrow".equals(t.attributes().get("class")))
        .map(t -> t.attributes().get("data-province")).toList();
    assertThat(rows).containsExactly("天津", "浙江");
    assertThat(s.tags.stream().filter(t -> t.name().equals("circle") && !t.end())).hasSize(3);
    assertThat(html).contains("中位数 16.2%，n=2");
  }

  @Test
  void toHtml_noDocuments_stillAPage() {
    String html = HtmlReport.builder().build().toHtml();
    TagScanner.scan(html).assertWellNested();
    assertThat(html).contains("没有可合计的投资数字", "没有带省份的增速");
  }
}
