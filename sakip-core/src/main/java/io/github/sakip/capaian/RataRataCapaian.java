package io.github.sakip.capaian;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.model.Pembulatan;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * Aggregates capaian over indicators, sasaran or the whole agency into a {@link RekapCapaian}:
 * mean, weighted mean and median, counts per tercapai / belum tercapai / tidak terukur and per
 * predikat. LKjIPs print the mean as "rata-rata capaian"; no regulation prescribes how to
 * aggregate (practice), so each choice is a policy.
 *
 * <p>Policies, with defaults ({@link #standar()}):
 * <ul>
 *   <li>{@link DasarRataRata}: {@code DIBULATKAN}, the capaian as printed;</li>
 *   <li>{@link BatasAtasCapaian}: {@code TANPA}; a cap, when set, limits each value before it is
 *       averaged (mean, weighted mean and median), never the predikat or tercapai of an item;</li>
 *   <li>{@link Pembulatan}: {@link Pembulatan#STANDAR}, applied once to each mean and median.</li>
 * </ul>
 *
 * <p>Example, the Klojen LKjIP 2021, Tabel 3.1 ("Rata-rata capaian 114,53 %"):
 * <pre>{@code
 * RekapCapaian rekap = RataRataCapaian.standar().rekap("Kecamatan Klojen 2021",
 *         List.of(nilaiSakip, ipmas, kepuasanSarpras));   // capaian computed with DOWN
 * rekap.getRataRata();        // 114.53%: (109,73 + 93,29 + 140,57) / 3
 * rekap.getJumlahTercapai();  // 2
 * }</pre>
 * An agency's recap over its sasaran averages the sasaran's own recaps:
 * {@code rekapButir("Agency", List.of(ButirCapaian.of(rekapSasaran1), ButirCapaian.of(rekapSasaran2)))}.
 *
 * <p>JSON (docs/json.md), because a {@link RekapCapaian} carries it and is recomputed from it:
 * {@code {"dasar":"DIBULATKAN","batasAtas":"TANPA","pembulatan":{"scale":2,"roundingMode":"HALF_UP"}}}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SakipJson
public final class RataRataCapaian {
    private static final RataRataCapaian STANDAR = new RataRataCapaian(DasarRataRata.DIBULATKAN, BatasAtasCapaian.TANPA,
            Pembulatan.STANDAR);

    private final DasarRataRata dasar;
    private final BatasAtasCapaian batasAtas;
    private final Pembulatan pembulatan;

    private RataRataCapaian(DasarRataRata dasar, BatasAtasCapaian batasAtas, Pembulatan pembulatan) {
        this.dasar = dasar;
        this.batasAtas = batasAtas;
        this.pembulatan = pembulatan;
    }

    /**
     * The aggregator with the default policies: printed capaian, no cap, {@link Pembulatan#STANDAR}.
     *
     * @return the aggregator, never null
     */
    public static RataRataCapaian standar() {
        return STANDAR;
    }

    @JsonCreator
    static RataRataCapaian json(@JsonProperty("dasar") DasarRataRata dasar,
            @JsonProperty("batasAtas") BatasAtasCapaian batasAtas, @JsonProperty("pembulatan") Pembulatan pembulatan) {
        return STANDAR.withDasar(dasar).withBatasAtas(batasAtas).withPembulatan(pembulatan);
    }

    /**
     * A copy that averages the given values.
     *
     * @param dasar printed or exact capaian, not null
     * @return the copy, never null
     * @throws SakipException when the argument is null
     */
    public RataRataCapaian withDasar(DasarRataRata dasar) {
        return new RataRataCapaian(Checks.notNull(dasar, "RataRataCapaian.dasar"), batasAtas, pembulatan);
    }

    /**
     * A copy that caps each value before averaging it: {@code withBatasAtas(BatasAtasCapaian.SERATUS)}.
     *
     * @param batasAtas the cap, not null
     * @return the copy, never null
     * @throws SakipException when the argument is null
     */
    public RataRataCapaian withBatasAtas(BatasAtasCapaian batasAtas) {
        return new RataRataCapaian(dasar, Checks.notNull(batasAtas, "RataRataCapaian.batasAtas"), pembulatan);
    }

    /**
     * A copy that rounds means and medians by the given policy.
     *
     * @param pembulatan the rounding, not null
     * @return the copy, never null
     * @throws SakipException when the argument is null
     */
    public RataRataCapaian withPembulatan(Pembulatan pembulatan) {
        return new RataRataCapaian(dasar, batasAtas, Checks.notNull(pembulatan, "RataRataCapaian.pembulatan"));
    }

    /**
     * A copy that rounds means and medians to {@code scale} decimals by {@code mode}.
     *
     * @param scale the number of decimals, 0 to {@link Pembulatan#MAX_SCALE}
     * @param mode the rounding mode, not null
     * @return the copy, never null
     * @throws SakipException when the scale is out of range or the mode null
     */
    public RataRataCapaian withPembulatan(int scale, RoundingMode mode) {
        return withPembulatan(Pembulatan.of(scale, mode));
    }

    /**
     * Which values are averaged.
     *
     * @return the basis, never null
     */
    @JsonProperty("dasar")
    public DasarRataRata getDasar() {
        return dasar;
    }

    /**
     * The cap applied to each value before averaging.
     *
     * @return the cap, never null
     */
    @JsonProperty("batasAtas")
    public BatasAtasCapaian getBatasAtas() {
        return batasAtas;
    }

    /**
     * The rounding of means and medians.
     *
     * @return the rounding, never null
     */
    @JsonProperty("pembulatan")
    public Pembulatan getPembulatan() {
        return pembulatan;
    }

    /**
     * Recaps the capaian of indicators, each with weight 1.
     *
     * @param nama the name of the recap, for example the sasaran's, not blank
     * @param capaian the capaian, at least one; copied
     * @return the recap, never null
     * @throws SakipException when an argument is null, the name blank or the list empty
     */
    public RekapCapaian rekap(String nama, List<Capaian> capaian) {
        return rekapButir(nama, Checks.noNullElements(capaian, "RataRataCapaian capaian").stream()
                .map(ButirCapaian::of).toList());
    }

    /**
     * Recaps items: capaian, printed figures, recaps of sasaran, tidak terukur items, with weights.
     *
     * @param nama the name of the recap, not blank
     * @param butir the items, at least one; copied
     * @return the recap, never null
     * @throws SakipException when an argument is null, the name blank or the list empty
     */
    public RekapCapaian rekapButir(String nama, List<ButirCapaian> butir) {
        return RekapCapaian.of(Checks.notBlank(nama, "RekapCapaian.nama"),
                Checks.noNullElements(butir, "RekapCapaian.butir"), this);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (!(obj instanceof RataRataCapaian)) {
            return false;
        }
        RataRataCapaian other = (RataRataCapaian) obj;
        return other.dasar == dasar && other.batasAtas.equals(batasAtas) && other.pembulatan.equals(pembulatan);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dasar, batasAtas, pembulatan);
    }

    /**
     * The policies as text, for example
     * {@code RataRataCapaian[DIBULATKAN, BatasAtasCapaian[TANPA], Pembulatan[2, HALF_UP]]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "RataRataCapaian[" + dasar + ", " + batasAtas + ", " + pembulatan + "]";
    }
}
