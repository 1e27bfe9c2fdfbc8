package org.reachback.interaction;

import org.reachback.infra.ActuatorContract;
import org.reachback.infra.ServiceIntegrationTest;

@ServiceIntegrationTest
class InteractionManagerApplicationTests extends ActuatorContract {

}
