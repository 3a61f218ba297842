package dev.foothold.deploy.operations;

import dev.foothold.platform.operations.OperatorFigures.Figure;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes figures in the Prometheus text exposition format (version 0.0.4), all as gauges. */
final class PrometheusText {

  private PrometheusText() {}

  /**
   * @param figures the readings, grouped by name in the order given
   * @return the exposition text
   */
  static String of(List<Figure> figures) {
    var out = new StringBuilder();
    var typed = new HashSet<String>();
    for (var figure : figures) {
      if (typed.add(figure.name())) {
        out.append("# TYPE ").append(figure.name()).append(" gauge\n");
      }
      out.append(figure.name());
      if (!figure.labels().isEmpty()) {
        out.append(
            figure.labels().entrySet().stream()
                .map(label -> label.getKey() + "=\"" + escape(label.getValue()) + "\"")
                .collect(Collectors.joining(",", "{", "}")));
      }
      out.append(' ').append(number(figure.value())).append('\n');
    }
    return out.toString();
  }

  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%s", value);
  }
}
