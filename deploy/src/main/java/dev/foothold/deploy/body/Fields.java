package dev.foothold.deploy.body;

import java.util.regex.Pattern;

/** How a body's field paths are written in problems: {@code rungs[1].title}. */
final class Fields {

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_$-]{1,64}");

  private Fields() {}

  /**
   * @return a field name from outside, fit to show: itself when plain, else a neutral stand-in
   */
  static String shown(String name) {
    return PLAIN.matcher(name).matches() ? name : "(a field with an unusual name)";
  }

  static String member(String path, String name) {
    return path.isEmpty() ? shown(name) : path + "." + shown(name);
  }

  static String element(String path, int index) {
    return (path.isEmpty() ? "request" : path) + "[" + index + "]";
  }

  static String entry(String path, String key) {
    return (path.isEmpty() ? "request" : path) + "[" + shown(key) + "]";
  }

  static String orRequest(String path) {
    return path.isEmpty() ? "request" : path;
  }
}
