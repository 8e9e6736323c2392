package io.github.zhibiao.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Short, one-line wording of the errors the CLI reports on standard error. */
final class Messages {
  private Messages() {}

  /** Why an input could not be read, in a few words: {@code no such file}. */
  static String reason(Throwable e) {
    if (e instanceof NoSuchFileException) return "no such file";
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof FileSystemLoopException) return "symbolic link loop";
    if (e instanceof NotDirectoryException) return "not a directory";
    if (e instanceof InvalidPathException) return "invalid path";
    if (e instanceof OutOfMemoryError) return "too large to read into memory";
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return oneLine(lowerFirst(fse.getReason()));
    }
    String m = e.getMessage();
    return oneLine(m == null || m.isBlank() ? e.getClass().getSimpleName() : m);
  }

  /** {@code s} with line breaks turned into spaces, so that a message stays on one line. */
  static String oneLine(String s) {
    return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }

  private static String lowerFirst(String s) {
    if (s.length() >= 2 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
      return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    return s;
  }
}
