package dev.foothold.mastery.ladders.control;

import dev.foothold.mastery.ladders.control.LadderLibrary.LadderDraft;
import dev.foothold.mastery.ladders.control.LadderLibrary.RungDraft;
import dev.foothold.mastery.ladders.entity.LifeDomain;
import dev.foothold.mastery.ladders.entity.Stakes;
import dev.foothold.platform.module.PlatformReady;
import dev.foothold.platform.tenant.TenantId;
import dev.foothold.platform.tenant.TenantScope;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives the demo tenants ladders to climb when {@code foothold.demo.seed} is true and they have
 * none.
 */
@ApplicationScoped
public class DemoLadders {

  private static final Logger LOG = Logger.getLogger(DemoLadders.class.getName());

  static final LadderDraft SPEAKING =
      new LadderDraft(
          "Public speaking",
          LifeDomain.PROFESSIONAL,
          "From talking to one friend to giving a talk at a conference, one notch at a time.",
          List.of(
              new RungDraft(
                  "Two minutes for a friend",
                  "Tell one friend about something you care about for two minutes.",
                  "You keep going for the full two minutes.",
                  2,
                  Stakes.LOW,
                  3,
                  null),
              new RungDraft(
                  "A round at the dinner table",
                  "Tell a short story to three or four people at a meal.",
                  "Everyone hears the end of the story.",
                  3,
                  Stakes.LOW,
                  3,
                  3),
              new RungDraft(
                  "One point in a meeting",
                  "Make one prepared point in a team meeting.",
                  "You say it in your own words, without reading.",
                  5,
                  Stakes.MEDIUM,
                  3,
                  4),
              new RungDraft(
                  "Five minutes for the team",
                  "Present a piece of your work to your team for five minutes.",
                  "You finish and take at least one question.",
                  6,
                  Stakes.MEDIUM,
                  3,
                  5),
              new RungDraft(
                  "A talk at a meetup",
                  "Give a ten-minute talk to people you do not know.",
                  "You finish on time and answer questions.",
                  8,
                  Stakes.HIGH,
                  2,
                  6),
              new RungDraft(
                  "A conference talk",
                  "Give a talk at a conference.",
                  "You deliver it as planned.",
                  9,
                  Stakes.HIGH,
                  1,
                  7)));

  static final LadderDraft FEEDBACK =
      new LadderDraft(
          "Giving feedback to a colleague",
          LifeDomain.PROFESSIONAL,
          "Staff training: from noticing good work to a difficult conversation.",
          List.of(
              new RungDraft(
                  "Name one thing that worked",
                  "Tell a colleague one specific thing they did well this week.",
                  "You name the action, not just 'good job'.",
                  2,
                  Stakes.LOW,
                  3,
                  null),
              new RungDraft(
                  "Ask before you suggest",
                  "Ask a colleague whether they want a suggestion, then give one.",
                  "They hear it and reply.",
                  4,
                  Stakes.LOW,
                  3,
                  3),
              new RungDraft(
                  "Feedback on a missed step",
                  "Point out one missed step in a shared task, with what to do next time.",
                  "You describe what happened and agree on a next step.",
                  6,
                  Stakes.MEDIUM,
                  3,
                  5),
              new RungDraft(
                  "A difficult conversation",
                  "Raise a recurring problem with a colleague in a planned one-to-one.",
                  "You both leave with an agreed change.",
                  8,
                  Stakes.HIGH,
                  2,
                  6)));

  static final Map<String, List<LadderDraft>> LADDERS =
      Map.of("demo-coaching", List.of(SPEAKING), "demo-org", List.of(FEEDBACK));

  @Inject TenantScope scope;
  @Inject LadderLibrary library;

  @Inject
  @ConfigProperty(name = "foothold.demo.seed", defaultValue = "false")
  boolean seed;

  void onReady(@Observes @Priority(3000) PlatformReady ready) {
    if (!seed) {
      return;
    }
    LADDERS.forEach(
        (slug, drafts) ->
            scope.run(
                new TenantId(slug),
                () -> {
                  if (library.empty()) {
                    drafts.forEach(d -> library.create(d, "demo data"));
                    LOG.info(
                        () ->
                            "Demo data: wrote " + drafts.size() + " ladder(s) for '" + slug + "'");
                  }
                }));
  }
}
