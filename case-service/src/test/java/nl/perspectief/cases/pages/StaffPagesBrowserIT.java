package nl.perspectief.cases.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import nl.perspectief.cases.RunningCaseService;
import nl.perspectief.cases.StaffTokens;
import nl.perspectief.keycloak.DemoUsers;

/**
 * Each demo user signs in through Keycloak's real login page in a real browser (Debian's Chromium, headless,
 * driven by its own chromedriver: nothing is downloaded) and sees what their role may see, and not more; signing
 * out ends the Keycloak session too. One browser for the class. Skipped, with the reason, where Chromium or
 * chromedriver is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffPagesBrowserIT extends RunningCaseService {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private WebDriver browser;
    private WebDriverWait wait;
    private Path profile;
    private String annasCase;
    private String bramsCase;

    @BeforeAll
    void startTheBrowser() throws IOException {
        assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "needs Chromium at " + CHROMIUM + " and chromedriver at " + CHROMEDRIVER);
        annasCase = caseAssignedTo(DemoUsers.MEDIATOR_ANNA);
        bramsCase = caseAssignedTo(DemoUsers.MEDIATOR_BRAM);
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--lang=en", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    void stopTheBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(profile);
        }
    }

    @Test
    void theDeskSeesTheTriageQueueAndAfterAssignmentOnlyStatusAndMediator() {
        signIn(DemoUsers.DESK);
        browser.get(pagesBaseUri() + "/cases");
        assertThat(browser.findElement(By.id("cases-after-triage")).getText()).contains(DemoUsers.MEDIATOR_ANNA.username());

        browser.get(pagesBaseUri() + "/cases/" + annasCase);
        assertThat(browser.findElements(By.id("status"))).hasSize(1);
        assertThat(browser.findElements(By.id("parties"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("Story");
        signOutEndsTheProviderSessionToo();
    }

    @Test
    void aMediatorSeesOnlyHerOwnCasesAndAColleaguesCaseIsNotFound() {
        signIn(DemoUsers.MEDIATOR_ANNA);
        browser.get(pagesBaseUri() + "/cases");
        String list = browser.findElement(By.tagName("main")).getAttribute("innerHTML");
        assertThat(list).contains(annasCase).doesNotContain(bramsCase);

        browser.get(pagesBaseUri() + "/cases/" + annasCase);
        assertThat(browser.findElement(By.id("next-step")).getText()).isNotBlank();
        assertThat(browser.findElements(By.id("break-glass-flag"))).isEmpty();

        browser.get(pagesBaseUri() + "/cases/" + bramsCase);
        assertThat(browser.findElement(By.id("error")).getText()).isEqualTo("Not found");
        signOutEndsTheProviderSessionToo();
    }

    @Test
    void aMediatorReadsAColleaguesCaseByBreakGlassFlaggedAndComplianceSeesItInTheAccessLog() {
        signIn(DemoUsers.MEDIATOR_BRAM);
        browser.get(pagesBaseUri() + "/cases/" + annasCase + "/break-glass");
        browser.findElement(By.id("reason")).sendKeys("Anna is ill; the applicant called about tomorrow's meeting.");
        browser.findElement(By.id("minutes")).clear();
        browser.findElement(By.id("minutes")).sendKeys("30");
        browser.findElement(By.cssSelector("#break-glass-form button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("break-glass-flag")));
        assertThat(browser.getCurrentUrl()).endsWith("/cases/" + annasCase);
        signOutEndsTheProviderSessionToo();

        signIn(DemoUsers.COMPLIANCE);
        browser.get(pagesBaseUri() + "/access-log?caseId=" + annasCase);
        String log = browser.findElement(By.id("access-log")).getText();
        assertThat(log).contains(StaffTokens.idOf(DemoUsers.MEDIATOR_BRAM), "Case", "Break-glass granted", "Mediator", "yes")
                .doesNotContain("CASE_DETAIL", "BREAK_GLASS_GRANT", "MEDIATOR");
        browser.get(pagesBaseUri() + "/break-glass-grants");
        assertThat(browser.findElement(By.id("grants")).getText()).contains("Anna is ill");
        browser.get(pagesBaseUri() + "/access-log/verification");
        assertThat(browser.findElement(By.id("verification")).getAttribute("class")).isEqualTo("intact");
        signOutEndsTheProviderSessionToo();
    }

    /** The desk types in a phone call, accepts it and assigns Anna; Anna adds a note and finds it on the timeline. */
    @Test
    void theDeskOpensAndAssignsACaseAndAnnaTakesAStepSeenOnTheTimeline() {
        signIn(DemoUsers.MEDIATOR_ANNA); // once, so the desk can choose her
        signOutEndsTheProviderSessionToo();
        signIn(DemoUsers.DESK);
        browser.get(pagesBaseUri() + "/cases");
        browser.findElement(By.id("new-case-link")).click();
        choose("oc-source", "PHONE");
        choose("oc-role", "VICTIM");
        browser.findElement(By.id("oc-name")).sendKeys("Julia de Vries");
        choose("oc-channel", "PHONE");
        choose("oc-messages", "false");
        choose("oc-minor", "false");
        choose("oc-known", "true");
        choose("oc-category", "THREAT_OR_INTIMIDATION");
        choose("oc-police", "false");
        choose("oc-proceedings", "NONE");
        browser.findElement(By.cssSelector("#form-open-case button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
        String casePage = browser.getCurrentUrl();
        browser.findElement(By.cssSelector("#form-accept button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-assign-mediator")));
        choose("assign-mediator-mediator", StaffTokens.idOf(DemoUsers.MEDIATOR_ANNA));
        browser.findElement(By.cssSelector("#form-assign-mediator button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
        signOutEndsTheProviderSessionToo();

        signIn(DemoUsers.MEDIATOR_ANNA);
        browser.get(casePage);
        browser.findElement(By.cssSelector("#group-notes summary")).click();
        browser.findElement(By.id("no-text")).sendKeys("Called the applicant back.");
        browser.findElement(By.cssSelector("#form-notes button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
        browser.findElement(By.id("timeline-link")).click();
        assertThat(browser.findElement(By.cssSelector("ol.timeline")).getText())
                .contains("Case note added", "Called the applicant back.");
        signOutEndsTheProviderSessionToo();
    }

    /**
     * Jolanda's case: both parties consented to a meeting, the form was agreed, the meeting scheduled. The compliance
     * officer opens the case, goes to its history and consents, and picks the moment just before the meeting was
     * scheduled (as the form's GET sends it): the case as the rules knew it then, and the consents behind each
     * contact step; then she audits every case and waits for it on its page.
     */
    @Test
    void complianceSeesWhoHadConsentedToWhatJustBeforeTheMeetingAndAuditsEveryCase() {
        String jolanda = caseWithAMeetingScheduled();
        JsonNode events = json(get("/api/cases/" + jolanda + "/history")).get("events");
        Instant scheduled = Instant.parse(events.get(8).get("recordedAt").asString());
        String justBefore = LocalDateTime.ofInstant(scheduled.minusMillis(1), ZoneId.of("Europe/Amsterdam")).toString();

        signIn(DemoUsers.COMPLIANCE);
        browser.get(pagesBaseUri() + "/cases/" + jolanda);
        browser.findElement(By.id("compliance-link")).click();
        assertThat(browser.findElement(By.id("history")).getText()).contains("Case opened", "Meeting scheduled");
        browser.findElement(By.cssSelector("#history details summary")).click();
        assertThat(browser.findElement(By.cssSelector("#history details pre")).getText()).contains("Julia de Vries");
        browser.get(pagesBaseUri() + "/cases/" + jolanda + "/compliance?moment=" + justBefore);
        assertThat(browser.findElement(By.id("replayed")).getText()).startsWith("8 events replayed");
        assertThat(browser.findElement(By.id("as-of-consents")).findElements(By.tagName("li"))).hasSize(4);
        assertThat(browser.findElement(By.id("as-of-consents")).getText()).contains("Applicant", "Other party");
        assertThat(browser.findElement(By.id("proof")).getText()).contains("Meeting scheduled")
                .doesNotContain("DID NOT HOLD");
        assertThat(browser.findElement(By.id("access")).getText()).contains("History from the events");

        browser.findElement(By.cssSelector("header nav a[href$='/compliance/audits']")).click();
        browser.findElement(By.id("start-audit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("audit-done")));
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(jolanda);
        signOutEndsTheProviderSessionToo();
    }

    private void choose(String select, String value) {
        new Select(browser.findElement(By.id(select))).selectByValue(value);
    }

    @Test
    void trainersAndAdminsSeeWhatTheirRoleDoesHereAndNoCase() {
        for (DemoUsers user : new DemoUsers[] {DemoUsers.TRAINER, DemoUsers.ADMIN}) {
            signIn(user);
            assertThat(browser.findElement(By.cssSelector(".role-note")).getText()).isNotBlank();
            assertThat(browser.findElements(By.cssSelector("header nav a"))).isEmpty();
            browser.get(pagesBaseUri() + "/cases/" + annasCase);
            assertThat(browser.findElement(By.id("error")).getText()).isEqualTo("Forbidden");
            signOutEndsTheProviderSessionToo();
        }
    }

    /** From a fresh start: the service sends the browser to Keycloak's login page, and back once signed in. */
    private void signIn(DemoUsers user) {
        browser.get(pagesBaseUri() + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        browser.findElement(By.id("username")).sendKeys(user.username());
        browser.findElement(By.id("password")).sendKeys(user.password());
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.logout")));
        assertThat(browser.getCurrentUrl()).startsWith(pagesBaseUri());
        assertThat(browser.findElement(By.cssSelector("form.logout span")).getText()).contains(user.username());
    }

    /**
     * The sign-out button posts the form with its CSRF token; the service ends its session and sends the browser
     * to Keycloak to end that one, which sends it back to the start page; without a session anywhere, that page
     * leads to Keycloak's login form, not straight back in.
     */
    private void signOutEndsTheProviderSessionToo() {
        browser.get(pagesBaseUri() + "/");
        browser.findElement(By.cssSelector("form.logout button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        browser.get(pagesBaseUri() + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        assertThat(browser.getCurrentUrl()).doesNotStartWith(pagesBaseUri());
    }
}
