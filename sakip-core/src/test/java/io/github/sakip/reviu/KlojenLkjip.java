package io.github.sakip.reviu;

import io.github.sakip.model.Indikator;
import io.github.sakip.model.KomitmenSasaran;
import io.github.sakip.model.PerjanjianKinerja;
import io.github.sakip.model.Program;
import io.github.sakip.model.Renstra;
import io.github.sakip.model.Sasaran;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import io.github.sakip.testing.Klojen2021;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Klojen LKjIP 2021 of {@link Klojen2021} as a {@link DataLkjip}: its Renstra, Perjanjian Kinerja
 * and penyerapan of 2020, the Linmas program indicator with its counts, and builders of the printed
 * figures and of variants of the data that each test needs.
 * The whole report, from its data file, is tested in sakip-examples.
 */
final class KlojenLkjip {

    /** Rasio Linmas per RT of Program Koordinasi Ketentraman, 588 Linmas / 679 RT (Tabel 3.4). */
    static final IndikatorProgram LINMAS = IndikatorProgram.of(Klojen2021.KETENTRAMAN, Klojen2021.RASIO_LINMAS,
            Klojen2021.TARGET_RASIO_LINMAS, Klojen2021.REALISASI_RASIO_LINMAS,
            Rincian.of(Klojen2021.JUMLAH_LINMAS, Klojen2021.JUMLAH_RT, BigDecimal.ONE));

    private KlojenLkjip() {
    }

    /** The report's data with the given printed figures and words; penyerapan 2020 96,30 % (Bab IV.A). */
    static DataLkjip data(List<AngkaDicetak> dicetak, List<TerbilangDicetak> terbilang) {
        return tanpaPenyerapanSebelumnya(dicetak, terbilang).withPenyerapanSebelumnya(Klojen2021.PENYERAPAN_2020);
    }

    /** The report's data without the year before's penyerapan. */
    static DataLkjip tanpaPenyerapanSebelumnya(List<AngkaDicetak> dicetak, List<TerbilangDicetak> terbilang) {
        return DataLkjip.of(Klojen2021.PERANGKAT_DAERAH, Klojen2021.TAHUN, Klojen2021.renstra(),
                Klojen2021.perjanjianKinerja(), List.of(LINMAS), dicetak, terbilang);
    }

    /** Other data of the same agency and year, to state a rule where the Klojen data do not show it. */
    static DataLkjip data(Renstra renstra, PerjanjianKinerja pk, List<IndikatorProgram> ip, AngkaDicetak... dicetak) {
        return DataLkjip.of(Klojen2021.PERANGKAT_DAERAH, Klojen2021.TAHUN, renstra, pk, ip, List.of(dicetak),
                List.of());
    }

    /** The Renstra as it stood before the year was measured: realisasi up to 2020. */
    static Renstra renstraSampai2020() {
        return Klojen2021.renstraSampai(Tahun.of(2020));
    }

    /** A printed figure. */
    static AngkaDicetak dicetak(String tabel, String baris, String kolom, Besaran besaran, String nilai) {
        return AngkaDicetak.of(Lokasi.of(tabel, baris, kolom), besaran, d(nilai), null);
    }

    static List<AngkaDicetak> list(AngkaDicetak... a) {
        return new ArrayList<>(List.of(a));
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** A commitment of another agreement of 2021, for variants of the Klojen agreement. */
    static KomitmenSasaran komitmen(Sasaran s, Indikator i, String target, Program... programs) {
        return KomitmenSasaran.of(s, Map.of(i, Target.of(Klojen2021.TAHUN, d(target))), List.of(programs));
    }
}
