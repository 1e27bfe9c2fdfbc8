package org.reachback.chatbot;

import org.reachback.infra.ActuatorContract;
import org.reachback.infra.ServiceIntegrationTest;

@ServiceIntegrationTest
class ChatbotServiceApplicationTests extends ActuatorContract {

}
