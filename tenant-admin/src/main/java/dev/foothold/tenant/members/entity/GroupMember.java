package dev.foothold.tenant.members.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.hibernate.annotations.TenantId;

/** That one member belongs to one group of the same tenant. */
@Entity
@Table(name = "group_member")
@IdClass(GroupMember.Key.class)
public class GroupMember {

  /** The pair that identifies a membership within a tenant. */
  public record Key(String groupName, String subject) implements Serializable {
    public Key {
      Objects.requireNonNull(groupName, "groupName");
      Objects.requireNonNull(subject, "subject");
    }

    // JPA instantiates id classes reflectively
    Key() {
      this("", "");
    }
  }

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenant;

  @Id
  @Column(name = "group_name", nullable = false, updatable = false)
  private String groupName;

  @Id
  @Column(name = "subject", nullable = false, updatable = false)
  private String subject;

  protected GroupMember() {}

  public GroupMember(String groupName, String subject) {
    this.groupName = Objects.requireNonNull(groupName, "groupName");
    this.subject = Objects.requireNonNull(subject, "subject");
  }

  public String groupName() {
    return groupName;
  }

  public String subject() {
    return subject;
  }
}
