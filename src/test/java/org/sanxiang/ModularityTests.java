package org.sanxiang;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.sanxiang.core.AuditableEvent;

import org.springframework.asm.ClassReader;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.fail;

/**
 * The module boundaries the build enforces: every module sits in a layer and uses only
 * modules of lower layers, declares those it uses
 * ({@code @ApplicationModule(allowedDependencies = …)} in its {@code package-info.java})
 * and reaches only their public API; Spring Modulith's {@code verify()} fails the build
 * otherwise, as the fixture of an illegal import shows.
 */
class ModularityTests {

	/**
	 * The layers of the architecture (README, module map): a module may use only modules
	 * of a lower layer. Modules not built yet are listed so that they arrive in their
	 * place.
	 */
	static final Map<String, Integer> LAYERS = Map.ofEntries(Map.entry("core", 0), Map.entry("platform", 0),
			Map.entry("events", 1), Map.entry("identity", 1), Map.entry("calendar", 1), Map.entry("ledger", 1),
			Map.entry("legalbasis", 1), Map.entry("storage", 0), Map.entry("officer", 2), Map.entry("subject", 2),
			Map.entry("document", 3), Map.entry("evidence", 3), Map.entry("inspection", 4), Map.entry("review", 4),
			Map.entry("casefile", 5), Map.entry("licensing", 5), Map.entry("publicity", 6), Map.entry("statistics", 6),
			Map.entry("audit", 6));

	/**
	 * The shared kernel is an open module that uses nothing; the document module's
	 * declaration comes with its rebuild (issue 12) and is checked once it is there.
	 */
	private static final Set<String> UNDECLARED = Set.of("core");

	private final ApplicationModules modules = ApplicationModules.of(SanxiangApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void modulesAreTheOnesOfTheArchitecture() {
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString())).containsExactlyInAnyOrder(
				"core", "platform", "storage", "identity", "calendar", "ledger", "officer", "legalbasis", "subject",
				"audit", "publicity", "document", "events", "evidence", "review", "casefile", "statistics",
				"inspection", "licensing");
	}

	@Test
	void everyModuleHasALayer() {
		assertThat(this.modules.stream().map(ModularityTests::name)).allSatisfy((name) -> assertThat(LAYERS)
			.as("layer of module %s (ModularityTests.LAYERS and the README's module map)", name)
			.containsKey(name));
	}

	@Test
	void everyModuleUsesOnlyModulesOfLowerLayers() {
		for (ApplicationModule module : this.modules) {
			int layer = LAYERS.get(name(module));
			Set<String> upward = module.getDirectDependencies(this.modules)
				.stream()
				.map((dependency) -> name(dependency.getTargetModule()))
				.filter((target) -> !target.equals("core") && LAYERS.get(target) >= layer)
				.collect(Collectors.toCollection(java.util.TreeSet::new));
			assertThat(upward).as("modules of layer %d or above used by %s (layer %d)", layer, name(module), layer)
				.isEmpty();
		}
	}

	@Test
	void everyModuleDeclaresTheModulesItMayUseAndAllAreBelowIt() {
		for (ApplicationModule module : this.modules) {
			String name = name(module);
			if (UNDECLARED.contains(name)) {
				continue;
			}
			org.springframework.modulith.ApplicationModule declaration = declaration(module);
			assertThat(declaration).as("@ApplicationModule on %s's package-info", name).isNotNull();
			assertThat(declaration.allowedDependencies())
				.as("allowed dependencies of %s (layer %d)", name, LAYERS.get(name))
				.doesNotContain(org.springframework.modulith.ApplicationModule.OPEN_TOKEN)
				.filteredOn((allowed) -> !allowed.equals("core"))
				.allSatisfy((allowed) -> assertThat(LAYERS.get(allowed.split("::")[0]))
					.as("layer of %s, which %s may use", allowed, name)
					.isLessThan(LAYERS.get(name)));
		}
	}

	@Test
	void auditDependsOnNoBusinessModule() {
		var audit = this.modules.getModuleByName("audit").orElseThrow();
		assertThat(audit.getDirectDependencies(this.modules)
			.stream()
			.map((m) -> m.getTargetModule().getIdentifier().toString())).isSubsetOf("core", "platform");
	}

	@Test
	void theEventRegistryPagesDependOnTheSharedKernelOnly() {
		var events = this.modules.getModuleByName("events").orElseThrow();
		assertThat(events.getDirectDependencies(this.modules)
			.stream()
			.map((m) -> m.getTargetModule().getIdentifier().toString())).isSubsetOf("core", "platform");
	}

	@Test
	void legalBasisDependsOnTheSharedKernelOnly() {
		var legalbasis = this.modules.getModuleByName("legalbasis").orElseThrow();
		assertThat(legalbasis.getDirectDependencies(this.modules)
			.stream()
			.map((m) -> m.getTargetModule().getIdentifier().toString())).isSubsetOf("core", "platform");
	}

	/**
	 * A lower module never names a higher one's events, not even as strings (the ledger
	 * once looked documents up by {@code "DOCUMENT_ISSUED"} and {@code "Document"}): no
	 * string literal of a lower module is the name of a higher module's event type or a
	 * code its events carry (such as {@code DOCUMENT_ISSUED}). The events are those a
	 * module publishes and its {@link AuditableEvent}s.
	 */
	@Test
	void noModuleNamesTheEventsOfAHigherOne() {
		for (ApplicationModule higher : this.modules) {
			Set<String> eventNames = eventNames(higher);
			for (ApplicationModule lower : this.modules) {
				if (LAYERS.get(name(lower)) < LAYERS.get(name(higher))) {
					Set<String> named = new java.util.TreeSet<>(literals(lower));
					named.retainAll(eventNames);
					assertThat(named).as("names of %s's events in %s", name(higher), name(lower)).isEmpty();
				}
			}
		}
	}

	private static Set<String> eventNames(ApplicationModule module) {
		Set<JavaClass> events = new java.util.HashSet<>();
		module.getPublishedEvents().forEach((event) -> events.add(event.getType()));
		classesOf(module).filter((type) -> type.isAssignableTo(AuditableEvent.class) && !type.isInterface())
			.forEach(events::add);
		Set<String> names = new java.util.HashSet<>();
		for (JavaClass event : events) {
			names.add(event.getName());
			names.add(event.getSimpleName());
			literalsOf(event).stream()
				.filter((literal) -> literal.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+"))
				.forEach(names::add);
		}
		return names;
	}

	private static Set<String> literals(ApplicationModule module) {
		Set<String> literals = new java.util.HashSet<>();
		classesOf(module).forEach((type) -> literals.addAll(literalsOf(type)));
		return literals;
	}

	private static java.util.stream.Stream<JavaClass> classesOf(ApplicationModule module) {
		String base = module.getBasePackage().getName();
		return CLASSES.stream()
			.filter((type) -> type.getPackageName().equals(base) || type.getPackageName().startsWith(base + "."));
	}

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(new ImportOption.DoNotIncludeTests())
		.importPackages("org.sanxiang");

	/** The string constants in a class file's constant pool. */
	private static Set<String> literalsOf(JavaClass type) {
		String resource = type.getName().replace('.', '/') + ".class";
		try (var in = ModularityTests.class.getClassLoader().getResourceAsStream(resource)) {
			ClassReader reader = new ClassReader(in);
			char[] buffer = new char[reader.getMaxStringLength()];
			Set<String> literals = new java.util.HashSet<>();
			for (int item = 1; item < reader.getItemCount(); item++) {
				int offset = reader.getItem(item);
				if (offset > 0 && reader.readByte(offset - 1) == CONSTANT_STRING) {
					literals.add(reader.readUTF8(offset, buffer));
				}
			}
			return literals;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static final int CONSTANT_STRING = 8;

	/**
	 * The same verification fails on a fixture whose lower module imports its higher one
	 * — what this build would do if a module of ours did.
	 */
	@Test
	void aLowerModuleImportingAHigherOneFailsTheVerification() {
		ImportOption everything = (location) -> true;
		ApplicationModules fixture = ApplicationModules.of("org.sanxiang.fixture.illegal", everything);
		assertThat(fixture.stream().map(ModularityTests::name)).containsExactlyInAnyOrder("lower", "higher");
		assertThatExceptionOfType(Violations.class).isThrownBy(fixture::verify)
			.withMessageContaining("Kernel")
			.withMessageContaining("Workflow");
	}

	/**
	 * Component diagrams of all modules and of each module (target/spring-modulith-docs).
	 * Module canvases are left out: Modulith 2.0.3's Javadoc source map fails on some of
	 * our types.
	 */
	@Test
	void writesModuleDocumentation() {
		Documenter documenter = new Documenter(this.modules);
		documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		assertThat(java.nio.file.Path.of("target", "spring-modulith-docs", "components.puml")).exists();
	}

	private static String name(ApplicationModule module) {
		return module.getIdentifier().toString();
	}

	private static org.springframework.modulith.ApplicationModule declaration(ApplicationModule module) {
		String packageInfo = module.getBasePackage().getName() + ".package-info";
		try {
			return Class.forName(packageInfo).getAnnotation(org.springframework.modulith.ApplicationModule.class);
		}
		catch (ClassNotFoundException ex) {
			return fail("no package-info.java in module " + name(module));
		}
	}

}
