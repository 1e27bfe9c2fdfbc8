package org.reachback.testing.fuzz;

import java.net.URI;
import java.util.List;
import java.util.function.Consumer;

import org.reachback.testing.TestHttp;

/**
 * Fuzzes every operation of the OpenAPI a service serves: for each case, drawn from a fixed seed,
 * an operation and a valid, boundary or hostile request for it; every answer is held to the
 * operation's documented responses ({@link Checks}). Spring's {@code /error} is not called: a
 * specification must not list it ({@link ApiSpec#documentationGaps()}).
 *
 * <pre>
 * FuzzReport report = ApiFuzzer.against(TestHttp.onPort(port))
 * 	.readingTheSpecificationAs(TestHttp.demoUser("admin"))
 * 	.credentials(Credentials.always(TestHttp.demoUser("admin")).sometimesWrong())
 * 	.known(KnownValues.none().with("callbackId", id))
 * 	.run(FuzzSettings.fromSystemProperties(1800));
 * report.assertNoViolations();
 * report.assertSomeSucceeded("answer that reached a callback");
 * </pre>
 */
public final class ApiFuzzer {

	private final TestHttp http;

	private String specificationAuthorization;

	private Credentials credentials = Credentials.none();

	private KnownValues known = KnownValues.none();

	private Consumer<String> log = System.out::println;

	private int concurrency = 2;

	private ApiSpec specification;

	private ApiFuzzer(TestHttp http) {
		this.http = http;
	}

	public static ApiFuzzer against(TestHttp http) {
		return new ApiFuzzer(http);
	}

	/** The credentials to read {@code /v3/api-docs} with, where it is not public. */
	public ApiFuzzer readingTheSpecificationAs(String authorization) {
		this.specificationAuthorization = authorization;
		return this;
	}

	public ApiFuzzer credentials(Credentials credentials) {
		this.credentials = credentials;
		return this;
	}

	public ApiFuzzer known(KnownValues known) {
		this.known = known;
		return this;
	}

	/** Where the one-line summary per operation goes; standard output unless told otherwise. */
	public ApiFuzzer log(Consumer<String> log) {
		this.log = log;
		return this;
	}

	/** The served specification, read once. */
	public ApiSpec specification() {
		if (specification == null) {
			specification = ApiSpec.served(http, specificationAuthorization);
		}
		return specification;
	}

	/**
	 * How many requests are in flight at once: two by default, one per core of a small build machine. A case's request depends on its seed
	 * and index only; with more than one in flight, the state it meets may differ from run to run.
	 */
	public ApiFuzzer concurrency(int requestsAtOnce) {
		this.concurrency = requestsAtOnce;
		return this;
	}

	public FuzzReport run(FuzzSettings settings) {
		List<Operation> operations = specification().operations()
			.stream()
			.filter(operation -> !operation.path().equals(ApiSpec.ERROR_PATH))
			.toList();
		if (operations.isEmpty()) {
			throw new IllegalStateException("The served specification lists no operation to fuzz");
		}
		long started = System.nanoTime();
		FuzzReport report = new FuzzRun(operations, new CaseMaker(known, credentials), new Sender(URI.create(http.base())),
				concurrency).run(settings);
		report.summary().forEach(log);
		log.accept(String.format("%d cases in %.1f s, %d violations (seed %d)", report.cases(),
				(System.nanoTime() - started) / 1e9, report.violations().size(), settings.seed()));
		return report;
	}

}
