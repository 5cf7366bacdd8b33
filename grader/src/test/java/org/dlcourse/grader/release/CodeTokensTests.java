package org.dlcourse.grader.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dlcourse.grader.release.CodeTokens.Token;
import org.junit.jupiter.api.Test;

/** The normalized token stream: what a renamed, reformatted copy keeps, and the lines a refusal names. */
class CodeTokensTests {

    @Test
    void namesAndLiteralsAreAbstractedMembersKeywordsAndOperatorsStayCommentsGo() {
        List<String> kinds = kinds("double sum = 0.0; // the total\nsum -= p.getDouble(n, y[n]) * 1e-3 /* x */;");

        assertThat(kinds).containsExactly("double", "ID", "=", "LIT", ";", "ID", "-=", "ID", ".", "getDouble", "(",
                "ID", ",", "ID", "[", "ID", "]", ")", "*", "LIT", ";");
    }

    @Test
    void aCopyWithOtherNamesConstantsAndLayoutHasTheSameStream() {
        String original = "for (int i = 0; i < labels.length; i++) {\n    total += Math.log(p[i] + 1.0);\n}";
        String copy = "for(int k=7;k<ys.length;k++){acc+=Math.log(q[k]+0.5f);}";

        assertThat(kinds(copy)).isEqualTo(kinds(original));
    }

    @Test
    void stringsCharactersTextBlocksAndWordLiteralsAreOneLiteralAndLinesAreCounted() {
        List<Token> tokens = CodeTokens.of("call(\"a // b\", 'c',\n\"\"\"\n  text\n  \"\"\", null, true);\nx", 10);

        assertThat(tokens.stream().map(Token::kind).toList()).containsExactly("ID", "(", "LIT", ",", "LIT", ",",
                "LIT", ",", "LIT", ",", "LIT", ")", ";", "ID");
        assertThat(tokens.get(tokens.size() - 1).line()).isEqualTo(14);
        assertThat(tokens.get(6).line()).as("the text block starts on the second line").isEqualTo(11);
    }

    private static List<String> kinds(String source) {
        return CodeTokens.of(source, 1).stream().map(Token::kind).toList();
    }
}
