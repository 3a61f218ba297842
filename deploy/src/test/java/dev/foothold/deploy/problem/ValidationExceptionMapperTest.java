package dev.foothold.deploy.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationExceptionMapperTest {

  record NewMember(
      @NotBlank(message = "Give the person's email address")
          @Email(message = "This is not an email address")
          String email,
      @Size(max = 5, message = "At most 5 characters") String role) {}

  static class Members {
    public void invite(@Valid NewMember member) {}
  }

  @Test
  void listsEachFieldByTheNameTheClientSent() throws NoSuchMethodException {
    var validator = Validation.buildDefaultValidatorFactory().getValidator().forExecutables();
    var method = Members.class.getMethod("invite", NewMember.class);
    var violations =
        validator.validateParameters(
            new Members(), method, new Object[] {new NewMember("not-an-email", "administrator")});
    JsonObject problem =
        ValidationExceptionMapper.document(
            new ConstraintViolationException(violations), "/api/v1/t/demo/members");

    assertEquals(400, problem.getInt("status"));
    assertEquals("urn:foothold:problem:validation-failed", problem.getString("type"));
    assertEquals("/api/v1/t/demo/members", problem.getString("instance"));
    var errors = problem.getJsonArray("errors");
    assertEquals(
        List.of("email", "role"),
        errors.stream().map(e -> e.asJsonObject().getString("field")).toList());
    assertEquals(
        List.of("This is not an email address", "At most 5 characters"),
        errors.stream().map(e -> e.asJsonObject().getString("message")).toList());
  }
}
