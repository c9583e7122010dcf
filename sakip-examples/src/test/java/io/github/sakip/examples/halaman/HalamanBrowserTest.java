package io.github.sakip.examples.halaman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.sakip.format.AngkaFormat;
import io.github.sakip.reviu.Lokasi;
import io.github.sakip.reviu.Temuan;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The Klojen reviu page as a person sees it: opened in headless Chromium (the operating system's
 * packages {@code chromium} and {@code chromium-driver}, driven by Selenium), its tables and charts
 * visible, its marked cells the findings' cells, not one request to the network. Leaves
 * {@code target/halaman-reviu.png}, a screenshot of the whole page, for a person to look at.
 *
 * <p>Without Chromium the test fails and says how to install it; {@code SAKIP_TANPA_BROWSER=1}
 * skips it on a machine that cannot have a browser.
 */
class HalamanBrowserTest {

    /** Selenium warns that it has no CDP module for this Chromium; the test uses none. */
    private static final java.util.logging.Logger CDP = java.util.logging.Logger.getLogger("org.openqa.selenium");

    private static ChromeDriver browser;

    @TempDir
    static Path dir;

    @BeforeAll
    static void bukaBrowser() {
        CDP.setLevel(Level.SEVERE);
        assumeThat(System.getenv("SAKIP_TANPA_BROWSER")).as("SAKIP_TANPA_BROWSER skips the browser test").isNull();
        String chromium = cari("sakip.chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
        String driver = cari("webdriver.chrome.driver", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        ChromeOptions options = new ChromeOptions().setBinary(chromium)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--window-size=1280,1000", "--lang=id");
        LoggingPreferences log = new LoggingPreferences();
        log.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", log);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build(),
                options);
    }

    private static String cari(String property, String... paths) {
        return Optional.ofNullable(System.getProperty(property))
                .or(() -> Stream.of(paths).filter(p -> new File(p).canExecute()).findFirst())
                .orElseThrow(() -> new AssertionError("no " + paths[0] + ": install Chromium and its driver "
                        + "(Debian/Ubuntu: apt-get install chromium chromium-driver), or give -D" + property
                        + "=PATH, or set SAKIP_TANPA_BROWSER=1 to skip this test"));
    }

    @AfterAll
    static void tutupBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theKlojenPageShowsItsTablesChartsAndEveryFindingInItsCell() throws IOException {
        Path page = dir.resolve("klojen-2021.html");
        HalamanHtml.tulis(KlojenReviu.DATA, KlojenReviu.HASIL, page);
        permintaan(); // drops the log of earlier pages
        browser.get(page.toUri().toString());

        assertThat(browser.getTitle()).isEqualTo("Kertas kerja reviu LKjIP Kecamatan Klojen Kota Malang 2021");
        assertThat(browser.findElement(By.id("identitas")).getText()).contains("Kecamatan Klojen", "2021", "2018-2023");
        List<WebElement> tabel = browser.findElements(By.cssSelector("table.tabel-laporan"));
        assertThat(tabel).hasSizeGreaterThanOrEqualTo(10).allMatch(WebElement::isDisplayed);
        assertThat(tabel).extracting(t -> t.findElement(By.tagName("caption")).getText())
                .contains("Tabel 3.1", "Tabel 3.2", "Tabel 3.4 (efisiensi)", "Tabel 3.4 (keberhasilan)");
        List<WebElement> grafik = browser.findElements(By.cssSelector("figure.grafik svg"));
        assertThat(grafik).hasSize(5).allSatisfy(svg -> {
            assertThat(svg.isDisplayed()).isTrue();
            assertThat(svg.getSize().getWidth()).isGreaterThan(500);
            assertThat(svg.getSize().getHeight()).isGreaterThan(300);
        });
        assertThat(browser.findElements(By.cssSelector("figure.grafik figcaption"))).extracting(WebElement::getText)
                .contains("Tabel 3.1 Capaian kinerja 2021 per indikator",
                        "Tabel 3.4 Penyerapan anggaran dan capaian kinerja per sasaran")
                .anyMatch(t -> t.startsWith("Tabel 3.2 Realisasi"));

        List<Temuan> temuan = KlojenReviu.HASIL.getTemuan();
        TreeSet<Integer> ditandai = new TreeSet<>();
        for (WebElement td : browser.findElements(By.cssSelector("td.temuan"))) {
            assertThat(td.isDisplayed()).isTrue();
            assertThat(td.getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");
            Stream.of(td.getAttribute("data-temuan").split(" ")).map(Integer::valueOf).forEach(ditandai::add);
        }
        assertThat(ditandai).hasSize(temuan.size()).first().isEqualTo(1);
        for (int i = 0; i < temuan.size(); i++) {
            Temuan t = temuan.get(i);
            WebElement td = sel(t.getLokasi(), i + 1);
            assertThat(td.getAttribute("class").split(" ")).contains("temuan", SusunHalaman.kelas(t.getJenis()));
            assertThat(td.findElement(By.className("dicetak")).getText())
                    .isEqualTo(AngkaFormat.INDONESIA.format(t.getDicetak()));
            assertThat(judulKolom(td)).startsWith(t.getLokasi().getKolom());
            assertThat(browser.findElement(By.id("temuan-" + (i + 1))).getAttribute("class"))
                    .contains(SusunHalaman.kelas(t.getJenis()));
        }

        screenshot(Path.of("target", "halaman-reviu.png"));
        assertThat(permintaan()).as("requests to the network").isEmpty();
    }

    @Test
    void theNetworkCheckSeesARequestToTheNetwork() throws IOException {
        Path page = dir.resolve("jaringan.html");
        Files.writeString(page, "<!DOCTYPE html><html><body><img src=\"http://127.0.0.1:9/gambar.png\"></body></html>");
        permintaan();
        browser.get(page.toUri().toString());
        assertThat(permintaan()).containsExactly("http://127.0.0.1:9/gambar.png");
    }

    /** The cell of a finding: in the table of its caption, the row of its heading, holding its number. */
    private static WebElement sel(Lokasi lokasi, int nomor) {
        assertThat(lokasi.getTabel() + lokasi.getBaris()).doesNotContain("'");
        List<WebElement> found = browser.findElements(By.xpath("//table[caption[normalize-space()='" + lokasi.getTabel()
                + "']]//tr[th[@scope='row' and normalize-space()='" + lokasi.getBaris().strip().replaceAll("\\s+", " ")
                + "']]/td[contains(concat(' ', @data-temuan, ' '), ' " + nomor + " ')]"));
        assertThat(found).as("the cell of finding " + nomor + " at " + lokasi).hasSize(1);
        return found.get(0);
    }

    private static String judulKolom(WebElement td) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].closest('table').tHead.rows[0].cells[arguments[0].cellIndex].textContent", td);
    }

    /** The whole page: the window made as tall as the page first. */
    private static void screenshot(Path file) throws IOException {
        Number tinggi = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(1280, tinggi.intValue()));
        Files.createDirectories(file.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    /** The URLs requested since the last call, other than files and data: URLs. */
    private static List<String> permintaan() {
        Json json = new Json();
        return browser.manage().logs().get(LogType.PERFORMANCE).getAll().stream().map(LogEntry::getMessage)
                .map(m -> json.<Map<String, Object>>toType(m, Map.class))
                .map(m -> (Map<?, ?>) m.get("message"))
                .filter(m -> "Network.requestWillBeSent".equals(m.get("method")))
                .map(m -> (String) ((Map<?, ?>) ((Map<?, ?>) m.get("params")).get("request")).get("url"))
                .filter(url -> !url.startsWith("file:") && !url.startsWith("data:"))
                .toList();
    }
}
