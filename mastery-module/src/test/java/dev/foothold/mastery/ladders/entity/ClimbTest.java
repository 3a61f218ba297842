package dev.foothold.mastery.ladders.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClimbTest {

  static Ladder ladder(int rungs) {
    var ladder =
        new Ladder(
            UUID.randomUUID(), 1, "Speaking", LifeDomain.SOCIAL, null, "coach", Instant.EPOCH);
    for (int i = 0; i < rungs; i++) {
      ladder.addRung("Rung " + (i + 1), "task", "criteria", Stakes.LOW, 2, null, 0);
    }
    return ladder;
  }

  @Test
  void anAssignedClimbIsOverdueOnlyAfterItsDateWhileUnfinished() {
    var climb = new Climb("p", ladder(1), 1, 0, Instant.EPOCH, "manager", LocalDate.of(2026, 5, 1));
    assertFalse(climb.overdue(LocalDate.of(2026, 5, 1), 0), "due today is not yet overdue");
    assertTrue(climb.overdue(LocalDate.of(2026, 5, 2), 0));
    assertFalse(climb.overdue(LocalDate.of(2026, 5, 4), 3), "three paused days push the date back");
    assertTrue(climb.overdue(LocalDate.of(2026, 5, 5), 3));
    climb.advance(); // the top rung, finished
    assertEquals(Climb.Status.COMPLETED, climb.status());
    assertFalse(climb.overdue(LocalDate.of(2026, 6, 1), 0), "a finished ladder is never overdue");
  }

  @Test
  void aNotYetResetsTheStreakButKeepsTheRung() {
    var climb = new Climb("p", ladder(3), 1, 0, Instant.EPOCH);
    climb.countSuccess();
    climb.countSuccess();
    climb.advance();
    climb.countSuccess();
    climb.resetStreak();
    assertEquals(2, climb.currentRung());
    assertEquals(0, climb.streak());
  }

  @Test
  void withoutADateNothingIsOverdue() {
    assertFalse(
        new Climb("p", ladder(2), 1, 0, Instant.EPOCH).overdue(LocalDate.of(2099, 1, 1), 0));
  }
}
