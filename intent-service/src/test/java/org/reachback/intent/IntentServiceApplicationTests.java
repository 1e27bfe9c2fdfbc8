package org.reachback.intent;

import org.reachback.infra.ActuatorContract;
import org.reachback.infra.ServiceIntegrationTest;

@ServiceIntegrationTest
class IntentServiceApplicationTests extends ActuatorContract {

}
