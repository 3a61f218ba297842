package dev.foothold.mastery.evidence.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExportsTest {

  @Test
  void aFormulaIsWrittenAsTextBeforeItIsQuoted() {
    assertEquals("'=1+2", Exports.cell("=1+2"));
    assertEquals(
        "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
        Exports.cell("=HYPERLINK(\"http://x\",\"y\")"));
    assertEquals("\"'+1,2\"", Exports.cell("+1,2"));
    assertEquals("\"'-2\n3\"", Exports.cell("-2\n3"));
    assertEquals("'@SUM(A1)", Exports.cell("@SUM(A1)"));
    assertEquals("'\t=1", Exports.cell("\t=1"));
    assertEquals("\"'\r=1\"", Exports.cell("\r=1"));
  }

  @Test
  void plainCellsStayAsTheyAre() {
    assertEquals("", Exports.cell(""));
    assertEquals("Wrote a poem", Exports.cell("Wrote a poem"));
    assertEquals("\"a, b\"", Exports.cell("a, b"));
    assertEquals("\"say \"\"hi\"\"\"", Exports.cell("say \"hi\""));
    assertEquals("1+1", Exports.cell("1+1"));
  }
}
