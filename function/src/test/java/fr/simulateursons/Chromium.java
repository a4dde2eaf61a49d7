package fr.simulateursons;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Debian's Chromium, headless, for the tests that look at a page as a person does. Without chromium and
 * chromium-driver a test is skipped locally and fails in CI ({@code .ci/run} installs them). The flags keep it off
 * the network this machine does not have.
 */
public final class Chromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Where the screenshots go. */
    public static final Path CAPTURES = Path.of("target", "captures");

    private Chromium() {
    }

    /** A new browser whose window is {@code largeur} × {@code hauteur}; the caller quits it. */
    public static ChromeDriver demarrer(int largeur, int hauteur, String... autres) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "Chromium et chromedriver sont absents (apt-get install chromium chromium-driver).";
            if (System.getenv("CI") != null) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=" + largeur + "," + hauteur).addArguments(autres);
        Files.createDirectories(CAPTURES);
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }
}
