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

  static final LadderDraft RUNNING =
      new LadderDraft(
          "Running",
          LifeDomain.ATHLETIC,
          "From a brisk walk with short jogs to running five kilometres without stopping.",
          List.of(
              new RungDraft(
                  "Walk and jog",
                  "Walk twenty minutes, jogging one minute in every five.",
                  "You finish the twenty minutes at a steady pace.",
                  2,
                  Stakes.LOW,
                  3,
                  null),
              new RungDraft(
                  "Jog and walk",
                  "Jog three minutes, walk two, four times over.",
                  "You complete all four rounds.",
                  4,
                  Stakes.LOW,
                  3,
                  4),
              new RungDraft(
                  "Ten minutes running",
                  "Run ten minutes without walking.",
                  "You keep running for the full ten minutes.",
                  6,
                  Stakes.LOW,
                  3,
                  5),
              new RungDraft(
                  "Five kilometres",
                  "Run five kilometres at your own pace.",
                  "You finish the distance without stopping.",
                  8,
                  Stakes.MEDIUM,
                  2,
                  6)));

  static final LadderDraft ASKING =
      new LadderDraft(
          "Asking for what you need",
          LifeDomain.SOCIAL,
          "From a small request to a shop assistant to asking for a change that matters to you.",
          List.of(
              new RungDraft(
                  "A small request",
                  "Ask a shop assistant or a neighbour for something small.",
                  "You ask clearly, whatever the answer.",
                  2,
                  Stakes.LOW,
                  3,
                  null),
              new RungDraft(
                  "Saying no once",
                  "Turn down one request you would usually accept against your wishes.",
                  "You say no kindly and do not take it back.",
                  4,
                  Stakes.LOW,
                  3,
                  3),
              new RungDraft(
                  "Asking for help at work",
                  "Ask a colleague or manager for help with a task you are stuck on.",
                  "You explain what you need and by when.",
                  6,
                  Stakes.MEDIUM,
                  3,
                  5),
              new RungDraft(
                  "Asking for a change",
                  "Ask for a change that matters to you, such as hours, a role or a boundary.",
                  "You make the request in a planned conversation.",
                  8,
                  Stakes.HIGH,
                  2,
                  6)));

  static final LadderDraft HUDDLE =
      new LadderDraft(
          "Leading the morning huddle",
          LifeDomain.PROFESSIONAL,
          "Staff training: from sharing one update to running the team's daily huddle alone.",
          List.of(
              new RungDraft(
                  "Share your update",
                  "Give your own update at the huddle in under a minute.",
                  "You say what you did, what is next and what blocks you.",
                  2,
                  Stakes.LOW,
                  3,
                  null),
              new RungDraft(
                  "Keep the time",
                  "Keep time at a huddle someone else leads, calling the next person.",
                  "The huddle ends within its fifteen minutes.",
                  4,
                  Stakes.LOW,
                  3,
                  3),
              new RungDraft(
                  "Lead it with a partner",
                  "Run the huddle with an experienced colleague beside you.",
                  "Everyone speaks and blockers get an owner.",
                  6,
                  Stakes.MEDIUM,
                  3,
                  5),
              new RungDraft(
                  "Lead it alone",
                  "Run the huddle on your own for a week.",
                  "Each day ends on time with every blocker owned.",
                  7,
                  Stakes.MEDIUM,
                  2,
                  6)));

  static final Map<String, List<LadderDraft>> LADDERS =
      Map.of(
          "demo-coaching",
          List.of(SPEAKING, RUNNING, ASKING),
          "demo-org",
          List.of(FEEDBACK, HUDDLE));

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
