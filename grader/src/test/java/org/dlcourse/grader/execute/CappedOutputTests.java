package org.dlcourse.grader.execute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CappedOutputTests {

    @Test
    void shortOutputIsKeptWhole() throws InterruptedException {
        CappedOutput output = drained("line 1\nline 2\n");

        assertThat(output.text()).isEqualTo("line 1\nline 2\n");
        assertThat(output.lastLine()).isEqualTo("line 2");
    }

    @Test
    void longOutputKeepsItsHeadAndTailAndSaysHowMuchWasLeftOut() throws InterruptedException {
        String head = "H".repeat(CappedOutput.KEEP);
        String middle = "m".repeat(1000);
        String tail = "T".repeat(CappedOutput.KEEP - 5) + "\nend\n";

        CappedOutput output = drained(head + middle + tail);

        assertThat(output.text()).isEqualTo(head + "\n[… 1000 bytes omitted …]\n" + tail);
        assertThat(output.lastLine()).isEqualTo("end");
    }

    private static CappedOutput drained(String text) throws InterruptedException {
        CappedOutput output = CappedOutput.drain(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "test");
        output.await(5000);
        return output;
    }
}
