package org.dlcourse.grader.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CSV cells as RFC 4180 and spreadsheets need them; the whole export is checked through the CLI. */
class CsvExportTests {

    @Test
    void cellsWithSeparatorsQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
        assertThat(CsvExport.quoted("alice")).isEqualTo("alice");
        assertThat(CsvExport.quoted("Doe, Jane")).isEqualTo("\"Doe, Jane\"");
        assertThat(CsvExport.quoted("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvExport.quoted("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void aStudentIdThatLooksLikeAFormulaIsDefusedButNegativeNumbersStayNumbers() {
        assertThat(CsvExport.quoted("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvExport.quoted("@sum")).isEqualTo("'@sum");
        assertThat(CsvExport.quoted("-3")).isEqualTo("-3");
        assertThat(CsvExport.quoted("12.50")).isEqualTo("12.50");
    }
}
