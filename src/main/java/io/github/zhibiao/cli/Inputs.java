package io.github.zhibiao.cli;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Expands command-line PATH arguments into the inputs to read.
 *
 * <p>{@code -} is standard input; a directory stands for every regular file named {@code *.txt}
 * below it, in sorted order (name by name, so a directory's files stay together); anything else is
 * a file, read whatever its name. Inside a directory, symbolic links to files are read but symbolic
 * links to directories are not descended into, so a link loop cannot trap the walk; a directory
 * given on the command line is followed even if it is a link.
 */
final class Inputs {
  /**
   * One input.
   *
   * @param source the name to report: the argument as given, the path found under a directory
   *     argument, or {@code -}
   * @param path the file, or null for standard input
   */
  record Input(String source, Path path) {
    boolean isStdin() {
      return path == null;
    }
  }

  /** Orders paths name element by name element, by UTF-16 code units: the same on every OS. */
  static final Comparator<Path> BY_NAMES =
      (a, b) -> {
        int n = Math.min(a.getNameCount(), b.getNameCount());
        for (int i = 0; i < n; i++) {
          int c = a.getName(i).toString().compareTo(b.getName(i).toString());
          if (c != 0) return c;
        }
        return Integer.compare(a.getNameCount(), b.getNameCount());
      };

  private Inputs() {}

  /**
   * The inputs one argument stands for.
   *
   * @param onError told about each directory or entry that could not be read, with the name to
   *     report and the cause; the others are still returned
   */
  static List<Input> expand(String arg, BiConsumer<String, Exception> onError) {
    if (arg.equals("-")) return List.of(new Input("-", null));
    Path path;
    try {
      path = Path.of(arg);
    } catch (InvalidPathException e) {
      onError.accept(arg, e);
      return List.of();
    }
    if (!Files.isDirectory(path)) return List.of(new Input(arg, path));
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(path, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new Collector(path, found, onError));
    } catch (IOException | RuntimeException e) {
      onError.accept(arg, e);
    }
    found.sort(BY_NAMES);
    List<Input> inputs = new ArrayList<>(found.size());
    for (Path p : found) inputs.add(new Input(p.toString(), p));
    return inputs;
  }

  /** Collects {@code *.txt} files; does not descend into linked directories below the root. */
  private static final class Collector implements FileVisitor<Path> {
    private final Path root;
    private final List<Path> found;
    private final BiConsumer<String, Exception> onError;

    Collector(Path root, List<Path> found, BiConsumer<String, Exception> onError) {
      this.root = root;
      this.found = found;
      this.onError = onError;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      if (!dir.equals(root) && Files.isSymbolicLink(dir)) return FileVisitResult.SKIP_SUBTREE;
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      // With FOLLOW_LINKS, attrs are the target's; a dangling link has link attributes: skipped.
      if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".txt")) found.add(file);
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      if (!(e instanceof FileSystemLoopException)) {
        onError.accept(file.toString(), e);
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
      if (e != null) onError.accept(dir.toString(), e);
      return FileVisitResult.CONTINUE;
    }
  }
}
