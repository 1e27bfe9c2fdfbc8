package org.reachback.testing.logs;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** After a test class, fails it if anything it made the service log held personal data. */
public class LogGateExtension implements AfterAllCallback {

	@Override
	public void afterAll(ExtensionContext context) {
		LogGate.assertNoViolations();
	}

}
