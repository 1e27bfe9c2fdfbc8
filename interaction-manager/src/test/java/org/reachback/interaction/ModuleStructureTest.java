package org.reachback.interaction;

import org.junit.jupiter.api.Test;
import org.reachback.testing.ServiceArchitecture;

class ModuleStructureTest {

	@Test
	void featuresFormNoCycleAndUseEachOtherOnlyThroughTheirOwnPackage() {
		ServiceArchitecture.verify(InteractionManagerApplication.class);
	}

}
