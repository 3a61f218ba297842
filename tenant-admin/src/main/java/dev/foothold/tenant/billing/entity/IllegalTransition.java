package dev.foothold.tenant.billing.entity;

import dev.foothold.platform.problem.ProblemException;
import java.util.Map;

/** A subscription was asked to move to a state that may not follow its current one. */
public class IllegalTransition extends ProblemException {

  private static final long serialVersionUID = 1L;

  /**
   * @param from the current state
   * @param to the refused state
   */
  public IllegalTransition(SubscriptionState from, SubscriptionState to) {
    super(
        409,
        "illegal-subscription-transition",
        "That change of subscription is not possible",
        "A subscription that is " + words(from) + " cannot become " + words(to) + ".",
        Map.of("from", from.wire(), "to", to.wire()));
  }

  private static String words(SubscriptionState state) {
    return state.wire().replace('_', ' ');
  }
}
