package io.github.zhibiao.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * What a run's standard streams are attached to, as far as Java can tell, and the clock that paces
 * its progress line.
 *
 * <p>Java 17 cannot ask whether standard error is a terminal. {@link #detect()} therefore reads, on
 * Linux, where {@code /proc/self/fd/2} and {@code /proc/self/fd/1} link to: a terminal is {@code
 * /dev/pts/N}, {@code /dev/tty…} or {@code /dev/console}; a file, pipe or socket is not. Where
 * there is no such link (macOS, Windows, a Linux without {@code /proc}) it falls back on {@link
 * System#console()}, which is non-null when standard input and standard output are terminals and
 * says nothing about standard error. With that fallback, piping or redirecting standard input or
 * output ({@code zhibiao totals dir > out.txt}, {@code cat a.txt | zhibiao extract -}) turns
 * progress off although standard error is still the terminal ({@code --progress} turns it back
 * on), and redirecting only standard error ({@code 2> log}) leaves it on ({@code --quiet} turns it
 * off). On Java 22 and later, where {@code System.console()} is non-null even when nothing is a
 * terminal, {@code Console.isTerminal()} is asked instead (by reflection: Java 17 has no such
 * method). Detection never throws: anything unexpected means "not a terminal".
 *
 * @param stderr whether standard error is a terminal: progress is then shown unless {@code --quiet}
 * @param sharedWithStdout whether standard output may appear on the same screen as standard error,
 *     so that the progress line must be erased before output is written (true when unsure)
 * @param nanoClock a monotonic clock in nanoseconds, {@link System#nanoTime} but in tests
 */
record Terminal(boolean stderr, boolean sharedWithStdout, LongSupplier nanoClock) {
  /** No terminal: a run on in-memory streams, as {@link Main#run} is. */
  static Terminal none() {
    return new Terminal(false, false, System::nanoTime);
  }

  /** The process's own standard streams, as far as they can be told apart. */
  static Terminal detect() {
    String err = link(2);
    String out = link(1);
    if (err != null && out != null) {
      boolean errTty = isTty(err);
      // Both terminals: taken for the same screen (erasing the line for another is harmless).
      return new Terminal(errTty, errTty && isTty(out), System::nanoTime);
    }
    return new Terminal(console(), true, System::nanoTime);
  }

  /** Where {@code /proc/self/fd/FD} links to, or null if that cannot be read. */
  private static String link(int fd) {
    try {
      return Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
    } catch (Exception | LinkageError e) {
      return null;
    }
  }

  /** Whether a {@code /proc/self/fd} link names a terminal device. */
  static boolean isTty(String link) {
    return link.startsWith("/dev/pts/") || link.startsWith("/dev/tty")
        || link.equals("/dev/console");
  }

  /** {@code System.console()} is non-null and, where Java can say so, a terminal. */
  private static boolean console() {
    try {
      Console console = System.console();
      if (console == null) return false;
      Method isTerminal;
      try {
        isTerminal = Console.class.getMethod("isTerminal");
      } catch (NoSuchMethodException e) {
        return true; // Java 17 to 21: non-null means standard input and output are terminals
      }
      return Boolean.TRUE.equals(isTerminal.invoke(console));
    } catch (Exception | LinkageError e) {
      return false;
    }
  }
}
