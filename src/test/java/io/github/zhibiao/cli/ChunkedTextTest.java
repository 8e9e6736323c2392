package io.github.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.Document;
import io.github.zhibiao.Zhibiao;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chunked reading: the chunks put together are the text decoded whole, cut at paragraph
 * boundaries; extraction chunk by chunk gives the whole-file output, on the seeds and on a
 * synthetic multi-megabyte file, through the CLI.
 */
class ChunkedTextTest {
  private static final Zhibiao ZHIBIAO = Zhibiao.create();

  @TempDir Path dir;

  /** What one read handed over. */
  static final class Collected implements ChunkedText.Receiver {
    final List<String> chunks = new ArrayList<>();
    final List<Integer> offsets = new ArrayList<>();
    final List<String> events = new ArrayList<>();

    @Override
    public void binary() {
      events.add("binary");
    }

    @Override
    public void malformed(Charset charset, long byteOffset) {
      events.add("malformed " + charset.name() + " " + byteOffset);
    }

    @Override
    public boolean chunk(String text, int offset) {
      chunks.add(text);
      offsets.add(offset);
      return true;
    }

    String text() {
      return String.join("", chunks);
    }
  }

  static Collected read(byte[] bytes, Charset forced, int wholeBytes, int chunkChars)
      throws IOException {
    Collected c = new Collected();
    assertThat(ChunkedText.read(new ByteArrayInputStream(bytes), forced, wholeBytes, chunkChars,
        c)).isTrue();
    return c;
  }

  static List<String> seeds() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return texts;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  @Test
  void cut_afterTheLastBlankLine_elseLineEnd_elseTheBound() {
    assertThat(ChunkedText.cut("一段。\n\n二段。\n\n三段很长很长", 12)).isEqualTo(10);
    assertThat(ChunkedText.cut("一段。\n \u3000\n二段。", 9)).isEqualTo(7);
    assertThat(ChunkedText.cut("一行。\n二行。\n三行很长很长", 12)).isEqualTo(8);
    assertThat(ChunkedText.cut("没有换行的很长一行", 5)).isEqualTo(5);
    assertThat(ChunkedText.cut("abcd\uD83D\uDE00ef", 5)).isEqualTo(4);
    assertThat(ChunkedText.cut("\n\n\n\n", 3)).isEqualTo(3);
  }

  /** The cut as first written: the run of blank lines read again from each of its line ends. */
  private static int referenceCut(CharSequence s, int max) {
    int lastLineEnd = -1;
    int lastBlankLine = -1;
    for (int i = Math.min(max, s.length()) - 1; i > 0; i--) {
      if (s.charAt(i) != '\n') continue;
      if (lastLineEnd < 0) lastLineEnd = i + 1;
      int j = i - 1;
      while (j >= 0 && " \t\r\u3000\f".indexOf(s.charAt(j)) >= 0) j--;
      if (j >= 0 && s.charAt(j) == '\n') {
        if (lastBlankLine < 0) lastBlankLine = i + 1;
        int k = j;
        while (k >= 0 && " \t\r\u3000\f\n".indexOf(s.charAt(k)) >= 0) k--;
        if (k >= 0) {
          int e = k;
          while (e > 0 && "”\"’）)".indexOf(s.charAt(e)) >= 0) e--;
          if ("。！？!?；;：:…」』】》".indexOf(s.charAt(e)) >= 0) return i + 1;
        }
      }
      i = j + 1;
    }
    if (lastBlankLine > 0) return lastBlankLine;
    if (lastLineEnd > 0) return lastLineEnd;
    if (max > 1 && Character.isHighSurrogate(s.charAt(max - 1))) return max - 1;
    return max;
  }

  @Test
  void cut_onRandomLinesAndBlanks_asReadFromEachLineEnd() {
    java.util.Random random = new java.util.Random(42);
    String alphabet = "\n\n\n  \u3000\r。，”）a一";
    for (int round = 0; round < 20_000; round++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + random.nextInt(30);
      for (int i = 0; i < n; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      int max = 1 + random.nextInt(n);
      assertThat(ChunkedText.cut(b, max)).as("%s / %d", b, max).isEqualTo(referenceCut(b, max));
    }
  }

  @Test
  void cut_longRunsOfBlankLinesAndClosingQuotes_fastAndNoOverflow() {
    // each line end of a run of blank lines read the run again back to its start: 200,000 took
    // 22 s; closing quotes were read back by recursion, one frame each
    String blank = " \n".repeat(1_000_000);
    assertThat(org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(5), () -> ChunkedText.cut(blank, blank.length())))
        .isEqualTo(blank.length());
    String quotes = "）".repeat(200_000) + "\n\n" + "尾";
    assertThat(ChunkedText.cut(quotes, quotes.length())).isEqualTo(quotes.length() - 1);
    String closed = "完。" + "”".repeat(200_000) + "\n\n" + "尾";
    assertThat(ChunkedText.cut(closed, closed.length())).isEqualTo(closed.length() - 1);
  }

  @Test
  void chunks_ofEveryEncoding_makeUpTheTextDecodedWhole() throws IOException {
    String text = String.join("\n\n", seeds());
    Charset gb = Charset.forName("GB18030");
    List<byte[]> encoded = List.of(
        text.getBytes(StandardCharsets.UTF_8),
        concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            text.getBytes(StandardCharsets.UTF_8)),
        text.getBytes(gb),
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)),
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)));
    for (byte[] bytes : encoded) {
      for (int wholeBytes : new int[] {4096, 1 << 20}) {
        Collected c = read(bytes, null, wholeBytes, 3000);
        assertThat(c.events).isEmpty();
        assertThat(c.text()).isEqualTo(text);
        assertContiguousAndBounded(c, 3000);
      }
    }
    Collected forced = read(text.getBytes(Charset.forName("GBK")), Charset.forName("GBK"), 4096,
        3000);
    assertThat(forced.text()).isEqualTo(text);
  }

  @Test
  void malformedByteDeepInAStream_reportedOnceWithItsByteOffset() throws IOException {
    byte[] head = String.join("\n\n", seeds()).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = concat(concat(head, new byte[] {(byte) 0xFF}), "增长9%。".getBytes(
        StandardCharsets.UTF_8));
    bytes = concat(bytes, new byte[] {(byte) 0xFE});
    TextDecoder.Decoded whole = TextDecoder.decode(bytes, null);
    Collected c = read(bytes, null, 4096, 3000);
    assertThat(c.events).containsExactly("malformed UTF-8 " + head.length);
    assertThat(whole.firstMalformed()).isEqualTo(head.length);
    assertThat(c.text()).isEqualTo(whole.text());
  }

  @Test
  void binary_reportedAndNothingElse() throws IOException {
    Collected c = read(new byte[] {'P', 'K', 3, 4, 0, 0, 1, 0}, null, 4096, 3000);
    assertThat(c.events).containsExactly("binary");
    assertThat(c.chunks).isEmpty();
  }

  /** Chunks end after a blank line, except where a paragraph alone exceeds the bound. */
  private static void assertContiguousAndBounded(Collected c, int max) {
    int expected = 0;
    for (int i = 0; i < c.chunks.size(); i++) {
      String chunk = c.chunks.get(i);
      assertThat(c.offsets.get(i)).isEqualTo(expected);
      assertThat(chunk.length()).isBetween(1, max);
      expected += chunk.length();
    }
  }

  /** The JSONL of {@code text} extracted whole. */
  private static String wholeJsonl(String source, String text) throws IOException {
    StringWriter out = new StringWriter();
    QuantityWriter w = QuantityWriter.Format.JSONL.on(out);
    w.write(source, ZHIBIAO.extract(text));
    w.flush();
    return out.toString();
  }

  /** The JSONL of {@code text} extracted chunk by chunk. */
  private static String chunkedJsonl(String source, String text, int chunkChars)
      throws IOException {
    StringWriter out = new StringWriter();
    QuantityWriter w = QuantityWriter.Format.JSONL.on(out);
    Collected c = read(text.getBytes(StandardCharsets.UTF_8), null, 4096, chunkChars);
    for (int i = 0; i < c.chunks.size(); i++) {
      Document d = ZHIBIAO.extract(c.chunks.get(i));
      w.write(source, d, c.offsets.get(i));
    }
    w.endInput(source);
    w.flush();
    return out.toString();
  }

  /** The finder's fields of each JSONL record (start to qualifier), without the indicator's. */
  private static List<String> quantityFields(String jsonl) {
    return jsonl.lines().map(l -> l.substring(0, l.indexOf(",\"indicator\""))).toList();
  }

  /**
   * A seed in one chunk (through the streaming decoder) gives the whole-file output exactly. In
   * small chunks the quantities are still the same; indicator fields may differ near a cut, since
   * headline/body merging, section attribution and the normalizer's layout statistics work within
   * a chunk (the README's caveat).
   */
  @Test
  void extractByChunks_seeds_sameAsWhole() throws IOException {
    List<String> seeds = seeds();
    int records = 0;
    for (int i = 0; i < seeds.size(); i++) {
      String whole = wholeJsonl("seed" + i, seeds.get(i));
      records += whole.lines().count();
      assertThat(chunkedJsonl("seed" + i, seeds.get(i), ChunkedText.CHUNK_CHARS))
          .as("seed %d", i).isEqualTo(whole);
      assertThat(quantityFields(chunkedJsonl("seed" + i, seeds.get(i), 4000)))
          .as("seed %d in chunks of 4000", i).isEqualTo(quantityFields(whole));
    }
    assertThat(records).isGreaterThan(100);
  }

  /** Self-contained paragraphs (each names its province), as a news feed would be. */
  private static String syntheticFeed(int chars) {
    List<String> provinces = List.of("广西", "海南", "浙江", "山西", "吉林", "河北", "江苏");
    StringBuilder b = new StringBuilder();
    for (int i = 0; b.length() < chars; i++) {
      String p = provinces.get(i % provinces.size());
      b.append(p).append("：全省重大项目总投资约").append(100 + i % 997).append("亿元，同比增长")
          .append(i % 50).append('.').append(i % 10).append("%。");
      if (i % 3 == 0) b.append("\n其中新开工项目").append(i % 90 + 10).append("个，完成投资")
          .append(i % 40 + 1).append("亿元。");
      if (i % 5 == 0) b.append("2018年1-6月，规模以上工业增加值增长").append(i % 9).append(".5%。");
      b.append("\n\n");
    }
    return b.toString();
  }

  @Test
  void extractCommand_multiMegabyteFile_streamedInChunks_sameAsWhole() throws IOException {
    String feed = syntheticFeed(1_200_000);
    Path file = Files.writeString(dir.resolve("feed.txt"), feed, StandardCharsets.UTF_8);
    assertThat(Files.size(file)).isGreaterThan(2L * ChunkedText.WHOLE_BYTES);
    assertThat(feed.length()).as("more than one chunk").isGreaterThan(ChunkedText.CHUNK_CHARS);
    ExtractCommandTest.Run r = ExtractCommandTest.run("extract", file.toString());
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo(wholeJsonl(file.toString(), feed));

    // The seeds repeated to megabytes: the same quantities (indicators may differ near a cut).
    String seeds = String.join("\n\n", seeds()) + "\n\n";
    String big = seeds.repeat(1_200_000 / seeds.length() + 1);
    Path bigFile = Files.writeString(dir.resolve("seeds.txt"), big, StandardCharsets.UTF_8);
    ExtractCommandTest.Run s = ExtractCommandTest.run("extract", bigFile.toString());
    assertThat(s.err()).isEmpty();
    assertThat(quantityFields(s.out()))
        .isEqualTo(quantityFields(wholeJsonl(bigFile.toString(), big)));
  }
}
