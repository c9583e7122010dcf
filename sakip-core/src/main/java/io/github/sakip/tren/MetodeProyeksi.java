package io.github.sakip.tren;

import io.github.sakip.model.Pecahan;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Tahun;
import java.math.BigDecimal;
import java.util.List;

/**
 * How a series is projected to a later year (metode proyeksi). Both methods are linear in the year
 * and computed in exact rational arithmetic, rounded once; a {@link Proyeksi} names the method that
 * made it. No regulation prescribes a method (practice); {@link #LINEAR_KUADRAT_TERKECIL} is the
 * library's default because it uses every year measured.
 */
public enum MetodeProyeksi {
    /**
     * The least-squares line (regresi linear, kuadrat terkecil) through every year that has a
     * realisasi, year as x: slope b = (n Sxy - Sx Sy) / (n Sxx - Sx^2), projection
     * y(X) = Sy/n + b (X - Sx/n). An exactly linear series projects onto its own line. Example:
     * Klojen Nilai SAKIP OPD 75,74 / 76,26 / 76,57 / 87,80 (2018-2021) has slope 3,65 (3,649) a year and
     * projects to 91,86 (91,864) in 2023.
     */
    LINEAR_KUADRAT_TERKECIL {
        @Override
        Pecahan laju(List<Realisasi> data) {
            Jumlah j = new Jumlah(data);
            return Pecahan.of(j.kovarians(), j.varians());
        }

        @Override
        Pecahan nilai(List<Realisasi> data, Tahun tahun) {
            Jumlah j = new Jumlah(data);
            BigDecimal x = BigDecimal.valueOf(tahun.getValue());
            BigDecimal pembilang = j.sy.multiply(j.varians()).add(j.kovarians().multiply(j.n.multiply(x).subtract(j.sx)));
            return Pecahan.of(pembilang, j.n.multiply(j.varians()));
        }
    },
    /**
     * The average yearly change (laju rata-rata) between the first and the last year that have a
     * realisasi, extended from the last: b = (R(last) - R(first)) / (last - first),
     * y(X) = R(last) + b (X - last). Example: Klojen Nilai SAKIP OPD from 75,74 (2018) to 87,80
     * (2021) changes 4,02 a year and projects to 95,84 in 2023.
     */
    LAJU_RATA_RATA {
        @Override
        Pecahan laju(List<Realisasi> data) {
            Realisasi first = data.get(0);
            Realisasi last = data.get(data.size() - 1);
            return Pecahan.of(last.getNilai().subtract(first.getNilai()), tahun(last).subtract(tahun(first)));
        }

        @Override
        Pecahan nilai(List<Realisasi> data, Tahun tahun) {
            Realisasi first = data.get(0);
            Realisasi last = data.get(data.size() - 1);
            BigDecimal dx = tahun(last).subtract(tahun(first));
            BigDecimal pembilang = last.getNilai().multiply(dx).add(last.getNilai().subtract(first.getNilai())
                    .multiply(BigDecimal.valueOf(tahun.getValue()).subtract(tahun(last))));
            return Pecahan.of(pembilang, dx);
        }
    };

    /** The change per year, exact; data has two or more years, in order. */
    abstract Pecahan laju(List<Realisasi> data);

    /** The projected value of a year, exact; data has two or more years, in order. */
    abstract Pecahan nilai(List<Realisasi> data, Tahun tahun);

    private static BigDecimal tahun(Realisasi r) {
        return BigDecimal.valueOf(r.getTahun().getValue());
    }

    /** The sums of least squares, exact. */
    private static final class Jumlah {
        final BigDecimal n;
        final BigDecimal sx;
        final BigDecimal sy;
        final BigDecimal sxx;
        final BigDecimal sxy;

        Jumlah(List<Realisasi> data) {
            BigDecimal x = BigDecimal.ZERO;
            BigDecimal y = BigDecimal.ZERO;
            BigDecimal xx = BigDecimal.ZERO;
            BigDecimal xy = BigDecimal.ZERO;
            for (Realisasi r : data) {
                BigDecimal xi = tahun(r);
                x = x.add(xi);
                y = y.add(r.getNilai());
                xx = xx.add(xi.multiply(xi));
                xy = xy.add(xi.multiply(r.getNilai()));
            }
            this.n = BigDecimal.valueOf(data.size());
            this.sx = x;
            this.sy = y;
            this.sxx = xx;
            this.sxy = xy;
        }

        /** n Sxx - Sx^2, positive for two or more distinct years. */
        BigDecimal varians() {
            return n.multiply(sxx).subtract(sx.multiply(sx));
        }

        /** n Sxy - Sx Sy. */
        BigDecimal kovarians() {
            return n.multiply(sxy).subtract(sx.multiply(sy));
        }
    }
}
