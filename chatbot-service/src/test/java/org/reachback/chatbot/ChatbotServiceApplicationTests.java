package org.reachback.chatbot;

import org.reachback.testing.ActuatorContract;
import org.reachback.testing.ServiceIntegrationTest;

@ServiceIntegrationTest
class ChatbotServiceApplicationTests extends ActuatorContract {

}
