package nl.perspectief.cases.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.http.ResponseEntity;

import nl.perspectief.cases.RunningCaseService;
import nl.perspectief.keycloak.DemoUsers;

/**
 * Not a test of behaviour but pictures for people to look at: each page as each role sees it, in Dutch and
 * English, saved as PNG in the directory named by {@code -Dscreenshots=/tmp/screens} (never the repository).
 * Without that property it is skipped, so it costs the ordinary build nothing. Chromium as StaffPagesBrowserIT
 * drives it: Debian's, nothing downloaded.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = ".+", disabledReason = "pictures only with -Dscreenshots=<dir>")
class PageScreenshotsIT extends RunningCaseService {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final int WIDTH = 1280;

    @Test
    void everyRoleSeesItsPagesInBothLanguages() throws IOException {
        assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "needs Chromium at " + CHROMIUM + " and chromedriver at " + CHROMEDRIVER);
        Path target = Files.createDirectories(Path.of(System.getProperty("screenshots")));
        String inTriage = caseInTriage();
        String annas = richCase();
        List<Path> saved = new ArrayList<>();

        for (String language : new String[] {"nl", "en"}) {
            try (Browser browser = new Browser(language)) {
                browser.signIn(DemoUsers.MEDIATOR_ANNA);
                saved.add(browser.save(target, "mediator.anna", "start", "/"));
                saved.add(browser.save(target, "mediator.anna", "cases", "/cases"));
                saved.add(browser.save(target, "mediator.anna", "case", "/cases/" + annas));
                saved.add(browser.save(target, "mediator.anna", "timeline", "/cases/" + annas + "/timeline"));
                browser.signOut();

                browser.signIn(DemoUsers.DESK);
                saved.add(browser.save(target, "desk", "start", "/"));
                saved.add(browser.save(target, "desk", "cases", "/cases"));
                saved.add(browser.save(target, "desk", "case-in-triage", "/cases/" + inTriage));
                saved.add(browser.save(target, "desk", "case-after-triage", "/cases/" + annas));
                saved.add(browser.save(target, "desk", "new-case", "/cases/new"));
                browser.signOut();

                browser.signIn(DemoUsers.COMPLIANCE);
                saved.add(browser.save(target, "compliance", "start", "/"));
                saved.add(browser.save(target, "compliance", "cases", "/cases"));
                saved.add(browser.save(target, "compliance", "case", "/cases/" + annas));
                saved.add(browser.save(target, "compliance", "timeline", "/cases/" + annas + "/timeline"));
                saved.add(browser.save(target, "compliance", "access-log", "/access-log?caseId=" + annas));
                saved.add(browser.save(target, "compliance", "verification", "/access-log/verification"));
                saved.add(browser.save(target, "compliance", "grants", "/break-glass-grants"));
                saved.add(browser.save(target, "compliance", "case-from-its-events", "/cases/" + annas + "/compliance"));
                saved.add(browser.save(target, "compliance", "audits", "/compliance/audits"));
                browser.signOut();

                browser.signIn(DemoUsers.TRAINER);
                saved.add(browser.save(target, "trainer", "start", "/"));
                saved.add(browser.save(target, "trainer", "case-refused", "/cases/" + annas));
                browser.signOut();
            }
        }

        assertThat(saved).hasSize(40).allSatisfy(png -> assertThat(Files.size(png)).isGreaterThan(1000));
    }

    /** A phone case the desk has not decided on. */
    private String caseInTriage() {
        ResponseEntity<String> opened = post("/api/cases", DemoUsers.DESK, null, PHONE_CASE);
        assertThat(opened.getStatusCode().value()).isEqualTo(201);
        return json(opened).get("caseId").asString();
    }

    /** Anna's case with both parties' consents and a scheduled meeting, then the first conversation and a note. */
    private String richCase() {
        String caseId = caseWithAMeetingScheduled();
        String path = "/api/cases/" + caseId;
        long version = step(path + "/first-conversation", 8,
                "{\"heldAt\": \"2026-04-02T08:00:00Z\", \"summary\": \"Wants to ask him why.\"}");
        long last = step(path + "/notes", version, "{\"text\": \"Asked for a quiet room; no contact before the meeting.\"}");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> json(get(path, DemoUsers.MEDIATOR_ANNA)).get("version").asLong() >= last);
        return caseId;
    }

    private long step(String path, long version, String body) {
        ResponseEntity<String> taken = post(path, DemoUsers.MEDIATOR_ANNA,
                "\"" + version + "\"", body);
        assertThat(taken.getStatusCode().is2xxSuccessful()).as(path + ": " + taken.getBody()).isTrue();
        return json(taken).get("version").asLong();
    }

    /** One headless Chromium asking for pages in one language. */
    private final class Browser implements AutoCloseable {

        private final String language;
        private final WebDriver driver;
        private final WebDriverWait wait;
        private final Path profile;

        Browser(String language) throws IOException {
            this.language = language;
            profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--hide-scrollbars", "--lang=" + language, "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
            driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                    .usingAnyFreePort().build(), options);
            wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        }

        void signIn(DemoUsers user) {
            driver.get(pagesBaseUri() + "/");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
            driver.findElement(By.id("username")).sendKeys(user.username());
            driver.findElement(By.id("password")).sendKeys(user.password());
            driver.findElement(By.id("kc-login")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.logout")));
        }

        void signOut() {
            driver.get(pagesBaseUri() + "/");
            driver.findElement(By.cssSelector("form.logout button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        }

        /** The whole page, however long: the window is made as tall as the page before the picture. */
        Path save(Path directory, String user, String page, String path) throws IOException {
            driver.get(pagesBaseUri() + path);
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).as(path).isEqualTo(language);
            driver.manage().window().setSize(new Dimension(WIDTH, 800));
            long height = (Long) ((JavascriptExecutor) driver).executeScript(
                    "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
            driver.manage().window().setSize(new Dimension(WIDTH, (int) Math.min(height + 20, 12_000)));
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path saved = directory.resolve(user + "-" + page + "-" + language + ".png");
            Files.copy(png.toPath(), saved, StandardCopyOption.REPLACE_EXISTING);
            return saved;
        }

        @Override
        public void close() {
            driver.quit();
            org.springframework.util.FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }
}
