package org.reachback.platform.messaging;

import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Up when the Kafka cluster answers a describe-cluster request within two seconds. One admin
 * client serves every check, so frequent probes do not open a connection each.
 */
public class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

	private final KafkaAdmin admin;

	private AdminClient client;

	public KafkaHealthIndicator(KafkaAdmin admin) {
		super("Kafka health check failed");
		this.admin = admin;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		DescribeClusterResult cluster = client().describeCluster(new DescribeClusterOptions().timeoutMs(2_000));
		builder.up()
			.withDetail("clusterId", cluster.clusterId().get(2, TimeUnit.SECONDS))
			.withDetail("nodes", cluster.nodes().get(2, TimeUnit.SECONDS).size());
	}

	private synchronized AdminClient client() {
		if (client == null) {
			client = AdminClient.create(admin.getConfigurationProperties());
		}
		return client;
	}

	@Override
	public synchronized void destroy() {
		if (client != null) {
			client.close();
		}
	}

}
