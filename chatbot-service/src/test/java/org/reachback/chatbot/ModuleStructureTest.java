package org.reachback.chatbot;

import org.junit.jupiter.api.Test;
import org.reachback.testing.ServiceArchitecture;

class ModuleStructureTest {

	@Test
	void featuresFormNoCycleAndUseOnlyEachOthersTopLevelTypes() {
		ServiceArchitecture.verify(ChatbotServiceApplication.class);
	}

}
