package io.trazo.web;

import java.io.File;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium and its matching driver, used directly so that Selenium Manager never tries
 * to download a browser. Missing, they fail the tests under {@code CI=true} (.ci/run installs them) and
 * skip them elsewhere, saying why.
 */
final class Chromium {

    static final File BROWSER = new File(System.getProperty("trazo.chromium", "/usr/bin/chromium"));
    static final File DRIVER = new File(System.getProperty("trazo.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {}

    static boolean installed() {
        return BROWSER.canExecute() && DRIVER.canExecute();
    }

    static void requireInstalled() {
        boolean present = installed();
        String why = "browser tests need " + BROWSER + " and " + DRIVER + " (apt-get install chromium chromium-driver)";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.assertTrue(present, why + ": CI=true, so they must run");
        }
        if (!present) {
            System.err.println("[trace-web] SKIPPED browser test: " + why);
        }
        Assumptions.assumeTrue(present, "skipped: " + why);
    }

    static ChromeDriver start(boolean javascript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--hide-scrollbars");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
