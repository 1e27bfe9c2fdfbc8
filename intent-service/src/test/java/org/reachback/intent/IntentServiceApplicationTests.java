package org.reachback.intent;

import org.reachback.testing.ActuatorContract;
import org.reachback.testing.ServiceIntegrationTest;

@ServiceIntegrationTest
class IntentServiceApplicationTests extends ActuatorContract {

}
