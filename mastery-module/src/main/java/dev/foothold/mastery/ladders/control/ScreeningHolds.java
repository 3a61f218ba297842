package dev.foothold.mastery.ladders.control;

import dev.foothold.platform.event.ScreeningCleared;
import dev.foothold.platform.event.ScreeningFlagged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Holds a person's climbs when their screen answers call for a conversation first, and lifts those
 * holds when a coach has had it. Runs in the transaction that recorded the answer.
 */
@ApplicationScoped
public class ScreeningHolds {

  @Inject Pauses pauses;

  void hold(@Observes ScreeningFlagged flagged) {
    pauses.holdAll(flagged.person().value(), "Screen: a conversation with your coach comes first");
  }

  void lift(@Observes ScreeningCleared cleared) {
    pauses.releaseAll(cleared.person().value());
  }
}
