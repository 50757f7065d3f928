import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The build's font step (generate-resources), run by the JDK as a source file: runs
 * {@code fetch-font.mjs} with Node.js when Node.js is on the PATH. Without Node.js the
 * application still builds and starts — rendering a PDF then says that the CJK font is
 * missing — except when {@code CI=true}, where the tests need the real font and the build
 * fails. (Without npm, fetch-font.mjs itself behaves the same way.)
 * Usage: java build/FontStep.java build/fetch-font.mjs <npm-package@version> <sha512-integrity> <output-dir>
 */
public class FontStep {

	public static void main(String[] args) throws Exception {
		Optional<Path> node = onPath("node");
		if (node.isEmpty()) {
			System.out.println("[sanxiang] WARNING: Node.js (node) is not on the PATH: the CJK font for PDF documents was not fetched.");
			System.out.println("[sanxiang] The application runs; rendering a PDF reports that the font is missing until Node.js with npm "
					+ "is installed and the project is built again, or sanxiang.documents.font names a CJK .ttf file.");
			if ("true".equals(System.getenv("CI"))) {
				System.out.println("[sanxiang] ERROR: CI=true: the tests need the font, so Node.js with npm is required.");
				System.exit(1);
			}
			return;
		}
		List<String> command = new ArrayList<>();
		command.add(node.get().toString());
		command.addAll(Arrays.asList(args));
		System.exit(new ProcessBuilder(command).inheritIO().start().waitFor());
	}

	static Optional<Path> onPath(String name) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			for (String file : List.of(name, name + ".exe")) {
				Path candidate = Path.of(dir.isEmpty() ? "." : dir, file);
				if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}

}
