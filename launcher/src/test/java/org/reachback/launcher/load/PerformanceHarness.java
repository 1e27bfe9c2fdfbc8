package org.reachback.launcher.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.reachback.infra.Directories;
import org.reachback.launcher.LocalSuite;
import org.reachback.launcher.Service;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The performance harness (issue 11): starts the suite as the run command does (a durable
 * database, the broker keeping its logs, the five service processes), measures the floors of its
 * parts on the same broker and database, then drives the public API at fixed arrival rates and
 * reports every figure beside its floor. Latencies are in HdrHistogram and count from each
 * operation's due time (no coordinated omission). The last line printed is one JSON object.
 * Not part of {@code verify}: see docs/performance.md for the command and the options.
 */
class PerformanceHarness {

	/** One client address drives every customer, so the per-address limits would measure themselves. */
	private static final List<String> SETTINGS = List.of("--reachback.web.rate-limits.enabled=false");

	/** Answered by the FAQ bot with one entry each, so every message has exactly one answer. */
	private static final String QUESTION = "what are your opening hours";

	/** The billing bot hands this over with a callback prompt (journey 2). */
	private static final String DISPUTE = "I was charged twice for the same order and want to dispute the charge";

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final Duration PAUSE = Duration.ofSeconds(5);

	/** How long the idle suite is watched, for the processor time its processes spend doing nothing asked. */
	private static final Duration IDLE = Duration.ofSeconds(10);

	/** How long a run waits at most for the suite to work off what the run before it left. */
	private static final Duration QUIET_PATIENCE = Duration.ofMinutes(3);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Duration seconds = Duration.ofSeconds(Long.getLong("load.seconds", 60));

	private final List<Double> replyRates = Arrays
		.stream(System.getProperty("load.reply-rates", "10,25,50,100,200,300,400").split(","))
		.map(String::trim)
		.map(Double::valueOf)
		.toList();

	/**
	 * A run whose p99 is above this (or with any error) finds the suite behind its arrivals: its
	 * backlog only grows, so the rates above it are not run.
	 */
	private final double saturatedP99Ms = Double.parseDouble(System.getProperty("load.saturated-p99-ms", "2000"));

	private final double chatStartRate = Double.parseDouble(System.getProperty("load.chat-start-rate", "20"));

	private final int replyChats = Integer.getInteger("load.reply-chats", 300);

	private final int openStreams = Integer.getInteger("load.open-streams", 2000);

	private final double openStreamsRate = Double.parseDouble(System.getProperty("load.open-streams-rate", "100"));

	/** How fast the chats that only hold streams open, and those of the intake run, are opened. */
	private final double openRate = Double.parseDouble(System.getProperty("load.open-rate", "40"));

	private final int intakeChats = Integer.getInteger("load.intake-chats", 1000);

	/** The dispatch run's agents, all going available at once; the intake run must leave as many callbacks waiting. */
	private final Dispatch dispatch = new Dispatch(Integer.getInteger("load.dispatch-agents", 200));

	private final double intakeRate = Double.parseDouble(System.getProperty("load.intake-rate", "100"));

	private final List<String> report = new ArrayList<>();

	private final Map<String, Object> results = new LinkedHashMap<>();

	/** Processor time per operation of each run, by process (milliseconds), and the database commits per operation. */
	private final Map<String, Map<String, Double>> costs = new LinkedHashMap<>();

	private CpuTime cpu;

	@Test
	void measure() throws Exception {
		Path data = Files.createTempDirectory("reachback-harness");
		List<String> settings = new ArrayList<>(SETTINGS);
		settings.add(dispatch.roster(data.resolve("roster")));
		long starting = System.nanoTime();
		try (LocalSuite suite = LocalSuite.startKeeping(Path.of(System.getProperty("reachback.home", "..")), data, 0, settings, 1);
				ChatClient chats = new ChatClient()) {
			double startUp = (System.nanoTime() - starting) / 1e9;
			note("suite healthy %.1f s after the launcher started it (database, broker, issuer, five services)", startUp);
			results.put("startUpSeconds", round(startUp));
			resources(suite, "after start-up");
			cpu = new CpuTime(suite.processIds(), suite.postgres());
			CpuTime.Sample idle = cpu.sample();
			TimeUnit.NANOSECONDS.sleep(IDLE.toNanos());
			cpu.idleSince(idle);

			Latencies.Summary kafka = costedFloor("kafka floor",
					measuring -> Floors.kafka(suite.kafkaBootstrapServers(), 200, Duration.ofSeconds(20), measuring));
			Latencies.Summary postgres = costedFloor("postgres floor",
					measuring -> Floors.postgres(suite.postgres(), Duration.ofSeconds(10), measuring));
			Latencies.Summary http = costedFloor("http floor",
					measuring -> Floors.http(chats, Service.CALLBACK.port(), 200, Duration.ofSeconds(20), measuring));
			results.put("kafkaFloorP50Ms", round(kafka.p50Ms()));
			results.put("kafkaFloorP99Ms", round(kafka.p99Ms()));
			results.put("postgresFloorCommitsPerSecond", round(postgres.perSecond()));
			results.put("postgresFloorP99Ms", round(postgres.p99Ms()));
			results.put("httpFloorP99Ms", round(http.p99Ms()));

			List<ChatStream> pool = new CopyOnWriteArrayList<>();
			Latencies.Summary started = costed("chat start",
					() -> openChats(chats, replyChats, chatStartRate, QUESTION, pool, "chat start"));
			results.put("chatStartRate", chatStartRate);
			results.put("chatStartP50Ms", round(started.p50Ms()));
			results.put("chatStartP99Ms", round(started.p99Ms()));
			assertThat(pool).as("chats open for the reply runs").isNotEmpty();

			Latencies.Summary sustained = null;
			results.put("chatReplyRate", null);
			for (double rate : replyRates) {
				String name = "chat reply at " + (int) rate + "/s";
				Latencies.Summary reply = costed(name, () -> reply(chats, pool, rate, seconds, name));
				note("  p50 %.1f× and p99 %.1f× the Kafka floor's", reply.p50Ms() / kafka.p50Ms(), reply.p99Ms() / kafka.p99Ms());
				if (reply.errors() > 0 || reply.p99Ms() > saturatedP99Ms) {
					note("  saturated at %d/s (p99 above %.0f ms or errors): the rates above it are not run", (int) rate,
							saturatedP99Ms);
					results.put("chatReplySaturatedAt", rate);
					break;
				}
				sustained = reply;
				results.put("chatReplyRate", rate);
				results.put("chatReplyCpuMs", costs.get(name));
			}
			// the figures of the highest rate the suite kept up with
			results.put("chatReplyP50Ms", sustained == null ? null : round(sustained.p50Ms()));
			results.put("chatReplyP99Ms", sustained == null ? null : round(sustained.p99Ms()));
			results.put("chatReplyP999Ms", sustained == null ? null : round(sustained.p999Ms()));
			resources(suite, "after the chat-reply runs");

			show(openChats(chats, openStreams - pool.size(), openRate, QUESTION, pool, "more chats, streams kept open"));
			long open = pool.stream().filter(stream -> !stream.ended.isDone()).count();
			note("%d event streams open", open);
			results.put("openStreams", open);
			Latencies.Summary busy = costed("chat reply with streams open", () -> reply(chats, pool, openStreamsRate, seconds,
					"chat reply at " + (int) openStreamsRate + "/s, " + open + " streams open"));
			results.put("openStreamsReplyRate", openStreamsRate);
			results.put("openStreamsReplyP50Ms", round(busy.p50Ms()));
			results.put("openStreamsReplyP99Ms", round(busy.p99Ms()));
			results.put("openStreamsReplyErrors", busy.errors());
			results.put("threads", resources(suite, "with " + open + " streams open").threads());
			pool.forEach(ChatStream::close);

			Latencies.Summary intake = intake(chats);
			results.put("callbackIntakeRate", intakeRate);
			results.put("callbackIntakePerSecond", round(intake.perSecond()));
			results.put("callbackIntakeP50Ms", round(intake.p50Ms()));
			results.put("callbackIntakeP99Ms", round(intake.p99Ms()));
			results.put("callbackIntakeErrors", intake.errors());
			Dispatch.Result dispatched = costed("dispatch", () -> dispatch.run(suite.postgres()), Dispatch.Result::summary);
			note("  %.1f%% offered within %d s of their agent going available", dispatched.withinOnTimeShare() * 100,
					Dispatch.ON_TIME.toSeconds());
			results.put("dispatchPerSecond", round(dispatched.summary().perSecond()));
			results.put("dispatchP50Ms", round(dispatched.summary().p50Ms()));
			results.put("dispatchP99Ms", round(dispatched.summary().p99Ms()));
			results.put("dispatchWithin2sShare", dispatched.withinOnTimeShare());
			results.put("rssMiB", resources(suite, "at the end").rssMiB());
			results.put("cpuMsPerOperation", costs);
		}
		finally {
			Directories.delete(data);
		}
		report.forEach(System.out::println);
		System.out.println(JSON.writeValueAsString(results));
	}

	/**
	 * Opens {@code count} chats at {@code perSecond}, each with its event stream, and measures the
	 * time from each chat's due time to the bot's first answer on its stream; the chats join {@code pool}.
	 */
	private static Latencies.Summary openChats(ChatClient chats, int count, double perSecond, String message,
			List<ChatStream> pool, String name) throws InterruptedException {
		Latencies latencies = new Latencies();
		OpenLoop.run(perSecond, Duration.ofNanos(Math.round(count / perSecond * 1e9)), due -> {
			latencies.expect();
			chats.open(message).whenComplete((stream, failure) -> {
				if (failure != null) {
					latencies.fail(failure.getMessage());
					return;
				}
				stream.awaitBot(due, latencies);
				chats.follow(stream);
				pool.add(stream);
			});
		});
		latencies.awaitOutcomes(PATIENCE);
		return latencies.summarize(name);
	}

	/** Writes in the pool's chats, one after the other, at {@code perSecond} for {@code duration}. */
	private static Latencies.Summary reply(ChatClient chats, List<ChatStream> pool, double perSecond, Duration duration,
			String name) throws InterruptedException {
		TimeUnit.NANOSECONDS.sleep(PAUSE.toNanos());
		Latencies latencies = new Latencies();
		AtomicInteger next = new AtomicInteger();
		OpenLoop.run(perSecond, duration, due -> {
			ChatStream chat = pool.get(Math.floorMod(next.getAndIncrement(), pool.size()));
			latencies.expect();
			chat.awaitBot(due, latencies);
			chats.write(chat, QUESTION).whenComplete((status, failure) -> {
				if (failure != null || status != 202) {
					chat.forgetLastBot(failure != null ? failure.toString() : "status " + status);
				}
			});
		});
		latencies.awaitOutcomes(PATIENCE);
		return latencies.summarize(name);
	}

	/**
	 * Callback intake: opens chats the billing bot hands over (not measured), waits for each one's
	 * callback prompt, then takes the callbacks at the intake rate and measures from each answer's
	 * due time to the chat's callback entry saying SCHEDULED.
	 */
	private Latencies.Summary intake(ChatClient chats) throws Exception {
		List<ChatStream> prompted = new CopyOnWriteArrayList<>();
		show(openChats(chats, intakeChats, openRate, DISPUTE, prompted, "chat start, billing disputes"));
		CompletableFuture.allOf(prompted.stream().map(chat -> chat.prompt).toArray(CompletableFuture[]::new))
			.completeOnTimeout(null, PATIENCE.toSeconds(), TimeUnit.SECONDS)
			.join();
		List<ChatStream> ready = prompted.stream().filter(chat -> chat.prompt.isDone()).toList();
		note("%d of %d chats showed a callback prompt", ready.size(), prompted.size());
		String name = "callback intake at " + (int) intakeRate + "/s";
		Latencies.Summary intake = costed(name, () -> takeCallbacks(chats, ready, name));
		prompted.forEach(ChatStream::close);
		return intake;
	}

	/** Answers the chats' callback prompts at the intake rate; latency to each callback's SCHEDULED entry. */
	private Latencies.Summary takeCallbacks(ChatClient chats, List<ChatStream> ready, String name)
			throws InterruptedException {
		Latencies latencies = new Latencies();
		AtomicInteger next = new AtomicInteger();
		Duration duration = Duration.ofNanos(Math.round(ready.size() / intakeRate * 1e9));
		OpenLoop.run(intakeRate, duration, due -> {
			int request = next.getAndIncrement();
			if (request >= ready.size()) {
				return;
			}
			ChatStream chat = ready.get(request);
			latencies.expect();
			chat.awaitScheduled(due, latencies);
			chats.takeCallback(chat, chat.prompt.join(), String.format("+447400%06d", request))
				.whenComplete((status, failure) -> {
					if (failure != null || status != 202) {
						chat.forgetLastScheduled(failure != null ? failure.toString() : "status " + status);
					}
				});
		});
		latencies.awaitOutcomes(PATIENCE);
		return latencies.summarize(name);
	}

	/**
	 * Runs and shows a measured run, with what each of its operations cost every process in
	 * processor time (less what they spend idling), and the rate the machine could serve at that cost.
	 */
	private Latencies.Summary costed(String name, Callable<Latencies.Summary> run) throws Exception {
		return costed(name, run, summary -> summary);
	}

	private <T> T costed(String name, Callable<T> run, Function<T, Latencies.Summary> summaryOf) throws Exception {
		awaitQuiet();
		CpuTime.Sample before = cpu.sample();
		T outcome = run.call();
		cost(name, before, summaryOf.apply(outcome));
		return outcome;
	}

	/** A floor, which warms up first: what it costs is measured from when its measured run starts. */
	private interface Floor {

		Latencies.Summary run(Runnable measuring) throws Exception;

	}

	private Latencies.Summary costedFloor(String name, Floor floor) throws Exception {
		awaitQuiet();
		AtomicReference<CpuTime.Sample> before = new AtomicReference<>();
		Latencies.Summary summary = floor.run(() -> before.set(cpu.sample()));
		cost(name, before.get(), summary);
		return summary;
	}

	/** Lets the suite work off what an earlier run left behind, so that no run pays for another. */
	private void awaitQuiet() throws InterruptedException {
		Duration waited = cpu.awaitQuiet(QUIET_PATIENCE);
		if (waited.compareTo(Duration.ofSeconds(2)) > 0) {
			note("  (waited %d s for the suite to go quiet first)", waited.toSeconds());
		}
	}

	private void cost(String name, CpuTime.Sample before, Latencies.Summary summary) {
		CpuTime.Sample after = cpu.sample();
		show(summary);
		Map<String, Double> per = cpu.perOperation(before, after, summary.count());
		double commits = cpu.commitsPerOperation(before, after, summary.count());
		note("  CPU per operation: %s; %d cores serve at most %.0f/s of these; %.1f database commits each",
				CpuTime.describe(per), Runtime.getRuntime().availableProcessors(), CpuTime.bound(per.get("total")), commits);
		cpu.statementsPerOperation(before, after, summary.count()).ifPresent(statements -> note("%s", statements));
		Map<String, Double> rounded = new LinkedHashMap<>();
		per.forEach((process, ms) -> rounded.put(process, round(ms)));
		rounded.put("commits", round(commits));
		costs.put(name, rounded);
	}

	private Latencies.Summary show(Latencies.Summary summary) {
		System.out.println(summary.line());
		report.add(summary.line());
		return summary;
	}

	private record Resources(Map<String, Long> rssMiB, Map<String, Long> threads) {

	}

	/** Each service's resident memory and thread count now. */
	private Resources resources(LocalSuite suite, String when) {
		Map<String, Long> rss = new LinkedHashMap<>();
		Map<String, Long> threads = new LinkedHashMap<>();
		suite.processIds().forEach((service, pid) -> {
			rss.put(service.module(), status(pid, "VmRSS:") / 1024);
			threads.put(service.module(), status(pid, "Threads:"));
		});
		note("%s: resident MiB %s, threads %s", when, rss, threads);
		return new Resources(rss, threads);
	}

	private static long status(long pid, String field) {
		try (Stream<String> status = Files.lines(Path.of("/proc", String.valueOf(pid), "status"))) {
			return status.filter(line -> line.startsWith(field))
				.map(line -> Long.parseLong(line.replaceAll("\\D", "")))
				.findFirst()
				.orElse(-1L);
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private void note(String format, Object... args) {
		String line = String.format(format, args);
		System.out.println(line);
		report.add(line);
	}

	/** Two decimals; {@code null} (in the JSON) for a figure a run without outcomes does not have. */
	private static Double round(double value) {
		return Double.isNaN(value) ? null : Math.round(value * 100) / 100.0;
	}

}
