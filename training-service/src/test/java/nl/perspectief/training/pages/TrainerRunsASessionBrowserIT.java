package nl.perspectief.training.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;

import nl.perspectief.keycloak.DemoUsers;
import nl.perspectief.training.RunningTrainingServiceOnAMovableClock;
import nl.perspectief.training.certificate.PdfText;
import nl.perspectief.training.session.api.AcceptPlaceOfferCommand;
import nl.perspectief.training.session.api.Actor;
import nl.perspectief.training.session.api.EnrolmentView;
import nl.perspectief.training.session.api.FindEnrolmentQuery;
import nl.perspectief.training.session.web.TrainerApi;

/**
 * A trainer runs a two-day course for professionals in a real browser (Debian's Chromium, headless, driven by its own
 * chromedriver: nothing is downloaded), in Dutch: she signs in at Keycloak, plans the course and a session of it with
 * three places, opens enrolment, enrols four people (the fourth waits), cancels one, so the fourth is offered the
 * place and takes it (as she would through the link in her e-mail, here by the command), starts the session on its
 * first day, takes attendance on both days, completes it, issues the certificates and downloads one, whose text is read
 * back. The days come by the service's clock, moved on; a page session that outlives its ten hours signs in again at
 * Keycloak without a form, as a browser does. Skipped, with the reason, where Chromium or chromedriver is missing
 * ({@code scripts/ensure-browser} installs them).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainerRunsASessionBrowserIT extends RunningTrainingServiceOnAMovableClock {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @Autowired
    private CommandGateway commands;
    @Autowired
    private QueryGateway queries;

    private WebDriver browser;
    private WebDriverWait wait;
    private Path profile;

    @BeforeAll
    void startTheBrowser() throws IOException {
        assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "needs Chromium at " + CHROMIUM + " and chromedriver at " + CHROMEDRIVER
                        + " (scripts/ensure-browser installs them)");
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--lang=nl", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    void stopTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }

    @Test
    void aTrainerPlansEnrolsTakesAttendanceCompletesAndCertifies() throws Exception {
        Instant planned = clock.instant();
        LocalDate first = TrainerApi.firstDay(planned);
        LocalDate second = TrainerApi.secondDay(planned);

        signIn(DemoUsers.TRAINER);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");

        // the course: two days for professionals, accredited, present (or late) on both days to complete it
        browser.findElement(By.id("nav-courses")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-plan-course")));
        browser.findElement(By.id("course-title")).sendKeys("Praten over schuld");
        new Select(browser.findElement(By.id("course-audience"))).selectByValue("PROFESSIONALS");
        browser.findElement(By.id("course-hours")).sendKeys("12");
        browser.findElement(By.id("course-register")).sendKeys("Kwaliteitsregister V&V");
        browser.findElement(By.id("course-activity")).sendKeys("KV-2026-0815");
        submit(By.cssSelector("#form-plan-course button"));
        assertThat(browser.findElement(By.id("accreditation")).getText())
                .isEqualTo("Kwaliteitsregister V&V, activiteit KV-2026-0815: 12,0 punten");

        // a session of it: three places, enrolment from tomorrow until the day before the first day
        browser.findElement(By.id("plan-session-of-course")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-plan-session")));
        set("plan-day-0-date", first.toString());
        set("plan-day-0-start", "09:30");
        set("plan-day-0-end", "16:30");
        set("plan-day-1-date", second.toString());
        set("plan-day-1-start", "09:30");
        set("plan-day-1-end", "16:30");
        new Select(browser.findElement(By.id("plan-location-kind"))).selectByValue("OFFICE");
        browser.findElement(By.id("plan-location")).sendKeys("Oudegracht 1, Utrecht");
        WebElement capacity = browser.findElement(By.id("plan-capacity"));
        capacity.clear();
        capacity.sendKeys("3");
        set("plan-opens", LocalDate.ofInstant(planned, TrainerApi.ZONE).plusDays(1).atTime(9, 0).toString());
        set("plan-closes", first.minusDays(1).atTime(17, 0).toString());
        submit(By.cssSelector("#form-plan-session button"));
        assertThat(status()).isEqualTo("PLANNED");
        UUID sessionId = UUID.fromString(browser.findElement(By.id("session")).getAttribute("data-session-id"));

        submit(By.cssSelector("#form-open button"));
        assertThat(status()).isEqualTo("OPEN");

        // four people for three places
        enrol("Ilse de Jong", "ilse.dejong@example.org", "Reclassering Nederland", "V&V-1001");
        enrol("Mehmet Yilmaz", "m.yilmaz@example.org", "PI Vught", "V&V-1002");
        enrol("Sanne Bakker", "sanne.bakker@example.org", "Slachtofferhulp", "V&V-1003");
        enrol("Joost Vermeer", "joost@example.org", "Reclassering Nederland", "V&V-1004");
        assertThat(status()).isEqualTo("FULL");
        assertThat(names("#enrolment-list tr[data-status=CONFIRMED]"))
                .containsExactlyInAnyOrder("Ilse de Jong", "Mehmet Yilmaz", "Sanne Bakker");
        WebElement joost = browser.findElement(By.cssSelector("#waiting-list li[data-status=WAITING]"));
        assertThat(joost.findElement(By.className("name")).getText()).isEqualTo("Joost Vermeer");
        assertThat(joost.getAttribute("data-position")).isEqualTo("1");
        UUID joostsEnrolment = UUID.fromString(joost.getAttribute("data-enrolment-id"));

        // Mehmet cannot come: his place is offered to Joost, who takes it through the link in his e-mail
        String mehmet = enrolmentOf("Mehmet Yilmaz");
        submit(By.cssSelector("#form-cancel-enrolment-" + mehmet + " button"));
        WebElement offered = browser.findElement(By.id("enrolment-" + joostsEnrolment));
        assertThat(offered.getAttribute("data-status")).isEqualTo("OFFERED");
        assertThat(offered.findElement(By.className("offer")).getText()).startsWith("tot ");
        EnrolmentView offer = queries.query(new FindEnrolmentQuery(joostsEnrolment),
                ResponseTypes.optionalInstanceOf(EnrolmentView.class)).join().orElseThrow();
        commands.sendAndWait(new AcceptPlaceOfferCommand(sessionId, joostsEnrolment, offer.offerId(),
                Actor.participant(), clock.instant()));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("enrolment-list")));
        assertThat(names("#enrolment-list tr[data-status=CONFIRMED]"))
                .containsExactlyInAnyOrder("Ilse de Jong", "Sanne Bakker", "Joost Vermeer");
        assertThat(browser.findElement(By.cssSelector("#ended li")).getAttribute("data-ended")).isEqualTo("CANCELLED");

        // the first day
        clock.moveTo(TrainerApi.at(first, 9));
        open(sessionId);
        submit(By.cssSelector("#form-start button"));
        assertThat(status()).isEqualTo("RUNNING");
        mark(first, Map.of("Ilse de Jong", "PRESENT", "Sanne Bakker", "LATE", "Joost Vermeer", "PRESENT"));
        assertThat(browser.findElement(By.cssSelector("#enrolment-" + enrolmentOf("Sanne Bakker")
                + " td.mark[data-day='" + first + "']")).getText()).isEqualTo("Te laat");

        // the second day, and after it
        clock.moveTo(TrainerApi.at(second, 18));
        open(sessionId);
        mark(second, Map.of("Ilse de Jong", "PRESENT", "Sanne Bakker", "PRESENT", "Joost Vermeer", "PRESENT"));
        submit(By.cssSelector("#form-complete button"));
        assertThat(status()).isEqualTo("COMPLETED");
        assertThat(browser.findElements(By.cssSelector("#enrolment-list .completion[data-completion=COMPLETED]")))
                .hasSize(3);

        for (String name : List.of("Ilse de Jong", "Sanne Bakker", "Joost Vermeer")) {
            submit(By.cssSelector("#form-certificate-" + enrolmentOf(name) + " button"));
        }
        String ilse = enrolmentOf("Ilse de Jong");
        String code = browser.findElement(By.cssSelector("#enrolment-" + ilse + " .code")).getText()
                .replace("Verificatiecode ", "");
        assertThat(code).matches("[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{12}");

        String link = browser.findElement(By.cssSelector("a.certificate-pdf[data-enrolment-id='" + ilse + "']"))
                .getAttribute("href");
        String certificate = PdfText.of(downloadAsTheBrowser(link));
        assertThat(certificate).contains("Certificaat", "Ilse de Jong", "heeft deelgenomen aan de training",
                "Praten over schuld", first.getDayOfMonth() + " ", second.getDayOfMonth() + " ", "Netto lesuren: 12,0",
                "Geaccrediteerd in het register Kwaliteitsregister V&V, activiteit KV-2026-0815: 12,0 accreditatiepunten",
                "Registratienummer van de deelnemer: V&V-1001", "Verificatiecode: " + code,
                "http://localhost:8084/certificates/check?code=" + code);
        assertThat(certificate).doesNotContain("Sanne Bakker", "ilse.dejong@example.org");
    }

    /** From a fresh start: the trainers' start page sends the browser to Keycloak's login page, and back. */
    private void signIn(DemoUsers user) {
        browser.get(pagesBaseUri() + "/trainer");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        browser.findElement(By.id("username")).sendKeys(user.username());
        browser.findElement(By.id("password")).sendKeys(user.password());
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.logout")));
        // Spring Security marks the page it returns to as asked for before the sign-in
        assertThat(browser.getCurrentUrl()).isIn(pagesBaseUri() + "/trainer", pagesBaseUri() + "/trainer?continue");
    }

    /** The session's page; a page session past its absolute timeout comes back through Keycloak, without a form. */
    private void open(UUID sessionId) {
        browser.get(pagesBaseUri() + "/trainer/sessions/" + sessionId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("session")));
        assertThat(browser.getCurrentUrl()).startsWith(pagesBaseUri() + "/trainer/sessions/" + sessionId);
    }

    private void enrol(String name, String email, String organisation, String registration) {
        browser.findElement(By.id("enrol-name")).sendKeys(name);
        browser.findElement(By.id("enrol-email")).sendKeys(email);
        browser.findElement(By.id("enrol-organisation")).sendKeys(organisation);
        browser.findElement(By.id("enrol-registration")).sendKeys(registration);
        submit(By.cssSelector("#form-enrol button"));
    }

    private void mark(LocalDate day, Map<String, String> marks) {
        marks.forEach((name, mark) -> new Select(browser.findElement(By.id("mark-" + day + "-" + enrolmentOf(name))))
                .selectByValue(mark));
        submit(By.cssSelector("#form-attendance-" + day + " button"));
    }

    /** Sends a form and waits for the page the step redirects to, which says it was done. */
    private void submit(By button) {
        WebElement page = browser.findElement(By.tagName("main"));
        browser.findElement(button).click();
        wait.until(driver -> gone(page));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
        assertThat(browser.findElements(By.id("refusal"))).isEmpty();
    }

    /**
     * Whether the page an element was on has gone; while the next one loads, Chromium may answer for the old element
     * with an inspector error rather than "stale", which says the same.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException notInTheDocument) {
            return notInTheDocument.getMessage() != null
                    && notInTheDocument.getMessage().contains("does not belong to the document");
        }
    }

    /**
     * A date, time or {@code datetime-local} value as the browser's picker would give it; typing one depends on the
     * browser's locale, setting it does not (the WebDriver's script is not the page's, so the page's CSP does not apply).
     */
    private void set(String input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(input)),
                value);
    }

    private String status() {
        return browser.findElement(By.id("status")).getAttribute("data-status");
    }

    private List<String> names(String rows) {
        return browser.findElements(By.cssSelector(rows + " .name")).stream().map(WebElement::getText).toList();
    }

    private String enrolmentOf(String name) {
        return browser.findElements(By.cssSelector("#enrolment-list tr")).stream()
                .filter(row -> !row.findElements(By.className("name")).isEmpty()
                        && row.findElement(By.className("name")).getText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no row of " + name))
                .getAttribute("data-enrolment-id");
    }

    /** What the browser would save, fetched with its own session cookie. */
    private byte[] downloadAsTheBrowser(String link) throws IOException, InterruptedException {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link))
                        .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        return pdf.body();
    }
}
