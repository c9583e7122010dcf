package io.github.sakip.testing;

import io.github.sakip.capaian.Capaian;
import io.github.sakip.predikat.Skala;

/**
 * AssertJ entry points for sakip's results, to import statically beside AssertJ's own
 * {@code assertThat}:
 * <pre>{@code
 * SakipAssertions.assertThat(capaian).hasCapaian("109,74").isTercapai()
 *         .hasPredikat(SkalaBaku.LKJIP, "Tercapai/ Berhasil");
 * SakipAssertions.assertThat(skala).hasPredikat("90", "Berhasil").assignsExactlyOneBandTo(new BigDecimal("110"));
 * }</pre>
 * Numbers may be written the Indonesian way ({@code "109,74"}, {@code "109,74%"}) or plainly
 * ({@code "109.74"}).
 *
 * <p>This class has no state and is thread-safe.
 */
public final class SakipAssertions {

    private SakipAssertions() {
    }

    /**
     * Starts assertions on a capaian.
     *
     * @param actual the capaian, may be null (the assertions then fail)
     * @return the assertions, never null
     */
    public static CapaianAssert assertThat(Capaian actual) {
        return new CapaianAssert(actual);
    }

    /**
     * Starts assertions on a rating scale.
     *
     * @param actual the scale, may be null (the assertions then fail)
     * @return the assertions, never null
     */
    public static SkalaAssert assertThat(Skala actual) {
        return new SkalaAssert(actual);
    }
}
