package org.dlcourse.kit.random;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.SplittableRandom;

/** Stable 64-bit seeds derived from names, so that every test, exercise and figure names its own random stream. */
public final class Seeds {

    private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Seeds() {
    }

    /**
     * The seed of {@code name}: FNV-1a (64-bit) over its UTF-8 bytes, finished with the SplitMix64 mixer.
     *
     * <p>FNV-1a: h₀ = 0xcbf29ce484222325, hₖ₊₁ = (hₖ ⊕ byteₖ)·0x100000001b3 mod 2⁶⁴ (Fowler, Noll, Vo). The
     * finalizer z ← (z ⊕ z≫30)·0xbf58476d1ce4e5b9, z ← (z ⊕ z≫27)·0x94d049bb133111eb, z ⊕ z≫31
     * (Steele, Lea, Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014) spreads the
     * differences of similar names such as {@code "layer1"} and {@code "layer2"} over all 64 bits.
     * Defined on bytes only, so the value is the same on every JVM, platform and default charset.
     */
    public static long of(String name) {
        Objects.requireNonNull(name, "name");
        long hash = FNV_OFFSET_BASIS;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * FNV_PRIME;
        }
        long z = hash;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A generator seeded with {@link #of(String) of(name)}. */
    public static SplittableRandom random(String name) {
        return new SplittableRandom(of(name));
    }
}
