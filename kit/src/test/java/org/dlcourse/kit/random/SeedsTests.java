package org.dlcourse.kit.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedsTests {

    @Test
    void seedsArePinnedAcrossMachinesAndReleases() {
        // Computed by an independent Python implementation of FNV-1a 64 + the SplitMix64 finalizer.
        assertThat(Seeds.of("")).isEqualTo(-780787492076525413L);
        assertThat(Seeds.of("softmax")).isEqualTo(-3940210492892611238L);
        assertThat(Seeds.of("layer1")).isEqualTo(-8245539306818377772L);
        assertThat(Seeds.of("layer2")).isEqualTo(-2755037628178822059L);
        assertThat(Seeds.of("Grüße")).as("hashed as UTF-8 whatever the platform charset")
                .isEqualTo(8126472686137929371L);
    }

    @Test
    void similarNamesGiveDistinctWellSpreadSeeds() {
        Set<Long> seeds = new HashSet<>();
        long highBitsSet = 0;
        for (int i = 0; i < 10_000; i++) {
            long seed = Seeds.of("test" + i);
            seeds.add(seed);
            highBitsSet += seed >>> 63;
        }
        assertThat(seeds).hasSize(10_000);
        // The top bit is a fair coin for a good mixer: 5000 ± 5σ with σ = 50.
        assertThat(highBitsSet).isBetween(4750L, 5250L);
    }

    @Test
    void theGeneratorForANameRepeatsItsStream() {
        long[] stream = Seeds.random("stream").longs(5).toArray();
        assertThat(Seeds.random("stream").longs(5).toArray()).containsExactly(stream);
        assertThat(Seeds.random("other stream").longs(5).toArray()).doesNotContain(stream);
    }
}
