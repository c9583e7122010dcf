/**
 * sakip-core: exact, documented calculations for Indonesian government performance
 * accountability (SAKIP). The API is the exported packages; {@code io.github.sakip.internal} is
 * not exported and may change in any release.
 *
 * <p>Every dependency is optional at run time ({@code requires static}): jsr305's nullness
 * annotations, the Immutables annotations (compile time only) and {@code jackson-annotations},
 * which a user without Jackson needs nowhere. The packages with JSON types are opened, so that
 * Jackson 2 and Jackson 3 (on the class path or the module path) reach their package-private JSON
 * accessors and creators.
 */
module io.github.sakip.core {
    requires static com.fasterxml.jackson.annotation;
    requires static java.compiler;
    requires static jsr305;
    requires static org.immutables.value;

    exports io.github.sakip;
    exports io.github.sakip.anggaran;
    exports io.github.sakip.capaian;
    exports io.github.sakip.evaluasi.ikm;
    exports io.github.sakip.evaluasi.sakip;
    exports io.github.sakip.evaluasi.skp;
    exports io.github.sakip.format;
    exports io.github.sakip.model;
    exports io.github.sakip.pengukuran;
    exports io.github.sakip.predikat;
    exports io.github.sakip.reviu;
    exports io.github.sakip.tren;

    opens io.github.sakip.anggaran;
    opens io.github.sakip.capaian;
    opens io.github.sakip.evaluasi.ikm;
    opens io.github.sakip.evaluasi.sakip;
    opens io.github.sakip.evaluasi.skp;
    opens io.github.sakip.model;
    opens io.github.sakip.pengukuran;
    opens io.github.sakip.predikat;
    opens io.github.sakip.reviu;
    opens io.github.sakip.tren;
}
