package io.github.sakip.pengukuran;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.anggaran.Penyerapan;
import io.github.sakip.internal.Checks;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.KomitmenSasaran;
import io.github.sakip.model.PerjanjianKinerja;
import io.github.sakip.model.Rupiah;
import io.github.sakip.model.Sasaran;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * A {@link PengukuranSasaran} as JSON gives it, without its calculator: its inputs, recomputed
 * with a {@link RumusPengukuran}; the figures written beside them are ignored. The sasaran's part
 * of a {@link PengukuranKinerja}'s JSON, which carries the calculator once for all its parts.
 */
@JsonIgnoreProperties({"rataRata", "predikat", "tercapai", "efisiensi"})
record SasaranDibaca(@JsonProperty("sasaran") @Nullable String sasaran, @JsonProperty("kode") @Nullable String kode,
        @JsonProperty("indikator") @Nullable List<BarisDibaca> indikator, @JsonProperty("pagu") @Nullable Rupiah pagu,
        @JsonProperty("penyerapan") @Nullable Penyerapan penyerapan) {

    /** The part recomputed: its indicators' lines, then its recap and budget from its pagu and realisasi anggaran. */
    PengukuranSasaran hitung(RumusPengukuran rumus) {
        List<PengukuranIndikator> baris = Checks.noNullElements(indikator, "PengukuranSasaran.indikator").stream()
                .map(b -> b.hitung(rumus)).toList();
        Sasaran s = Sasaran.of(sasaran, baris.stream().map(PengukuranIndikator::getIndikator).toList());
        Rupiah total = Checks.notNull(pagu, "PengukuranSasaran.pagu");
        Checks.check(!total.isNegative(), "PengukuranSasaran.pagu must be >= 0, was %s", total);
        return rumus.sasaran(kode == null ? s : s.withKode(kode), baris, total,
                Optional.ofNullable(penyerapan).map(Penyerapan::getRealisasi));
    }

    /**
     * The measurement recomputed from its sasaran's parts, checked first as the Perjanjian Kinerja
     * they come from (its programs aside, which the parts carry as totals): the year of every
     * target, no sasaran twice, no indicator code twice.
     */
    static PengukuranKinerja hitung(Tahun tahun, @Nullable List<SasaranDibaca> sasaran, RumusPengukuran rumus) {
        List<PengukuranSasaran> hasil = Checks.noNullElements(sasaran, "PengukuranKinerja.sasaran").stream()
                .map(s -> s.hitung(rumus)).toList();
        List<KomitmenSasaran> komitmen = new ArrayList<>();
        for (PengukuranSasaran s : hasil) {
            Map<Indikator, Target> target = new LinkedHashMap<>();
            s.getIndikator().forEach(i -> target.put(i.getIndikator(), i.getTarget()));
            komitmen.add(KomitmenSasaran.of(s.getSasaran(), target, List.of()));
        }
        PerjanjianKinerja.of(tahun, komitmen);
        return rumus.kinerja(tahun, hasil);
    }
}
