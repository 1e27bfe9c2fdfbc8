package org.reachback.callback;

import org.junit.jupiter.api.Test;
import org.reachback.testing.ServiceArchitecture;

class ModuleStructureTest {

	@Test
	void featuresFormNoCycleAndUseEachOtherOnlyThroughTheirOwnPackage() {
		ServiceArchitecture.verify(CallbackServiceApplication.class);
	}

}
