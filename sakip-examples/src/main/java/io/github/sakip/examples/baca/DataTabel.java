package io.github.sakip.examples.baca;

import io.github.sakip.model.Tahun;
import io.github.sakip.reviu.JenisBesaran;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report's data as its tables print them: each datum (a target, a realisasi, a pagu, a
 * realisasi anggaran) of a thing and a year, taken as the value most of its tables print (of
 * equal counts, the first printed). The narrative's figures are never data: they are checked
 * against the tables.
 *
 * <p>Not thread-safe; built once per report, then only read.
 */
final class DataTabel {

    private record Kunci(JenisBesaran jenis, Entitas entitas, Tahun tahun) {
    }

    private final Map<Kunci, List<AngkaTerbaca>> data = new LinkedHashMap<>();

    DataTabel(List<Butir> butir) {
        for (Butir b : butir) {
            if (b.angka().kolom().isPresent() && b.rujukan().isPresent()
                    && b.angka().jenis().getSifat() == JenisBesaran.Sifat.DATA) {
                data.computeIfAbsent(new Kunci(b.angka().jenis(), b.rujukan().get(), b.angka().tahun()),
                        k -> new ArrayList<>()).add(b.angka());
            }
        }
    }

    /** The datum of a kind, a thing and a year, as printed. */
    Optional<AngkaTerbaca> nilai(JenisBesaran jenis, Entitas entitas, Tahun tahun) {
        List<AngkaTerbaca> semua = data.getOrDefault(new Kunci(jenis, entitas, tahun), List.of());
        Map<BigDecimal, Integer> hitung = new LinkedHashMap<>();
        for (AngkaTerbaca a : semua) {
            hitung.merge(a.nilai().stripTrailingZeros(), 1, Integer::sum);
        }
        return hitung.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue))
                .flatMap(e -> semua.stream().filter(a -> a.nilai().compareTo(e.getKey()) == 0).findFirst());
    }

    /** The years of a kind of datum of a thing, in order. */
    List<Tahun> tahun(JenisBesaran jenis, Entitas entitas) {
        return data.keySet().stream().filter(k -> k.jenis() == jenis && k.entitas() == entitas).map(Kunci::tahun)
                .distinct().sorted().toList();
    }

    /** Every year of every datum. */
    List<Tahun> semuaTahun() {
        return data.keySet().stream().map(Kunci::tahun).distinct().sorted().toList();
    }
}
