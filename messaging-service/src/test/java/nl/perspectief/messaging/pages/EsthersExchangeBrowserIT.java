package nl.perspectief.messaging.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

import nl.perspectief.keycloak.DemoUsers;
import nl.perspectief.messaging.RunningMessagingService;

/**
 * Esther's letter to the man who hurt her, and his answer, relayed by mediator Anna in a real browser (Debian's
 * Chromium, headless, driven by its own chromedriver: nothing is downloaded), in Dutch as the organisation reads it.
 * Anna signs in at Keycloak, opens the case from her list, records the letter with Esther's drawing, returns it because
 * it names Esther's new town, records Esther's revision, strikes a passage with Esther's agreement, approves it, posts
 * it and confirms he read it; then records what he said in a conversation, approves it and hands it over. The page
 * then shows each message where it stands, with every version and step. Skipped, with the reason, where Chromium or
 * chromedriver is not installed ({@code scripts/ensure-browser} installs them).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EsthersExchangeBrowserIT extends RunningMessagingService {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private WebDriver browser;
    private WebDriverWait wait;
    private Path profile;
    private Path drawing;

    @BeforeAll
    void startTheBrowser() throws IOException {
        assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "needs Chromium at " + CHROMIUM + " and chromedriver at " + CHROMEDRIVER
                        + " (scripts/ensure-browser installs them)");
        profile = Files.createTempDirectory("chromium-profile");
        drawing = Files.write(Files.createTempDirectory("esther").resolve("tekening.png"), PageFixtures.drawing());
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
    void stopTheBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        for (Path folder : new Path[] {profile, drawing == null ? null : drawing.getParent()}) {
            if (folder != null) {
                FileSystemUtils.deleteRecursively(folder);
            }
        }
    }

    @Test
    void annaRelaysEsthersLetterThroughReviewRevisionAndRedactionAndTheAnswerBack() {
        OpenExchange exchange = openExchange(DemoUsers.MEDIATOR_ANNA);
        await().atMost(Duration.ofSeconds(20)).until(() -> get("/api/cases/" + exchange.caseId() + "/correspondence",
                DemoUsers.MEDIATOR_ANNA).getStatusCode().value() == 200);

        signIn(DemoUsers.MEDIATOR_ANNA);
        browser.findElement(By.cssSelector("#correspondences tr[data-case-id='" + exchange.caseId() + "'] a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-record")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");

        // Esther's letter, with her drawing
        browser.findElement(By.id("record-writer-applicant")).click();
        new Select(browser.findElement(By.id("record-kind"))).selectByValue("LETTER");
        browser.findElement(By.id("record-content")).sendKeys("Beste Peter,\nIk woon nu in Zeewolde. "
                + "Ik wil dat je weet wat het met me deed.");
        browser.findElement(By.id("record-attachments")).sendKeys(drawing.toString());
        submit(By.cssSelector("#form-record button[type=submit]"));
        String letter = browser.findElement(By.cssSelector("#thread-applicant article.message")).getAttribute("id")
                .replace("message-", "");
        assertThat(status(letter)).isEqualTo("AWAITING_REVIEW");
        assertThat(browser.findElements(By.cssSelector("#awaiting-review a"))).hasSize(1);

        // returned: it names her new town
        browser.findElement(By.id("return-reason-" + letter)).sendKeys("De brief noemt je nieuwe woonplaats.");
        submit(By.cssSelector("#form-return-" + letter + " button"));
        assertThat(status(letter)).isEqualTo("RETURNED");

        // her revision, the drawing again
        WebElement revision = browser.findElement(By.id("revise-content-" + letter));
        revision.clear();
        revision.sendKeys("Beste Peter,\nIk wil dat je weet wat het met me deed. Mijn broer Johan zegt dat ik het "
                + "moet loslaten. Ik droom nog van die zomer.");
        browser.findElement(By.id("revise-attachments-" + letter)).sendKeys(drawing.toString());
        submit(By.cssSelector("#form-revise-" + letter + " button"));
        assertThat(status(letter)).isEqualTo("AWAITING_REVIEW");

        // a passage struck, with Esther's agreement; the drawing stays
        browser.findElement(By.cssSelector("#more-" + letter + " summary")).click();
        WebElement redaction = browser.findElement(By.id("redact-content-" + letter));
        redaction.clear();
        redaction.sendKeys("Beste Peter,\nIk wil dat je weet wat het met me deed. [...] Ik droom nog van die zomer.");
        browser.findElement(By.id("redact-agreed-" + letter)).click();
        submit(By.cssSelector("#form-redact-" + letter + " button"));
        assertThat(status(letter)).isEqualTo("AWAITING_REVIEW");

        submit(By.cssSelector("#form-approve-" + letter + " button"));
        assertThat(status(letter)).isEqualTo("APPROVED");

        new Select(browser.findElement(By.id("deliver-channel-" + letter))).selectByValue("POST");
        setMoment("deliver-at-" + letter, "2026-03-02T10:15");
        submit(By.cssSelector("#form-deliver-" + letter + " button"));
        assertThat(status(letter)).isEqualTo("DELIVERED");

        setMoment("first-read-" + letter, "2026-03-04T19:30");
        submit(By.cssSelector("#form-confirm-receipt-" + letter + " button"));
        assertThat(status(letter)).isEqualTo("RECEIVED");

        // what he said in a conversation, written down, and handed over to her
        browser.findElement(By.id("record-writer-other-party")).click();
        new Select(browser.findElement(By.id("record-kind"))).selectByValue("SPOKEN_MESSAGE_WRITTEN_DOWN");
        browser.findElement(By.id("record-content")).sendKeys("Hij zegt dat het hem spijt en dat hij het wil uitleggen.");
        submit(By.cssSelector("#form-record button[type=submit]"));
        String answer = browser.findElement(By.cssSelector("#thread-other-party article.message")).getAttribute("id")
                .replace("message-", "");
        submit(By.cssSelector("#form-approve-" + answer + " button"));
        new Select(browser.findElement(By.id("deliver-channel-" + answer))).selectByValue("HANDED_OVER_IN_CONVERSATION");
        submit(By.cssSelector("#form-deliver-" + answer + " button"));

        WebElement esthers = browser.findElement(By.id("message-" + letter));
        assertThat(esthers.findElement(By.cssSelector(".status")).getText()).isEqualTo("Ontvangen");
        assertThat(esthers.findElement(By.cssSelector(".current")).getAttribute("data-version")).isEqualTo("3");
        assertThat(esthers.findElement(By.cssSelector(".current .origin")).getText())
                .startsWith("Versie 3 · geredigeerd met instemming van de schrijver");
        assertThat(esthers.findElement(By.cssSelector(".current .letter")).getText())
                .isEqualTo("Beste Peter,\nIk wil dat je weet wat het met me deed. [...] Ik droom nog van die zomer.");
        assertThat(esthers.findElements(By.cssSelector(".current .attachments a"))).hasSize(1);
        assertThat(esthers.findElements(By.cssSelector("details.version"))).extracting(v -> v.getAttribute("data-version"))
                .containsExactly("1", "2");
        assertThat(esthers.findElement(By.cssSelector("details.version[data-version='1'] .letter")).getAttribute("textContent"))
                .contains("Zeewolde");
        assertThat(steps(esthers)).containsExactly("RECORDED", "RETURNED", "REVISED", "REDACTED", "APPROVED",
                "DELIVERED", "RECEIPT_CONFIRMED");
        assertThat(esthers.findElement(By.cssSelector("li[data-step=RETURNED] .reason")).getText())
                .isEqualTo("Reden: De brief noemt je nieuwe woonplaats.");
        assertThat(esthers.findElement(By.cssSelector("li[data-step=RETURNED] .by")).getText()).isEqualTo("door u");
        assertThat(esthers.findElement(By.cssSelector(".delivered")).getText()).isEqualTo("Per post, 2 mrt 2026, 10:15");
        assertThat(esthers.findElement(By.cssSelector(".first-read")).getText()).isEqualTo("4 mrt 2026, 19:30");

        WebElement his = browser.findElement(By.id("message-" + answer));
        assertThat(his.findElement(By.cssSelector(".kind")).getText()).isEqualTo("Gesproken bericht, opgeschreven");
        assertThat(his.findElement(By.cssSelector(".writer")).getText()).isEqualTo("de andere partij");
        assertThat(his.findElement(By.cssSelector(".status")).getText()).isEqualTo("Bezorgd");
        assertThat(steps(his)).containsExactly("RECORDED", "APPROVED", "DELIVERED");
        assertThat(his.findElement(By.cssSelector("li[data-step=DELIVERED] .channel")).getText())
                .isEqualTo("Overhandigd in een gesprek");
        assertThat(browser.findElements(By.id("awaiting-review"))).isEmpty();
        assertThat(browser.findElement(By.id("counts")).getText()).isEqualTo("2 berichten; geen wacht op beoordeling");
    }

    /** From a fresh start: the service sends the browser to Keycloak's login page, and back to the correspondence. */
    private void signIn(DemoUsers user) {
        browser.get(pagesBaseUri() + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        browser.findElement(By.id("username")).sendKeys(user.username());
        browser.findElement(By.id("password")).sendKeys(user.password());
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.logout")));
        assertThat(browser.getCurrentUrl()).isEqualTo(pagesBaseUri() + "/correspondence");
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
     * Whether the page of the element is gone. Chromium answers for an element of a page being replaced either that it
     * is stale or, in a short window, with an inspector error that it does not belong to the document: both mean gone
     * (seen in CI, where {@code stalenessOf} let the second one through as a failure).
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException stale) {
            return true;
        } catch (org.openqa.selenium.WebDriverException notInTheDocument) {
            return notInTheDocument.getMessage() != null
                    && notInTheDocument.getMessage().contains("does not belong to the document");
        }
    }

    /**
     * A {@code datetime-local} value as the browser's date picker would give it; typing one depends on the browser's
     * locale, setting it does not (the WebDriver's script is not the page's, so the page's CSP does not apply).
     */
    private void setMoment(String input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(input)),
                value);
    }

    private String status(String message) {
        return browser.findElement(By.id("message-" + message)).getAttribute("data-status");
    }

    private static List<String> steps(WebElement message) {
        return message.findElements(By.cssSelector("ol.history li")).stream().map(li -> li.getAttribute("data-step"))
                .toList();
    }
}
