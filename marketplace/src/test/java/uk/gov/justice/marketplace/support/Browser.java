package uk.gov.justice.marketplace.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person at a real browser (Debian's headless Chromium), working the portal by the labels they can see, with
 * an accessibility check (axe-core, WCAG 2.2 AA) they can run on any page.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final WebDriver driver;
    private final URI base;

    private Browser(WebDriver driver, URI base) {
        this.driver = driver;
        this.base = base;
    }

    public static Browser open(URI base) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's Chromium: "
                    + "apt-get install chromium chromium-driver (.ci/run does this)");
        }
        try {
            Path profile = Files.createTempDirectory("marketplace-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--disable-quic",
                    "--window-size=1280,1024",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, base);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Browser visit(String path) {
        driver.get(base.resolve(path).toString());
        return this;
    }

    /** Follows the link with this text, counting visually hidden words as a screen reader hears them. */
    public Browser clickLink(String text) {
        WebElement link = driver.findElements(By.tagName("a")).stream()
                .filter(a -> text.equals(a.getText().trim())
                        || text.equals(String.valueOf(a.getAttribute("textContent"))
                                .trim()
                                .replaceAll("\\s+", " ")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No link '" + text + "' on " + path()));
        return clickAndWaitForNextPage(link);
    }

    public Browser clickButton(String text) {
        WebElement button = driver.findElements(By.cssSelector("button, input[type=submit]")).stream()
                .filter(b -> text.equals(b.getText().trim())
                        || text.equals(b.getAttribute("value"))
                        || text.equals(String.valueOf(b.getAttribute("textContent"))
                                .trim()
                                .replaceAll("\\s+", " ")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No button labelled '" + text + "' on " + path()));
        return clickAndWaitForNextPage(button);
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    /** A click that submits or follows a link: done when the old page has gone, as a person would wait. */
    private Browser clickAndWaitForNextPage(WebElement target) {
        JavascriptExecutor script = (JavascriptExecutor) driver;
        script.executeScript("window.marketplaceOldPage = true");
        target.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> isNewPageLoaded(script));
        return this;
    }

    /** The old page's marker is gone and the new page has loaded; errors while it changes mean "not yet". */
    private static boolean isNewPageLoaded(JavascriptExecutor script) {
        try {
            return Boolean.TRUE.equals(script.executeScript(
                    "return window.marketplaceOldPage === undefined && document.readyState === 'complete'"));
        } catch (WebDriverException stillNavigating) {
            return false;
        }
    }

    /** Types into the field whose visible label is exactly this text, as a person finds it. */
    public Browser fillIn(String label, String value) {
        WebElement labelElement = driver.findElements(By.tagName("label")).stream()
                .filter(l -> label.equals(l.getText().trim()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No field labelled '" + label + "' on " + path()));
        WebElement field = driver.findElement(By.id(labelElement.getAttribute("for")));
        field.clear();
        field.sendKeys(value);
        return this;
    }

    /**
     * Ticks a checkbox or picks a radio by its label, within the group whose legend is this text. A label followed
     * by a count in brackets ("Women (3)", as on search filters) is found by its words alone.
     */
    public Browser choose(String legend, String label) {
        WebElement group = driver.findElements(By.tagName("fieldset")).stream()
                .filter(f ->
                        f.findElement(By.tagName("legend")).getText().trim().equals(legend))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No question '" + legend + "' on " + path()));
        WebElement labelElement = group.findElements(By.tagName("label")).stream()
                .filter(l -> label.equals(l.getText().trim())
                        || l.getText().trim().matches(java.util.regex.Pattern.quote(label) + " \\(\\d+\\)"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No choice '" + label + "' under '" + legend + "'"));
        WebElement input = driver.findElement(By.id(labelElement.getAttribute("for")));
        if (!input.isSelected()) {
            labelElement.click();
        }
        return this;
    }

    /** Ticks the single checkbox with this label (one outside any question, as "Compare this service"). */
    public Browser tick(String label) {
        WebElement labelElement = driver.findElements(By.tagName("label")).stream()
                .filter(l -> label.equals(l.getText().trim()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No checkbox labelled '" + label + "' on " + path()));
        if (!driver.findElement(By.id(labelElement.getAttribute("for"))).isSelected()) {
            labelElement.click();
        }
        return this;
    }

    /** Types a date into the GOV.UK date input whose legend is this text. */
    public Browser fillInDate(String legend, String day, String month, String year) {
        WebElement group = driver.findElements(By.tagName("fieldset")).stream()
                .filter(f ->
                        f.findElement(By.tagName("legend")).getText().trim().equals(legend))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No date '" + legend + "' on " + path()));
        List<WebElement> inputs = group.findElements(By.tagName("input"));
        String[] parts = {day, month, year};
        for (int i = 0; i < parts.length; i++) {
            inputs.get(i).clear();
            inputs.get(i).sendKeys(parts[i]);
        }
        return this;
    }

    /**
     * Types into the nth field (from 1) of those with this label, as a person reads a form whose repeated rows
     * ("Funder 1", "Funder 2") ask the same questions.
     */
    public Browser fillIn(String label, int nth, String value) {
        WebElement field = labelled(label, nth);
        field.clear();
        field.sendKeys(value);
        return this;
    }

    /** Picks an option of the nth select (from 1) with this label, by the option's text. */
    public Browser select(String label, int nth, String option) {
        new Select(labelled(label, nth)).selectByVisibleText(option);
        return this;
    }

    /** Picks the option of the select with this label whose text begins so (an option ending in a changing sum). */
    public Browser selectStartingWith(String label, String start) {
        Select list = new Select(labelled(label, 1));
        WebElement option = list.getOptions().stream()
                .filter(o -> o.getText().trim().startsWith(start))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No option '" + start + "...' in '" + label + "'"));
        list.selectByVisibleText(option.getText());
        return this;
    }

    private WebElement labelled(String label, int nth) {
        List<WebElement> labels = driver.findElements(By.tagName("label")).stream()
                .filter(l -> label.equals(l.getText().trim()))
                .toList();
        if (labels.size() < nth) {
            throw new AssertionError("No field " + nth + " labelled '" + label + "' on " + path());
        }
        return driver.findElement(By.id(labels.get(nth - 1).getAttribute("for")));
    }

    /** Picks an option of the select with this label, by the option's text. */
    public Browser select(String label, String option) {
        WebElement labelElement = driver.findElements(By.tagName("label")).stream()
                .filter(l -> label.equals(l.getText().trim()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No list labelled '" + label + "' on " + path()));
        new Select(driver.findElement(By.id(labelElement.getAttribute("for")))).selectByVisibleText(option);
        return this;
    }

    /** Chooses a file for the file input with this label. */
    public Browser attach(String label, Path file) {
        WebElement labelElement = driver.findElements(By.tagName("label")).stream()
                .filter(l -> label.equals(l.getText().trim()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No file field labelled '" + label + "' on " + path()));
        driver.findElement(By.id(labelElement.getAttribute("for")))
                .sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** Changes the page as a careless template would, to prove the accessibility check notices. */
    public Browser runScript(String script) {
        ((JavascriptExecutor) driver).executeScript(script);
        return this;
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText().trim();
    }

    public String bodyClasses() {
        return driver.findElement(By.tagName("body")).getAttribute("class");
    }

    public String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The WCAG 2.2 AA violations axe-core finds on the current page, described for a failure message. */
    public String accessibilityViolations() {
        Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
        if (results.getPasses() == null || results.getPasses().isEmpty()) {
            throw new IllegalStateException("axe-core checked nothing on " + path() + ": " + results.getErrorMessage());
        }
        return results.getViolations().stream().map(Browser::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget()))
                        .collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
