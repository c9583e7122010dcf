package io.github.sakip.evaluasi.skp;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.model.Pecahan;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Persen;
import io.github.sakip.predikat.Predikat;
import io.github.sakip.predikat.Skala;
import io.github.sakip.SakipException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * The conversion of the capaian of an individual performance indicator (IKI) into its nilai
 * capaian, PermenPANRB 8/2021 (Sistem Manajemen Kinerja PNS), and the weighted nilai of an SKP.
 * PermenPANRB 6/2022 (Pengelolaan Kinerja Pegawai ASN) replaced 8/2021 for new SKPs; this
 * conversion applies to SKPs made under 8/2021.
 *
 * <p>The capaian is rated on a {@link Skala} of five categories, and each category converts it
 * with its own {@link RuasKonversi straight line}; a nilai above {@link #getNilaiMaksimum()} (120)
 * is cut to it. {@link #standar()}:
 * <table>
 *   <caption>Categories and conversion, PermenPANRB 8/2021</caption>
 *   <tr><th>Kategori</th><th>Capaian (%)</th><th>Nilai capaian</th></tr>
 *   <tr><td>Sangat kurang</td><td>below 60</td><td>capaian / 59 x 49</td></tr>
 *   <tr><td>Kurang</td><td>60 to below 80</td><td>50 + (69 - 50) / (79 - 60) x (capaian - 60)</td></tr>
 *   <tr><td>Cukup</td><td>80 to below 100</td><td>70 + (89 - 70) / (99 - 80) x (capaian - 80)</td></tr>
 *   <tr><td>Baik</td><td>100 to below 101</td><td>109</td></tr>
 *   <tr><td>Sangat baik</td><td>101 and above</td><td>110 + (120 - 110) / (110 - 101) x (capaian - 101),
 *       at most 120 (above 110 % converts to 120)</td></tr>
 * </table>
 * Sources: PermenPANRB 8/2021, Lampiran, Bab VI A.1.b.2 (the regulation's text, read in a
 * published copy of the salinan, page 93): the formulas of cukup, kurang and sangat kurang, item
 * (h) "apabila capaian IKI lebih besar dari 110 %, maka nilai capaian IKI dikonversi menjadi 120"
 * and item (i), the target maksimal below; the annex's SKP example (page 243) prints capaian
 * 100 % baik 109 and 98 % (target 95, realisasi 93) cukup 88. The category table and the sangat
 * baik and baik formulas (items (c) and (d), the page before) were not reached, so reading item
 * (d) as the baik rule is <i>inferred</i> from item (i)'s wording; the sangat baik line and the
 * category edges 101-110, 100, 80-99, 60-79 and 0-59 are those of peer implementations
 * (practice) and agree with the examples; the baik nilai is <i>inferred</i>: the only data point
 * is 100 % -&gt; 109 and peers use the constant 109, so baik is constant. These items are those of
 * Bab VI A.1, the SKP of pejabat pimpinan tinggi and pimpinan unit kerja mandiri; whether A.2
 * (pejabat administrasi and fungsional) converts in the same way was not checked.
 *
 * <p><b>Target maksimal</b> (item (i)): "dengan mengecualikan ketentuan pada huruf (d)", when the
 * capaian is 100 % and the target is the highest that can be attained for the IKI, the nilai is
 * 120 and the category sangat baik. The regulation's example: "Persentase Pengelolaan Keuangan
 * yang Bebas dari Temuan Material", target 100 %, realisasi 100 %: sangat baik, 120.
 * {@link #konversiTargetMaksimal(Persen)} applies it, and {@link #hitung(List)} applies it to each
 * {@link CapaianIki#isTargetMaksimal() indicator so marked}. For a conversion built with
 * {@link #of}, the rule gives the highest category and {@link #getNilaiMaksimum()}. Below 100 % a
 * target maksimal converts as any other; above 100 % it is a contradiction and is refused. The
 * rule asks for exactly 100 %: 99,999 % is not 100 % (round the capaian first if the report
 * rounds it).
 *
 * <p>The printed edges are whole percentages (80-99, then 100): the library closes each gap at the
 * printed lower bound of the next category (inferred), extending the lower category's line, so
 * 99,5 % is cukup, nilai 89,5, and 100,5 % is baik, 109. Inside each category the conversion is
 * continuous and non-decreasing. Between categories the regulation makes it jump: at 60 from
 * 49,83 (60 x 49/59) to 50; at 100 from 90 to 109; at 101 from 109 to 110. It is continuous at
 * 80 (70 either side) and at 110 (120, where the cap meets the line). Negative capaian (possible
 * with the lower-is-better formula) is refused. The target maksimal rule is the one more jump: at
 * exactly 100 % from 109 to 120, for indicators so marked.
 *
 * <p>The capaian is converted as given. The annex's example converts the capaian as printed in
 * whole percent: realisasi 93 of target 95 is 97,89 %, printed 98, nilai 88; the exact 97,89...
 * gives 87,89. To reproduce it, round the capaian first
 * ({@code capaian.withPembulatan(Pembulatan.of(0, RoundingMode.HALF_UP))}).
 *
 * <p>Arithmetic is exact (49/59 has no finite decimal) and rounded once by the
 * {@link Pembulatan} ({@link Pembulatan#STANDAR} by default). This class is immutable and
 * thread-safe.
 */
@SakipJson
@JsonPropertyOrder({"nama", "kategori", "ruas", "nilaiMaksimum", "pembulatan"})
public final class KonversiCapaianIki {
    private static final KonversiCapaianIki STANDAR = new KonversiCapaianIki("PermenPANRB 8/2021",
            Skala.builder("Kategori capaian IKI PermenPANRB 8/2021 (edges of peer implementations, gaps closed)",
                            "Sangat kurang")
                    .dari(BigDecimal.valueOf(60), "Kurang")
                    .dari(BigDecimal.valueOf(80), "Cukup")
                    .dari(BigDecimal.valueOf(100), "Baik")
                    .dari(BigDecimal.valueOf(101), "Sangat baik")
                    .build(),
            List.of(RuasKonversi.of(0, 59, 0, 49), RuasKonversi.of(60, 79, 50, 69), RuasKonversi.of(80, 99, 70, 89),
                    RuasKonversi.of(100, 100, 109, 109), RuasKonversi.of(101, 110, 110, 120)),
            BigDecimal.valueOf(120), Pembulatan.STANDAR);

    private final String nama;
    private final Skala kategori;
    private final List<RuasKonversi> ruas;
    private final BigDecimal nilaiMaksimum;
    private final Pembulatan pembulatan;

    private KonversiCapaianIki(String nama, Skala kategori, List<RuasKonversi> ruas, BigDecimal nilaiMaksimum,
            Pembulatan pembulatan) {
        this.nama = nama;
        this.kategori = kategori;
        this.ruas = ruas;
        this.nilaiMaksimum = nilaiMaksimum;
        this.pembulatan = pembulatan;
    }

    /**
     * The conversion of PermenPANRB 8/2021 as the class comment tables it, nilai rounded to 2
     * decimals HALF_UP.
     *
     * @return the conversion, never null
     */
    public static KonversiCapaianIki standar() {
        return STANDAR;
    }

    /**
     * Obtains a conversion for a regulation that has no preset: categories, one line per category
     * and a maximum, as data.
     *
     * @param nama the name of the regulation, not blank
     * @param kategori the categories of capaian, lowest first, not null
     * @param ruas one line per category, in the same order; copied
     * @param nilaiMaksimum the highest nilai, not null
     * @return the conversion, rounding to 2 decimals HALF_UP, never null
     * @throws SakipException when an argument is null or blank, the number of lines differs from
     *     the number of categories, or the maximum has more than 1000 digits in plain form
     */
    public static KonversiCapaianIki of(String nama, Skala kategori,
            List<RuasKonversi> ruas, BigDecimal nilaiMaksimum) {
        Checks.notNull(kategori, "KonversiCapaianIki.kategori");
        List<RuasKonversi> list = Checks.noNullElements(ruas, "KonversiCapaianIki.ruas");
        Checks.check(list.size() == kategori.getPita().size(),
                "KonversiCapaianIki.ruas must have one line per category (%s), was %s", kategori.getPita().size(),
                list.size());
        return new KonversiCapaianIki(Checks.notBlank(nama, "KonversiCapaianIki.nama"), kategori, list,
                Checks.boundedDigits(nilaiMaksimum, "KonversiCapaianIki.nilaiMaksimum"), Pembulatan.STANDAR);
    }

    /** Reads a conversion back through {@link #of} and {@link #withPembulatan}: JSON is checked like Java input. */
    @JsonCreator
    static KonversiCapaianIki json(@JsonProperty("nama") String nama, @JsonProperty("kategori") Skala kategori,
            @JsonProperty("ruas") List<RuasKonversi> ruas, @JsonProperty("nilaiMaksimum") BigDecimal nilaiMaksimum,
            @JsonProperty("pembulatan") Pembulatan pembulatan) {
        return of(nama, kategori, ruas, nilaiMaksimum).withPembulatan(pembulatan);
    }

    /**
     * This conversion with another rounding of the nilai.
     *
     * @param pembulatan the scale and rounding mode, not null
     * @return a new conversion, never null
     * @throws SakipException when the argument is null
     */
    public KonversiCapaianIki withPembulatan(Pembulatan pembulatan) {
        return new KonversiCapaianIki(nama, kategori, ruas, nilaiMaksimum,
                Checks.notNull(pembulatan, "KonversiCapaianIki.pembulatan"));
    }

    /**
     * The name of the regulation, for example {@code "PermenPANRB 8/2021"}.
     *
     * @return the name, never null
     */
    @JsonProperty("nama")
    public String getNama() {
        return nama;
    }

    /**
     * The categories of capaian.
     *
     * @return the scale, never null
     */
    @JsonProperty("kategori")
    public Skala getKategori() {
        return kategori;
    }

    /**
     * The line of each category, in the order of {@link #getKategori()}.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("ruas")
    public List<RuasKonversi> getRuas() {
        return ruas;
    }

    /** The JSON form of the maximum: an exact string, {@code "120"}. */
    @JsonProperty("nilaiMaksimum")
    String nilaiMaksimumJson() {
        return nilaiMaksimum.toString();
    }

    /**
     * The highest nilai: 120.
     *
     * @return the maximum, never null
     */
    public BigDecimal getNilaiMaksimum() {
        return nilaiMaksimum;
    }

    /**
     * The rounding of the nilai.
     *
     * @return the rounding, never null
     */
    @JsonProperty("pembulatan")
    public Pembulatan getPembulatan() {
        return pembulatan;
    }

    /**
     * Converts one capaian: 100 % is baik, 109; 98 % is cukup, 88; 115 % is sangat baik, 120.
     *
     * @param capaian the capaian of the IKI in percent, 0 or more, not null
     * @return the nilai capaian with its category, never null
     * @throws SakipException when the capaian is null or negative
     */
    public NilaiCapaianIki konversi(Persen capaian) {
        Checks.notNull(capaian, "NilaiCapaianIki.capaian");
        BigDecimal c = capaian.getNilai();
        Checks.check(c.signum() >= 0, "NilaiCapaianIki.capaian must be >= 0 to convert under %s, was %s", nama,
                capaian);
        Predikat k = kategori.predikat(c);
        Pecahan nilai = ruas.get(k.getPeringkat() - 1).nilai(c);
        Pecahan maks = Pecahan.of(nilaiMaksimum);
        return ImmutableNilaiCapaianIki.of(capaian, k, nilai.compareTo(maks) > 0 ? maks : nilai, false, this);
    }

    /**
     * Converts the capaian of an IKI whose target is the highest attainable (PermenPANRB 8/2021
     * Bab VI, item (i)): exactly 100 % is sangat baik, 120 (the highest category and
     * {@link #getNilaiMaksimum()}); below 100 % it converts as {@link #konversi(Persen)} does.
     * Example: "Persentase Pengelolaan Keuangan yang Bebas dari Temuan Material", target 100 %,
     * realisasi 100 %: sangat baik, 120 (without the rule: baik, 109).
     *
     * @param capaian the capaian of the IKI in percent, 0 to 100, not null
     * @return the nilai capaian with its category, never null
     * @throws SakipException when the capaian is null, negative or above 100 % (a target maksimal
     *     cannot be exceeded)
     */
    public NilaiCapaianIki konversiTargetMaksimal(Persen capaian) {
        checkTargetMaksimal(Checks.notNull(capaian, "NilaiCapaianIki.capaian"), "NilaiCapaianIki.capaian");
        if (capaian.compareTo(Persen.SERATUS) != 0) {
            return konversi(capaian);
        }
        List<Predikat> urut = kategori.getPredikat();
        return ImmutableNilaiCapaianIki.of(capaian, urut.get(urut.size() - 1), Pecahan.of(nilaiMaksimum), true, this);
    }

    /** A target maksimal cannot be exceeded: the capaian, named by {@code field}, is at most 100 %. */
    static void checkTargetMaksimal(Persen capaian, String field) {
        Checks.check(capaian.compareTo(Persen.SERATUS) <= 0,
                "%s must be <= 100 for a target maksimal (the highest attainable target,"
                        + " PermenPANRB 8/2021 Bab VI), was %s", field, capaian);
    }

    /**
     * The nilai of an SKP: the weighted mean of the nilai capaian of its IKI,
     * {@code sum(nilai x bobot) / sum(bobot)}; with weights in percent adding up to 100 this is
     * the sum of the weighted nilai ("nilai tertimbang"), with equal weights the plain mean that
     * peer applications print. Exact, rounded once.
     * Indicators marked {@link CapaianIki#isTargetMaksimal() target maksimal} are converted by
     * {@link #konversiTargetMaksimal(Persen)}.
     *
     * @param iki the indicators with their capaian and weights, at least one
     * @return the result, never null
     * @throws SakipException when the list is null or empty, or a capaian is negative
     */
    public NilaiSkp hitung(List<CapaianIki> iki) {
        List<CapaianIki> list = Checks.noNullElements(iki, "NilaiSkp.iki");
        Checks.check(!list.isEmpty(), "NilaiSkp.iki must have at least one indicator (IKI), was empty");
        List<NilaiCapaianIki> nilai = new ArrayList<>();
        for (CapaianIki i : list) {
            nilai.add(i.isTargetMaksimal() ? konversiTargetMaksimal(i.getCapaian()) : konversi(i.getCapaian()));
        }
        return ImmutableNilaiSkp.of(list, nilai, this);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (!(obj instanceof KonversiCapaianIki)) {
            return false;
        }
        KonversiCapaianIki o = (KonversiCapaianIki) obj;
        return nama.equals(o.nama) && kategori.equals(o.kategori) && ruas.equals(o.ruas)
                && nilaiMaksimum.equals(o.nilaiMaksimum) && pembulatan.equals(o.pembulatan);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nama, kategori, ruas, nilaiMaksimum, pembulatan);
    }

    /**
     * The conversion as text, for example {@code KonversiCapaianIki[PermenPANRB 8/2021, Pembulatan[2, HALF_UP]]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "KonversiCapaianIki[" + nama + ", " + pembulatan + "]";
    }
}
