package org.reachback.callback;

import org.reachback.infra.ActuatorContract;
import org.reachback.infra.ServiceIntegrationTest;

@ServiceIntegrationTest
class CallbackServiceApplicationTests extends ActuatorContract {

}
