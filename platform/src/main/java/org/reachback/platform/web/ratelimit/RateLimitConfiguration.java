package org.reachback.platform.web.ratelimit;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Rate limits for every service's HTTP API ({@link RateLimitSettings}), counted in the service's own
 * schema (table {@code rate_limit_bucket}, see {@code db/platform}) so that they hold across instances.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(RateLimitSettings.class)
public class RateLimitConfiguration {

	@Bean
	PostgreSQLSelectForUpdateBasedProxyManager<String> rateLimitBuckets(DataSource dataSource) {
		return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.build();
	}

	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitSettings settings,
			PostgreSQLSelectForUpdateBasedProxyManager<String> buckets) {
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
				new RateLimitFilter(settings.rules(), new RateLimiter(buckets)));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
		registration.setEnabled(settings.on());
		return registration;
	}

	@Bean
	ExpiredBuckets expiredRateLimitBuckets(RateLimitSettings settings,
			PostgreSQLSelectForUpdateBasedProxyManager<String> buckets) {
		return new ExpiredBuckets(settings.on(), buckets);
	}

	/**
	 * Deletes the buckets of keys that have been quiet long enough to be full again; nothing to do,
	 * and no query, while no limit applies.
	 */
	static final class ExpiredBuckets {

		private final boolean limiting;

		private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

		ExpiredBuckets(boolean limiting, PostgreSQLSelectForUpdateBasedProxyManager<String> buckets) {
			this.limiting = limiting;
			this.buckets = buckets;
		}

		@Scheduled(fixedDelayString = "${reachback.web.rate-limits.cleanup-interval:1m}")
		void removeExpired() {
			while (limiting && buckets.removeExpired(1000) == 1000) {
				// a full batch: more may be waiting
			}
		}

	}

}
