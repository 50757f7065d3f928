package org.sanxiang.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's chromedriver. Without them the browser
 * tests skip with a message — except under {@code CI=true}, where they are mandatory and
 * fail instead.
 */
final class Chromium {

	static final File BROWSER = new File(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));

	static final File DRIVER = new File(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

	private Chromium() {
	}

	static WebDriver start(int width, int height) throws IOException {
		return start(width, height, false);
	}

	/**
	 * A phone: Chrome's mobile emulation, since a desktop window cannot be narrower than
	 * about 500 pixels.
	 */
	static WebDriver phone(int width, int height) throws IOException {
		return start(width, height, true);
	}

	private static WebDriver start(int width, int height, boolean phone) throws IOException {
		boolean present = BROWSER.canExecute() && DRIVER.canExecute();
		if (!present && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("CI=true but Chromium or chromedriver is missing at " + BROWSER + " / "
					+ DRIVER + " (install the Debian packages chromium and chromium-driver)");
		}
		Assumptions.assumeTrue(present, "Browser tests skipped: install Debian packages chromium and chromium-driver");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--lang=zh-CN", "--window-size=" + width + "," + height,
				"--user-data-dir=" + Files.createTempDirectory("sanxiang-chromium"));
		if (phone) {
			options.setExperimentalOption("mobileEmulation",
					Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 1.0)));
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		return driver;
	}

	/**
	 * Clicks an element after scrolling it to the middle of the window at once (the
	 * stylesheet scrolls smoothly, and a click during the scroll lands elsewhere).
	 */
	static void click(WebDriver driver, org.openqa.selenium.By by) {
		org.openqa.selenium.WebElement element = driver.findElement(by);
		((org.openqa.selenium.JavascriptExecutor) driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	/**
	 * Waits until the page that {@code page} (its {@code html} element) belonged to has
	 * been replaced. Chromium answers a question about an element of a page being
	 * replaced either "stale" or "does not belong to the document": both mean it is gone.
	 */
	static void awaitNewPage(WebDriver driver, org.openqa.selenium.WebElement page) {
		new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30)).until((d) -> {
			try {
				page.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.StaleElementReferenceException ex) {
				return true;
			}
			catch (org.openqa.selenium.WebDriverException ex) {
				if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
					return true;
				}
				throw ex;
			}
		});
	}

	static Path screenshot(WebDriver driver, String name) throws IOException {
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		Path file = dir.resolve(name + ".png");
		Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		return file;
	}

}
