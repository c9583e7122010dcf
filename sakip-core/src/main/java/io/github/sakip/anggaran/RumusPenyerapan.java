package io.github.sakip.anggaran;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import javax.annotation.Nullable;
import java.util.Objects;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Rupiah;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Budget absorption (penyerapan anggaran): realisasi / pagu x 100 at any level of a budget tree,
 * and the unspent budget (PermenPANRB 53/2014 reports, practice of every LKjIP; docs/aturan.md); the change
 * from the year before is {@link PerubahanPenyerapan}.
 *
 * <p>Policy: one {@link Pembulatan}, default {@link Pembulatan#STANDAR} (two decimals,
 * {@code HALF_UP}), applied once to the exact quotient of the Rupiah amounts.
 *
 * <p>Example, the Klojen LKjIP 2021, penyerapan at every level of the agency's tree:
 * <pre>{@code
 * RumusPenyerapan rumus = RumusPenyerapan.standar();
 * for (PosAnggaran p : PosAnggaran.of("Kecamatan Klojen", pk).getSemua()) {
 *     Penyerapan s = rumus.hitung(p); // agency 92.57%, ..., Program Penyelenggaraan ... 70.95%
 * }
 * }</pre>
 *
 * <p>JSON (docs/json.md): {@code {"pembulatan":{"scale":2,"roundingMode":"HALF_UP"}}}, the form a
 * {@link io.github.sakip.pengukuran.RumusPengukuran} carries.
 *
 * <p>This class is immutable and thread-safe.
 */
@SakipJson
public final class RumusPenyerapan {

    private static final BigDecimal SERATUS = BigDecimal.valueOf(100);
    private static final RumusPenyerapan STANDAR = new RumusPenyerapan(Pembulatan.STANDAR);

    private final Pembulatan pembulatan;

    private RumusPenyerapan(Pembulatan pembulatan) {
        this.pembulatan = pembulatan;
    }

    /**
     * The default calculator: {@link Pembulatan#STANDAR}.
     *
     * @return the calculator, never null
     */
    public static RumusPenyerapan standar() {
        return STANDAR;
    }

    @JsonCreator
    static RumusPenyerapan json(@JsonProperty("pembulatan") Pembulatan pembulatan) {
        return STANDAR.withPembulatan(pembulatan);
    }

    /**
     * A copy that rounds with the given policy.
     *
     * @param pembulatan the policy, not null
     * @return the copy, never null
     * @throws SakipException when the policy is null
     */
    public RumusPenyerapan withPembulatan(Pembulatan pembulatan) {
        return new RumusPenyerapan(Checks.notNull(pembulatan, "RumusPenyerapan.pembulatan"));
    }

    /**
     * The rounding policy.
     *
     * @return the policy, never null
     */
    @JsonProperty("pembulatan")
    public Pembulatan getPembulatan() {
        return pembulatan;
    }

    /**
     * The absorption of a budget: Rp 395.246.192 of Rp 418.601.325 is 94,42 %.
     *
     * @param pagu the budget ceiling, zero or more, not null
     * @param realisasi the spending, zero or more, not null
     * @return the absorption, its percentage empty when the pagu is zero; never null
     * @throws SakipException when an argument is null or negative
     */
    public Penyerapan hitung(Rupiah pagu, Rupiah realisasi) {
        Checks.notNull(pagu, "Penyerapan.pagu");
        Checks.notNull(realisasi, "Penyerapan.realisasi");
        Checks.check(!pagu.isNegative(), "Penyerapan.pagu must be >= 0, was %s", pagu);
        Checks.check(!realisasi.isNegative(), "Penyerapan.realisasi must be >= 0, was %s", realisasi);
        Optional<Persen> persen = pagu.isZero() ? Optional.empty()
                : Optional.of(Persen.of(pembulatan.bagi(realisasi.getNilai().multiply(SERATUS), pagu.getNilai())));
        return ImmutablePenyerapan.of(pagu, realisasi, persen, pembulatan);
    }

    /**
     * The absorption of a node of a budget tree: a sub kegiatan, program, sasaran, the agency.
     *
     * @param pos the node, not null
     * @return the absorption, never null
     * @throws SakipException when the node is null
     */
    public Penyerapan hitung(PosAnggaran pos) {
        Checks.notNull(pos, "RumusPenyerapan pos");
        return hitung(pos.getPagu(), pos.getRealisasi());
    }

    /**
     * The calculator as text, for example {@code RumusPenyerapan[Pembulatan[2, HALF_UP]]}.
     *
     * @return a description, never null
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof RumusPenyerapan && ((RumusPenyerapan) obj).pembulatan.equals(pembulatan);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pembulatan);
    }

    @Override
    public String toString() {
        return "RumusPenyerapan[" + pembulatan + "]";
    }
}
