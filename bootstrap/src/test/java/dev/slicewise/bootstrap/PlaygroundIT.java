package dev.slicewise.bootstrap;

import dev.slicewise.adapter.llm.openai.FakeOpenAi;
import dev.slicewise.adapter.llm.openai.FakeOpenAi.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The playground in a real browser: Debian's {@code chromium}, headless, driven through {@code chromium-driver} (both
 * installed by {@code .ci/run} where missing), against the packaged jar ({@code java -jar}, a fresh folder, so its
 * generated partner token) in {@code llm} mode with the fake provider, which streams slowly when a step needs it.
 * One visit, step by step, as a person would: create a key with the partner token, watch a reply stream in, stop a
 * slow one with Escape, like a reply, answer a troubleshooting question by clicking an option, see the setting changes
 * of the bundled presets as a table, see a generated part's code (when the chat designs parts), attach an image, find
 * an older conversation by a keyword and open it, rename and delete one, see the page on a phone-sized screen and in
 * German; the part preview's drawing of an STL (until the service gives parts' STL, on a small one of its own); and a
 * refused key and a rate limit as the page says them.
 * Screenshots of each state go to {@code target/playground-screenshots/}; an error in the browser's console fails the
 * step.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlaygroundIT {

    private static final Path SCREENSHOTS = Path.of("target", "playground-screenshots");
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";
    private static final String QUESTION = "What is the difference between PLA and PETG?";

    private final FakeOpenAi provider = FakeOpenAi.start();
    private PackagedService service;
    private ChromeDriver browser;
    private WebDriverWait wait;
    private List<Integer> provoked = List.of();

    @BeforeAll
    void start(@TempDir Path workDir) throws IOException {
        assertTrue(new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute(),
                "the browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium "
                        + "chromium-driver (.ci/run installs them)");
        Files.createDirectories(SCREENSHOTS);
        provider.otherwise(Answer.events(FakeOpenAi.streamedText(List.of("PLA is easy to print. ",
                "PETG is tougher."), 10, 6)));
        service = PackagedService.start(workDir, Map.of(
                "SLICEWISE_ASSISTANT_MODE", "llm",
                "SLICEWISE_LLM_BASE_URL", provider.baseUrl() + "/v1",
                "SLICEWISE_LLM_API_KEY", "sk-playground",
                "SLICEWISE_LLM_MODEL", "gpt-fake",
                "SLICEWISE_LLM_RETRIES", "0",
                "SLICEWISE_FALLBACK_THRESHOLD", "1",
                "SLICEWISE_CREDITS_MODE", "unlimited",
                "SLICEWISE_RATE_LIMIT_PER_MINUTE", "1000"));

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.close();
        }
        provider.close();
    }

    /**
     * Every step ends with no error in the browser's console. The browser logs every answer of 400 or more it fetched:
     * a part's STL answering 404 (STL off) is no error, nor the statuses a step provokes on purpose.
     */
    @AfterEach
    void noConsoleErrors() {
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !(message.contains("/model.stl") && message.contains("status of 404")))
                .filter(message -> provoked.stream().noneMatch(status -> message.contains("status of " + status)))
                .toList();
        provoked = List.of();
        assertEquals(List.of(), errors, "errors in the browser's console");
    }

    @Test
    @Order(1)
    void firstVisit_createsAKeyWithThePartnerToken_andKeepsIt() throws IOException {
        browser.get("http://127.0.0.1:" + service.port() + "/");
        WebElement token = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token-input")));
        screenshot("01-first-visit");
        token.sendKeys(Files.readString(service.workDir().resolve("data").resolve("partner-token")).strip());
        browser.findElement(By.cssSelector("#token-form button[type=submit]")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("composer-text")));
        String key = (String) browser.executeScript("return localStorage.getItem('slicewise.playground.key')");
        assertTrue(key != null && key.startsWith("sw_"), "the key is kept in the browser: " + key);
        assertEquals("Forget key", browser.findElement(By.id("forget-key")).getText());
        screenshot("02-connected");
    }

    @Test
    @Order(2)
    void aReply_streamsIn_thenShowsItsSourceAndModel() {
        provider.then(Answer.events(FakeOpenAi.streamedText(IntStream.range(0, 12)
                .mapToObj(i -> i == 0 ? "PLA is easy to print; " : "PETG is tougher (" + i + "). ").toList(), 10, 12))
                .paced(Duration.ofMillis(150)));
        type(QUESTION + Keys.ENTER);

        WebElement reply = lastReply();
        wait.until(driver -> reply.getText().contains("PLA is easy to print;"));
        assertFalse(reply.getText().contains("(11)"), "still streaming when the first text shows: " + reply.getText());
        assertTrue(browser.findElement(By.id("stop")).isDisplayed(), "Stop is offered while the reply streams");
        screenshot("03-streaming");

        wait.until(driver -> !reply.findElements(By.cssSelector(".provenance")).isEmpty());
        assertTrue(reply.getText().contains("PETG is tougher (11)."), reply.getText());
        assertTrue(reply.findElement(By.cssSelector(".provenance")).getText().startsWith("llm · gpt-fake"),
                reply.findElement(By.cssSelector(".provenance")).getText());
        assertFalse(browser.findElement(By.id("stop")).isDisplayed(), "no Stop once the reply is complete");
        wait.until(driver -> browser.findElements(By.cssSelector(".session-open")).size() == 1);
        screenshot("04-streamed");
    }

    @Test
    @Order(3)
    void aSlowReply_stopsOnEscape_keepingWhatWasWritten() {
        provider.then(Answer.events(FakeOpenAi.streamedText(IntStream.range(0, 60).mapToObj(i -> "word" + i + " ")
                .toList(), 10, 60)).paced(Duration.ofMillis(200)));
        type("Tell me everything about nozzle sizes" + Keys.ENTER);

        WebElement reply = lastReply();
        wait.until(driver -> reply.getText().contains("word1 "));
        browser.findElement(By.id("composer-text")).sendKeys(Keys.ESCAPE);

        wait.until(driver -> !reply.findElements(By.cssSelector(".stopped")).isEmpty());
        assertFalse(reply.getText().contains("word59"), "stopped before the end: " + reply.getText());
        assertTrue(reply.getText().contains("word0 word1"), reply.getText());
        screenshot("05-stopped");
    }

    @Test
    @Order(4)
    void aLike_isKeptWithTheReply() {
        WebElement like = lastReply().findElement(By.cssSelector("button[aria-label='Like']"));
        like.click();
        wait.until(ExpectedConditions.attributeToBe(like, "aria-pressed", "true"));

        browser.findElement(By.cssSelector(".session-open")).click();
        wait.until(driver -> browser.findElements(By.cssSelector(".bubble.assistant")).size() == 2);
        WebElement kept = lastReply().findElement(By.cssSelector("button[aria-label='Like']"));
        assertEquals("true", kept.getAttribute("aria-pressed"), "the like is read back from the history");
        screenshot("06-liked");
    }

    @Test
    @Order(5)
    void aTroubleshootingOption_isSentByClickingIt() {
        newChat();
        chooseModel("embedded");
        send("my print is stringing");
        send("Troubleshoot settings in current project");
        WebElement yes = wait.until(driver -> lastReply().findElements(By.cssSelector("button.option")).stream()
                .filter(button -> button.getText().equals("Yes")).findFirst().orElse(null));
        assertTrue(lastReply().findElements(By.cssSelector(".chip")).stream().anyMatch(chip -> chip.getText()
                .equals("Troubleshooting")), "the actions as labelled chips");
        screenshot("07-troubleshooting-options");

        int replies = browser.findElements(By.cssSelector(".bubble.assistant")).size();
        yes.click();
        wait.until(driver -> browser.findElements(By.cssSelector(".bubble.assistant .provenance")).size()
                == replies + 1);
        List<WebElement> users = browser.findElements(By.cssSelector(".bubble.user"));
        assertEquals("Yes", users.getLast().getText());
        screenshot("08-option-sent");
    }

    @Test
    @Order(6)
    void aSettingsRequest_withTheBundledPresets_showsTheChangesAsATable() {
        newChat();
        openContext();
        new Select(browser.findElement(By.id("filament-select"))).selectByValue("Elegoo PLA @ECC");
        new Select(browser.findElement(By.id("process-select")))
                .selectByValue("0.20mm Standard @Elegoo CC 0.4 nozzle");
        chooseModel("embedded");
        send("This bracket must be much stronger. Which infill and walls should I use?");

        WebElement table = lastReply().findElement(By.cssSelector("table.settings"));
        List<String> rows = table.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText).toList();
        assertTrue(rows.contains("Process preset 0.20mm Standard @Elegoo CC 0.4 nozzle "
                + "0.20mm Strength @Elegoo CC 0.4 nozzle"), String.join("\n", rows));
        assertTrue(rows.contains("Infill density 15% 30% 30% infill supports the walls and stiffens the part."),
                String.join("\n", rows));
        assertTrue(lastReply().findElements(By.cssSelector(".chip")).stream()
                .anyMatch(chip -> chip.getText().equals("Apply settings")), "the action as a labelled chip");
        screenshot("09-settings-table");
    }

    @Test
    @Order(7)
    void aDesignedPart_showsItsCodeHighlighted_withACopyButton() {
        newChat();
        chooseModel("embedded");
        send("a gear with 20 teeth, 40 mm");
        List<WebElement> code = lastReply().findElements(By.cssSelector("figure.code"));
        Assumptions.assumeFalse(code.isEmpty(), "assumption: the chat does not design parts yet (its replies carry "
                + "no code), so there is no code block to see; this step runs once it does");
        assertFalse(code.getFirst().findElements(By.cssSelector(".tok-keyword")).isEmpty(), "highlighted");
        assertTrue(code.getFirst().findElement(By.cssSelector("figcaption .language")).getText().matches(
                "jscad|openscad"));
        WebElement copy = code.getFirst().findElement(By.cssSelector("button.copy"));
        copy.click();
        wait.until(ExpectedConditions.textToBePresentInElement(copy, "Copied"));
        screenshot("10-code");
    }

    @Test
    @Order(8)
    void anAttachedImage_isSentWithTheMessage_andAnswered() throws IOException {
        newChat();
        chooseModel("embedded");
        Path photo = Files.createTempFile("plate-", ".png");
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(40, 40, 40));
        graphics.fillRect(0, 0, 256, 256);
        graphics.setColor(new Color(230, 120, 30));
        graphics.fillRect(96, 64, 64, 128);
        graphics.dispose();
        ImageIO.write(image, "png", photo.toFile());

        browser.findElement(By.id("file-input")).sendKeys(photo.toAbsolutePath().toString());
        wait.until(driver -> browser.findElements(By.cssSelector("#attachments .attachment")).size() == 1);
        screenshot("11-attachment");
        send("Is my plate ready to print?");
        assertEquals(1, browser.findElements(By.cssSelector(".bubble.user")).getLast()
                .findElements(By.cssSelector("img.thumb")).size(), "the photo shows with the message");
        assertFalse(lastReply().findElement(By.cssSelector(".text")).getText().isBlank());
        assertTrue(browser.findElements(By.cssSelector("#attachments .attachment")).isEmpty(), "sent, so cleared");
        screenshot("12-attachment-answered");
    }

    @Test
    @Order(9)
    void anOlderConversation_isFoundByAKeyword_andOpens() {
        WebElement search = browser.findElement(By.id("search-input"));
        search.sendKeys("difference" + Keys.ENTER);
        wait.until(driver -> browser.findElements(By.cssSelector(".session-open")).size() == 1);
        browser.findElement(By.cssSelector(".session-open")).click();
        wait.until(driver -> browser.findElements(By.cssSelector(".bubble.user")).stream()
                .anyMatch(bubble -> bubble.getText().equals(QUESTION)));
        screenshot("13-search-opened");
        search.clear();
        search.sendKeys(Keys.ENTER);
    }

    @Test
    @Order(10)
    void aConversation_isRenamedInPlace_andDeletedAfterConfirming() {
        WebElement first = wait.until(driver -> browser.findElements(By.cssSelector(".session")).stream()
                .findFirst().orElse(null));
        String id = first.getAttribute("data-session-id");
        first.findElement(By.cssSelector("button[aria-label^='Rename']")).click();
        WebElement title = wait.until(driver -> browser.findElement(By.cssSelector(".session input")));
        title.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Plate check" + Keys.ENTER);
        By renamed = By.cssSelector("[data-session-id='" + id + "'] .session-open");
        wait.until(ExpectedConditions.textToBe(renamed, "Plate check"));

        int sessions = browser.findElements(By.cssSelector(".session")).size();
        browser.findElement(By.cssSelector("[data-session-id='" + id + "'] button[aria-label^='Delete']")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(driver -> browser.findElements(By.cssSelector(".session")).size() == sessions - 1);
        browser.navigate().refresh();
        wait.until(driver -> browser.findElements(By.cssSelector(".session")).size() == sessions - 1);
        assertTrue(browser.findElements(renamed).isEmpty(), "deleted for good");
    }

    @Test
    @Order(11)
    void onAPhone_theConversationsOpenFromTheMenu() {
        browser.manage().window().setSize(new Dimension(390, 844));
        WebElement menu = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("toggle-sessions")));
        assertFalse(browser.findElement(By.id("sessions")).isDisplayed(), "the list is folded away on a phone");
        screenshot("14-phone");
        menu.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sessions")));
        screenshot("15-phone-conversations");
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    @Order(12)
    void thePagesOwnText_followsTheChosenLanguage_andStaysChosen() {
        new Select(browser.findElement(By.id("language-select"))).selectByValue("de");
        assertEquals("Senden", browser.findElement(By.id("send")).getText());
        assertEquals("Unterhaltungen durchsuchen", browser.findElement(By.id("search-input")).getAttribute(
                "placeholder"));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBe(By.id("send"), "Senden"));
        assertEquals("de", browser.findElement(By.tagName("html")).getAttribute("lang"));
        screenshot("16-german");
    }

    @Test
    @Order(13)
    void theStlPreview_drawsAPart_fromAsciiAndBinarySTL() {
        Object drawn = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/playground/stl.js').then(({ parseStl, stlCanvas }) => {
                  const ascii = `solid part
                    facet normal 0 0 -1 outer loop vertex 0 0 0 vertex 10 0 0 vertex 0 10 0 endloop endfacet
                    facet normal 0 -1 0 outer loop vertex 0 0 0 vertex 0 0 10 vertex 10 0 0 endloop endfacet
                    facet normal -1 0 0 outer loop vertex 0 0 0 vertex 0 10 0 vertex 0 0 10 endloop endfacet
                    facet normal 1 1 1 outer loop vertex 10 0 0 vertex 0 0 10 vertex 0 10 0 endloop endfacet
                  endsolid part`;
                  const fromAscii = parseStl(new TextEncoder().encode(ascii).buffer);
                  const binary = new ArrayBuffer(84 + 4 * 50);
                  const view = new DataView(binary);
                  view.setUint32(80, 4, true);
                  fromAscii.forEach((triangle, index) => triangle.forEach((value, at) =>
                    view.setFloat32(84 + index * 50 + 12 + at * 4, value, true)));
                  const fromBinary = parseStl(binary);
                  const canvas = stlCanvas(fromBinary, 'part');
                  const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                  let painted = 0;
                  for (let at = 0; at < pixels.length; at += 4) {
                    if (pixels[at] !== 0xf4 || pixels[at + 1] !== 0xf6 || pixels[at + 2] !== 0xf8) {
                      painted++;
                    }
                  }
                  done([fromAscii.length, JSON.stringify(fromBinary) === JSON.stringify(fromAscii), painted]);
                }, error => done(String(error)));
                """);
        List<?> result = (List<?>) drawn;
        assertEquals(4L, result.get(0), "four triangles read from the ASCII STL");
        assertEquals(true, result.get(1), "the binary STL reads the same");
        assertTrue(((Long) result.get(2)) > 1000, "the part is drawn: " + result.get(2) + " pixels");
    }

    @Test
    @Order(14)
    void aRefusedKey_asksForAKeyAgain_andARateLimitSaysWhenToRetry() throws Exception {
        provoked = List.of(401, 429);
        browser.executeScript("localStorage.setItem('slicewise.playground.key', 'sw_not-a-key');"
                + "localStorage.setItem('slicewise.playground.language', 'en')");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBe(By.id("connect-reason"),
                "The service did not accept this key. Enter a valid key."));
        assertEquals(null, browser.executeScript("return localStorage.getItem('slicewise.playground.key')"));
        screenshot("17-key-refused");

        String token = Files.readString(service.workDir().resolve("data").resolve("partner-token")).strip();
        String issued = service.post("/api/v1/api_keys", "{\"name\":\"slow\",\"rate_limit_per_minute\":1}",
                "Authorization", "Token " + token).body();
        browser.findElement(By.id("key-input")).sendKeys(issued.replaceAll(".*\"key\":\"(sw_[^\"]+)\".*", "$1")
                + Keys.ENTER);
        wait.until(ExpectedConditions.textMatches(By.id("chat-error"),
                Pattern.compile("Too many requests\\. Try again in \\d+ s\\.")));
        screenshot("18-rate-limited");
    }

    private void newChat() {
        browser.findElement(By.id("new-chat")).click();
        wait.until(driver -> browser.findElements(By.cssSelector(".bubble")).isEmpty());
    }

    /** Opens the slicing context (the presets, the plate and the model), folded away at first. */
    private void openContext() {
        if (browser.findElement(By.id("context")).getAttribute("open") == null) {
            browser.findElement(By.cssSelector("#context summary")).click();
        }
    }

    private void chooseModel(String model) {
        openContext();
        new Select(browser.findElement(By.id("model-select"))).selectByValue(model);
    }

    private void type(String text) {
        WebElement composer = browser.findElement(By.id("composer-text"));
        composer.sendKeys(text);
    }

    /** Sends a message with Enter and waits for its whole reply. */
    private void send(String text) {
        int replies = browser.findElements(By.cssSelector(".bubble.assistant .provenance")).size();
        type(text + Keys.ENTER);
        wait.until(driver -> browser.findElements(By.cssSelector(".bubble.assistant .provenance")).size()
                == replies + 1);
    }

    private WebElement lastReply() {
        return wait.until(driver -> browser.findElements(By.cssSelector(".bubble.assistant")).stream()
                .reduce((first, second) -> second).orElse(null));
    }

    private void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
