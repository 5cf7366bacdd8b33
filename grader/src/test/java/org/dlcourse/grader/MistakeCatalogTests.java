package org.dlcourse.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.dlcourse.grader.MistakeCatalog.Mistake;
import org.junit.jupiter.api.Test;

class MistakeCatalogTests {

    @Test
    void readsEachRowsMistakePhrasesAndVariantsBelowTheHeader() {
        MistakeCatalog catalog = MistakeCatalog.parse(List.of(
                "# Typical mistakes",
                "",
                "| Mistake | The feedback names it | Variants |",
                "|---|---|---|",
                "| Pearson's \\|ρ\\| instead of ranks | \"not of the values\" | `spearman-is-pearson` |",
                "| No shift | every failing test: \"overflows above 709.78\", and \"subtract the row maximum\" "
                        + "| `no-max-subtraction`, `global-max-subtraction` |",
                "",
                "| Another table | \"ignored\" | `ignored` |"));

        assertThat(catalog.mistakes()).containsExactly(
                new Mistake("Pearson's |ρ| instead of ranks", List.of("not of the values"),
                        List.of("spearman-is-pearson")),
                new Mistake("No shift", List.of("overflows above 709.78", "subtract the row maximum"),
                        List.of("no-max-subtraction", "global-max-subtraction")));
    }

    @Test
    void aRowWithoutThreeCellsIsAnErrorNamingTheRow() {
        assertThatThrownBy(() -> MistakeCatalog.parse(List.of("| a | b | c |", "|---|---|---|", "| only one |")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("| only one |");
    }

    @Test
    void aListWhoseMistakesAreCommittedByVariantsRequiringTheirPhrasesHasNoProblem() {
        MistakeCatalog catalog = new MistakeCatalog(List.of(
                new Mistake("No shift", List.of("overflows", "row maximum"), List.of("no-max-subtraction")),
                new Mistake("Wrong sign", List.of("check the sign"), List.of("sign-flipped", "sign-flipped-twice"))));

        assertThat(catalog.problems(Map.of(
                "no-max-subtraction", List.of("subtract the row maximum before exponentiating", "overflows above 709"),
                "sign-flipped", List.of("check the sign (P - Y)"),
                "sign-flipped-twice", List.of("x", "check the sign")))).isEmpty();
    }

    @Test
    void namesAMistakeWithoutVariantOrPhraseAVariantMissingFromTheCorpusOrNotRequiringAPhraseAndAnUnlistedVariant() {
        MistakeCatalog catalog = new MistakeCatalog(List.of(
                new Mistake("No variant", List.of("a phrase"), List.of()),
                new Mistake("No phrase", List.of(), List.of("listed")),
                new Mistake("Elsewhere", List.of("divide by N"), List.of("listed", "gone"))));

        assertThat(catalog.problems(Map.of("listed", List.of("subtract the row maximum"), "unlisted", List.of())))
                .containsExactly(
                        "\"No variant\" names no variant that commits it",
                        "\"No phrase\" quotes no phrase of the feedback that names it",
                        "listed does not require \"divide by N\" in its feedback, which names \"Elsewhere\"",
                        "\"Elsewhere\" names the variant gone, which is not in the corpus",
                        "unlisted commits no listed mistake");
    }

    @Test
    void aFileWithoutATableListsNoMistake() {
        assertThat(MistakeCatalog.parse(List.of("# Typical mistakes", "", "None yet.")).mistakes()).isEmpty();
    }
}
