package io.github.zhibiao.cli;

import static io.github.zhibiao.cli.ExtractCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.cli.ExtractCommandTest.Run;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir Path dir;

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
    return n;
  }

  @Test
  void report_writesOnePage_toTheOutputFile() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), "广西：总投资约2262亿元，同比增长8.5%。",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out.html");
    Run r = run("report", "-o", out.toString(), "--date", "2018-08-05", a.toString());
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEmpty();
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(count(html, "<mark ")).isEqualTo(2);
    assertThat(html).contains("日期 2018-08-05", "data-province=\"广西\"");
    // Self-contained: nothing is fetched.
    assertThat(html).doesNotContain("http://", "https://", "src=", "<link");
  }

  @Test
  void report_dashIsStandardOutput_andAMissingInputIsOneLine_othersStillShown() {
    Run r = run(new ByteArrayInputStream("总投资300亿元".getBytes(StandardCharsets.UTF_8)),
        "report", "-o", "-", dir.resolve("nope.txt").toString(), "-");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.errLines()).containsExactly(
        "zhibiao: cannot read " + dir.resolve("nope.txt") + ": no such file");
    assertThat(r.out()).startsWith("<!DOCTYPE html>").contains("<h2 id=\"d0-h\">-</h2>");
    assertThat(count(r.out(), "<mark ")).isEqualTo(1);
  }

  @Test
  void report_outputCannotBeWritten_oneLine_status2() {
    Path missingDir = dir.resolve("no/such/dir/r.html");
    Run r = run(new ByteArrayInputStream(new byte[0]), "report", "-o", missingDir.toString(), "-");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.errLines()).containsExactly(
        "zhibiao: cannot write " + missingDir + ": no such file");
  }

  @Test
  void report_defaultOutput_isReportHtml() {
    Run r = run("report", "--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("-o, --output=FILE", "report.html (default)");
  }
}
