package dev.foothold.tenant.directory.control;

/**
 * A person as the directory knows them.
 *
 * @param id the directory's id, which is the subject of the person's tokens
 * @param email their email address
 * @param firstName their first name, or null
 * @param lastName their last name, or null
 */
public record DirectoryUser(String id, String email, String firstName, String lastName) {

  /**
   * @return first and last name, or the email when the directory has no name
   */
  public String displayName() {
    var name =
        ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
    return name.isEmpty() ? email : name;
  }
}
