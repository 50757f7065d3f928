package org.sanxiang.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.core.Unavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The CJK TrueType font embedded in every PDF. Looked for, in order: the configured path
 * ({@code sanxiang.documents.font}, optionally {@code sanxiang.documents.font-bold}), the
 * Noto Serif SC the build fetched, then system fonts. No font → a warning at start-up and
 * a clear error on render. Text is checked against the font's character map before
 * rendering, so a character the font lacks is reported by name instead of silently
 * dropped.
 */
@Component
public class DocumentFonts {

	private static final Logger log = LoggerFactory.getLogger(DocumentFonts.class);

	static final String FAMILY = org.sanxiang.core.PdfRendering.FONT_FAMILY;

	/**
	 * Where the build puts the fetched font: on the class path but outside
	 * {@code static/}, so it is never served to browsers (pages use system fonts).
	 */
	static final String BUILT = "document-fonts/";

	private static final List<Path> SYSTEM_FONT_DIRS = List.of(Path.of("/usr/share/fonts"),
			Path.of("/usr/local/share/fonts"), Path.of(System.getProperty("user.home"), ".fonts"),
			Path.of("C:/Windows/Fonts"), Path.of("/System/Library/Fonts"), Path.of("/Library/Fonts"));

	private static final Map<Object, Font> LOADED = new ConcurrentHashMap<>();

	private final Font regular;

	private final Font bold;

	DocumentFonts(@Value("${sanxiang.documents.font:}") String configured,
			@Value("${sanxiang.documents.font-bold:}") String configuredBold) {
		Font found = null;
		Font foundBold = null;
		if (!configured.isBlank()) {
			found = load("配置的字体 " + configured, fileKey(configured), () -> Files.newInputStream(Path.of(configured)));
			if (found == null) {
				log.warn("sanxiang.documents.font={} is not a usable CJK TrueType font", configured);
			}
			if (!configuredBold.isBlank()) {
				foundBold = load("配置的粗体 " + configuredBold, fileKey(configuredBold),
						() -> Files.newInputStream(Path.of(configuredBold)));
			}
		}
		if (found == null) {
			found = load("Noto Serif SC", BUILT + "NotoSerifSC-Regular.ttf",
					() -> new ClassPathResource(BUILT + "NotoSerifSC-Regular.ttf").getInputStream());
			foundBold = (found != null) ? load("Noto Serif SC Bold", BUILT + "NotoSerifSC-Bold.ttf",
					() -> new ClassPathResource(BUILT + "NotoSerifSC-Bold.ttf").getInputStream()) : null;
		}
		if (found == null) {
			found = systemFont().orElse(null);
		}
		this.regular = found;
		this.bold = foundBold;
		if (found == null) {
			log.warn("No CJK TrueType font found: documents cannot be rendered to PDF. Build with npm available "
					+ "(the build fetches Noto Serif SC), or set sanxiang.documents.font to a CJK .ttf file.");
		}
		else {
			log.info("Document font: {} ({} characters){}", found.source(), found.coverage().cardinality(),
					(this.bold != null) ? ", bold: " + this.bold.source() : "");
		}
	}

	/**
	 * A loaded font: where it came from, its bytes, the code points it covers, and its
	 * TrueType tables, parsed on first render and then shared by every render. A parsed
	 * CJK font takes far more memory than its 15 MB file, so one per thread took the
	 * server down under concurrent renders. Sharing is safe: the parser reads every table
	 * eagerly, the parsed font is only read afterwards (its glyph and raw table reads
	 * synchronise on their data), and PDFBox shares parsed fonts across documents and
	 * threads itself (its font mapper's cache); each document gets its own
	 * {@code PDType0Font} and subset.
	 */
	static final class Font {

		private final String source;

		private byte[] bytes;

		private final BitSet coverage;

		private TrueTypeFont parsed;

		Font(String source, byte[] bytes, BitSet coverage) {
			this.source = source;
			this.bytes = bytes;
			this.coverage = coverage;
		}

		String source() {
			return this.source;
		}

		BitSet coverage() {
			return this.coverage;
		}

		boolean covers(int codePoint) {
			return codePoint < this.coverage.size() && this.coverage.get(codePoint);
		}

		synchronized TrueTypeFont parsed() {
			if (this.parsed == null) {
				try {
					this.parsed = new TTFParser().parse(new RandomAccessReadBuffer(this.bytes));
					this.bytes = null; // the parsed font keeps its own copy
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			return this.parsed;
		}

	}

	public boolean available() {
		return this.regular != null;
	}

	public String source() {
		return (this.regular != null) ? this.regular.source() : "无";
	}

	Font regular() {
		if (this.regular == null) {
			throw new Unavailable("DOCUMENT_FONT_MISSING",
					"未找到可嵌入PDF的中文TrueType字体：请在有npm的环境下构建（构建时获取思源宋体 Noto Serif SC），"
							+ "或在配置项 sanxiang.documents.font 中指定中文 .ttf 字体文件");
		}
		return this.regular;
	}

	Optional<Font> bold() {
		return Optional.ofNullable(this.bold);
	}

	/**
	 * Refuses text with characters the font cannot draw, naming each (at most 20) by its
	 * Unicode name, e.g. {@code U+1F600 GRINNING FACE（😀）}.
	 */
	void checkCoverage(Iterable<String> texts) {
		Font font = regular();
		java.util.LinkedHashSet<Integer> missing = new java.util.LinkedHashSet<>();
		for (String text : texts) {
			if (text == null) {
				continue;
			}
			text.codePoints().filter((cp) -> !Character.isWhitespace(cp) && !font.covers(cp)).forEach(missing::add);
		}
		if (!missing.isEmpty()) {
			List<String> names = new ArrayList<>();
			missing.stream().limit(20).forEach((cp) -> names.add(describe(cp)));
			throw new RuleViolation("DOCUMENT_GLYPH_MISSING", "文书字体缺少以下字符，无法如实生成PDF，请改用其他写法：" + String.join("；", names)
					+ (missing.size() > 20 ? "（等" + missing.size() + "个）" : ""));
		}
	}

	static String describe(int codePoint) {
		String name = Character.getName(codePoint);
		return String.format(Locale.ROOT, "U+%04X %s（%s）", codePoint, (name != null) ? name : "UNASSIGNED",
				Character.isISOControl(codePoint) ? "控制字符" : new String(Character.toChars(codePoint)));
	}

	private interface Source {

		InputStream open() throws IOException;

	}

	/**
	 * Loads each font file once per JVM, so that several application contexts (tests)
	 * share one copy, as the one context of a running server does.
	 */
	private static Font load(String source, Object key, Source open) {
		Font font = LOADED.get(key);
		if (font == null) {
			font = load(source, open);
			if (font != null) {
				Font earlier = LOADED.putIfAbsent(key, font);
				font = (earlier != null) ? earlier : font;
			}
		}
		return font;
	}

	private static Font load(String source, Source open) {
		try (InputStream in = open.open()) {
			byte[] bytes = in.readAllBytes();
			try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
				CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
				if (cmap == null || cmap.getGlyphId('中') == 0 || cmap.getGlyphId('罚') == 0) {
					return null;
				}
				BitSet coverage = new BitSet(0x30000);
				for (int cp = 0x20; cp < 0x30000; cp++) {
					if (cmap.getGlyphId(cp) != 0) {
						coverage.set(cp);
					}
				}
				return new Font(source, bytes, coverage);
			}
		}
		catch (IOException | RuntimeException ex) {
			log.debug("font {} not usable: {}", source, ex.toString());
			return null;
		}
	}

	/** A font file as it is now: a changed file is a different font. */
	private static Object fileKey(String file) {
		try {
			Path path = Path.of(file).toAbsolutePath();
			return List.of(path.toString(), Files.size(path), Files.getLastModifiedTime(path).toMillis());
		}
		catch (IOException | RuntimeException ex) {
			return List.of(file, -1L, -1L);
		}
	}

	private static Optional<Font> systemFont() {
		for (Path dir : SYSTEM_FONT_DIRS) {
			if (!Files.isDirectory(dir)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(dir, 6)) {
				List<Path> candidates = files
					.filter((p) -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttf"))
					.sorted()
					.toList();
				for (Path candidate : candidates) {
					Font font = load("系统字体 " + candidate, fileKey(candidate.toString()),
							() -> Files.newInputStream(candidate));
					if (font != null) {
						return Optional.of(font);
					}
				}
			}
			catch (IOException ex) {
				log.debug("cannot list fonts in {}", dir);
			}
		}
		return Optional.empty();
	}

}
