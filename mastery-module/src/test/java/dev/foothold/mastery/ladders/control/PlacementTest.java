package dev.foothold.mastery.ladders.control;

import static dev.foothold.mastery.ladders.control.Placement.SelfRating.COMFORTABLE;
import static dev.foothold.mastery.ladders.control.Placement.SelfRating.MANAGEABLE;
import static dev.foothold.mastery.ladders.control.Placement.SelfRating.OUT_OF_REACH;
import static dev.foothold.mastery.ladders.control.Placement.SelfRating.STRETCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foothold.mastery.calibration.control.Band;
import dev.foothold.mastery.calibration.control.Calibration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacementTest {

  static final List<Double> RUNGS = List.of(-1.0, 0.0, 1.0, 2.0, 3.0);

  @Test
  void startsOneNotchAboveTheHighestComfortableRung() {
    var placed =
        Placement.place(List.of(COMFORTABLE, COMFORTABLE, MANAGEABLE), RUNGS, Band.DEFAULT);
    assertEquals(3, placed.startRung());
    assertTrue(placed.why().contains("rungs 1 to 2"), placed.why());
  }

  @Test
  void aRungThatIsNotComfortableStopsTheCountEvenWithAComfortableOneAbove() {
    var placed = Placement.place(List.of(COMFORTABLE, STRETCH, COMFORTABLE), RUNGS, Band.DEFAULT);
    assertEquals(2, placed.startRung());
  }

  @Test
  void nothingComfortableStartsAtTheBottom() {
    assertEquals(1, Placement.place(List.of(OUT_OF_REACH), RUNGS, Band.DEFAULT).startRung());
  }

  @Test
  void everythingComfortableStartsOnTheTopRungNotBeyond() {
    var all = List.of(COMFORTABLE, COMFORTABLE, COMFORTABLE, COMFORTABLE, COMFORTABLE);
    assertEquals(5, Placement.place(all, RUNGS, Band.DEFAULT).startRung());
  }

  @Test
  void theStartRungIsPredictedInTheMiddleOfTheTenantsBand() {
    var band = new Band(0.60, 0.80);
    var placed = Placement.place(List.of(COMFORTABLE, MANAGEABLE), RUNGS, band);
    double p = Calibration.predictedSuccess(placed.ability(), RUNGS.get(placed.startRung() - 1));
    assertEquals(0.70, p, 1e-9);
    double below = Calibration.predictedSuccess(placed.ability(), RUNGS.get(0));
    assertTrue(below > 0.85, "the comfortable rung below is predicted easy: " + below);
  }

  @Test
  void ratingsMustBeFewerThanRungsAndAtLeastOne() {
    assertThrows(
        IllegalArgumentException.class, () -> Placement.place(List.of(), RUNGS, Band.DEFAULT));
    assertThrows(
        IllegalArgumentException.class,
        () -> Placement.place(List.of(COMFORTABLE, COMFORTABLE), List.of(0.0), Band.DEFAULT));
  }
}
