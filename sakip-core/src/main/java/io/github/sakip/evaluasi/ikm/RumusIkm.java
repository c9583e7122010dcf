package io.github.sakip.evaluasi.ikm;

import io.github.sakip.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.model.Pecahan;
import io.github.sakip.model.Pembulatan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The IKM calculator (PermenPANRB 14/2017, rules.md "confirmed"): per unsur
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
 * <p>Policies, each a named variant with the regulation's default:
 * <ul>
 *   <li>the pedoman: {@link PedomanIkm#PERMENPANRB_14_2017} (default) or
 *       {@link PedomanIkm#KEPMENPAN_25_2004};</li>
 *   <li>the weight: {@link BobotIkm#EKSAK} 1/9 (default) or {@link BobotIkm#DICETAK} 0,111;</li>
 *   <li>the rounding of the IKM: {@link Pembulatan#STANDAR} (2 decimals, HALF_UP) by default;</li>
 *   <li>the NRR: exact by default; {@link #withNrrDicetak(Pembulatan)} rounds each NRR first, as
 *       reports that print NRR at 2 or 3 decimals and compute on with the printed figure do.</li>
 * </ul>
 * Arithmetic is exact: 1/9 has no finite decimal, so the IKM unit is kept as a
 * {@link Pecahan fraction} and divided once, at the end, by the rounding policy. The mutu is
 * rated on the exact IKM, so the rounding policy never changes it; a caller who wants the mutu
 * of the printed figure asks {@link PedomanIkm#mutu} with {@link Ikm#getNilai()} (the two differ
 * only for an exact IKM within half a hundredth below a band, such as 88,305, printed 88,31 but B).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RumusIkm {
    private static final RumusIkm STANDAR = new RumusIkm(PedomanIkm.PERMENPANRB_14_2017, BobotIkm.EKSAK,
            Pembulatan.STANDAR, Optional.empty());

    private final PedomanIkm pedoman;
    private final BobotIkm bobot;
    private final Pembulatan pembulatan;
    private final Optional<Pembulatan> nrrDicetak;

    private RumusIkm(PedomanIkm pedoman, BobotIkm bobot, Pembulatan pembulatan, Optional<Pembulatan> nrrDicetak) {
        this.pedoman = pedoman;
        this.bobot = bobot;
        this.pembulatan = pembulatan;
        this.nrrDicetak = nrrDicetak;
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

    /**
     * This calculator under another guideline, for example KepmenPAN 25/2004 for older surveys.
     *
     * @param pedoman the guideline, not null
     * @return a new calculator, never null
     * @throws SakipException when the argument is null
     */
    public RumusIkm withPedoman(@Nullable PedomanIkm pedoman) {
        return new RumusIkm(Checks.notNull(pedoman, "RumusIkm.pedoman"), bobot, pembulatan, nrrDicetak);
    }

    /**
     * This calculator with another weight policy.
     *
     * @param bobot {@link BobotIkm#EKSAK} (1/9) or {@link BobotIkm#DICETAK} (0,111), not null
     * @return a new calculator, never null
     * @throws SakipException when the argument is null
     */
    public RumusIkm withBobot(@Nullable BobotIkm bobot) {
        return new RumusIkm(pedoman, Checks.notNull(bobot, "RumusIkm.bobot"), pembulatan, nrrDicetak);
    }

    /**
     * This calculator with another rounding of the IKM (the converted value, 25-100).
     *
     * @param pembulatan the scale and rounding mode, not null
     * @return a new calculator, never null
     * @throws SakipException when the argument is null
     */
    public RumusIkm withPembulatan(@Nullable Pembulatan pembulatan) {
        return new RumusIkm(pedoman, bobot, Checks.notNull(pembulatan, "RumusIkm.pembulatan"), nrrDicetak);
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
    public RumusIkm withNrrDicetak(@Nullable Pembulatan nrrDicetak) {
        return new RumusIkm(pedoman, bobot, pembulatan, Optional.of(Checks.notNull(nrrDicetak, "RumusIkm.nrrDicetak")));
    }

    /**
     * The guideline.
     *
     * @return the guideline, never null
     */
    public PedomanIkm getPedoman() {
        return pedoman;
    }

    /**
     * The weight policy.
     *
     * @return the policy, never null
     */
    public BobotIkm getBobot() {
        return bobot;
    }

    /**
     * The rounding of the IKM.
     *
     * @return the rounding, never null
     */
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
     * Computes the IKM of a survey.
     *
     * @param survei the survey, with as many unsur as the pedoman, not null
     * @return the result, carrying the survey and this calculator, never null
     * @throws SakipException when the survey is null or its number of unsur differs from the pedoman's
     */
    public Ikm hitung(@Nullable SurveiIkm survei) {
        Checks.notNull(survei, "RumusIkm survei");
        Checks.check(survei.getJumlahUnsur() == pedoman.getJumlahUnsur(),
                "SurveiIkm must have %s unsur for %s, was %s", pedoman.getJumlahUnsur(), pedoman.getNama(),
                survei.getJumlahUnsur());
        Pecahan w = pedoman.bobot(bobot);
        List<NrrUnsur> unsur = new ArrayList<>();
        for (int u = 0; u < survei.getJumlahUnsur(); u++) {
            RekapUnsur rekap = survei.getRekap().get(u);
            Pecahan nrr = nrrDicetak.map(p -> Pecahan.of(rekap.getNrr().bulatkan(p))).orElse(rekap.getNrr());
            unsur.add(ImmutableNrrUnsur.of(pedoman.getUnsur().get(u), rekap, nrr, w));
        }
        return ImmutableIkm.of(this, survei, unsur);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (!(obj instanceof RumusIkm)) {
            return false;
        }
        RumusIkm other = (RumusIkm) obj;
        return pedoman.equals(other.pedoman) && bobot == other.bobot && pembulatan.equals(other.pembulatan)
                && nrrDicetak.equals(other.nrrDicetak);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pedoman, bobot, pembulatan, nrrDicetak);
    }

    /**
     * The calculator as text, for example
     * {@code RumusIkm[PermenPANRB 14/2017, EKSAK, Pembulatan[2, HALF_UP], NRR exact]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "RumusIkm[" + pedoman.getNama() + ", " + bobot + ", " + pembulatan + ", "
                + nrrDicetak.map(p -> "NRR as printed " + p).orElse("NRR exact") + "]";
    }
}
