package io.github.sakip.evaluasi.ikm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.model.Pecahan;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.SakipException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The IKM calculator (PermenPANRB 14/2017, confirmed; docs/aturan.md, "IKM"): per unsur
 * {@code NRR = sum of answers / number who answered}, weighted NRR = NRR x weight,
 * {@code IKM unit = sum of weighted NRR}, {@code IKM = IKM unit x 25}, and the mutu of the IKM on
 * the pedoman's bands. Built once, holding its policy, and reused:
 * <pre>{@code
 * RumusIkm rumus = RumusIkm.standar();                       // 14/2017, weight 1/9, 2 decimals HALF_UP
 * Ikm ikm = rumus.hitung(SurveiIkm.ofRekap(rekap));
 * ikm.getNilai();                                            // e.g. 85.48
 * ikm.getMutu().getLabel();                                  // "B (Baik)"
 * }</pre>
 *
 * <p>Two inputs: a survey ({@link #hitung(SurveiIkm)}: answers or per-unsur totals), or a table
 * that prints only the NRR per unsur ({@link #hitungDariNrr(List)}). A real table of the second
 * kind, a Puskesmas survey of June 2012 under KepmenPAN 25/2004 ("Hasil PHC", Tabel 1 "Hasil
 * Nilai Rata-rata Unsur Pelayanan di Unit Pendaftaran"), prints NRR 3,06 2,98 3,06 2,9 3,06 3,14
 * 3,04 3,06 3,18 3,08 3,2 3,18 3,1 3,04, then "(3,06 x 0,071) + ... + (3,04 x 0,071) = 3,059" and
 * "3,059 x 25 = 76,475", mutu B. It is reproduced by
 * <pre>{@code
 * RumusIkm.standar().withPedoman(PedomanIkm.KEPMENPAN_25_2004)
 *         .withBobot(BobotIkm.DICETAK)                                    // 0,071
 *         .withNilaiUnitDicetak(Pembulatan.of(3, RoundingMode.HALF_UP))  // 3,05868 -> 3,059
 *         .withPembulatan(Pembulatan.of(3, RoundingMode.HALF_UP))
 *         .hitungDariNrr(nrr);                                            // 76.475, B (Baik)
 * }</pre>
 * while the regulation's exact method gives 43,08 / 14 x 25 = 76,93 (76,928571...), also B.
 *
 * <p>Policies, each a named variant with the regulation's default:
 * <ul>
 *   <li>the pedoman: {@link PedomanIkm#PERMENPANRB_14_2017} (default) or
 *       {@link PedomanIkm#KEPMENPAN_25_2004};</li>
 *   <li>the weight: {@link BobotIkm#EKSAK} 1/9 (default) or {@link BobotIkm#DICETAK} 0,111;</li>
 *   <li>the rounding of the IKM: {@link Pembulatan#STANDAR} (2 decimals, HALF_UP) by default;</li>
 *   <li>the NRR: exact by default; {@link #withNrrDicetak(Pembulatan)} rounds each NRR first, as
 *       reports that print NRR at 2 or 3 decimals and compute on with the printed figure do;</li>
 *   <li>the IKM unit: exact by default; {@link #withNilaiUnitDicetak(Pembulatan)} rounds the unit
 *       before the x 25, as reports that print the unit (3,059) and convert the printed figure
 *       do.</li>
 * </ul>
 * Arithmetic is exact: 1/9 has no finite decimal, so the IKM unit is kept as a
 * {@link Pecahan fraction} and divided once, at the end, by the rounding policy. The mutu is
 * rated on the IKM before that final rounding, so the rounding policy never changes it (the "as
 * printed" variants do, as they change the value); a caller who wants the mutu of the printed
 * figure asks {@link PedomanIkm#mutu} with {@link Ikm#getNilai()} (the two differ only for an
 * IKM that the final rounding carries across a band's edge: at the default 2 decimals HALF_UP,
 * one within half a hundredth below it, such as 88,305, printed 88,31 but B).
 *
 * <p>This class is immutable and thread-safe.
 */
@SakipJson
@JsonPropertyOrder({"pedoman", "bobot", "pembulatan", "nrrDicetak", "nilaiUnitDicetak"})
public final class RumusIkm {
    private static final RumusIkm STANDAR = new RumusIkm(PedomanIkm.PERMENPANRB_14_2017, BobotIkm.EKSAK,
            Pembulatan.STANDAR, Optional.empty(), Optional.empty());

    private final PedomanIkm pedoman;
    private final BobotIkm bobot;
    private final Pembulatan pembulatan;
    private final Optional<Pembulatan> nrrDicetak;
    private final Optional<Pembulatan> nilaiUnitDicetak;

    private RumusIkm(PedomanIkm pedoman, BobotIkm bobot, Pembulatan pembulatan, Optional<Pembulatan> nrrDicetak,
            Optional<Pembulatan> nilaiUnitDicetak) {
        this.pedoman = pedoman;
        this.bobot = bobot;
        this.pembulatan = pembulatan;
        this.nrrDicetak = nrrDicetak;
        this.nilaiUnitDicetak = nilaiUnitDicetak;
    }

    /**
     * The regulation's calculator: PermenPANRB 14/2017, weight exactly 1/9, NRR exact, IKM
     * rounded to 2 decimals HALF_UP.
     *
     * @return the calculator, never null
     */
    public static RumusIkm standar() {
        return STANDAR;
    }

    @JsonCreator
    static RumusIkm json(@JsonProperty("pedoman") PedomanIkm pedoman, @JsonProperty("bobot") BobotIkm bobot,
            @JsonProperty("pembulatan") Pembulatan pembulatan,
            @JsonProperty("nrrDicetak") @Nullable Pembulatan nrrDicetak,
            @JsonProperty("nilaiUnitDicetak") @Nullable Pembulatan nilaiUnitDicetak) {
        RumusIkm rumus = STANDAR.withPedoman(pedoman).withBobot(bobot).withPembulatan(pembulatan);
        rumus = nrrDicetak == null ? rumus : rumus.withNrrDicetak(nrrDicetak);
        return nilaiUnitDicetak == null ? rumus : rumus.withNilaiUnitDicetak(nilaiUnitDicetak);
    }

    @JsonProperty("nrrDicetak")
    @Nullable
    Pembulatan nrrDicetakJson() {
        return nrrDicetak.orElse(null);
    }

    @JsonProperty("nilaiUnitDicetak")
    @Nullable
    Pembulatan nilaiUnitDicetakJson() {
        return nilaiUnitDicetak.orElse(null);
    }

    /**
     * This calculator under another guideline, for example KepmenPAN 25/2004 for older surveys.
     *
     * @param pedoman the guideline, not null
     * @return a new calculator, never null
     * @throws SakipException when the argument is null
     */
    public RumusIkm withPedoman(PedomanIkm pedoman) {
        return new RumusIkm(Checks.notNull(pedoman, "RumusIkm.pedoman"), bobot, pembulatan, nrrDicetak,
                nilaiUnitDicetak);
    }

    /**
     * This calculator with another weight policy.
     *
     * @param bobot {@link BobotIkm#EKSAK} (1/9) or {@link BobotIkm#DICETAK} (0,111), not null
     * @return a new calculator, never null
     * @throws SakipException when the argument is null
     */
    public RumusIkm withBobot(BobotIkm bobot) {
        return new RumusIkm(pedoman, Checks.notNull(bobot, "RumusIkm.bobot"), pembulatan, nrrDicetak,
                nilaiUnitDicetak);
    }

    /**
     * This calculator with another rounding of the IKM (the converted value, 25-100).
     *
     * @param pembulatan the scale and rounding mode, not null
     * @return a new calculator, never null
     * @throws SakipException when the argument is null
     */
    public RumusIkm withPembulatan(Pembulatan pembulatan) {
        return new RumusIkm(pedoman, bobot, Checks.notNull(pembulatan, "RumusIkm.pembulatan"), nrrDicetak,
                nilaiUnitDicetak);
    }

    /**
     * The "as printed" variant: each NRR is rounded before it is weighted, as reports that print
     * the NRR at 2 or 3 decimals and compute on with the printed figure do. Not the regulation's
     * method; offered to reproduce such reports.
     *
     * @param nrrDicetak the rounding of each NRR, for example {@code Pembulatan.of(3, HALF_UP)}, not null
     * @return a new calculator, never null
     * @throws SakipException when the argument is null
     */
    public RumusIkm withNrrDicetak(Pembulatan nrrDicetak) {
        return new RumusIkm(pedoman, bobot, pembulatan, Optional.of(Checks.notNull(nrrDicetak, "RumusIkm.nrrDicetak")),
                nilaiUnitDicetak);
    }

    /**
     * The "as printed" variant for the IKM unit: the unit (sum of weighted NRR) is rounded before
     * it is multiplied by 25, as reports that print the unit and convert the printed figure do.
     * Not the regulation's method (which converts the exact unit); offered to reproduce such
     * reports. Example, the Puskesmas survey of June 2012 ("Hasil PHC", Tabel 1, KepmenPAN
     * 25/2004, weight 0,071): unit 43,08 x 0,071 = 3,05868, printed 3,059 at 3 decimals HALF_UP,
     * and "3,059 x 25 = 76,475"; converting the exact unit would give 76,467.
     *
     * @param nilaiUnitDicetak the rounding of the IKM unit, for example
     *     {@code Pembulatan.of(3, HALF_UP)}, not null
     * @return a new calculator, never null
     * @throws SakipException when the argument is null
     */
    public RumusIkm withNilaiUnitDicetak(Pembulatan nilaiUnitDicetak) {
        return new RumusIkm(pedoman, bobot, pembulatan, nrrDicetak,
                Optional.of(Checks.notNull(nilaiUnitDicetak, "RumusIkm.nilaiUnitDicetak")));
    }

    /**
     * The guideline.
     *
     * @return the guideline, never null
     */
    @JsonProperty("pedoman")
    public PedomanIkm getPedoman() {
        return pedoman;
    }

    /**
     * The weight policy.
     *
     * @return the policy, never null
     */
    @JsonProperty("bobot")
    public BobotIkm getBobot() {
        return bobot;
    }

    /**
     * The rounding of the IKM.
     *
     * @return the rounding, never null
     */
    @JsonProperty("pembulatan")
    public Pembulatan getPembulatan() {
        return pembulatan;
    }

    /**
     * The rounding of each NRR before weighting, in the "as printed" variant.
     *
     * @return the rounding, or empty when NRR are exact (the default)
     */
    public Optional<Pembulatan> getNrrDicetak() {
        return nrrDicetak;
    }

    /**
     * The rounding of the IKM unit before the conversion x 25, in the "as printed" variant.
     *
     * @return the rounding, or empty when the unit is converted exact (the default)
     */
    public Optional<Pembulatan> getNilaiUnitDicetak() {
        return nilaiUnitDicetak;
    }

    /**
     * Computes the IKM of a survey.
     *
     * @param survei the survey, with as many unsur as the pedoman, not null
     * @return the result, carrying the survey and this calculator, never null
     * @throws SakipException when the survey is null or its number of unsur differs from the pedoman's
     */
    public Ikm hitung(SurveiIkm survei) {
        Checks.notNull(survei, "RumusIkm survei");
        Checks.check(survei.getJumlahUnsur() == pedoman.getJumlahUnsur(),
                "SurveiIkm must have %s unsur for %s, was %s", pedoman.getJumlahUnsur(), pedoman.getNama(),
                survei.getJumlahUnsur());
        Pecahan w = pedoman.bobot(bobot);
        List<NrrUnsur> unsur = new ArrayList<>();
        for (int u = 0; u < survei.getJumlahUnsur(); u++) {
            RekapUnsur rekap = survei.getRekap().get(u);
            unsur.add(baris(u, Optional.of(rekap), rekap.getNrr(), w));
        }
        return ImmutableIkm.of(this, Optional.of(survei), unsur);
    }

    /**
     * Computes the IKM of a table that prints only the NRR per unsur, without the answers or
     * totals behind them. The printed NRR are taken as given (exact), then weighted, summed and
     * converted under this calculator's policies; the result has no survey and its rows no totals.
     * {@link #withNrrDicetak(Pembulatan)}, if set, rounds them again (3,045 becomes 3,05 at 2
     * decimals HALF_UP), so leave it unset for NRR that are already printed figures.
     *
     * <p>Example, the Puskesmas survey of June 2012 ("Hasil PHC", Tabel 1, KepmenPAN 25/2004): NRR
     * 3,06 2,98 3,06 2,9 3,06 3,14 3,04 3,06 3,18 3,08 3,2 3,18 3,1 3,04 give, with the weight
     * 0,071 and the unit rounded to 3 decimals as printed, unit 3,059 and IKM 76,475, mutu B
     * (Baik), as printed; with the exact weight 1/14 and the exact unit, IKM 1077/14 = 76,93.
     *
     * @param nrr the NRR per unsur, in the order of the pedoman, as many as it has unsur (14
     *     under KepmenPAN 25/2004), each between 1 and 4 and at most 1000
     *     digits in plain form; copied
     * @return the result, carrying this calculator and no survey, never null
     * @throws SakipException when the list or an element is null, the count differs from the
     *     pedoman's number of unsur, or an NRR is out of range or too long, for example
     *     {@code NRR of unsur 3 "Kejelasan petugas pelayanan" must be between 1 and 4, was 4.01}
     */
    public Ikm hitungDariNrr(List<BigDecimal> nrr) {
        List<BigDecimal> nilai = Checks.noNullElements(nrr, "RumusIkm.nrr");
        Checks.check(nilai.size() == pedoman.getJumlahUnsur(), "RumusIkm.nrr must have %s values, one per unsur of %s,"
                + " was %s", pedoman.getJumlahUnsur(), pedoman.getNama(), nilai.size());
        BigDecimal min = BigDecimal.valueOf(PedomanIkm.JAWABAN_MIN);
        BigDecimal maks = BigDecimal.valueOf(PedomanIkm.JAWABAN_MAKS);
        Pecahan w = pedoman.bobot(bobot);
        List<NrrUnsur> unsur = new ArrayList<>();
        for (int u = 0; u < nilai.size(); u++) {
            String field = "NRR of unsur " + (u + 1) + " \"" + pedoman.getUnsur().get(u) + "\"";
            BigDecimal v = Checks.boundedDigits(nilai.get(u), field);
            Checks.check(v.compareTo(min) >= 0 && v.compareTo(maks) <= 0, "%s must be between %s and %s, was %s", field,
                    min, maks, v.toPlainString());
            unsur.add(baris(u, Optional.empty(), Pecahan.of(v), w));
        }
        return ImmutableIkm.of(this, Optional.empty(), unsur);
    }

    /** The row of unsur {@code u}: its NRR, rounded first in the "as printed" variant, and weight. */
    private NrrUnsur baris(int u, Optional<RekapUnsur> rekap, Pecahan nrrEksak, Pecahan w) {
        Pecahan nrr = nrrDicetak.map(p -> Pecahan.of(nrrEksak.bulatkan(p))).orElse(nrrEksak);
        return ImmutableNrrUnsur.of(pedoman.getUnsur().get(u), rekap, nrrEksak, nrr, w);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (!(obj instanceof RumusIkm)) {
            return false;
        }
        RumusIkm other = (RumusIkm) obj;
        return pedoman.equals(other.pedoman) && bobot == other.bobot && pembulatan.equals(other.pembulatan)
                && nrrDicetak.equals(other.nrrDicetak) && nilaiUnitDicetak.equals(other.nilaiUnitDicetak);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pedoman, bobot, pembulatan, nrrDicetak, nilaiUnitDicetak);
    }

    /**
     * The calculator as text, for example
     * {@code RumusIkm[PermenPANRB 14/2017, EKSAK, Pembulatan[2, HALF_UP], NRR exact]}; the "as
     * printed" unit is named when set: {@code ..., NRR exact, unit as printed Pembulatan[3, HALF_UP]]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "RumusIkm[" + pedoman.getNama() + ", " + bobot + ", " + pembulatan + ", "
                + nrrDicetak.map(p -> "NRR as printed " + p).orElse("NRR exact")
                + nilaiUnitDicetak.map(p -> ", unit as printed " + p).orElse("") + "]";
    }
}
