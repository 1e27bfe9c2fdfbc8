package org.reachback.launcher.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.reachback.launcher.Service;
import org.reachback.testing.TestHttp;

/**
 * Watches the suite every quarter second: whether every service reports ready, and how many records
 * its consumers have yet to process (the sum of every group's lag, read from the broker directly,
 * not through the proxy). A fault is recovered from once every service is ready again and the lag is
 * back within what it was before the first fault.
 */
final class Monitor implements AutoCloseable {

	private static final Duration EVERY = Duration.ofMillis(250);

	/** One look: when, whether all were ready, and the lag ({@code -1} when the broker did not answer). */
	record Sample(long nanos, boolean ready, long lag) {

		boolean good(long normalLag) {
			return ready && lag >= 0 && lag <= normalLag;
		}

	}

	private final List<TestHttp> services = Arrays.stream(Service.values())
		.map(service -> TestHttp.onPort(service.port()))
		.toList();

	private final Admin admin;

	private final List<Sample> samples = new ArrayList<>();

	private volatile Map<String, Long> lastLagByGroup = Map.of();

	private final ScheduledExecutorService looks = Executors.newSingleThreadScheduledExecutor();

	Monitor(int brokerPort) {
		this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + brokerPort,
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000,
				AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500));
		looks.scheduleWithFixedDelay(this::look, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** The normal lag: the largest seen before {@code nanos}, at least a handful of records. */
	synchronized long normalLagBefore(long nanos) {
		return Math.max(10,
				samples.stream().filter(s -> s.nanos < nanos && s.lag >= 0).mapToLong(Sample::lag).max().orElse(0));
	}

	/**
	 * How long after {@code nanos} the suite was ready with normal lag again: zero when no look in the
	 * next five seconds saw it otherwise, empty when it never recovered.
	 */
	synchronized Optional<Duration> recoveryAfter(long nanos, long normalLag) {
		long noticeWithin = nanos + Duration.ofSeconds(5).toNanos();
		Optional<Sample> firstBad = samples.stream()
			.filter(s -> s.nanos >= nanos && s.nanos <= noticeWithin && !s.good(normalLag))
			.findFirst();
		if (firstBad.isEmpty()) {
			return Optional.of(Duration.ZERO);
		}
		return samples.stream()
			.filter(s -> s.nanos > firstBad.get().nanos && s.good(normalLag))
			.findFirst()
			.map(s -> Duration.ofNanos(s.nanos - nanos));
	}

	/** Each consumer group's lag at the last look that reached the broker. */
	Map<String, Long> lagByGroup() {
		return lastLagByGroup;
	}

	/** The records on every dead-letter topic, by topic, leaving out empty ones: events a consumer gave up on. */
	Map<String, Long> deadLetters() throws ExecutionException, InterruptedException, TimeoutException {
		List<String> topics = admin.listTopics().names().get(10, TimeUnit.SECONDS).stream()
			.filter(topic -> topic.endsWith("-dlt"))
			.toList();
		List<TopicPartition> partitions = admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS)
			.values()
			.stream()
			.flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
			.toList();
		Map<TopicPartition, ListOffsetsResultInfo> first = offsets(partitions, OffsetSpec.earliest());
		Map<TopicPartition, ListOffsetsResultInfo> last = offsets(partitions, OffsetSpec.latest());
		Map<String, Long> letters = new TreeMap<>();
		for (TopicPartition partition : partitions) {
			long held = last.get(partition).offset() - first.get(partition).offset();
			if (held > 0) {
				letters.merge(partition.topic(), held, Long::sum);
			}
		}
		return letters;
	}

	private Map<TopicPartition, ListOffsetsResultInfo> offsets(List<TopicPartition> partitions, OffsetSpec spec)
			throws ExecutionException, InterruptedException, TimeoutException {
		return admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> spec)))
			.all()
			.get(10, TimeUnit.SECONDS);
	}

	private void look() {
		boolean ready = services.stream()
			.allMatch(service -> service.statusOf("/actuator/health/readiness", null) == 200);
		long lag = lag();
		synchronized (this) {
			samples.add(new Sample(System.nanoTime(), ready, lag));
		}
	}

	private long lag() {
		try {
			Collection<GroupListing> groups = admin.listGroups(ListGroupsOptions.forConsumerGroups())
				.all()
				.get(2, TimeUnit.SECONDS);
			long lag = 0;
			Map<String, Long> byGroup = new TreeMap<>();
			for (GroupListing group : groups) {
				long groupLag = 0;
				Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
					.partitionsToOffsetAndMetadata()
					.get(2, TimeUnit.SECONDS);
				Map<TopicPartition, ListOffsetsResultInfo> ends = admin
					.listOffsets(committed.keySet().stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
					.all()
					.get(2, TimeUnit.SECONDS);
				for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : committed.entrySet()) {
					if (entry.getValue() != null && ends.containsKey(entry.getKey())) {
						groupLag += Math.max(0, ends.get(entry.getKey()).offset() - entry.getValue().offset());
					}
				}
				byGroup.put(group.groupId(), groupLag);
				lag += groupLag;
			}
			lastLagByGroup = byGroup;
			return lag;
		}
		catch (ExecutionException | TimeoutException | RuntimeException brokerDown) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	@Override
	public void close() {
		looks.shutdownNow();
		try {
			looks.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		admin.close(Duration.ofSeconds(5));
	}

}
