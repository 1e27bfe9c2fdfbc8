package org.reachback.platform.web.ratelimit;

import java.time.Duration;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.reachback.platform.web.ratelimit.RateLimitSettings.Rule;

/**
 * Token buckets kept in the service's database (Bucket4j), so that every instance of a service
 * counts against the same limit, exactly: a request is one short transaction on its bucket's row,
 * and requests for one key that arrive together share one ({@code batching}). Bucket4j's
 * optimisations that consume locally between synchronisations would save that round trip, but
 * they answer with a stale remaining count and let a burst overshoot the limit.
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
		return buckets.builder().withOptimization(Optimizations.batching()).build(id, () -> configuration);
	}

}
