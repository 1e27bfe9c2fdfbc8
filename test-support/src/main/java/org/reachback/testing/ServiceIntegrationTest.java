package org.reachback.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.reachback.testing.logs.LogGateExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * A full Spring test of one service against a real Kafka broker (KRaft, in this JVM) and a real
 * PostgreSQL (embedded), on a random port. The broker does not create topics on first use: the
 * service under test declares them, as it must in production. Nothing the service logs may hold a
 * customer's personal data ({@link org.reachback.testing.logs.LogGate}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1, brokerProperties = "auto.create.topics.enable=false")
@TestPropertySource(locations = "classpath:reachback-test.properties", properties = { "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
		"spring.kafka.consumer.auto-offset-reset=earliest" })
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
@ExtendWith(LogGateExtension.class)
public @interface ServiceIntegrationTest {

}
