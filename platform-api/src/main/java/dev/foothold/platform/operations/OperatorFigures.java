package dev.foothold.platform.operations;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A source of figures that only platform operators may read, such as subscription counts and
 * revenue per tenant. The platform serves every source's figures at {@code /metrics} to holders of
 * the realm role {@code platform-operator}, in the Prometheus text format.
 *
 * <p>Implementations are application-scoped CDI beans; {@link #figures()} is called per request, so
 * it must not touch the database (keep the latest figures in memory).
 */
public interface OperatorFigures {

  /**
   * @return the current figures; never {@code null}, empty when there is nothing to report yet
   */
  List<Figure> figures();

  /**
   * One gauge reading.
   *
   * @param name a Prometheus metric name ({@code [a-zA-Z_:][a-zA-Z0-9_:]*})
   * @param labels label names and values, in the order to print them; never {@code null}
   * @param value the reading
   */
  record Figure(String name, Map<String, String> labels, double value) {

    /** Checks the name and copies the labels. */
    public Figure {
      Objects.requireNonNull(name, "name");
      if (!name.matches("[a-zA-Z_:][a-zA-Z0-9_:]*")) {
        throw new IllegalArgumentException("Not a metric name: " + name);
      }
      labels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(labels));
    }
  }
}
