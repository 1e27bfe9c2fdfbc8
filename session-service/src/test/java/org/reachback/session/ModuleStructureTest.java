package org.reachback.session;

import org.junit.jupiter.api.Test;
import org.reachback.testing.ServiceArchitecture;

class ModuleStructureTest {

	@Test
	void featuresFormNoCycleAndUseEachOtherOnlyThroughTheirOwnPackage() {
		ServiceArchitecture.verify(SessionServiceApplication.class);
	}

}
