package org.reachback.callback;

import org.reachback.testing.ActuatorContract;
import org.reachback.testing.ServiceIntegrationTest;

@ServiceIntegrationTest
class CallbackServiceApplicationTests extends ActuatorContract {

}
