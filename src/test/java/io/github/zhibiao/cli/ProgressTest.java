package io.github.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The progress line: what it says, when it is drawn, and how it keeps out of other lines. */
class ProgressTest {
  private static final long SECOND = 1_000_000_000L;
  private static final long MS = 1_000_000L;

  /** A clock the test sets. */
  private static final class Clock {
    long now = 5 * SECOND; // not zero: the start is whatever the clock says

    long get() {
      return now;
    }
  }

  private final Clock clock = new Clock();
  private final StringWriter err = new StringWriter();
  private final StatusLine line = new StatusLine(err);

  private Progress progress(long... sizes) {
    return new Progress(line, clock::get, sizes);
  }

  /**
   * What a terminal shows for {@code s}, line by line without trailing spaces: {@code \r} returns
   * to the line's start, and text overwrites what was there.
   */
  static List<String> screen(String s) {
    List<String> lines = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int col = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        col = 0;
      } else if (c == '\n') {
        lines.add(withoutTrailingSpaces(cur));
        cur.setLength(0);
        col = 0;
      } else {
        if (col < cur.length()) cur.setCharAt(col, c);
        else cur.append(c);
        col++;
      }
    }
    lines.add(withoutTrailingSpaces(cur));
    return lines;
  }

  private static String withoutTrailingSpaces(CharSequence s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') end--;
    return s.subSequence(0, end).toString();
  }

  @Test
  void text_filesBytesRateEta() {
    Progress p = progress(3_000_000, 1_000_000);
    clock.now += 2 * SECOND;
    p.read(3_000_000);
    p.done();
    // 3 MB in 2 s: 1.5 MB/s; 1 MB left: 0.67 s, rounded up.
    assertThat(p.text(clock.now)).isEqualTo("files 1/2  MB 3.0/4.0  1.5 MB/s  ETA 1s");
    clock.now += 6 * SECOND;
    assertThat(p.text(clock.now)).isEqualTo("files 1/2  MB 3.0/4.0  0.4 MB/s  ETA 3s");
  }

  @Test
  void text_longRun_minutesAndHours() {
    Progress p = progress(812_000_000, 1_000_000_000);
    clock.now += 10 * SECOND;
    p.read(41_000_000);
    // 4.1 MB/s; 1771 MB left: 431.95 s.
    assertThat(p.text(clock.now)).isEqualTo("files 0/2  MB 41.0/1812.0  4.1 MB/s  ETA 7m12s");
    clock.now += 90 * SECOND;
    assertThat(p.text(clock.now)).isEqualTo("files 0/2  MB 41.0/1812.0  0.4 MB/s  ETA 1h12m");
  }

  @Test
  void text_unknownTotal_noTotalNoEta() {
    Progress p = progress(1_000_000, -1);
    clock.now += 2 * SECOND;
    p.read(1_000_000);
    p.done();
    p.read(1_400_000);
    assertThat(p.text(clock.now)).isEqualTo("files 1/2  MB 2.4  1.2 MB/s");
  }

  @Test
  void text_nothingReadYet_noEta() {
    Progress p = progress(1_000_000);
    clock.now += 2 * SECOND;
    assertThat(p.text(clock.now)).isEqualTo("files 0/1  MB 0.0/1.0  0.0 MB/s");
  }

  @Test
  void done_inputEndedEarly_countsItsWholeSize_fileGrown_totalFollows() {
    Progress p = progress(5_000_000, 2_000_000);
    clock.now += SECOND;
    p.read(1_000_000); // a binary file: only its first megabyte is read
    p.done();
    assertThat(p.text(clock.now)).startsWith("files 1/2  MB 5.0/7.0  5.0 MB/s");
    p.read(3_000_000); // the second file grew since it was measured
    p.done();
    assertThat(p.text(clock.now)).isEqualTo("files 2/2  MB 8.0/8.0  8.0 MB/s  ETA 0s");
  }

  @Test
  void duration() {
    assertThat(Progress.duration(0)).isEqualTo("0s");
    assertThat(Progress.duration(59)).isEqualTo("59s");
    assertThat(Progress.duration(60)).isEqualTo("1m00s");
    assertThat(Progress.duration(190)).isEqualTo("3m10s");
    assertThat(Progress.duration(3599)).isEqualTo("59m59s");
    assertThat(Progress.duration(3600)).isEqualTo("1h00m");
    assertThat(Progress.duration(7500)).isEqualTo("2h05m");
  }

  @Test
  void firstSecond_nothingDrawn() {
    Progress p = progress(10, 10);
    clock.now += 999 * MS;
    p.read(10);
    p.done();
    assertThat(err.toString()).isEmpty();
    clock.now += MS;
    p.read(5);
    // 15 bytes in a second, 5 left.
    assertThat(err.toString()).isEqualTo("\rfiles 1/2  MB 0.0/0.0  0.0 MB/s  ETA 1s");
  }

  @Test
  void redraws_atMostFiveTimesASecond() {
    Progress p = progress(100_000_000);
    clock.now += 2 * SECOND;
    p.read(1_000_000);
    assertThat(err.toString()).isEqualTo("\rfiles 0/1  MB 1.0/100.0  0.5 MB/s  ETA 3m18s");
    for (int i = 0; i < 19; i++) {
      clock.now += 10 * MS;
      p.read(1_000_000);
    }
    assertThat(err.toString()).as("190 ms later").doesNotContain("MB 2.0");
    clock.now += 10 * MS;
    p.read(1_000_000);
    // Two spaces cover the end of the longer line drawn before.
    assertThat(err.toString()).endsWith("\rfiles 0/1  MB 21.0/100.0  9.5 MB/s  ETA 9s  ");
    assertThat(err.toString().chars().filter(c -> c == '\r').count()).isEqualTo(2);
  }

  @Test
  void shorterLine_padsOverTheLonger_finish_erasesAll() {
    Progress p = progress(-1);
    clock.now += 2 * SECOND;
    p.read(100_000_000);
    clock.now += 10 * SECOND;
    p.read(1);
    assertThat(screen(err.toString())).containsExactly("files 0/1  MB 100.0  8.3 MB/s");
    p.finish();
    assertThat(err.toString()).endsWith("\r" + " ".repeat(30) + "\r");
    assertThat(screen(err.toString())).containsExactly("");
    assertThat(line.shown()).isFalse();
  }

  @Test
  void finish_nothingDrawn_writesNothing() {
    Progress p = progress(10);
    p.read(10);
    p.done();
    p.finish();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void off_drawsNothing() {
    Progress p = Progress.off();
    p.read(10);
    p.done();
    p.finish();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void message_erasesTheLineFirst_lineDrawnAgainAfter() {
    PrintWriter messages = new PrintWriter(line.messages(), true);
    Progress p = progress(0, 0, 0);
    clock.now += 2 * SECOND;
    p.done();
    messages.println("zhibiao: cannot read b.txt: no such file");
    clock.now += SECOND;
    p.done();
    assertThat(err.toString()).contains("\rfiles 1/3").contains("\rfiles 2/3");
    assertThat(screen(err.toString())).containsExactly(
        "zhibiao: cannot read b.txt: no such file", "files 2/3  MB 0.0/0.0  0.0 MB/s");
  }

  @Test
  void messageNotEnded_lineNotDrawnOverIt() {
    PrintWriter messages = new PrintWriter(line.messages(), true);
    Progress p = progress(0, 0);
    clock.now += 2 * SECOND;
    messages.print("zhibiao: half");
    p.done();
    assertThat(err.toString()).isEqualTo("zhibiao: half");
    messages.println(" a line");
    clock.now += SECOND;
    p.done();
    assertThat(screen(err.toString()))
        .containsExactly("zhibiao: half a line", "files 2/2  MB 0.0/0.0  0.0 MB/s");
  }

  @Test
  void sharedOutput_erasesTheLineBeforeWritingAndFlushing() throws IOException {
    Writer out = line.before(err); // standard output on the same screen
    Progress p = progress(10, 10);
    clock.now += 2 * SECOND;
    p.done();
    assertThat(line.shown()).isTrue();
    out.write("{\"a\":1}\n");
    assertThat(line.shown()).isFalse();
    clock.now += SECOND;
    p.read(1);
    out.flush();
    assertThat(line.shown()).isFalse();
    assertThat(screen(err.toString())).containsExactly("{\"a\":1}", "");
  }

  @Test
  void failingStandardError_neverThrows_stopsDrawing() {
    int[] writes = {0};
    Writer broken = new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        writes[0]++;
        throw new IOException("broken pipe");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    StatusLine l = new StatusLine(broken);
    Progress p = new Progress(l, clock::get, new long[] {10, 10});
    clock.now += 2 * SECOND;
    p.done();
    clock.now += SECOND;
    p.done();
    p.finish();
    assertThat(writes[0]).isEqualTo(1);
  }

  @Test
  void terminalDevices() {
    assertThat(Terminal.isTty("/dev/pts/3")).isTrue();
    assertThat(Terminal.isTty("/dev/tty1")).isTrue();
    assertThat(Terminal.isTty("/dev/console")).isTrue();
    assertThat(Terminal.isTty("pipe:[12345]")).isFalse();
    assertThat(Terminal.isTty("/dev/null")).isFalse();
    assertThat(Terminal.isTty("/home/me/out.txt")).isFalse();
    assertThat(Terminal.isTty("socket:[99]")).isFalse();
    Terminal.detect(); // whatever this process is attached to, it does not throw
    assertThat(Terminal.none().stderr()).isFalse();
    assertThat(Terminal.none().sharedWithStdout()).isFalse();
  }

  /**
   * Standard output on the same screen goes through an encoder that may hold back bytes; what the
   * guard passed on must be on the screen before the status line is drawn over it.
   */
  @Test
  void standardOutputReachesTheScreenBeforeTheLineIsDrawn() throws IOException {
    StringBuilder screen = new StringBuilder();
    Writer terminal = new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) {
        screen.append(cbuf, off, len);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    StatusLine line = new StatusLine(terminal);
    // what an OutputStreamWriter is to the screen: it passes text on only when flushed
    StringWriter held = new StringWriter();
    Writer encoder = new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) {
        held.write(cbuf, off, len);
      }

      @Override
      public void flush() {
        screen.append(held);
        held.getBuffer().setLength(0);
      }

      @Override
      public void close() {}
    };
    Writer out = line.before(encoder);
    out.write("第一行\n");
    line.show("files 1/2");
    out.write("第二行\n");
    out.flush();
    assertThat(screen.toString()).startsWith("第一行\n\rfiles 1/2");
    assertThat(screen.toString()).endsWith("第二行\n");
  }
}
