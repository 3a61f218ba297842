package dev.foothold.mastery.evidence.boundary;

import dev.foothold.platform.problem.ProblemException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A person's log written out: as JSON (by JSON-B), as CSV, and as a printable HTML report. */
final class Exports {

  private Exports() {}

  /**
   * The HTML report may show itself and its inline style, nothing else: no script, no image, no
   * form, no frame, whatever a person's words hold. The words are escaped as well; this is the
   * second wall.
   */
  static final String HTML_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none';"
          + " frame-ancestors 'none'";

  /**
   * The log in one format, as a download (JSON, CSV) or a printable page (HTML); never sniffed as
   * anything else.
   *
   * @param format json, csv or html
   * @param person whose log it is (their subject)
   * @param name the name the report shows, may be blank
   * @throws ProblemException 400 no-such-format for any other format
   */
  static Response response(
      String format,
      String person,
      String name,
      Instant exportedAt,
      EvidenceResource.Verification verification,
      List<EntryView> entries) {
    var response =
        switch (format) {
          case "json" ->
              Response.ok(
                      new Export(person, exportedAt, verification, entries),
                      MediaType.APPLICATION_JSON_TYPE)
                  .header("Content-Disposition", "attachment; filename=\"evidence.json\"");
          case "csv" ->
              Response.ok(csv(entries), "text/csv; charset=UTF-8")
                  .header("Content-Disposition", "attachment; filename=\"evidence.csv\"");
          case "html" ->
              Response.ok(html(name, exportedAt, verification, entries), "text/html; charset=UTF-8")
                  .header("Content-Security-Policy", HTML_POLICY);
          default ->
              throw new ProblemException(
                  400,
                  "no-such-format",
                  "No such format",
                  "Export as json, csv or html; not " + format + ".");
        };
    return response.header("X-Content-Type-Options", "nosniff").build();
  }

  /**
   * The whole log as JSON.
   *
   * @param person whose log it is (their subject)
   * @param verification whether the log was intact when exported
   */
  public record Export(
      String person,
      Instant exportedAt,
      EvidenceResource.Verification verification,
      List<EntryView> entries) {}

  static final List<String> COLUMNS =
      List.of(
          "id",
          "seq",
          "kind",
          "recalled",
          "recordedAt",
          "skill",
          "lifeDomain",
          "rung",
          "rungTitle",
          "outcome",
          "genuine",
          "registered",
          "effort",
          "ownShare",
          "confidenceBefore",
          "confidenceAfter",
          "activation",
          "amends",
          "debrief",
          "feedback",
          "hash");

  static String csv(List<EntryView> entries) {
    var out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
    for (var e : entries) {
      var row =
          List.of(
              e.id(),
              e.seq(),
              e.kind(),
              e.recalled(),
              e.recordedAt(),
              text(e.skill()),
              text(e.lifeDomain()),
              text(e.rung()),
              text(e.rungTitle()),
              text(e.outcome()),
              text(e.genuine()),
              text(e.registered()),
              text(e.effort()),
              text(e.ownShare()),
              text(e.confidenceBefore()),
              text(e.confidenceAfter()),
              text(e.activation()),
              text(e.amends()),
              words(e.debrief()),
              e.feedback().stream()
                  .map(f -> f.coach() + " (" + f.skill() + "): " + f.text())
                  .collect(Collectors.joining(" | ")),
              e.hash());
      out.append(row.stream().map(v -> cell(String.valueOf(v))).collect(Collectors.joining(",")))
          .append("\r\n");
    }
    return out.toString();
  }

  private static Object text(Object value) {
    return value == null ? "" : value;
  }

  private static String words(Map<String, Object> debrief) {
    return debrief.entrySet().stream()
        .map(e -> e.getKey() + ": " + e.getValue())
        .collect(Collectors.joining(" | "));
  }

  /**
   * One CSV cell. A cell a spreadsheet would run as a formula (it starts with = + - @, a tab or a
   * carriage return) is written as text first, with a leading apostrophe; then RFC 4180 quotes it
   * if it needs quoting, doubling quotes inside. The order matters: a quoted cell is still read as
   * a formula once the quotes are stripped.
   */
  static String cell(String value) {
    boolean formula = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0;
    var text = formula ? "'" + value : value;
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  /** First characters that make a spreadsheet treat a cell as a formula (OWASP CSV injection). */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  static String html(
      String name,
      Instant exportedAt,
      EvidenceResource.Verification verification,
      List<EntryView> entries) {
    var out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Evidence log</title><style>")
        .append("body{font-family:Georgia,serif;max-width:48em;margin:2em auto;color:#222}")
        .append("section{border-top:1px solid #999;padding:.5em 0;page-break-inside:avoid}")
        .append("dt{font-weight:bold}.meta{color:#555;font-size:.9em}.hash{font-family:monospace;")
        .append("font-size:.75em;color:#777;word-break:break-all}")
        .append("</style></head><body>\n<h1>Evidence log")
        .append(name.isBlank() ? "" : " of " + esc(name))
        .append("</h1>\n<p class=\"meta\">Exported ")
        .append(esc(exportedAt.toString()))
        .append(". ")
        .append(entries.size())
        .append(" entries. Check: ")
        .append(esc(verification.reason()))
        .append("</p>\n");
    for (var e : entries) {
      out.append("<section><h2>")
          .append(e.seq())
          .append(". ")
          .append(esc(heading(e)))
          .append("</h2>\n<p class=\"meta\">")
          .append(esc(e.recordedAt().toString()));
      if (e.recalled()) {
        out.append(" · recalled, not logged at the time");
      }
      if (e.amends() != null) {
        out.append(" · corrects entry ").append(esc(e.amends()));
      }
      if (!e.amendedBy().isEmpty()) {
        out.append(" · corrected later");
      }
      out.append("</p>\n<dl>");
      e.debrief()
          .forEach(
              (k, v) ->
                  out.append("<dt>")
                      .append(esc(k))
                      .append("</dt><dd>")
                      .append(esc(String.valueOf(v)))
                      .append("</dd>"));
      out.append("</dl>\n");
      for (var f : e.feedback()) {
        out.append("<p><em>")
            .append(esc(f.coach()))
            .append(" on ")
            .append(esc(f.skill()))
            .append(":</em> ")
            .append(esc(f.text()))
            .append("</p>\n");
      }
      out.append("<p class=\"hash\">").append(esc(e.hash())).append("</p></section>\n");
    }
    return out.append("</body></html>\n").toString();
  }

  private static String heading(EntryView e) {
    var what =
        switch (e.kind()) {
          case "ATTEMPT" -> "Attempt" + (e.outcome() == null ? "" : ": " + e.outcome());
          case "AMENDMENT" -> "Correction";
          case "RECALLED" -> "Recalled success";
          case "CHECK_IN" -> "Check-in";
          default -> e.kind();
        };
    var where = e.skill() == null ? "" : " — " + e.skill();
    var rung = e.rungTitle() == null ? "" : ", " + e.rungTitle();
    return what + where + rung;
  }

  static String esc(String s) {
    var out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
