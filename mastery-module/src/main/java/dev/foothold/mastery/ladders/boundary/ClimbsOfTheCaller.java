package dev.foothold.mastery.ladders.boundary;

import dev.foothold.mastery.evidence.boundary.CallersClimbs;
import dev.foothold.mastery.ladders.control.Climbing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Answers the evidence log's question whether a climb is the caller's own. */
@ApplicationScoped
public class ClimbsOfTheCaller implements CallersClimbs {

  @Inject Climbing climbing;

  @Override
  public void requireOwn(UUID climb) {
    climbing.mine(climb);
  }
}
