package org.reachback.interaction;

import org.reachback.testing.ActuatorContract;
import org.reachback.testing.ServiceIntegrationTest;

@ServiceIntegrationTest
class InteractionManagerApplicationTests extends ActuatorContract {

}
