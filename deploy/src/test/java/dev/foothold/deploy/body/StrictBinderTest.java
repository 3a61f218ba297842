package dev.foothold.deploy.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictBinderTest {

  public record Rung(String title, Integer difficulty) {}

  public record Ladder(
      String skill, Double low, Long offset, BigDecimal price, Boolean flag, List<Rung> rungs) {}

  public record Answers(Map<String, Boolean> answers) {}

  static Object bind(String json, Class<?> type) throws Exception {
    var document = JsonTree.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    return StrictBinder.bind(document.value(), type);
  }

  static List<StrictBinder.Error> refused(String json, Class<?> type) {
    return assertThrows(StrictBinder.Refused.class, () -> bind(json, type)).errors();
  }

  @Test
  void aWellFormedBodyBinds() throws Exception {
    var ladder =
        (Ladder)
            bind(
                "{\"skill\":\"speaking\\tout\\nloud\",\"low\":0.75,\"offset\":-3,\"price\":40.00,"
                    + "\"flag\":true,\"rungs\":[{\"title\":\"one\",\"difficulty\":2.0}]}",
                Ladder.class);
    assertEquals("speaking\tout\nloud", ladder.skill());
    assertEquals(0.75, ladder.low());
    assertEquals(-3L, ladder.offset());
    assertEquals(new BigDecimal("40.00"), ladder.price());
    assertEquals(List.of(new Rung("one", 2)), ladder.rungs());
  }

  @ParameterizedTest
  @ValueSource(strings = {"4294967301", "1e309", "2.5", "-2147483649", "1e-400", "\"3\"", "true"})
  void aNumberAnIntegerCannotHoldExactlyIsRefused(String number) {
    var errors = refused("{\"title\":\"t\",\"difficulty\":" + number + "}", Rung.class);
    assertEquals("difficulty", errors.get(0).field());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e309", "-1e309", "1e-400", "\"0.7\"", "[0.7]"})
  void aDoubleOutOfRangeOrOfAnotherTypeIsRefused(String number) {
    assertEquals("low", refused("{\"low\":" + number + "}", Ladder.class).get(0).field());
  }

  @Test
  void aHugeDecimalIsRefused() {
    assertEquals("price", refused("{\"price\":1e309}", Ladder.class).get(0).field());
    assertEquals("offset", refused("{\"offset\":1e20}", Ladder.class).get(0).field());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\u0000", "\\u0007", "\\u001b[31m", "\\u007f", "\\u0085", "\\ud800"})
  void controlCharactersAreRefusedNamingTheField(String character) {
    var errors =
        refused(
            "{\"rungs\":[{\"title\":\"ok\"},{\"title\":\"a" + character + "b\"}]}", Ladder.class);
    assertEquals("rungs[1].title", errors.get(0).field());
    assertTrue(errors.get(0).message().contains("control character"));
  }

  @Test
  void aMalformedListElementIsRefusedNotDropped() {
    var errors = refused("{\"rungs\":[\"text\",{\"title\":\"t\"}]}", Ladder.class);
    assertEquals(List.of(new StrictBinder.Error("rungs[0]", "must be an object")), errors);
  }

  @Test
  void anUnknownFieldIsRefused() {
    assertEquals(
        "rungs[0].colour",
        refused("{\"rungs\":[{\"title\":\"t\",\"colour\":1}]}", Ladder.class).get(0).field());
  }

  @Test
  void aNumberIsNotTextNorTextANumber() {
    assertEquals("skill", refused("{\"skill\":5}", Ladder.class).get(0).field());
    assertEquals("flag", refused("{\"flag\":\"true\"}", Ladder.class).get(0).field());
  }

  @Test
  void mapKeysFollowTheTextRule() {
    assertEquals(
        "answers[(a field with an unusual name)]",
        refused("{\"answers\":{\"a\\u0000\":true}}", Answers.class).get(0).field());
  }

  @Test
  void missingFieldsAreNullForBeanValidationToJudge() throws Exception {
    var rung = (Rung) bind("{}", Rung.class);
    assertNull(rung.title());
  }

  @Test
  void deepNestingIsRefusedBeforeBinding() {
    var deep = "[".repeat(10_000) + "]".repeat(10_000);
    assertThrows(
        JsonTree.Unreadable.class,
        () -> JsonTree.read(new ByteArrayInputStream(("{\"rungs\":" + deep + "}").getBytes())));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"{\"a\":1,\"a\":2}", "{} {}", "{", "nope", "{\"a\":1e2147483648}", "[1,]"})
  void whatIsNotOneJsonValueIsUnreadable(String body) {
    assertThrows(
        JsonTree.Unreadable.class,
        () -> JsonTree.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void anEmptyBodyIsEmpty() throws IOException, JsonTree.Unreadable {
    assertTrue(JsonTree.read(new ByteArrayInputStream(new byte[0])).empty());
  }
}
