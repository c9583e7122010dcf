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

/**
 * Efficiency of resource use (analisis efisiensi penggunaan sumber daya, PermenPANRB 53/2014,
 * analysis item 6 of Bab III) by the method of Tabel 3.4 of the Klojen LKjIP 2021, the library's
 * default (practice): capaian kinerja against penyerapan anggaran ({@link Efisiensi}), and the cost
 * of one point of capaian. The Kepmendagri 690.900-327/1996-style rating is the named variant
 * {@link RasioEfisiensi}.
 *
 * <p>Inputs are percentages as given: pass capaian and penyerapan as computed or as printed. The
 * Klojen report uses its printed, rounded figures; exact inputs may give a different last digit.
 *
 * <p>Policy: a {@link Pembulatan}, default {@link Pembulatan#STANDAR} (two decimals,
 * {@code HALF_UP}), applied once to the exact quotient; its rounding mode also rounds the cost per
 * point to the sen.
 *
 * <p>Example, Tabel 3.4 of the Klojen LKjIP 2021:
 * <pre>{@code
 * RumusEfisiensi rumus = RumusEfisiensi.standar();
 * rumus.hitung(Persen.of(new BigDecimal("93.29")), Persen.of(new BigDecimal("94.42")));
 * // nilai 98.80% (printed 98,80), TIDAK_EFISIEN
 * rumus.biayaPerPoin(Rupiah.of(21_547_462_883L), Persen.of(new BigDecimal("109.74")));
 * // Rp 196350126.51 per point of capaian
 * }</pre>
 *
 * <p>JSON (docs/json.md): {@code {"pembulatan":{"scale":2,"roundingMode":"HALF_UP"}}}, the form a
 * {@link io.github.sakip.pengukuran.RumusPengukuran} carries.
 *
 * <p>This class is immutable and thread-safe.
 */
@SakipJson
public final class RumusEfisiensi {

    private static final BigDecimal SERATUS = BigDecimal.valueOf(100);
    private static final RumusEfisiensi STANDAR = new RumusEfisiensi(Pembulatan.STANDAR);

    private final Pembulatan pembulatan;

    private RumusEfisiensi(Pembulatan pembulatan) {
        this.pembulatan = pembulatan;
    }

    /**
     * The default calculator: {@link Pembulatan#STANDAR}.
     *
     * @return the calculator, never null
     */
    public static RumusEfisiensi standar() {
        return STANDAR;
    }

    @JsonCreator
    static RumusEfisiensi json(@JsonProperty("pembulatan") Pembulatan pembulatan) {
        return STANDAR.withPembulatan(pembulatan);
    }

    /**
     * A copy that rounds with the given policy.
     *
     * @param pembulatan the policy, not null
     * @return the copy, never null
     * @throws SakipException when the policy is null
     */
    public RumusEfisiensi withPembulatan(Pembulatan pembulatan) {
        return new RumusEfisiensi(Checks.notNull(pembulatan, "RumusEfisiensi.pembulatan"));
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
     * The efficiency of a sasaran: capaian / penyerapan x 100 and its classification.
     *
     * @param capaian the capaian kinerja, as given, not null
     * @param penyerapan the penyerapan anggaran, as given, greater than zero, not null
     * @return the efficiency, never null
     * @throws SakipException when an argument is null or the penyerapan is not above zero
     */
    public Efisiensi hitung(Persen capaian, Persen penyerapan) {
        Checks.notNull(capaian, "Efisiensi.capaian");
        Checks.notNull(penyerapan, "Efisiensi.penyerapan");
        Checks.check(penyerapan.getNilai().signum() > 0,
                "Efisiensi.penyerapan must be > 0 to divide capaian by it, was %s", penyerapan);
        Persen nilai = Persen.of(pembulatan.bagi(capaian.getNilai().multiply(SERATUS), penyerapan.getNilai()));
        KategoriEfisiensi kategori = capaian.compareTo(penyerapan) < 0 ? KategoriEfisiensi.TIDAK_EFISIEN
                : capaian.isAtLeastSeratus() ? KategoriEfisiensi.EFISIEN : KategoriEfisiensi.TARGET_BELUM_TERCAPAI;
        return ImmutableEfisiensi.of(capaian, penyerapan, nilai, kategori, pembulatan);
    }

    /**
     * The cost of one point of capaian kinerja (biaya per poin capaian): realisasi anggaran /
     * capaian, rounded to the sen with this policy's rounding mode. Rp 21.547.462.883 for a capaian
     * of 109,74 is Rp 196.350.126,51 a point.
     *
     * @param realisasi the spending, zero or more, not null
     * @param capaian the capaian kinerja in percent, greater than zero, not null
     * @return the Rupiah per point, never null
     * @throws SakipException when an argument is null, the spending negative or the capaian not
     *     above zero
     */
    public Rupiah biayaPerPoin(Rupiah realisasi, Persen capaian) {
        Checks.notNull(realisasi, "RumusEfisiensi realisasi");
        Checks.notNull(capaian, "RumusEfisiensi capaian");
        Checks.check(!realisasi.isNegative(), "RumusEfisiensi realisasi must be >= 0, was %s", realisasi);
        Checks.check(capaian.getNilai().signum() > 0,
                "RumusEfisiensi capaian must be > 0 to compute biaya per poin, was %s", capaian);
        Pembulatan sen = Pembulatan.of(Rupiah.SCALE, pembulatan.getRoundingMode());
        return Rupiah.of(sen.bagi(realisasi.getNilai(), capaian.getNilai()));
    }

    /**
     * The calculator as text, for example {@code RumusEfisiensi[Pembulatan[2, HALF_UP]]}.
     *
     * @return a description, never null
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof RumusEfisiensi && ((RumusEfisiensi) obj).pembulatan.equals(pembulatan);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pembulatan);
    }

    @Override
    public String toString() {
        return "RumusEfisiensi[" + pembulatan + "]";
    }
}
