package io.github.sakip.examples.lkjip;

import io.github.sakip.SakipException;
import io.github.sakip.capaian.BatasAtasCapaian;
import io.github.sakip.capaian.VarianNegatif;
import io.github.sakip.examples.csv.Cells;
import io.github.sakip.examples.csv.Row;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.predikat.Skala;
import io.github.sakip.reviu.KebijakanLaporan;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The policies a report declares in its data file ({@link KebijakanLaporan}): the keys of
 * {@code [laporan]}
 * <ul>
 *   <li>{@code batas-atas-capaian;100} (or 120, 150, any value of 100 or more, or {@code tanpa});</li>
 *   <li>{@code pembulatan;DOWN} or {@code pembulatan;HALF_UP 2} (a {@link RoundingMode}, then the
 *       decimals, 2 when not given);</li>
 *   <li>{@code rumus-negatif;RASIO} or {@code PERMENPANRB} ({@link VarianNegatif});</li>
 *   <li>{@code desimal;titik}: the file writes decimals with a point ({@code 93.6}) as the report
 *       does; a number with one point followed by other than three digits ({@code 93.6},
 *       {@code 12.3456}), a number below 1 ({@code 0.875}) or with commas before a final point
 *       ({@code 1,234.56}) is read so, commas grouping thousands ({@code 1,004,422,800}) too, as
 *       US-style pages print them; every other number in Indonesian format ({@code 1.234.567}
 *       is still one million and more, {@code 93.600} ninety-three thousand six hundred);</li>
 * </ul>
 * and the section {@code [skala]} with the report's rating scale, one band a row, lowest first:
 * {@code batas;predikat} where the lowest band has an empty {@code batas}, the others {@code >=85}
 * (from 85) or {@code >100} (above 100).
 *
 * <p>Not thread-safe; one instance reads one file.
 */
final class KebijakanLkjip {

    /** The keys of {@code [laporan]} read here. */
    static final List<String> KUNCI = List.of("batas-atas-capaian", "pembulatan", "rumus-negatif", "desimal");

    /** Columns of the data sections that hold text, never a number. */
    private static final Set<String> KOLOM_TEKS = Set.of("kode", "sasaran", "indikator", "satuan", "polaritas",
            "program", "rujukan", "tabel", "baris", "kolom", "kutipan", "kata", "besaran", "tahun", "kunci", "nilai",
            "predikat", "batas", "tingkat", "nama");
    private static final Pattern SATU_TITIK = Pattern.compile("[^.,\\d]*-?(0\\.\\d+|\\d+\\.(\\d{1,2}|\\d{4,}))\\D*");
    private static final Pattern KOMA_RIBUAN = Pattern.compile("\\D*\\d{1,3}(,\\d{3})+\\D*");
    private static final Pattern KOMA_LALU_TITIK = Pattern.compile("[^.]*\\d,\\d{3}[^.]*\\.\\d+\\D*");

    private KebijakanLaporan kebijakan = KebijakanLaporan.standar();
    private boolean desimalTitik;

    /** Reads a key of {@code [laporan]}; returns false when the key is not a policy's. */
    boolean baca(String kunci, String nilai) {
        switch (kunci) {
            case "batas-atas-capaian" -> kebijakan = kebijakan.withBatasAtasCapaian(nilai.equalsIgnoreCase("tanpa")
                    ? BatasAtasCapaian.TANPA : BatasAtasCapaian.of(Cells.number("batas-atas-capaian", nilai)));
            case "pembulatan" -> {
                String[] bagian = nilai.strip().split("\\s+");
                RoundingMode mode = Cells.choice("pembulatan", bagian[0], RoundingMode.class);
                int desimal = bagian.length > 1 ? Cells.number("pembulatan", bagian[1]).intValueExact() : 2;
                kebijakan = kebijakan.withPembulatan(Pembulatan.of(desimal, mode));
            }
            case "rumus-negatif" -> kebijakan = kebijakan.withVarianNegatif(Cells.choice("rumus-negatif", nilai,
                    VarianNegatif.class));
            case "desimal" -> desimalTitik = switch (nilai.strip().toLowerCase(Locale.ROOT)) {
                case "titik" -> true;
                case "koma" -> false;
                default -> throw new SakipException("desimal \"" + nilai + "\" must be titik or koma");
            };
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Reads the section {@code [skala]}: the report's rating scale with its own labels. */
    void skala(String instansi, Section s) {
        Skala.Builder builder = null;
        for (Row row : s.rows()) {
            s.checkWidth(row);
            String batas = s.get(row, "batas").strip();
            String label = s.get(row, "predikat").strip();
            if (builder == null) {
                if (!batas.isEmpty()) {
                    throw new SakipException("the first band of [skala] is the lowest, its batas must be empty, was \""
                            + batas + "\"");
                }
                builder = Skala.builder("Skala " + instansi, label);
            } else if (batas.startsWith(">=")) {
                builder = builder.dari(Cells.number("batas", batas.substring(2)), label);
            } else if (batas.startsWith(">")) {
                builder = builder.lebihDari(Cells.number("batas", batas.substring(1)), label);
            } else {
                throw new SakipException("batas \"" + batas + "\" must be >=N (from N) or >N (above N)");
            }
        }
        if (builder != null) {
            kebijakan = kebijakan.withSkala(builder.build());
        }
    }

    /** A row with its numbers in Indonesian format, for a file that declares {@code desimal;titik}. */
    Row baris(Section s, Row row) {
        if (!desimalTitik) {
            return row;
        }
        List<String> cells = new ArrayList<>(row.fields());
        for (int c = 0; c < cells.size() && c < s.header().size(); c++) {
            if (!KOLOM_TEKS.contains(s.header().get(c))) {
                cells.set(c, indonesia(cells.get(c)));
            }
        }
        return new Row(row.line(), cells);
    }

    /** {@code 93.6} as {@code 93,6}, {@code 1,234.56} as {@code 1.234,56}, {@code 1,004} as {@code 1.004}; else as it is. */
    static String indonesia(String cell) {
        if (SATU_TITIK.matcher(cell).matches()) {
            return cell.replace('.', ',');
        }
        if (KOMA_RIBUAN.matcher(cell).matches()) {
            return cell.replace(',', '.');
        }
        if (KOMA_LALU_TITIK.matcher(cell).matches()) {
            return cell.replace('.', '#').replace(',', '.').replace('#', ',');
        }
        return cell;
    }

    /** A number of {@code [laporan]} as Indonesian format. */
    String angka(String nilai) {
        return desimalTitik ? indonesia(nilai) : nilai;
    }

    KebijakanLaporan kebijakan() {
        return kebijakan;
    }
}
