package dev.foothold.mastery.evidence.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Each person's log as a chain: an entry's hash is SHA-256 over the previous entry's hash (64 hex
 * digits; {@link #GENESIS} for the first) followed by the entry's canonical form, written as lower
 * case hex. Changing, removing or reordering any entry breaks the chain from that entry on.
 */
public final class HashChain {

  /** What the first entry of a log follows. */
  public static final String GENESIS = "0".repeat(64);

  private HashChain() {}

  /**
   * @return the hash of an entry with this canonical form following {@code previous}
   */
  public static String link(String previous, String canonical) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      digest.update(previous.getBytes(StandardCharsets.US_ASCII));
      digest.update(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** One stored entry as the chain sees it. */
  public record Link(UUID id, long seq, String prevHash, String hash, String canonical) {}

  /**
   * What checking a log found.
   *
   * @param valid whether every entry is as it was written and none is missing
   * @param firstBroken the first entry that does not match, if one does not
   * @param checked how many entries were checked
   * @param reason what is wrong, in words, or that all is well
   */
  public record Verdict(boolean valid, Optional<UUID> firstBroken, long checked, String reason) {}

  /**
   * @param links a person's entries in the order of their numbers
   * @param headSeq the number of the last entry appended, as the chain's head recorded it
   * @param headHash its hash
   */
  public static Verdict verify(List<Link> links, long headSeq, String headHash) {
    String previous = GENESIS;
    long expected = 1;
    for (var link : links) {
      if (link.seq() != expected) {
        return broken(
            link,
            links.size(),
            "Entries before number "
                + link.seq()
                + " are missing: the log skips from "
                + (expected - 1)
                + ".");
      }
      if (!link.prevHash().equals(previous)) {
        return broken(
            link, links.size(), "Entry " + link.seq() + " no longer follows the entry before it.");
      }
      if (!link(previous, link.canonical()).equals(link.hash())) {
        return broken(
            link, links.size(), "Entry " + link.seq() + " has changed since it was written.");
      }
      previous = link.hash();
      expected++;
    }
    long last = expected - 1;
    if (last != headSeq || !previous.equals(headHash)) {
      return new Verdict(
          false,
          Optional.empty(),
          links.size(),
          "The log ends at entry "
              + last
              + " but "
              + headSeq
              + " were written: entries at the end are missing.");
    }
    return new Verdict(
        true,
        Optional.empty(),
        links.size(),
        "All " + links.size() + " entries are as they were written.");
  }

  private static Verdict broken(Link link, int checked, String reason) {
    return new Verdict(false, Optional.of(link.id()), checked, reason);
  }
}
