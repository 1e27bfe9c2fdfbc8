package org.reachback.session;

import org.reachback.infra.ActuatorContract;
import org.reachback.infra.ServiceIntegrationTest;

@ServiceIntegrationTest
class SessionServiceApplicationTests extends ActuatorContract {

}
