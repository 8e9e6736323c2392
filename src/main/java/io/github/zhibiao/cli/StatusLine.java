package io.github.zhibiao.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The one line at the bottom of standard error that {@link Progress} rewrites in place, and the
 * writers that keep it out of the way of every other line.
 *
 * <p>The line is drawn as {@code \r} and the text, padded with spaces over any longer text drawn
 * before, with no line end; it is erased as {@code \r}, spaces and {@code \r}, which leaves the
 * cursor at the start of an empty line. Messages on standard error go through {@link #messages()},
 * which erases the line before writing, so that {@code zhibiao: cannot read …} is a line of its
 * own; the line is not drawn while a message has been started but not ended. Standard output
 * that may share the screen goes through {@link #before}, which erases the line before its
 * characters are passed on and before every flush (so before they reach the screen), and is
 * likewise not drawn over while its last line is open. Nothing here throws: if standard error
 * fails, the line is no longer drawn. Not thread-safe; one per run.
 */
final class StatusLine {
  private final Writer err;
  /** Columns of the line drawn since it was last erased; 0 if nothing is shown. */
  private int width;
  /** The writers handed out: while one has a line started and not ended, nothing is drawn. */
  private final List<Guard> guards = new ArrayList<>(2);
  private boolean failed;

  /** @param err standard error, written to directly */
  StatusLine(Writer err) {
    this.err = err;
  }

  /** Draws {@code text} (ASCII, one line) in place of the line shown, if any. */
  void show(String text) {
    if (failed) return;
    for (Guard g : guards) {
      if (g.open) return;
    }
    StringBuilder b = new StringBuilder(1 + Math.max(width, text.length()));
    b.append('\r').append(text);
    for (int i = text.length(); i < width; i++) b.append(' ');
    try {
      err.write(b.toString());
      err.flush();
      width = Math.max(width, text.length());
    } catch (IOException | RuntimeException e) {
      failed = true;
    }
  }

  /** Whether a line is shown. */
  boolean shown() {
    return width > 0;
  }

  /** Erases the line, if one is shown, leaving the cursor at the start of the emptied line. */
  void erase() {
    if (width == 0) return;
    StringBuilder b = new StringBuilder(width + 2).append('\r');
    for (int i = 0; i < width; i++) b.append(' ');
    b.append('\r');
    width = 0;
    try {
      err.write(b.toString());
      err.flush();
    } catch (IOException | RuntimeException e) {
      failed = true;
    }
  }

  /** Standard error for messages: the line is erased before anything is written. */
  Writer messages() {
    Guard g = new Guard(err, false);
    guards.add(g);
    return g;
  }

  /** {@code out}, which may share the screen: the line is erased before it writes or flushes. */
  Writer before(Writer out) {
    Guard g = new Guard(out, true);
    guards.add(g);
    return g;
  }

  /** Erases the line before passing characters on, and tracks whether a line was left open. */
  private final class Guard extends Writer {
    private final Writer to;
    private final boolean eraseOnFlush;
    /** Whether the last character passed on was not a line end. */
    private boolean open;

    Guard(Writer to, boolean eraseOnFlush) {
      this.to = to;
      this.eraseOnFlush = eraseOnFlush;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      if (len <= 0) return;
      erase();
      to.write(cbuf, off, len);
      settle();
      open = cbuf[off + len - 1] != '\n';
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      if (len <= 0) return;
      erase();
      to.write(s, off, len);
      settle();
      open = s.charAt(off + len - 1) != '\n';
    }

    @Override
    public void write(int c) throws IOException {
      erase();
      to.write(c);
      settle();
      open = (char) c != '\n';
    }

    /**
     * When standard output shares the terminal, pushes what was written to the screen at once:
     * {@link #open} must describe the screen, and an encoder may hold back part of a line (even
     * half a UTF-8 character) that the status line would then overwrite.
     */
    private void settle() throws IOException {
      if (eraseOnFlush) to.flush();
    }

    @Override
    public void flush() throws IOException {
      if (eraseOnFlush) erase();
      to.flush();
    }

    @Override
    public void close() throws IOException {
      to.close();
    }
  }
}
