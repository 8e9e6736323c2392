package io.github.zhibiao.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code zhibiao} command line: {@code java -jar target/zhibiao.jar extract PATH...}.
 *
 * <p>Exit status: 0 on success, 2 on a usage error or when any input could not be read (the
 * other inputs are still processed). Messages go to standard error, one line each, with no stack
 * trace unless {@code --debug}.
 */
@Command(
    name = "zhibiao",
    mixinStandardHelpOptions = true,
    version = "zhibiao 0.1.0-SNAPSHOT",
    description = "Exact figures from Chinese economic text.",
    subcommands = {ExtractCommand.class})
public final class Main implements Runnable {
  /** Exit status when everything went well. */
  static final int OK = 0;
  /** Exit status for a usage error or an input that could not be read. */
  static final int INPUT_ERROR = 2;

  private final InputStream in;
  private final PrintWriter out;
  private final PrintWriter err;

  Main(InputStream in, PrintWriter out, PrintWriter err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  InputStream in() {
    return in;
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        new CommandLine(this), "missing command: try 'zhibiao extract --help'");
  }

  /** Runs the CLI and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  /** Runs the CLI in-process and returns the exit status; output is UTF-8 whatever the platform. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
    PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    Main main = new Main(in, o, e);
    CommandLine cli = new CommandLine(main);
    cli.setOut(o);
    cli.setErr(e);
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          boolean debug = parseResult.originalArgs().contains("--debug");
          e.println("zhibiao: " + ex);
          if (debug) ex.printStackTrace(e);
          return INPUT_ERROR;
        });
    int status = cli.execute(args);
    o.flush();
    e.flush();
    return status == 1 ? INPUT_ERROR : status;
  }
}
