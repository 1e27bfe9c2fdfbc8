package org.reachback.session;

import org.reachback.testing.ActuatorContract;
import org.reachback.testing.ServiceIntegrationTest;

@ServiceIntegrationTest
class SessionServiceApplicationTests extends ActuatorContract {

}
