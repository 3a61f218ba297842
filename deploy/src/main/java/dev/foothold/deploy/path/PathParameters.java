package dev.foothold.deploy.path;

import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.tenant.TenantId;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The rule for each path parameter name of Foothold's API, in one place: what a value must look
 * like, and the problem that answers one that does not. A value that breaks its rule names nothing
 * that could exist, so it is refused before a resource method runs, and never reaches a parser or
 * the database (where a blank person or a malformed id used to end in a 500).
 */
public final class PathParameters {

  /** One parameter's shape, and the refusal of a value without it. */
  record Rule(Predicate<String> shape, int status, String type, String title, String detail) {

    void require(String value) {
      if (value == null || !shape.test(value)) {
        throw new ProblemException(status, type, title, detail);
      }
    }
  }

  /** A UUID in its canonical form only: 8-4-4-4-12 hexadecimal digits. */
  private static final Predicate<String> UUID =
      Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}")
          .asMatchPredicate();

  /**
   * A person's subject: 1 to 255 characters, none of them a space, a control or format character,
   * or a separator. Keycloak's are UUIDs, but a federated user's is not, so the shape stays open.
   */
  private static final Predicate<String> SUBJECT =
      Pattern.compile("[^\\s\\p{Z}\\p{Cc}\\p{Cf}/\\\\]{1,255}").asMatchPredicate();

  private static final Rule PERSON =
      new Rule(
          SUBJECT,
          404,
          "member-not-found",
          "No such member",
          "Nobody with this id is a member here: a person's id has 1 to 255 characters and no"
              + " spaces.");

  static final Map<String, Rule> RULES =
      Map.of(
          "slug",
          new Rule(
              TenantId::isValid,
              404,
              "tenant-not-found",
              "Tenant not found",
              "No tenant has this name: a tenant's name is 2 to 63 lower-case letters, digits and"
                  + " single hyphens."),
          "id",
          new Rule(
              UUID,
              404,
              "not-found",
              "Not found",
              "There is nothing at this address: an id here is a UUID such as"
                  + " 3f2a8c1e-5b7d-4e9a-8c6f-0d1e2f3a4b5c."),
          "entry",
          new Rule(
              UUID,
              404,
              "entry-not-found",
              "No such entry",
              "There is no such evidence entry here: an entry's id is a UUID."),
          "person",
          PERSON,
          "subject",
          PERSON,
          "name",
          new Rule(
              Pattern.compile("[^\\p{Cc}\\p{Cf}]{1,80}").asMatchPredicate(),
              400,
              "invalid-group-name",
              "Not a group's name",
              "A group's name has 1 to 80 characters and no control characters."),
          "domain",
          new Rule(
              Pattern.compile("[A-Za-z0-9.-]{1,253}").asMatchPredicate(),
              404,
              "domain-not-found",
              "No such domain",
              "This tenant has not claimed such a domain: a domain name has letters, digits,"
                  + " hyphens and dots."),
          "audience",
          new Rule(
              Pattern.compile("[a-z]{1,20}").asMatchPredicate(),
              404,
              "no-such-audience",
              "No such audience",
              "Entries can be shown to peers or managers."));

  private PathParameters() {}

  /**
   * @param name a path parameter's name in a resource template
   * @return its rule; empty for a name no resource of Foothold's uses
   */
  static Optional<Rule> rule(String name) {
    return Optional.ofNullable(RULES.get(name));
  }

  /**
   * Refuses a value that breaks its parameter's rule. A name without a rule is refused outright: an
   * unknown parameter is a new resource that nobody gave a rule yet (a unit test sees it first).
   *
   * @param name the parameter's name
   * @param value its decoded value, as the resource method would receive it
   * @throws ProblemException 404 or 400 when the value cannot name anything
   */
  public static void require(String name, String value) {
    rule(name)
        .orElseThrow(
            () ->
                new ProblemException(
                    404, "not-found", "Not found", "There is nothing at this address."))
        .require(value);
  }
}
