package dev.foothold.deploy.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foothold.platform.operations.OperatorFigures.Figure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {

  @Test
  void gaugesAreTypedOnceAndLabelValuesEscaped() {
    var labels = new LinkedHashMap<String, String>();
    labels.put("tenant", "a\"b");
    labels.put("state", "trial");
    var text =
        PrometheusText.of(
            List.of(
                new Figure("foothold_subscriptions", labels, 3),
                new Figure("foothold_subscriptions", Map.of("tenant", "c"), 1),
                new Figure("foothold_monthly_recurring_revenue", Map.of(), 12.5)));
    assertEquals(
        """
        # TYPE foothold_subscriptions gauge
        foothold_subscriptions{tenant="a\\"b",state="trial"} 3
        foothold_subscriptions{tenant="c"} 1
        # TYPE foothold_monthly_recurring_revenue gauge
        foothold_monthly_recurring_revenue 12.5
        """,
        text);
  }
}
