package org.reachback.testing;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules every service's structure keeps, checked by one test per service: its features (the
 * packages directly below the application's) form no cycle and use each other only through the
 * types a feature exposes in its own package, never what lies in its sub-packages; and no service
 * uses, or even has on its class path, another service's code.
 */
public final class ServiceArchitecture {

	/** The base package of each of the five services. */
	static final List<String> SERVICES = List.of("org.reachback.intent", "org.reachback.chatbot",
			"org.reachback.callback", "org.reachback.interaction", "org.reachback.session");

	private ServiceArchitecture() {
	}

	/**
	 * @param application the service's {@code @SpringBootApplication} class
	 * @throws AssertionError naming every violation found
	 */
	public static void verify(Class<?> application) {
		ApplicationModules.of(application).verify();
		String own = application.getPackageName();
		List<String> others = SERVICES.stream().filter(service -> !service.equals(own)).toList();
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(own);
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage(others.stream().map(service -> service + "..").toArray(String[]::new))
			.because("services talk over Kafka topics and the shared views, never through each other's code")
			.check(classes);
		for (String other : others) {
			assertThat(new ClassFileImporter().importPackages(other))
				.as("another service's classes (%s) on %s's class path", other, own)
				.isEmpty();
		}
	}

}
