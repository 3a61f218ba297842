package dev.foothold.deploy.stack;

import java.io.PrintStream;

/** Progress lines for a person watching a start-up. */
@FunctionalInterface
public interface Progress {

  /**
   * @param format a {@link String#format} pattern
   * @param args its arguments
   */
  void note(String format, Object... args);

  /**
   * @param out where to print
   * @return progress printed as lines
   */
  static Progress to(PrintStream out) {
    return (format, args) -> {
      out.println(String.format(format, args));
      out.flush();
    };
  }
}
