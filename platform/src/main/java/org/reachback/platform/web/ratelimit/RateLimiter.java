package org.reachback.platform.web.ratelimit;

import java.time.Duration;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.reachback.platform.web.ratelimit.RateLimitSettings.Rule;

/**
 * Token buckets kept in the service's database (Bucket4j), so that every instance of a service
 * counts against the same limit. Each instance consumes locally and synchronises with the database
 * after a tenth of a rule's requests or a second, whichever comes first: a request costs no round
 * trip, and several instances together can overshoot a limit by at most that tenth each.
 */
class RateLimiter {

	private final ProxyManager<String> buckets;

	private final Cache<String, BucketProxy> local = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofMinutes(10))
		.build();

	RateLimiter(ProxyManager<String> buckets) {
		this.buckets = buckets;
	}

	/** Takes one request from {@code key}'s bucket of {@code rule}. */
	ConsumptionProbe take(Rule rule, String key) {
		String id = rule.name() + ":" + key;
		return local.get(id, ignored -> bucket(rule, id)).tryConsumeAndReturnRemaining(1);
	}

	private BucketProxy bucket(Rule rule, String id) {
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(rule.requests()).refillGreedy(rule.requests(), rule.per()).build())
			.build();
		DelayParameters delay = new DelayParameters(Math.max(1, rule.requests() / 10), Duration.ofSeconds(1));
		return buckets.builder().withOptimization(Optimizations.delaying(delay)).build(id, () -> configuration);
	}

}
