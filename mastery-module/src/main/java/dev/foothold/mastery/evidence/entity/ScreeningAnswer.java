package dev.foothold.mastery.evidence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A person's answers to the screen before climbing. Never changed; a new answer adds a row. */
@Entity
@Table(name = "screening")
public class ScreeningAnswer {

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenant;

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Column(name = "person", nullable = false, updatable = false)
  private String person;

  @Column(name = "answers", nullable = false, updatable = false)
  private String answers;

  @Column(name = "positive", nullable = false, updatable = false)
  private boolean positive;

  @Column(name = "answered_at", nullable = false, updatable = false)
  private Instant answeredAt;

  protected ScreeningAnswer() {}

  public ScreeningAnswer(
      String person, Map<String, Boolean> answers, boolean positive, Instant answeredAt) {
    this.id = UUID.randomUUID();
    this.person = person;
    var words = new java.util.TreeMap<String, String>();
    answers.forEach((k, v) -> words.put(k, v.toString()));
    this.answers = Words.write(words);
    this.positive = positive;
    this.answeredAt = answeredAt;
  }

  public Map<String, Boolean> answers() {
    var result = new java.util.TreeMap<String, Boolean>();
    Words.read(answers).forEach((k, v) -> result.put(k, Boolean.valueOf(v)));
    return result;
  }

  public boolean positive() {
    return positive;
  }

  public Instant answeredAt() {
    return answeredAt;
  }
}
